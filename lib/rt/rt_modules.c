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

/* Runtime extent of the PT_LOAD segments; 0 if there are none. */
static int rt_extent(struct dl_phdr_info *info, uintptr_t *lo, uintptr_t *hi) {
  *lo = UINTPTR_MAX;
  *hi = 0;
  for (int i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
    if (ph->p_type != PT_LOAD)
      continue;
    uintptr_t a = info->dlpi_addr + ph->p_vaddr;
    if (a < *lo)
      *lo = a;
    if (a + ph->p_memsz > *hi)
      *hi = a + ph->p_memsz;
  }
  return *hi > *lo;
}

/* With the lock held: the object is already in this file. */
static int rt_known(const struct rt_module *m) {
  u32 n = rt_nmods;
  for (u32 i = 0; i < n; i++)
    if (rt_mods[i].bias == m->bias && rt_mods[i].phdr == m->phdr &&
        rt_mods[i].name_hash == m->name_hash && rt_mods[i].lo == m->lo)
      return 1;
  return 0;
}

/* With the lock held: room for one more entry in the table. */
static int rt_table_room(void) {
  if (!rt_mods) {
    void *m = mmap(NULL, RT_MAX_MODULES * sizeof(struct rt_module),
                   PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED)
      return 0;
    rt_mods = m;
  }
  if (rt_nmods < RT_MAX_MODULES)
    return 1;
  if (!rt_mods_full_warned++)
    rt_msg("more than %d loaded objects; later ones are missing from the "
           "trace's module map",
           RT_MAX_MODULES);
  return 0;
}

/* With the lock held: write the MODULE chunk, then publish the entry. */
static void rt_add(struct dl_phdr_info *info, const struct rt_module *mod,
                   const char *path, int is_main) {
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
  rec.m.size = mod->hi - mod->lo;
  rec.m.flags = is_main ? SCDF_MODULE_MAIN : 0;
  rec.m.path_len = (u32)plen;
  rt_build_id(info, &rec.m);
  if (rt_file_append(&rec, sizeof(rec), path, plen, pad)) {
    rt_mods[rt_nmods] = *mod;
    __atomic_store_n(&rt_nmods, rt_nmods + 1, __ATOMIC_RELEASE);
  }
}

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
  struct rt_module mod = {.bias = info->dlpi_addr, .phdr = info->dlpi_phdr};
  if (!rt_extent(info, &mod.lo, &mod.hi))
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
  mod.name_hash = rt_hash(path);

  rt_lock();
  int stop = rt_status() != RT_ACTIVE;
  if (!stop && !rt_known(&mod)) {
    stop = !rt_table_room();
    if (!stop)
      rt_add(info, &mod, path, is_main);
  }
  rt_unlock();
  return stop;
}

void rt_modules_scan(int force) {
  struct rt_scan sc = {force, 0};
  dl_iterate_phdr(rt_scan_one, &sc);
}

RT_FILE_END
