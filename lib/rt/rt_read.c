/*===- rt_read.c - fault-tolerant reads of the program's memory -----------===*
 *
 * A value the callbacks get a pointer to is read in the cheapest way that
 * is known to be safe (docs/RUNTIME.md has the measurements):
 *
 *  1. [inline, rt_record.h] inside the calling thread's own stack,
 *     between the runtime's frame and the stack top: that memory is mapped
 *     for as long as we run on it. This covers every scalar (the plugin
 *     spills scalars to a stack slot of the caller) and stack objects.
 *  2. inside a readable PT_LOAD segment of the main program (globals), or
 *     inside the brk heap [start_brk, sbrk(0)): plain loads.
 *  3. anything else: process_vm_readv on ourselves, which fails with EFAULT
 *     instead of faulting. One system call reads all fields of a record.
 *
 * Obviously bad addresses (the first page, the kernel half) are rejected
 * without a system call.
 *
 *===----------------------------------------------------------------------===*/
#define _GNU_SOURCE
#include "rt.h"

#include <errno.h>
#include <link.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>

RT_FILE_BEGIN

/* Readable PT_LOAD segments of the main program: it cannot unload itself,
 * so reads inside them need no fault check. */
static uintptr_t rt_exe_ranges[8][2];
static int rt_exe_nranges;
static uintptr_t rt_brk_start;
static int rt_pvr_broken; /* process_vm_readv unavailable */

static int rt_addr_bad(uintptr_t a, uintptr_t n) {
  if (a < 4096 || a + n < a)
    return 1;
#if defined(__x86_64__)
  if (a + n > ((uintptr_t)1 << 63)) /* kernel half, ERR_PTR values */
    return 1;
#endif
  return 0;
}

/* Bytes read for field i of a table: at most the 8 a value word holds. */
static u64 rt_fsize(const u64 *offs, u32 i) {
  return offs[2 * i + 1] < 8 ? offs[2 * i + 1] : 8;
}

static u64 rt_load_n(uintptr_t a, unsigned n) {
  u64 v = 0;
  memcpy(&v, (const void *)a, n); /* little-endian: zero-extends */
  return v;
}

/* Tier 2 (also used by the struct fast path in rt_record.h). */
int rt_stable(uintptr_t lo, uintptr_t hi) {
  if (rt_addr_bad(lo, hi - lo))
    return 0;
  for (int i = 0; i < rt_exe_nranges; i++)
    if (lo >= rt_exe_ranges[i][0] && hi <= rt_exe_ranges[i][1])
      return 1;
  if (rt_brk_start && lo >= rt_brk_start) {
    /* glibc answers sbrk(0) from a cached variable, without a syscall. */
    uintptr_t cur = (uintptr_t)sbrk(0);
    if (cur != (uintptr_t)-1 && hi <= cur)
      return 1;
  }
  return 0;
}

/* The main thread's stack mapping grows; when the current frame is below
 * what we saw at set-up, look again (a few times at most: each look reads
 * /proc/self/maps). */
static int rt_on_stack(struct rt_stack *s, uintptr_t lo, uintptr_t hi,
                       uintptr_t frame) {
  if (s->is_main && frame < s->lo && s->refreshes < 16 &&
      s->lo - frame < ((uintptr_t)1 << 30)) {
    uintptr_t slo, shi;
    s->refreshes++;
    if (rt_procfs_find_mapping(frame, &slo, &shi) && shi == s->hi)
      s->lo = slo;
  }
  return frame >= s->lo && lo >= frame && hi <= s->hi;
}

static int rt_pvr_failed(void) {
  if (errno != EPERM && errno != ENOSYS)
    return 0;
  if (!rt_pvr_broken) {
    rt_pvr_broken = 1;
    rt_msg("process_vm_readv is not permitted here (%s); values outside "
           "the stack, the program's globals and the brk heap are recorded "
           "as unreadable (0x%llx)",
           strerror(errno), (unsigned long long)SCDF_UNREADABLE);
  }
  return 1;
}

u64 rt_read_scalar_slow(struct rt_stack *s, uintptr_t a, unsigned n,
                        uintptr_t frame) {
  if (rt_addr_bad(a, n))
    return SCDF_UNREADABLE;
  if (rt_on_stack(s, a, a + n, frame) || rt_stable(a, a + n))
    return rt_load_n(a, n);
  if (rt_pvr_broken)
    return SCDF_UNREADABLE;
  u64 v = 0;
  struct iovec l = {&v, n}, r = {(void *)a, n};
  if (process_vm_readv(rt_pid(), &l, 1, &r, 1, 0) == (ssize_t)n)
    return v;
  rt_pvr_failed();
  return SCDF_UNREADABLE;
}

enum { RT_IOV_BATCH = 64 };

/* Tier 3, in batches; a fault ends a batch early (the kernel reports how
 * many bytes it copied), and the rest of the batch is retried. */
static void rt_read_fields_pvr(u64 *out, uintptr_t obj, const u64 *offs,
                               u32 nf) {
  uintptr_t bad_page = 0; /* a page known to be unreadable */
  u32 i = 0;
  while (i < nf) {
    struct iovec l[RT_IOV_BATCH], r[RT_IOV_BATCH];
    u32 idx[RT_IOV_BATCH];
    u32 k = 0;
    for (; i < nf && k < RT_IOV_BATCH; i++) {
      u64 sz = rt_fsize(offs, i);
      uintptr_t a = obj + offs[2 * i];
      out[i] = 0;
      if (sz == 0)
        continue;
      if (a < obj || rt_addr_bad(a, sz) || rt_pvr_broken ||
          (bad_page && (a & ~(uintptr_t)4095) <= bad_page &&
           ((a + sz - 1) & ~(uintptr_t)4095) >= bad_page)) {
        out[i] = SCDF_UNREADABLE;
        continue;
      }
      l[k].iov_base = &out[i];
      l[k].iov_len = sz;
      r[k].iov_base = (void *)a;
      r[k].iov_len = sz;
      idx[k++] = i;
    }
    u32 done = 0;
    while (done < k) {
      ssize_t got =
          process_vm_readv(rt_pid(), l + done, k - done, r + done, k - done, 0);
      if (got < 0) {
        if (rt_pvr_failed()) {
          for (u32 j = done; j < k; j++)
            out[idx[j]] = SCDF_UNREADABLE;
          break;
        }
        got = 0;
      }
      /* Whole fields copied. */
      while (done < k && (size_t)got >= r[done].iov_len) {
        got -= (ssize_t)r[done].iov_len;
        done++;
      }
      if (done == k)
        break;
      /* Field `done` stopped after `got` bytes: that byte's page is bad. */
      uintptr_t fault = (uintptr_t)r[done].iov_base + (uintptr_t)got;
      bad_page = fault & ~(uintptr_t)4095;
      out[idx[done]] = SCDF_UNREADABLE;
      done++;
      /* Skip further fields on the same bad page without asking again. */
      while (done < k) {
        uintptr_t a = (uintptr_t)r[done].iov_base;
        uintptr_t e = a + r[done].iov_len - 1;
        if ((a & ~(uintptr_t)4095) > bad_page ||
            (e & ~(uintptr_t)4095) < bad_page)
          break;
        out[idx[done]] = SCDF_UNREADABLE;
        done++;
      }
    }
  }
}

void rt_read_fields_slow(struct rt_stack *s, u64 *out, uintptr_t obj,
                         const u64 *offs, u32 nf, uintptr_t frame) {
  if (!offs || rt_addr_bad(obj, 1)) {
    for (u32 i = 0; i < nf; i++)
      out[i] = SCDF_UNREADABLE;
    return;
  }
  /* Tiers 1 and 2 for the whole object at once. */
  uintptr_t lo = UINTPTR_MAX, hi = 0;
  int wraps = 0;
  for (u32 i = 0; i < nf; i++) {
    u64 sz = rt_fsize(offs, i);
    uintptr_t a = obj + offs[2 * i];
    if (a < obj || a + sz < a) {
      wraps = 1;
      break;
    }
    if (a < lo)
      lo = a;
    if (a + sz > hi)
      hi = a + sz;
  }
  if (!wraps && hi > lo && !rt_addr_bad(lo, hi - lo) &&
      (rt_on_stack(s, lo, hi, frame) || rt_stable(lo, hi))) {
    for (u32 i = 0; i < nf; i++) {
      u64 sz = rt_fsize(offs, i);
      out[i] = sz ? rt_load_n(obj + offs[2 * i], (unsigned)sz) : 0;
    }
    return;
  }

  rt_read_fields_pvr(out, obj, offs, nf);
}

static int rt_exe_one(struct dl_phdr_info *info, size_t size, void *data) {
  (void)size;
  (void)data;
  for (int i = 0; i < info->dlpi_phnum && rt_exe_nranges < 8; i++) {
    const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
    if (ph->p_type != PT_LOAD || !(ph->p_flags & PF_R) || ph->p_memsz == 0)
      continue;
    uintptr_t a = info->dlpi_addr + ph->p_vaddr;
    rt_exe_ranges[rt_exe_nranges][0] = a;
    rt_exe_ranges[rt_exe_nranges][1] = a + ph->p_memsz;
    rt_exe_nranges++;
  }
  return 1; /* the first object is the main program */
}

void rt_read_init(void) {
  rt_exe_nranges = 0;
  dl_iterate_phdr(rt_exe_one, NULL);
  rt_brk_start = rt_procfs_start_brk();
}

RT_FILE_END
