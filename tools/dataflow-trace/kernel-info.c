/* dataflow-trace: what the running kernel says about itself. */
#define _GNU_SOURCE
#include "kernel-info.h"
#include "report.h"
#include "trace-file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

scdf_u64 kernel_text(int *stext) {
  FILE *f = fopen("/proc/kallsyms", "r");
  char line[512];
  scdf_u64 text = 0, start = 0;
  *stext = 0;
  if (!f)
    return 0;
  while (!text && fgets(line, sizeof(line), f)) {
    char type, name[256];
    unsigned long long a;
    if (sscanf(line, "%llx %c %255s", &a, &type, name) != 3)
      continue;
    if (!strcmp(name, "_text"))
      text = a;
    else if (!strcmp(name, "_stext"))
      start = a;
  }
  fclose(f);
  *stext = !text && start;
  return text ? text : start;
}

#define KERNEL_NOTES "/sys/kernel/notes"
#define NT_GNU_BUILD_ID_TYPE 3u

/*
 * From the ELF notes the kernel exports (the same bytes as vmlinux's
 * .note.gnu.build-id). Without it the trace is still useful, only the
 * viewer cannot check that it was given the right vmlinux.
 */
size_t kernel_build_id(scdf_u8 id[32]) {
  scdf_u8 notes[4096];
  size_t n = 0, off = 0;
  ssize_t got;
  int nfd = open(KERNEL_NOTES, O_RDONLY | O_CLOEXEC);
  if (nfd < 0) {
    warning("cannot read %s: %s; the trace has no kernel build ID, so "
            "dataflow-view cannot check the vmlinux",
            KERNEL_NOTES, strerror(errno));
    return 0;
  }
  while (n < sizeof(notes)) {
    got = read(nfd, notes + n, sizeof(notes) - n);
    if (got < 0 && errno == EINTR)
      continue;
    if (got <= 0)
      break;
    n += (size_t)got;
  }
  close(nfd);
  /* Elf_Nhdr: namesz, descsz, type (u32 each), then name and desc, each
   * padded to 4 bytes. */
  while (off + 12 <= n) {
    uint32_t namesz, descsz, type;
    size_t name_off = off + 12, desc_off, next;
    memcpy(&namesz, notes + off, 4);
    memcpy(&descsz, notes + off + 4, 4);
    memcpy(&type, notes + off + 8, 4);
    desc_off = name_off + (((size_t)namesz + 3) & ~(size_t)3);
    next = desc_off + (((size_t)descsz + 3) & ~(size_t)3);
    if (namesz > n || descsz > n || next > n)
      break;
    if (type == NT_GNU_BUILD_ID_TYPE && namesz == 4 &&
        !memcmp(notes + name_off, "GNU", 4) && descsz > 0 && descsz <= 32) {
      memcpy(id, notes + desc_off, descsz);
      return descsz;
    }
    off = next;
  }
  warning("no GNU build ID note in %s; the trace has no kernel build ID, so "
          "dataflow-view cannot check the vmlinux",
          KERNEL_NOTES);
  return 0;
}

void put_kernel_modules(void) {
  FILE *f = fopen("/proc/modules", "r");
  char line[1024];
  if (!f)
    return;
  while (fgets(line, sizeof(line), f)) {
    char name[256], path[512];
    unsigned long size;
    unsigned long long text = 0;
    FILE *s;
    if (sscanf(line, "%255s %lu", name, &size) != 2)
      continue;
    snprintf(path, sizeof(path), "/sys/module/%s/sections/.text", name);
    s = fopen(path, "r");
    if (s) {
      if (fscanf(s, "%llx", &text) != 1)
        text = 0;
      fclose(s);
    }
    if (!text)
      warning("no .text address for module %s", name);
    put_module(text, size, SCDF_MODULE_KERNEL, name, NULL, 0);
  }
  fclose(f);
}
