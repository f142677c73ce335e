/* dataflow-trace: what the running kernel says about itself. */
#define _GNU_SOURCE
#include "kernel-info.h"
#include "report.h"
#include "trace-file.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
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

/* The sections a pc can be in: the kernel's code sections are .text,
 * .text.* (unlikely, hot, ...) and *.text (.init.text, .exit.text,
 * .noinstr.text, ...); data sections never hold a callback's pc. */
static int is_code_section(const char *name) {
  size_t len = strlen(name);
  return !strcmp(name, ".text") || !strncmp(name, ".text.", 6) ||
         (len > 5 && !strcmp(name + len - 5, ".text"));
}

static void *grow(void *p, size_t n, size_t size) {
  p = realloc(p, n * size);
  if (!p)
    die("out of memory");
  return p;
}

static scdf_u64 read_hex(const char *path) {
  unsigned long long v = 0;
  FILE *s = fopen(path, "r");
  if (!s)
    return 0;
  if (fscanf(s, "%llx", &v) != 1)
    v = 0;
  fclose(s);
  return v;
}

/* The code sections /sys/module/NAME/sections/ lists with a non-zero
 * address (zero: a reader without root sees no addresses). */
static void read_sections(struct kmodule *m) {
  char dir[512], path[1024];
  struct dirent *e;
  DIR *d;
  snprintf(dir, sizeof(dir), "/sys/module/%s/sections", m->name);
  d = opendir(dir);
  if (!d)
    return;
  while ((e = readdir(d))) {
    scdf_u64 addr;
    if (!is_code_section(e->d_name))
      continue;
    snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
    addr = read_hex(path);
    if (!addr)
      continue;
    m->sections = grow(m->sections, m->nsections + 1, sizeof(*m->sections));
    m->sections[m->nsections].addr = addr;
    m->sections[m->nsections].name = strdup(e->d_name);
    if (!m->sections[m->nsections++].name)
      die("out of memory");
  }
  closedir(d);
}

void read_kernel_modules(struct kmodules *list) {
  FILE *f = fopen("/proc/modules", "r");
  char line[1024];
  list->mods = NULL;
  list->n = 0;
  if (!f)
    return;
  while (fgets(line, sizeof(line), f)) {
    struct kmodule *m;
    char name[sizeof(m->name)];
    unsigned long size;
    if (sscanf(line, "%63s %lu", name, &size) != 2)
      continue;
    list->mods = grow(list->mods, list->n + 1, sizeof(*list->mods));
    m = &list->mods[list->n++];
    memset(m, 0, sizeof(*m));
    memcpy(m->name, name, sizeof(name));
    m->size = size;
    read_sections(m);
  }
  fclose(f);
}

static scdf_u64 section_addr(const struct kmodule *m, const char *name) {
  for (size_t i = 0; i < m->nsections; i++)
    if (!strcmp(m->sections[i].name, name))
      return m->sections[i].addr;
  return 0;
}

/* The same load of the same module: its .text did not move. */
static struct kmodule *find_load(struct kmodules *list,
                                 const struct kmodule *m) {
  for (size_t i = 0; i < list->n; i++)
    if (!strcmp(list->mods[i].name, m->name) &&
        section_addr(&list->mods[i], ".text") == section_addr(m, ".text"))
      return &list->mods[i];
  return NULL;
}

/* Moves into `to` the sections of `from` it lacks (an .init.text one of
 * the snapshots saw). */
static void merge_sections(struct kmodule *to, struct kmodule *from) {
  for (size_t i = 0; i < from->nsections; i++) {
    if (section_addr(to, from->sections[i].name)) {
      free(from->sections[i].name);
      continue;
    }
    to->sections = grow(to->sections, to->nsections + 1, sizeof(*to->sections));
    to->sections[to->nsections++] = from->sections[i];
  }
  free(from->sections);
  from->sections = NULL;
  from->nsections = 0;
  from->name[0] = 0; /* merged: not written again */
}

static void put_kmodule(struct kmodule *m) {
  scdf_u64 text = section_addr(m, ".text");
  if (!text)
    warning("no .text address for module %s", m->name);
  put_module(text, m->size, SCDF_MODULE_KERNEL, m->name, NULL, 0);
  if (m->nsections)
    put_sections(m->sections, m->nsections);
  for (size_t i = 0; i < m->nsections; i++)
    free(m->sections[i].name);
  free(m->sections);
}

void put_kernel_modules(struct kmodules *start) {
  struct kmodules end;
  read_kernel_modules(&end);
  for (size_t i = 0; i < start->n; i++) {
    struct kmodule *later = find_load(&end, &start->mods[i]);
    if (later)
      merge_sections(&start->mods[i], later);
    put_kmodule(&start->mods[i]);
  }
  /* Modules the command loaded, or reloaded elsewhere. */
  for (size_t i = 0; i < end.n; i++)
    if (end.mods[i].name[0])
      put_kmodule(&end.mods[i]);
  free(start->mods);
  free(end.mods);
  start->mods = NULL;
  start->n = 0;
}
