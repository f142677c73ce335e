/*===- rt_modules.c - MODULE chunks from dl_iterate_phdr -------------------===*
 *
 * Every loaded object gets one MODULE chunk (abi.h section 3) with its load
 * bias, extent, path and GNU build-id. Objects dlopen'ed later are found
 * by re-scanning when a thread records a pc outside every known module,
 * when a region is allocated, and at exit; glibc's dlpi_adds/dlpi_subs
 * counters make a scan with nothing new cost one callback.
 *
 * Locking: our lock is never held while dl_iterate_phdr holds the loader's
 * lock on our behalf for long; each new module takes it briefly from inside
 * the iteration. Nothing inside our lock ever waits for the loader, so no
 * lock-order cycle with instrumented dl_iterate_phdr callbacks is possible.
 *
 *===----------------------------------------------------------------------===*/
#define _GNU_SOURCE
#include "rt.h"

#include <elf.h>
#include <link.h>
#include <stddef.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

RT_FILE_BEGIN

struct rt_module {
  uintptr_t lo, hi; /* runtime extent of the PT_LOAD segments */
  uintptr_t bias;
  const void *phdr;
  u64 name_hash;
};

enum { RT_MAX_MODULES = 4096 };

static struct rt_module *rt_mods;
static u32 rt_nmods; /* published with release; entries are append-only */
static unsigned long long rt_last_adds = ~0ull, rt_last_subs = ~0ull;
static int rt_mods_full_warned;

static u64 rt_hash(const char *s) {
  u64 h = 0xcbf29ce484222325ull; /* FNV-1a */
  for (; *s; s++)
    h = (h ^ (unsigned char)*s) * 0x100000001b3ull;
  return h;
}

void rt_modules_reset(void) {
  __atomic_store_n(&rt_nmods, 0, __ATOMIC_RELEASE);
  rt_last_adds = rt_last_subs = ~0ull;
}

int rt_modules_lookup(uintptr_t pc, uintptr_t *lo, uintptr_t *len) {
  u32 n = __atomic_load_n(&rt_nmods, __ATOMIC_ACQUIRE);
  for (u32 i = 0; i < n; i++) {
    if (pc - rt_mods[i].lo < rt_mods[i].hi - rt_mods[i].lo) {
      *lo = rt_mods[i].lo;
      *len = rt_mods[i].hi - rt_mods[i].lo;
      return 1;
    }
  }
  return 0;
}

static void rt_build_id(struct dl_phdr_info *info, struct scdf_module *m) {
  for (int i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
    if (ph->p_type != PT_NOTE)
      continue;
    const char *p = (const char *)(info->dlpi_addr + ph->p_vaddr);
    const char *end = p + ph->p_memsz;
    size_t align = ph->p_align == 8 ? 8 : 4;
    while (p + sizeof(ElfW(Nhdr)) <= end) {
      const ElfW(Nhdr) *nh = (const ElfW(Nhdr) *)p;
      size_t namesz = (nh->n_namesz + align - 1) & ~(align - 1);
      size_t descsz = (nh->n_descsz + align - 1) & ~(align - 1);
      const char *name = p + sizeof(*nh);
      const char *desc = name + namesz;
      if (desc + nh->n_descsz > end)
        break;
      if (nh->n_type == NT_GNU_BUILD_ID && nh->n_namesz == 4 &&
          memcmp(name, "GNU", 4) == 0) {
        size_t l = nh->n_descsz < sizeof(m->build_id) ? nh->n_descsz
                                                      : sizeof(m->build_id);
        memcpy(m->build_id, desc, l);
        m->build_id_len = (scdf_u8)l;
        return;
      }
      p = desc + descsz;
    }
  }
}

struct rt_scan {
  int force;
  int index;
};

static int rt_scan_one(struct dl_phdr_info *info, size_t size, void *data) {
  struct rt_scan *sc = data;
  int is_main = sc->index++ == 0;
  int has_counters = size >= offsetof(struct dl_phdr_info, dlpi_subs) +
                                 sizeof(info->dlpi_subs);
  if (is_main && has_counters) {
    if (!sc->force && info->dlpi_adds == rt_last_adds &&
        info->dlpi_subs == rt_last_subs)
      return 1; /* nothing loaded or unloaded since the last scan */
    rt_last_adds = info->dlpi_adds;
    rt_last_subs = info->dlpi_subs;
  }

  uintptr_t lo = UINTPTR_MAX, hi = 0;
  for (int i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
    if (ph->p_type != PT_LOAD)
      continue;
    uintptr_t a = info->dlpi_addr + ph->p_vaddr;
    if (a < lo)
      lo = a;
    if (a + ph->p_memsz > hi)
      hi = a + ph->p_memsz;
  }
  if (hi <= lo)
    return 0;

  char exe[PATH_MAX];
  const char *path = info->dlpi_name ? info->dlpi_name : "";
  if (is_main) {
    ssize_t l = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
    if (l > 0) {
      exe[l] = '\0';
      path = exe;
    }
  }
  u64 h = rt_hash(path);

  rt_lock();
  if (__atomic_load_n(&rt_g.status, __ATOMIC_ACQUIRE) != RT_ACTIVE) {
    rt_unlock();
    return 1;
  }
  u32 n = rt_nmods;
  for (u32 i = 0; i < n; i++) {
    if (rt_mods[i].bias == info->dlpi_addr &&
        rt_mods[i].phdr == info->dlpi_phdr && rt_mods[i].name_hash == h &&
        rt_mods[i].lo == lo) {
      rt_unlock();
      return 0; /* already in this file */
    }
  }
  if (!rt_mods) {
    void *m = mmap(NULL, RT_MAX_MODULES * sizeof(struct rt_module),
                   PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED) {
      rt_unlock();
      return 1;
    }
    rt_mods = m;
  }
  if (n == RT_MAX_MODULES) {
    if (!rt_mods_full_warned++)
      rt_msg("more than %d loaded objects; later ones are missing from the "
             "trace's module map",
             RT_MAX_MODULES);
    rt_unlock();
    return 1;
  }

  struct {
    struct scdf_chunk c;
    struct scdf_module m;
  } rec;
  memset(&rec, 0, sizeof(rec));
  size_t plen = strlen(path);
  size_t pad = (8 - plen % 8) % 8;
  rec.c.type = SCDF_CHUNK_MODULE;
  rec.c.size = sizeof(rec.m) + plen + pad;
  rec.m.base = info->dlpi_addr;
  rec.m.size = hi - lo;
  rec.m.flags = is_main ? SCDF_MODULE_MAIN : 0;
  rec.m.path_len = (u32)plen;
  rt_build_id(info, &rec.m);
  if (rt_file_append(&rec, sizeof(rec), path, plen, pad)) {
    rt_mods[n].lo = lo;
    rt_mods[n].hi = hi;
    rt_mods[n].bias = info->dlpi_addr;
    rt_mods[n].phdr = info->dlpi_phdr;
    rt_mods[n].name_hash = h;
    __atomic_store_n(&rt_nmods, n + 1, __ATOMIC_RELEASE);
  }
  rt_unlock();
  return 0;
}

void rt_modules_scan(int force) {
  struct rt_scan sc = {force, 0};
  dl_iterate_phdr(rt_scan_one, &sc);
}

/* Readable segments of the main program: the program cannot unload itself,
 * so reads inside them need no fault check (see rt_read.c). */
static int rt_exe_one(struct dl_phdr_info *info, size_t size, void *data) {
  (void)size;
  (void)data;
  for (int i = 0; i < info->dlpi_phnum && rt_g.exe_nranges < 8; i++) {
    const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
    if (ph->p_type != PT_LOAD || !(ph->p_flags & PF_R) || ph->p_memsz == 0)
      continue;
    uintptr_t a = info->dlpi_addr + ph->p_vaddr;
    rt_g.exe_ranges[rt_g.exe_nranges][0] = a;
    rt_g.exe_ranges[rt_g.exe_nranges][1] = a + ph->p_memsz;
    rt_g.exe_nranges++;
  }
  return 1; /* the first object is the main program */
}

void rt_exe_ranges_init(void) {
  rt_g.exe_nranges = 0;
  dl_iterate_phdr(rt_exe_one, NULL);
  rt_g.brk_start = rt_read_start_brk();
}

RT_FILE_END
