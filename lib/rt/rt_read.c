/*===- rt_read.c - fault-tolerant reads of the program's memory -----------===*
 *
 * A value the callbacks get a pointer to is read in the cheapest way that
 * is known to be safe (docs/RUNTIME.md has the measurements):
 *
 *  1. [inline, rt_callbacks.c] inside the calling thread's own stack,
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
#include <fcntl.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>

RT_FILE_BEGIN

static int rt_addr_bad(uintptr_t a, uintptr_t n) {
  if (a < 4096 || a + n < a)
    return 1;
#if defined(__x86_64__)
  if (a + n > ((uintptr_t)1 << 63)) /* kernel half, ERR_PTR values */
    return 1;
#endif
  return 0;
}

static u64 rt_load_n(uintptr_t a, unsigned n) {
  u64 v = 0;
  memcpy(&v, (const void *)a, n); /* little-endian: zero-extends */
  return v;
}

/* Tier 2 (also used by the struct fast path in rt_callbacks.c). */
int rt_stable(uintptr_t lo, uintptr_t hi) {
  if (rt_addr_bad(lo, hi - lo))
    return 0;
  for (int i = 0; i < rt_g.exe_nranges; i++)
    if (lo >= rt_g.exe_ranges[i][0] && hi <= rt_g.exe_ranges[i][1])
      return 1;
  if (rt_g.brk_start && lo >= rt_g.brk_start) {
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
static int rt_on_stack(struct rt_thread *t, uintptr_t lo, uintptr_t hi,
                       uintptr_t frame) {
  if (t->is_main && frame < t->stack_lo && t->stack_refreshes < 16 &&
      t->stack_lo - frame < ((uintptr_t)1 << 30)) {
    uintptr_t slo, shi;
    t->stack_refreshes++;
    if (rt_find_mapping(frame, &slo, &shi) && shi == t->stack_hi)
      t->stack_lo = slo;
  }
  return frame >= t->stack_lo && lo >= frame && hi <= t->stack_hi;
}

static int rt_pvr_failed(void) {
  if (errno != EPERM && errno != ENOSYS)
    return 0;
  if (!rt_g.pvr_broken) {
    rt_g.pvr_broken = 1;
    rt_msg("process_vm_readv is not permitted here (%s); values outside "
           "the stack, the program's globals and the brk heap are recorded "
           "as unreadable (0x%llx)",
           strerror(errno), (unsigned long long)SCDF_UNREADABLE);
  }
  return 1;
}

u64 rt_read_scalar_slow(struct rt_thread *t, uintptr_t a, unsigned n,
                        uintptr_t frame) {
  if (rt_addr_bad(a, n))
    return SCDF_UNREADABLE;
  if (rt_on_stack(t, a, a + n, frame) || rt_stable(a, a + n))
    return rt_load_n(a, n);
  if (rt_g.pvr_broken)
    return SCDF_UNREADABLE;
  u64 v = 0;
  struct iovec l = {&v, n}, r = {(void *)a, n};
  if (process_vm_readv(rt_g.pid, &l, 1, &r, 1, 0) == (ssize_t)n)
    return v;
  rt_pvr_failed();
  return SCDF_UNREADABLE;
}

enum { RT_IOV_BATCH = 64 };

void rt_read_fields_slow(struct rt_thread *t, u64 *out, uintptr_t obj,
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
    u64 sz = offs[2 * i + 1] < 8 ? offs[2 * i + 1] : 8;
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
      (rt_on_stack(t, lo, hi, frame) || rt_stable(lo, hi))) {
    for (u32 i = 0; i < nf; i++) {
      u64 sz = offs[2 * i + 1] < 8 ? offs[2 * i + 1] : 8;
      out[i] = sz ? rt_load_n(obj + offs[2 * i], (unsigned)sz) : 0;
    }
    return;
  }

  /* Tier 3, in batches; a fault ends a batch early (the kernel reports
   * how many bytes it copied), and the rest of the batch is retried. */
  uintptr_t bad_page = 0; /* a page known to be unreadable */
  u32 i = 0;
  while (i < nf) {
    struct iovec l[RT_IOV_BATCH], r[RT_IOV_BATCH];
    u32 idx[RT_IOV_BATCH];
    u32 k = 0;
    for (; i < nf && k < RT_IOV_BATCH; i++) {
      u64 sz = offs[2 * i + 1] < 8 ? offs[2 * i + 1] : 8;
      uintptr_t a = obj + offs[2 * i];
      out[i] = 0;
      if (sz == 0)
        continue;
      if (a < obj || rt_addr_bad(a, sz) || rt_g.pvr_broken ||
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
          process_vm_readv(rt_g.pid, l + done, k - done, r + done, k - done, 0);
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

/* Find the mapping that contains addr in /proc/self/maps, with nothing but
 * open/read (no stdio, no malloc: this can run before the program's
 * allocator is usable and must not call instrumented code). */
int rt_find_mapping(uintptr_t addr, uintptr_t *lo, uintptr_t *hi) {
  int fd = open("/proc/self/maps", O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return 0;
  char buf[4096];
  size_t have = 0;
  int found = 0, eof = 0;
  while (!found) {
    if (!eof && have < sizeof(buf)) {
      ssize_t r = read(fd, buf + have, sizeof(buf) - have);
      if (r < 0 && errno == EINTR)
        continue;
      if (r <= 0)
        eof = 1;
      else
        have += (size_t)r;
    }
    char *nl = memchr(buf, '\n', have);
    if (!nl) {
      if (eof || have == sizeof(buf))
        break;
      continue;
    }
    uintptr_t a = 0, b = 0;
    char *p = buf;
    for (; p < nl && *p != '-'; p++)
      a = a * 16 + (uintptr_t)(*p <= '9' ? *p - '0' : (*p | 0x20) - 'a' + 10);
    for (p++; p < nl && *p != ' '; p++)
      b = b * 16 + (uintptr_t)(*p <= '9' ? *p - '0' : (*p | 0x20) - 'a' + 10);
    if (addr >= a && addr < b) {
      *lo = a;
      *hi = b;
      found = 1;
    }
    size_t used = (size_t)(nl + 1 - buf);
    memmove(buf, nl + 1, have - used);
    have -= used;
  }
  close(fd);
  return found;
}

/* Field 47 of /proc/self/stat (Linux >= 3.5): where the brk heap starts. */
uintptr_t rt_read_start_brk(void) {
  int fd = open("/proc/self/stat", O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return 0;
  char buf[1024];
  ssize_t n = read(fd, buf, sizeof(buf) - 1);
  close(fd);
  if (n <= 0)
    return 0;
  buf[n] = '\0';
  /* The command name (field 2) may hold spaces: count after its ')'. */
  char *p = strrchr(buf, ')');
  if (!p)
    return 0;
  int field = 2;
  uintptr_t v = 0;
  for (p++; *p && field < 47; p++)
    if (*p == ' ')
      field++;
  if (field != 47)
    return 0;
  for (; *p >= '0' && *p <= '9'; p++)
    v = v * 10 + (uintptr_t)(*p - '0');
  return v;
}

RT_FILE_END
