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
 *     instead of faulting. One system call reads all fields of a record:
 *     the bytes they span at once when that is small, else field by field.
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

static void rt_unreadable(u64 *out, u32 n) {
  for (u32 i = 0; i < n; i++)
    out[i] = SCDF_UNREADABLE;
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

enum { RT_IOV_BATCH = 64 };

/* A field process_vm_readv reads: its bytes at a go to its n words at w. */
struct rt_pvr_field {
  u64 *w;
  u32 n;
};

/* Fields [i, nf) from word w on into the batch (l, r, f); returns how many
 * went in, and sets *next to the first field and word left for the next
 * batch. Fields that cannot be read are marked without asking. */
static u32 rt_pvr_batch(struct iovec *l, struct iovec *r,
                        struct rt_pvr_field *f, uintptr_t obj, const u64 *offs,
                        u32 nf, int wide, uintptr_t bad_page, u32 *i, u64 **w) {
  u32 k = 0;
  for (; *i < nf && k < RT_IOV_BATCH; (*i)++) {
    u64 sz = rt_field_size(offs, *i, wide);
    u32 n = rt_field_words(offs, *i, wide);
    uintptr_t a = obj + offs[2 * *i];
    u64 *out = *w;
    *w += n;
    memset(out, 0, (size_t)n * 8);
    if (sz == 0)
      continue;
    if (a < obj || rt_addr_bad(a, sz) || rt_pvr_broken ||
        (bad_page && (a & ~(uintptr_t)4095) <= bad_page &&
         ((a + sz - 1) & ~(uintptr_t)4095) >= bad_page)) {
      rt_unreadable(out, n);
      continue;
    }
    l[k].iov_base = out;
    l[k].iov_len = sz;
    r[k].iov_base = (void *)a;
    r[k].iov_len = sz;
    f[k].w = out;
    f[k++].n = n;
  }
  return k;
}

/* Tier 3, in batches; a fault ends a batch early (the kernel reports how
 * many bytes it copied), and the rest of the batch is retried. The words
 * of a field before the faulting byte's word keep what was copied. */
static void rt_read_fields_pvr(u64 *out, uintptr_t obj, const u64 *offs, u32 nf,
                               int wide) {
  uintptr_t bad_page = 0; /* a page known to be unreadable */
  u32 i = 0;
  while (i < nf) {
    struct iovec l[RT_IOV_BATCH], r[RT_IOV_BATCH];
    struct rt_pvr_field f[RT_IOV_BATCH];
    u32 k = rt_pvr_batch(l, r, f, obj, offs, nf, wide, bad_page, &i, &out);
    u32 done = 0;
    while (done < k) {
      ssize_t got =
          process_vm_readv(rt_pid(), l + done, k - done, r + done, k - done, 0);
      if (got < 0) {
        if (rt_pvr_failed()) {
          for (u32 j = done; j < k; j++)
            rt_unreadable(f[j].w, f[j].n);
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
      rt_unreadable(f[done].w + got / 8, f[done].n - (u32)(got / 8));
      done++;
      /* Skip further fields on the same bad page without asking again. */
      while (done < k) {
        uintptr_t a = (uintptr_t)r[done].iov_base;
        uintptr_t e = a + r[done].iov_len - 1;
        if ((a & ~(uintptr_t)4095) > bad_page ||
            (e & ~(uintptr_t)4095) < bad_page)
          break;
        rt_unreadable(f[done].w, f[done].n);
        done++;
      }
    }
  }
}

/* The value words of the fields from readable bytes: field i's at
 * src + offs[2 * i] - skip. */
static void rt_fields_copy(u64 *out, const unsigned char *src, u64 skip,
                           const u64 *offs, u32 nf, int wide) {
  for (u32 i = 0; i < nf; i++) {
    u64 sz = rt_field_size(offs, i, wide);
    u32 n = rt_field_words(offs, i, wide);
    const unsigned char *at = src + (offs[2 * i] - skip);
    /* The common sizes as single loads (little-endian), not calls. */
    u64 w = 0;
    switch (sz) {
    case 8:
      memcpy(&w, at, 8);
      break;
    case 4:
      memcpy(&w, at, 4);
      break;
    case 2:
      memcpy(&w, at, 2);
      break;
    case 1:
      w = *at;
      break;
    default:
      memset(out, 0, (size_t)n * 8);
      memcpy(out, at, sz);
      out += n;
      continue;
    }
    *out++ = w;
  }
}

/* Tier 3 for an object whose fields span at most RT_SPAN_BYTES: one read
 * of the whole span, one iovec, then the fields out of the copy. 0 if the
 * span could not be read whole (a fault inside it, or no process_vm_readv):
 * the batches then find out field by field. */
enum { RT_SPAN_BYTES = 2048 };
static RT_NOINLINE int rt_read_span_pvr(u64 *out, uintptr_t obj,
                                        const u64 *offs, u32 nf, int wide,
                                        uintptr_t lo, uintptr_t hi) {
  unsigned char copy[RT_SPAN_BYTES];
  struct iovec l = {copy, hi - lo}, r = {(void *)lo, hi - lo};
  if (rt_pvr_broken ||
      process_vm_readv(rt_pid(), &l, 1, &r, 1, 0) != (ssize_t)(hi - lo))
    return 0;
  rt_fields_copy(out, copy, lo - obj, offs, nf, wide);
  return 1;
}

/* [*lo, *hi): the bytes the fields read; 0 if an address wraps. */
static int rt_fields_span(uintptr_t obj, const u64 *offs, u32 nf, int wide,
                          uintptr_t *lo, uintptr_t *hi) {
  *lo = UINTPTR_MAX, *hi = 0;
  for (u32 i = 0; i < nf; i++) {
    u64 sz = rt_field_size(offs, i, wide);
    uintptr_t a = obj + offs[2 * i];
    if (a < obj || a + sz < a)
      return 0;
    if (a < *lo)
      *lo = a;
    if (a + sz > *hi)
      *hi = a + sz;
  }
  return 1;
}

void rt_read_fields_slow(struct rt_stack *s, u64 *out, uintptr_t obj,
                         const u64 *offs, u32 nf, int wide, uintptr_t frame) {
  if (!offs || rt_addr_bad(obj, 1)) {
    for (u32 i = 0; i < nf; i++) {
      u32 n = offs ? rt_field_words(offs, i, wide) : 1;
      rt_unreadable(out, n);
      out += n;
    }
    return;
  }
  /* Tiers 1 and 2 for the whole object at once. */
  uintptr_t lo, hi;
  int spanned = rt_fields_span(obj, offs, nf, wide, &lo, &hi) && hi > lo &&
                !rt_addr_bad(lo, hi - lo);
  if (spanned && (rt_on_stack(s, lo, hi, frame) || rt_stable(lo, hi))) {
    rt_fields_copy(out, (const unsigned char *)obj, 0, offs, nf, wide);
    return;
  }
  if (!spanned || hi - lo > RT_SPAN_BYTES ||
      !rt_read_span_pvr(out, obj, offs, nf, wide, lo, hi))
    rt_read_fields_pvr(out, obj, offs, nf, wide);
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
