/* dataflow-trace: what the running kernel says about itself, for the viewer
 * to name the records on another machine. */
#ifndef DATAFLOW_TRACE_KERNEL_INFO_H
#define DATAFLOW_TRACE_KERNEL_INFO_H

#include "sancov-dataflow/abi.h"

#include <stddef.h>

/* The running kernel's _text from /proc/kallsyms, or where kallsyms has no
 * _text (arm64, whose _text lies before the _stext where kallsyms starts)
 * its _stext, with *stext set. The viewer subtracts the same symbol's
 * address in vmlinux. 0 if kallsyms hides both (kptr_restrict prints zero
 * addresses). */
scdf_u64 kernel_text(int *stext);
/* The running kernel's GNU build ID into id[32]; its length, 0 (with a
 * warning) if it cannot be found. */
size_t kernel_build_id(scdf_u8 id[32]);
/* The loaded kernel modules and the load addresses of their code
 * sections (/proc/modules, /sys/module/NAME/sections/). */
struct kmodule {
  char name[64]; /* MODULE_NAME_LEN is 56 */
  unsigned long size;
  size_t nsections;
  struct ksection *sections;
};
struct kmodules {
  struct kmodule *mods;
  size_t n;
};
void read_kernel_modules(struct kmodules *list);
/* One module chunk per module loaded at start (read_kernel_modules before
 * the command) or now, based at its .text section, each followed by its
 * sections chunk: the sections either snapshot saw. Frees start. */
void put_kernel_modules(struct kmodules *start);

#endif
