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
/* One module chunk per loaded module, based at its .text section. */
void put_kernel_modules(void);

#endif
