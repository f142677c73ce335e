/*
 * The kcov_dataflow runtime under abuse, inside the end-to-end guest:
 *
 *   /bin/abuse [MODE [ABI]]  MODE as init's SCDF_MODE; with `base` (only
 *                         the demo module is instrumented) record counts of
 *                         a whole demo run are exact too; ABI the runtime's
 *                         (SCDF_ABI_*, default 0, ABI A)
 *   /bin/abuse entry-exit the PC_ENTRY/PC_EXIT records of a demo built with
 *                         entry-exit (ENTRYEXIT lines)
 *
 * Every case runs in a process of its own (a case that oopses the kernel
 * dies, and the others still run) and prints one line,
 *
 *   ABUSE <name> ok
 *   ABUSE <name> FAIL <detail>
 *
 * then `ABUSE-DONE <failures>`. Each call is checked for the exact result
 * the runtime promises (docs/KERNEL.md, "The runtime under abuse"): an
 * errno, or the records in the buffer, framed as abi.h says. Records come
 * from the example module (/sys/kernel/debug/dataflow_demo), which is
 * instrumented in both kernels; with the whole kernel instrumented (all)
 * the syscalls around it record too, so exact record counts are checked
 * only through the demo's own functions, found in /proc/kallsyms.
 *
 * ioctl, mmap and the code of the CLONE_VM threads go through raw
 * syscalls: the result is -errno, with no errno variable shared between
 * threads.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/klog.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "sancov-dataflow/abi.h"

#if !defined(__x86_64__) && !defined(__aarch64__)
#error "abuse.c issues raw x86-64 or aarch64 syscalls"
#endif

#define DEVICE "/sys/kernel/debug/kcov_dataflow"
#define DEMO "/sys/kernel/debug/dataflow_demo"
#define WILD "/sys/kernel/debug/dataflow_demo_wild"
#define ATOMIC "/sys/kernel/debug/dataflow_demo_atomic"
#define GUARD "/sys/kernel/debug/dataflow_demo_guard"
#define REMOTE "/sys/kernel/debug/dataflow_demo_remote"
#define CMP "/sys/kernel/debug/dataflow_demo_cmp"

/* The runtime's limits (kernel/kcov_dataflow/). */
#define MIN_WORDS 2UL
#define MAX_WORDS (16UL << 20)
#define MAX_TASKS 64
#define PAGE 4096UL
/* Words of a buffer that holds every record of a case, also when the whole
 * kernel records (8 MiB). */
#define BIG (1UL << 20)

/* What df_eight(1, 2, 3, 4, 5, 6, 0x77, 0x8888888888888888) sees and
 * returns (examples/linux/dataflow_demo.c). */
#define EIGHT_H 0x8888888888888888ull
#define EIGHT_SUM 0x8888888888888914ull

/* ---- raw syscalls ---- */

static long sys6(long nr, long a, long b, long c, long d, long e, long f) {
#if defined(__x86_64__)
  long ret;
  register long r10 __asm__("r10") = d;
  register long r8 __asm__("r8") = e;
  register long r9 __asm__("r9") = f;
  __asm__ volatile("syscall"
                   : "=a"(ret)
                   : "a"(nr), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)
                   : "rcx", "r11", "memory");
  return ret;
#else
  register long x8 __asm__("x8") = nr;
  register long x0 __asm__("x0") = a;
  register long x1 __asm__("x1") = b;
  register long x2 __asm__("x2") = c;
  register long x3 __asm__("x3") = d;
  register long x4 __asm__("x4") = e;
  register long x5 __asm__("x5") = f;
  __asm__ volatile("svc #0"
                   : "+r"(x0)
                   : "r"(x8), "r"(x1), "r"(x2), "r"(x3), "r"(x4), "r"(x5)
                   : "memory");
  return x0;
#endif
}
#define sys3(nr, a, b, c) sys6(nr, (long)(a), (long)(b), (long)(c), 0, 0, 0)

static long xioctl(int fd, unsigned long cmd, unsigned long arg) {
  return sys3(SYS_ioctl, fd, cmd, arg);
}
static long xopen(const char *path, int flags) {
  return sys6(SYS_openat, AT_FDCWD, (long)path, flags, 0, 0, 0);
}
static long xclose(int fd) { return sys3(SYS_close, fd, 0, 0); }
static long xmmap(unsigned long len, int prot, int flags, int fd,
                  unsigned long off) {
  return sys6(SYS_mmap, 0, (long)len, prot, flags, fd, (long)off);
}
static long xmunmap(void *p, unsigned long len) {
  return sys3(SYS_munmap, p, len, 0);
}
static void xyield(void) { sys3(SYS_sched_yield, 0, 0, 0); }
/* An mmap result that is an error. */
static int bad(long r) { return r < 0 && r > -4096; }

/* Runs the demo module (or its wild pointer variant) in this task: 0 or
 * -errno. */
static long poke(const char *file) {
  long fd = xopen(file, O_WRONLY), r;
  if (fd < 0)
    return fd;
  r = sys3(SYS_write, fd, "1", 1);
  xclose((int)fd);
  return r == 1 ? 0 : r < 0 ? r : -EIO;
}
static long trigger(void) { return poke(DEMO); }

/* ---- results ---- */

#define WHY_SIZE 240
struct shared {
  char why[WHY_SIZE];            /* the failing case's detail */
  char sub[MAX_TASKS][WHY_SIZE]; /* details of a case's own children */
};
static struct shared *shared;
static char *why; /* where fail() writes: shared->why or shared->sub[i] */
static const char *mode = "base";
static long expected_abi = SCDF_ABI_KCOV_V2;
static uint64_t eight_pc, peek_pc, remote_work_pc, compare_pc, compare_end,
    mmput_pc;

static int fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int fail(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(why, WHY_SIZE, fmt, ap);
  va_end(ap);
  return 1;
}

static const char *errname(long r) {
  static char buf[4][32];
  static int n;
  static const struct {
    int e;
    const char *name;
  } names[] = {
      {EPERM, "EPERM"},   {ENOENT, "ENOENT"}, {EINTR, "EINTR"},
      {EIO, "EIO"},       {EBADF, "EBADF"},   {EAGAIN, "EAGAIN"},
      {ENOMEM, "ENOMEM"}, {EACCES, "EACCES"}, {EFAULT, "EFAULT"},
      {EBUSY, "EBUSY"},   {EEXIST, "EEXIST"}, {ENODEV, "ENODEV"},
      {EINVAL, "EINVAL"}, {ENOTTY, "ENOTTY"}, {ENOSPC, "ENOSPC"},
      {ESPIPE, "ESPIPE"}, {ENOSYS, "ENOSYS"}, {EOVERFLOW, "EOVERFLOW"}};
  char *b = buf[n++ % 4];
  size_t i;
  if (r < 0 && r > -4096) {
    for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
      if (names[i].e == -r) {
        snprintf(b, 32, "-%s", names[i].name);
        return b;
      }
    snprintf(b, 32, "-errno %ld", -r);
    return b;
  }
  snprintf(b, 32, "%ld", r);
  return b;
}

/* expr must give want (0, a count, or -Exxx); the case fails otherwise. */
#define EXPECT(expr, want)                                                     \
  do {                                                                         \
    long got_ = (long)(expr), want_ = (long)(want);                            \
    if (got_ != want_)                                                         \
      return fail("line %d: %s gave %s, want %s", __LINE__, #expr,             \
                  errname(got_), errname(want_));                              \
  } while (0)
#define REQUIRE(cond, ...)                                                     \
  do {                                                                         \
    if (!(cond))                                                               \
      return fail(__VA_ARGS__);                                                \
  } while (0)

/* ---- buffers ---- */

struct buf {
  int fd;
  unsigned long words;
  volatile uint64_t *area;
};

/* open + INIT_TRACE + mmap, all expected to work. */
static int buf_open(struct buf *b, unsigned long words) {
  long r;
  b->fd = -1;
  b->area = NULL;
  b->words = words;
  r = xopen(DEVICE, O_RDWR);
  REQUIRE(r >= 0, "open %s: %s", DEVICE, errname(r));
  b->fd = (int)r;
  r = xioctl(b->fd, KCOV_DF_INIT_TRACE, words);
  REQUIRE(r == 0, "INIT_TRACE(%lu): %s", words, errname(r));
  r = xmmap(words * 8, PROT_READ | PROT_WRITE, MAP_SHARED, b->fd, 0);
  REQUIRE(!bad(r), "mmap of %lu words: %s", words, errname(r));
  b->area = (volatile uint64_t *)r;
  return 0;
}

static void buf_close(struct buf *b) {
  if (b->area)
    xmunmap((void *)b->area, b->words * 8);
  if (b->fd >= 0)
    xclose(b->fd);
  b->area = NULL;
  b->fd = -1;
}

static uint64_t dropped(int fd) {
  uint64_t d = ~0ull;
  if (xioctl(fd, KCOV_DF_GET_DROPPED, (unsigned long)&d))
    return ~0ull;
  return d;
}

struct rec {
  uint32_t type, seq, nvals, size, idx;
  uint64_t pc, ptr;
  const volatile uint64_t *val;
};

/* The record at *pos (a word index, 1 = the first) of a buffer with `used`
 * record words; advances *pos. The framing must have been checked. */
static int next_rec(const volatile uint64_t *area, uint64_t used, uint64_t *pos,
                    struct rec *r) {
  uint64_t h;
  if (*pos >= 1 + used)
    return 0;
  h = area[*pos];
  r->type = SCDF_REC_TYPE(h);
  r->seq = SCDF_REC_SEQ(h);
  r->nvals = SCDF_REC_NVALS(h);
  r->size = SCDF_REC_SIZE(h);
  r->idx = SCDF_REC_IDX(h);
  r->pc = area[*pos + 1];
  r->ptr = area[*pos + 2];
  r->val = &area[*pos + 3];
  *pos += SCDF_RECORD_WORDS(r->nvals);
  return 1;
}

struct frames {
  uint64_t used;    /* record words */
  unsigned records; /* records */
  unsigned gaps;    /* sequence numbers that are not the previous one + 1 */
  uint32_t first_seq, last_seq;
};

/* Every record of the buffer framed as abi.h says, the last one ending
 * exactly at word 0's count. */
static int check_frames(const struct buf *b, struct frames *f) {
  uint64_t used = b->area[0], pos = 1, h;
  memset(f, 0, sizeof(*f));
  f->used = used;
  REQUIRE(used <= b->words - 1,
          "word 0 says %llu record words, the buffer has %lu",
          (unsigned long long)used, b->words - 1);
  while (pos < 1 + used) {
    uint32_t type, nvals, seq;
    REQUIRE(1 + used - pos >= SCDF_REC_HEADER_WORDS,
            "record at word %llu: only %llu words left for its header",
            (unsigned long long)pos, (unsigned long long)(1 + used - pos));
    h = b->area[pos];
    type = SCDF_REC_TYPE(h);
    nvals = SCDF_REC_NVALS(h);
    seq = SCDF_REC_SEQ(h);
    REQUIRE(type == SCDF_REC_ENTRY || type == SCDF_REC_RET ||
                ((type == SCDF_REC_PC_ENTRY || type == SCDF_REC_PC_EXIT) &&
                 !nvals && !SCDF_REC_SIZE(h) && !SCDF_REC_IDX(h)) ||
                (type == SCDF_REC_CMP && nvals == 2 && !SCDF_REC_IDX(h)),
            "record at word %llu: type %#x (header %#llx)",
            (unsigned long long)pos, type, (unsigned long long)h);
    REQUIRE(!((h >> 24) & 0xf),
            "record at word %llu: reserved bits set (header %#llx)",
            (unsigned long long)pos, (unsigned long long)h);
    REQUIRE(SCDF_REC_SIZE(h) || !nvals,
            "record at word %llu: size 0 with %u values",
            (unsigned long long)pos, nvals);
    REQUIRE(type != SCDF_REC_RET || !SCDF_REC_IDX(h),
            "RET record at word %llu: index %u", (unsigned long long)pos,
            SCDF_REC_IDX(h));
    REQUIRE(SCDF_RECORD_WORDS(nvals) <= 1 + used - pos,
            "record at word %llu: %u values run past the count %llu",
            (unsigned long long)pos, nvals, (unsigned long long)used);
    if (!f->records)
      f->first_seq = seq;
    else if (seq != ((f->last_seq + 1) & SCDF_REC_SEQ_MASK))
      f->gaps++;
    f->last_seq = seq;
    f->records++;
    pos += SCDF_RECORD_WORDS(nvals);
  }
  return 0;
}

/* Framed, sequence numbers 0, 1, 2, ... and nothing dropped. */
static int check_complete(const struct buf *b, struct frames *f) {
  uint64_t d;
  if (check_frames(b, f))
    return 1;
  REQUIRE(!f->records || (f->first_seq == 0 && f->gaps == 0),
          "%u records: first sequence number %u, %u gaps", f->records,
          f->first_seq, f->gaps);
  d = dropped(b->fd);
  REQUIRE(d == 0, "GET_DROPPED: %llu records dropped", (unsigned long long)d);
  return 0;
}

/* df_eight calls in the buffer, each checked for its 8th argument and its
 * result; -1 (why set) if one is wrong. With `cut`, the recording may have
 * been disabled (from another CPU) between the last call's entry and return
 * records. */
static long eight_calls_cut(const struct buf *b, int cut) {
  uint64_t pos = 1, used = b->area[0];
  long entries = 0, rets = 0;
  struct rec r;
  if (!eight_pc)
    return fail("df_eight is not in /proc/kallsyms"), -1;
  while (next_rec(b->area, used, &pos, &r)) {
    if (r.pc != eight_pc)
      continue;
    if (r.type == SCDF_REC_ENTRY && r.idx == 7) {
      if (r.nvals != 1 || r.val[0] != EIGHT_H)
        return fail("df_eight h: %u values, %#llx", r.nvals,
                    (unsigned long long)r.val[0]),
               -1;
      entries++;
    } else if (r.type == SCDF_REC_RET) {
      if (r.nvals != 1 || r.val[0] != EIGHT_SUM)
        return fail("df_eight result: %u values, %#llx", r.nvals,
                    (unsigned long long)r.val[0]),
               -1;
      rets++;
    }
  }
  if (entries != rets && !(cut && entries == rets + 1))
    return fail("df_eight: %ld entries with h, %ld returns", entries, rets), -1;
  return rets;
}
static long eight_calls(const struct buf *b) { return eight_calls_cut(b, 0); }

/* Framing checked, then the df_eight calls counted. */
#define EXPECT_CALLS(b, n)                                                     \
  do {                                                                         \
    struct frames f_;                                                          \
    long calls_;                                                               \
    if (check_frames(b, &f_))                                                  \
      return 1;                                                                \
    calls_ = eight_calls(b);                                                   \
    if (calls_ < 0)                                                            \
      return 1;                                                                \
    REQUIRE(calls_ == (n), "line %d: %ld df_eight calls recorded, want %ld",   \
            __LINE__, calls_, (long)(n));                                      \
  } while (0)

/* ---- CLONE_VM threads (raw syscalls only in there) ---- */

struct thr {
  int fd;
  volatile int phase;    /* written by the main thread */
  volatile int progress; /* written by the thread */
  volatile long rc[4];
};

static pid_t start_thread(int (*fn)(void *), struct thr *t) {
  size_t size = 256 << 10;
  char *stack = mmap(NULL, size, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
  if (stack == MAP_FAILED)
    return -1;
  return clone(fn, stack + size, CLONE_VM | CLONE_FS | CLONE_FILES | SIGCHLD,
               t);
}

static int join(pid_t pid) {
  int st;
  if (waitpid(pid, &st, 0) != pid)
    return -1;
  return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

static void wait_for(volatile int *v, int value) {
  while (*v < value)
    xyield();
}

/* ---- the cases ---- */

static int case_ioctl_unknown(void) {
  static const unsigned long cmds[] = {
      0,
      0xffffffffUL,
      _IO('d', 0),
      _IO('d', 1),                 /* INIT_TRACE without its size */
      _IOW('d', 1, unsigned long), /* ... with the wrong direction */
      _IOR('d', 1, uint32_t),      /* ... with the wrong size */
      _IOR('d', 2, uint32_t),      /* GET_DROPPED with the wrong size */
      _IOR('d', 3, uint32_t),      /* GET_ABI with the wrong size */
      _IOW('d', 3, uint64_t),      /* ... with the wrong direction */
      _IO('d', 99),
      _IO('d', 102),
      _IOW('d', 102, uint64_t),    /* the RFC fork's REMOTE_ENABLE */
      _IOR('c', 1, unsigned long), /* KCOV_INIT_TRACE */
      _IO('c', 100),               /* KCOV_ENABLE */
  };
  size_t i;
  long fd = xopen(DEVICE, O_RDWR);
  REQUIRE(fd >= 0, "open: %s", errname(fd));
  for (i = 0; i < sizeof(cmds) / sizeof(cmds[0]); i++) {
    long r = xioctl((int)fd, cmds[i], 64);
    REQUIRE(r == -ENOTTY, "ioctl %#lx gave %s, want -ENOTTY", cmds[i],
            errname(r));
  }
  /* None of them changed the state. */
  EXPECT(xioctl((int)fd, KCOV_DF_INIT_TRACE, 64), 0);
  return 0;
}

static int case_init_size(void) {
  long fd = xopen(DEVICE, O_RDWR);
  REQUIRE(fd >= 0, "open: %s", errname(fd));
  EXPECT(xioctl(fd, KCOV_DF_INIT_TRACE, 0), -EINVAL);
  EXPECT(xioctl(fd, KCOV_DF_INIT_TRACE, 1), -EINVAL);
  EXPECT(xioctl(fd, KCOV_DF_INIT_TRACE, MAX_WORDS + 1), -EINVAL);
  EXPECT(xioctl(fd, KCOV_DF_INIT_TRACE, 1UL << 61), -EINVAL); /* *8 wraps */
  EXPECT(xioctl(fd, KCOV_DF_INIT_TRACE, ~0UL), -EINVAL);
  EXPECT(xioctl(fd, KCOV_DF_INIT_TRACE, MIN_WORDS), 0);
  EXPECT(xioctl(fd, KCOV_DF_INIT_TRACE, MIN_WORDS), -EBUSY);
  EXPECT(xioctl(fd, KCOV_DF_INIT_TRACE, 1000), -EBUSY);
  EXPECT(xioctl(fd, KCOV_DF_INIT_TRACE, 0), -EBUSY);
  return 0;
}

/* The largest buffer: 128 MiB of vmalloc in a 512 MiB guest. */
static int case_init_max(void) {
  long fd = xopen(DEVICE, O_RDWR), r, m;
  REQUIRE(fd >= 0, "open: %s", errname(fd));
  r = xioctl(fd, KCOV_DF_INIT_TRACE, MAX_WORDS);
  REQUIRE(r == 0 || r == -ENOMEM, "INIT_TRACE(max) gave %s, want 0 or -ENOMEM",
          errname(r));
  if (r == 0) {
    m = xmmap(MAX_WORDS * 8, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    REQUIRE(!bad(m), "mmap of the largest buffer: %s", errname(m));
    ((volatile uint64_t *)m)[MAX_WORDS - 1] = 1; /* the last word is there */
    EXPECT(xmunmap((void *)m, MAX_WORDS * 8), 0);
  }
  EXPECT(xclose(fd), 0);
  return 0;
}

static int case_bad_pointers(void) {
  long fd = xopen(DEVICE, O_RDWR), ro;
  uint64_t d[2] = {~0ull, ~0ull};
  REQUIRE(fd >= 0, "open: %s", errname(fd));
  /* GET_DROPPED writes a u64 to user memory: only to user memory. */
  EXPECT(xioctl(fd, KCOV_DF_GET_DROPPED, 0), -EFAULT);
  EXPECT(xioctl(fd, KCOV_DF_GET_DROPPED, 8), -EFAULT);
  EXPECT(xioctl(fd, KCOV_DF_GET_DROPPED, 0xffff888000000000UL), -EFAULT);
  EXPECT(xioctl(fd, KCOV_DF_GET_DROPPED, 0xffffffffff600000UL), -EFAULT);
  EXPECT(xioctl(fd, KCOV_DF_GET_DROPPED, 0xdead000000000000UL), -EFAULT);
  EXPECT(xioctl(fd, KCOV_DF_GET_DROPPED, ~0UL - 3), -EFAULT);
  ro = xmmap(PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  REQUIRE(!bad(ro), "mmap: %s", errname(ro));
  EXPECT(xioctl(fd, KCOV_DF_GET_DROPPED, ro), -EFAULT);
  /* GET_ABI likewise. */
  EXPECT(xioctl(fd, KCOV_DF_GET_ABI, 0), -EFAULT);
  EXPECT(xioctl(fd, KCOV_DF_GET_ABI, 0xffff888000000000UL), -EFAULT);
  EXPECT(xioctl(fd, KCOV_DF_GET_ABI, 0xdead000000000000UL), -EFAULT);
  EXPECT(xioctl(fd, KCOV_DF_GET_ABI, ~0UL - 3), -EFAULT);
  EXPECT(xioctl(fd, KCOV_DF_GET_ABI, ro), -EFAULT);
  /* Before INIT_TRACE, and unaligned: 0 dropped. */
  EXPECT(xioctl(fd, KCOV_DF_GET_DROPPED, (unsigned long)((char *)d + 3)), 0);
  REQUIRE(d[0] == 0xffffffull && d[1] == 0xffffffffff000000ull,
          "unaligned GET_DROPPED wrote %#llx %#llx", (unsigned long long)d[0],
          (unsigned long long)d[1]);
  /* ENABLE refuses flags it does not know; DISABLE ignores its
   * argument, garbage included. */
  EXPECT(xioctl(fd, KCOV_DF_ENABLE, 0xdead000000000000UL), -EINVAL);
  EXPECT(xioctl(fd, KCOV_DF_DISABLE, ~0UL), -EINVAL);
  EXPECT(xioctl(fd, KCOV_DF_INIT_TRACE, 16), 0);
  EXPECT(xioctl(fd, KCOV_DF_ENABLE, 0xdead000000000000UL), -EINVAL);
  EXPECT(xioctl(fd, KCOV_DF_ENABLE, 0x8), -EINVAL);
  EXPECT(xioctl(fd, KCOV_DF_ENABLE, 0x7), 0);
  EXPECT(xioctl(fd, KCOV_DF_DISABLE, ~0UL), 0);
  return 0;
}

static int case_no_read_write(void) {
  long fd = xopen(DEVICE, O_RDWR);
  char c[8];
  REQUIRE(fd >= 0, "open: %s", errname(fd));
  EXPECT(sys3(SYS_read, fd, c, sizeof(c)), -EINVAL);
  EXPECT(sys3(SYS_write, fd, c, sizeof(c)), -EINVAL);
  EXPECT(sys3(SYS_lseek, fd, 8, SEEK_SET), -ESPIPE);
  return 0;
}

static int case_enable_no_buffer(void) {
  long fd = xopen(DEVICE, O_RDWR);
  REQUIRE(fd >= 0, "open: %s", errname(fd));
  EXPECT(xioctl(fd, KCOV_DF_ENABLE, 0), -EINVAL);
  EXPECT(xioctl(fd, KCOV_DF_DISABLE, 0), -EINVAL);
  /* A buffer nobody mapped is still a buffer. */
  EXPECT(xioctl(fd, KCOV_DF_INIT_TRACE, 64), 0);
  EXPECT(xioctl(fd, KCOV_DF_ENABLE, 0), 0);
  EXPECT(trigger(), 0);
  EXPECT(xioctl(fd, KCOV_DF_DISABLE, 0), 0);
  return 0;
}

static int case_disable_not_enabled(void) {
  struct buf b;
  if (buf_open(&b, 64))
    return 1;
  EXPECT(xioctl(b.fd, KCOV_DF_DISABLE, 0), -EINVAL);
  EXPECT(xioctl(b.fd, KCOV_DF_ENABLE, 0), 0);
  EXPECT(xioctl(b.fd, KCOV_DF_DISABLE, 0), 0);
  EXPECT(xioctl(b.fd, KCOV_DF_DISABLE, 0), -EINVAL);
  return 0;
}

static int case_enable_twice(void) {
  struct buf b;
  if (buf_open(&b, BIG))
    return 1;
  EXPECT(xioctl(b.fd, KCOV_DF_ENABLE, 0), 0);
  EXPECT(xioctl(b.fd, KCOV_DF_ENABLE, 0), -EBUSY);
  EXPECT(trigger(), 0);
  EXPECT(xioctl(b.fd, KCOV_DF_DISABLE, 0), 0);
  /* Enabled again after DISABLE: the records continue the sequence. */
  EXPECT(xioctl(b.fd, KCOV_DF_ENABLE, 0), 0);
  EXPECT(trigger(), 0);
  EXPECT(xioctl(b.fd, KCOV_DF_DISABLE, 0), 0);
  {
    struct frames f;
    if (check_complete(&b, &f))
      return 1;
  }
  EXPECT_CALLS(&b, 2);
  return 0;
}

/* One buffer per task. */
static int case_enable_two_files(void) {
  struct buf a, b;
  if (buf_open(&a, BIG) || buf_open(&b, BIG))
    return 1;
  EXPECT(xioctl(a.fd, KCOV_DF_ENABLE, 0), 0);
  EXPECT(xioctl(b.fd, KCOV_DF_ENABLE, 0), -EBUSY);
  EXPECT(trigger(), 0);
  EXPECT(xioctl(a.fd, KCOV_DF_DISABLE, 0), 0);
  EXPECT(xioctl(b.fd, KCOV_DF_ENABLE, 0), 0);
  EXPECT(trigger(), 0);
  EXPECT(trigger(), 0);
  EXPECT(xioctl(b.fd, KCOV_DF_DISABLE, 0), 0);
  EXPECT_CALLS(&a, 1);
  EXPECT_CALLS(&b, 2);
  return 0;
}

static int case_mmap_before_init(void) {
  long fd = xopen(DEVICE, O_RDWR);
  REQUIRE(fd >= 0, "open: %s", errname(fd));
  EXPECT(xmmap(PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0), -EINVAL);
  EXPECT(xmmap(PAGE, PROT_READ, MAP_SHARED, fd, 0), -EINVAL);
  return 0;
}

static int case_mmap_size(void) {
  /* 513 words: 4104 bytes, two pages. */
  long fd = xopen(DEVICE, O_RDWR), m;
  REQUIRE(fd >= 0, "open: %s", errname(fd));
  EXPECT(xioctl(fd, KCOV_DF_INIT_TRACE, 513), 0);
  EXPECT(xmmap(PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0), -EINVAL);
  EXPECT(xmmap(3 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0), -EINVAL);
  EXPECT(xmmap(0, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0), -EINVAL);
  /* The exact size, and any length that rounds up to it. */
  m = xmmap(513 * 8, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
  REQUIRE(!bad(m), "mmap of 513 words: %s", errname(m));
  EXPECT(xmunmap((void *)m, 513 * 8), 0);
  m = xmmap(PAGE + 1, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
  REQUIRE(!bad(m), "mmap of a page and a byte: %s", errname(m));
  EXPECT(xmunmap((void *)m, 2 * PAGE), 0);
  return 0;
}

static int case_mmap_offset(void) {
  long fd = xopen(DEVICE, O_RDWR);
  REQUIRE(fd >= 0, "open: %s", errname(fd));
  EXPECT(xioctl(fd, KCOV_DF_INIT_TRACE, 1024), 0);
  EXPECT(xmmap(PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, PAGE), -EINVAL);
  EXPECT(xmmap(2 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 1UL << 40),
         -EINVAL);
  /* Not a multiple of the page size: refused before the runtime sees it. */
  EXPECT(xmmap(2 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 8), -EINVAL);
  return 0;
}

/* Only shared mappings: a private copy would stop following the records. */
static int case_mmap_private(void) {
  long fd = xopen(DEVICE, O_RDWR), m;
  REQUIRE(fd >= 0, "open: %s", errname(fd));
  EXPECT(xioctl(fd, KCOV_DF_INIT_TRACE, 512), 0);
  EXPECT(xmmap(PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0), -EINVAL);
  EXPECT(xmmap(PAGE, PROT_READ, MAP_PRIVATE, fd, 0), -EINVAL);
  m = xmmap(PAGE, PROT_READ, MAP_SHARED, fd, 0);
  REQUIRE(!bad(m), "read-only shared mmap: %s", errname(m));
  return 0;
}

/* A read-only file: the buffer can be watched, not written. */
static int case_mmap_readonly_file(void) {
  long fd = xopen(DEVICE, O_RDONLY), m;
  REQUIRE(fd >= 0, "open: %s", errname(fd));
  EXPECT(xioctl(fd, KCOV_DF_INIT_TRACE, 512), 0);
  EXPECT(xmmap(PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0), -EACCES);
  m = xmmap(PAGE, PROT_READ, MAP_SHARED, fd, 0);
  REQUIRE(!bad(m), "read-only shared mmap: %s", errname(m));
  EXPECT(xioctl(fd, KCOV_DF_ENABLE, 0), 0);
  EXPECT(trigger(), 0);
  EXPECT(xioctl(fd, KCOV_DF_DISABLE, 0), 0);
  REQUIRE(((volatile uint64_t *)m)[0] > 0, "no records in the read-only view");
  EXPECT(sys3(SYS_mprotect, m, PAGE, PROT_READ | PROT_WRITE), -EACCES);
  return 0;
}

/* Two mappings of one buffer show the same words; neither can grow. */
static int case_mmap_twice(void) {
  struct buf b;
  long m2;
  volatile uint64_t *a2;
  if (buf_open(&b, BIG))
    return 1;
  m2 = xmmap(BIG * 8, PROT_READ | PROT_WRITE, MAP_SHARED, b.fd, 0);
  REQUIRE(!bad(m2), "second mmap: %s", errname(m2));
  a2 = (volatile uint64_t *)m2;
  REQUIRE(a2 != b.area, "the same address twice");
  b.area[BIG - 1] = 0x5ca1ab1e;
  REQUIRE(a2[BIG - 1] == 0x5ca1ab1e, "the two mappings differ");
  EXPECT(xioctl(b.fd, KCOV_DF_ENABLE, 0), 0);
  EXPECT(trigger(), 0);
  EXPECT(xioctl(b.fd, KCOV_DF_DISABLE, 0), 0);
  REQUIRE(a2[0] == b.area[0] && a2[0] > 0, "counts %llu and %llu",
          (unsigned long long)a2[0], (unsigned long long)b.area[0]);
  EXPECT_CALLS(&b, 1);
  /* VM_DONTEXPAND: a mapping of the buffer cannot grow. */
  EXPECT(sys6(SYS_mremap, m2, BIG * 8, BIG * 8 + PAGE, MREMAP_MAYMOVE, 0, 0),
         -EFAULT);
  EXPECT(xmunmap((void *)m2, BIG * 8), 0);
  REQUIRE(b.area[BIG - 1] == 0x5ca1ab1e, "the first mapping lost its words");
  return 0;
}

/* User space owns word 0 too: whatever it writes there, the runtime stays
 * inside the buffer and counts what it could not write as dropped. */
static int case_count_garbage(void) {
  static const uint64_t garbage[] = {
      ~0ull - 2,  /* count + record length wraps to a small number */
      ~0ull,      /* count + 1 wraps to 0 */
      1ull << 63, /* negative as a signed count */
      BIG,        /* the buffer's size in words: one past the end */
      BIG - 1,    /* full */
      BIG - 4,    /* room for a 3-word record at most */
  };
  struct buf b;
  size_t i;
  uint64_t before = 0;
  if (buf_open(&b, BIG))
    return 1;
  b.area[b.words - 1] = 0x600d;
  for (i = 0; i < sizeof(garbage) / sizeof(garbage[0]); i++) {
    uint64_t d;
    b.area[0] = garbage[i];
    EXPECT(xioctl(b.fd, KCOV_DF_ENABLE, 0), 0);
    EXPECT(trigger(), 0);
    EXPECT(xioctl(b.fd, KCOV_DF_DISABLE, 0), 0);
    d = dropped(b.fd);
    if (i + 1 < sizeof(garbage) / sizeof(garbage[0])) {
      REQUIRE(b.area[0] == garbage[i], "word 0 %#llx became %#llx",
              (unsigned long long)garbage[i], (unsigned long long)b.area[0]);
    } else {
      /* 3 words: only records without a value fit. */
      REQUIRE(b.area[0] == garbage[i] || b.area[0] == garbage[i] + 3,
              "word 0 %#llx became %#llx", (unsigned long long)garbage[i],
              (unsigned long long)b.area[0]);
    }
    REQUIRE(d != ~0ull && d > before,
            "after word 0 = %#llx: GET_DROPPED %llu, before %llu",
            (unsigned long long)garbage[i], (unsigned long long)d,
            (unsigned long long)before);
    before = d;
  }
  REQUIRE(b.area[b.words - 1] == 0x600d || b.area[0] == b.words - 1,
          "the last word was overwritten");
  /* Reset: records again, framed. */
  b.area[0] = 0;
  EXPECT(xioctl(b.fd, KCOV_DF_ENABLE, 0), 0);
  EXPECT(trigger(), 0);
  EXPECT(xioctl(b.fd, KCOV_DF_DISABLE, 0), 0);
  EXPECT_CALLS(&b, 1);
  return 0;
}

/* Records of one demo run in this task, with a large buffer. */
static long records_per_run(void) {
  struct buf b;
  struct frames f;
  long n;
  if (buf_open(&b, BIG))
    return -1;
  if (xioctl(b.fd, KCOV_DF_ENABLE, 0) || trigger() ||
      xioctl(b.fd, KCOV_DF_DISABLE, 0))
    return fail("recording one demo run failed"), -1;
  if (check_complete(&b, &f))
    return -1;
  n = f.records;
  buf_close(&b);
  return n;
}

/* A buffer too small for a demo run: what fits is framed, the rest is
 * counted by GET_DROPPED and leaves a sequence gap (abi.h). */
static int case_overflow(void) {
  struct buf b;
  struct frames f;
  long per_run = 0;
  uint64_t d, first, more;
  int base = !strcmp(mode, "base");
  if (base) {
    per_run = records_per_run();
    if (per_run < 0)
      return 1;
    REQUIRE(per_run >= 4, "a demo run gave %ld records", per_run);
  }
  /* No room for any record. */
  if (buf_open(&b, MIN_WORDS))
    return 1;
  EXPECT(xioctl(b.fd, KCOV_DF_ENABLE, 0), 0);
  EXPECT(trigger(), 0);
  EXPECT(xioctl(b.fd, KCOV_DF_DISABLE, 0), 0);
  REQUIRE(b.area[0] == 0, "word 0 is %llu in a 2-word buffer",
          (unsigned long long)b.area[0]);
  d = dropped(b.fd);
  REQUIRE(d != ~0ull && d > 0, "GET_DROPPED %llu", (unsigned long long)d);
  if (base)
    REQUIRE(d == (uint64_t)per_run, "%llu dropped of %ld",
            (unsigned long long)d, per_run);
  buf_close(&b);

  /* Room for a few records: 13 words. */
  if (buf_open(&b, 13))
    return 1;
  EXPECT(xioctl(b.fd, KCOV_DF_ENABLE, 0), 0);
  EXPECT(trigger(), 0);
  EXPECT(xioctl(b.fd, KCOV_DF_DISABLE, 0), 0);
  if (check_frames(&b, &f))
    return 1;
  d = dropped(b.fd);
  REQUIRE(f.records >= 1, "no records in 13 words");
  REQUIRE(d != ~0ull && d > 0, "GET_DROPPED %llu", (unsigned long long)d);
  /* Dropped records consume sequence numbers: every number so far is a
   * record in the buffer or a dropped one. */
  REQUIRE(f.last_seq < f.records + d,
          "sequence number %u after %u records and %llu dropped", f.last_seq,
          f.records, (unsigned long long)d);
  if (base)
    REQUIRE(f.first_seq == 0 && f.gaps == 0 &&
                f.records + d == (uint64_t)per_run,
            "%u records (first sequence number %u, %u gaps) and %llu dropped "
            "of %ld",
            f.records, f.first_seq, f.gaps, (unsigned long long)d, per_run);
  first = d + f.records;
  /* Word 0 set back to 0 reuses the buffer: the sequence continues after
   * the dropped records. */
  b.area[0] = 0;
  EXPECT(xioctl(b.fd, KCOV_DF_ENABLE, 0), 0);
  EXPECT(trigger(), 0);
  EXPECT(xioctl(b.fd, KCOV_DF_DISABLE, 0), 0);
  if (check_frames(&b, &f))
    return 1;
  REQUIRE(f.records >= 1, "no records after the reset");
  /* Exactly `first`, unless records were dropped before the first one that
   * fit (with the whole kernel recording, the first may be a large one). */
  more = dropped(b.fd) - d;
  REQUIRE(f.first_seq >= first && f.first_seq - first <= more &&
              (!base || f.first_seq == first),
          "first sequence number after the reset %u, want %llu (+ up to %llu "
          "dropped)",
          f.first_seq, (unsigned long long)first, (unsigned long long)more);
  return 0;
}

/* Another task (a forked child with the same file) disables this one. */
static int case_disable_other_task(void) {
  struct buf b;
  pid_t pid;
  int st;
  if (buf_open(&b, BIG))
    return 1;
  EXPECT(xioctl(b.fd, KCOV_DF_ENABLE, 0), 0);
  pid = fork();
  if (pid == 0) {
    /* Not this task's recording: cannot enable, may disable. */
    if (xioctl(b.fd, KCOV_DF_ENABLE, 0) != -EBUSY)
      _exit(1);
    if (xioctl(b.fd, KCOV_DF_DISABLE, 0) != 0)
      _exit(2);
    _exit(0);
  }
  REQUIRE(pid > 0, "fork failed");
  REQUIRE(waitpid(pid, &st, 0) == pid && WIFEXITED(st) && !WEXITSTATUS(st),
          "child: status %#x (1: ENABLE was not -EBUSY, 2: DISABLE failed)",
          st);
  EXPECT(trigger(), 0);
  EXPECT_CALLS(&b, 0);
  EXPECT(xioctl(b.fd, KCOV_DF_DISABLE, 0), -EINVAL);
  EXPECT(xioctl(b.fd, KCOV_DF_ENABLE, 0), 0);
  EXPECT(trigger(), 0);
  EXPECT(xioctl(b.fd, KCOV_DF_DISABLE, 0), 0);
  EXPECT_CALLS(&b, 1);
  return 0;
}

/* A thread records; the main thread disables it while it runs. */
static int thread_records(void *arg) {
  struct thr *t = arg;
  t->rc[0] = xioctl(t->fd, KCOV_DF_ENABLE, 0);
  while (t->phase < 1) {
    t->rc[1] |= trigger();
    t->progress++;
    xyield();
  }
  /* Disabled by now: these are not recorded. */
  t->rc[2] |= trigger();
  t->rc[2] |= trigger();
  t->rc[3] = xioctl(t->fd, KCOV_DF_DISABLE, 0);
  return 0;
}

static int case_disable_from_thread(void) {
  static struct thr t;
  struct buf b;
  uint64_t used;
  pid_t pid;
  long calls;
  if (buf_open(&b, BIG))
    return 1;
  t.fd = b.fd;
  pid = start_thread(thread_records, &t);
  REQUIRE(pid > 0, "clone failed");
  wait_for(&t.progress, 3);
  EXPECT(xioctl(b.fd, KCOV_DF_DISABLE, 0), 0);
  used = b.area[0];
  t.phase = 1;
  EXPECT(join(pid), 0);
  EXPECT(t.rc[0], 0);
  EXPECT(t.rc[1], 0);
  EXPECT(t.rc[2], 0);
  EXPECT(t.rc[3], -EINVAL);
  REQUIRE(b.area[0] == used, "records after DISABLE: %llu words, then %llu",
          (unsigned long long)used, (unsigned long long)b.area[0]);
  {
    struct frames f;
    if (check_complete(&b, &f))
      return 1;
  }
  calls = eight_calls_cut(&b, 1);
  if (calls < 0)
    return 1;
  /* Every run that finished before DISABLE (the last one may not have). */
  REQUIRE(calls >= 3 && calls <= t.progress, "%ld df_eight calls for %d runs",
          calls, t.progress);
  return 0;
}

/* A thread records; the main thread closes the only file while it runs. */
static int thread_keeps_running(void *arg) {
  struct thr *t = arg;
  long fd;
  t->rc[0] = xioctl(t->fd, KCOV_DF_ENABLE, 0);
  while (t->phase < 1) {
    t->rc[1] |= trigger();
    t->progress++;
    xyield();
  }
  t->rc[1] |= trigger();
  t->rc[1] |= poke(WILD);
  /* The task was disabled with the file: it may record again. */
  fd = xopen(DEVICE, O_RDWR);
  if (fd < 0) {
    t->rc[2] = fd;
    return 0;
  }
  t->rc[2] = xioctl(fd, KCOV_DF_INIT_TRACE, 64);
  if (!t->rc[2])
    t->rc[2] = xioctl(fd, KCOV_DF_ENABLE, 0);
  t->rc[1] |= trigger();
  t->rc[3] = xioctl(fd, KCOV_DF_DISABLE, 0);
  xclose(fd);
  return 0;
}

static int case_close_from_thread(void) {
  static struct thr t;
  long fd = xopen(DEVICE, O_RDWR);
  pid_t pid;
  REQUIRE(fd >= 0, "open: %s", errname(fd));
  EXPECT(xioctl(fd, KCOV_DF_INIT_TRACE, BIG), 0);
  t.fd = (int)fd;
  pid = start_thread(thread_keeps_running, &t);
  REQUIRE(pid > 0, "clone failed");
  wait_for(&t.progress, 3);
  EXPECT(xclose(fd), 0); /* the last reference: released here */
  t.phase = 1;
  EXPECT(join(pid), 0);
  EXPECT(t.rc[0], 0);
  EXPECT(t.rc[1], 0);
  EXPECT(t.rc[2], 0);
  EXPECT(t.rc[3], 0);
  return 0;
}

/* The file closed while recording, the buffer still mapped: the mapping
 * keeps the file, the task records on until munmap releases it. */
static int case_close_while_mapped(void) {
  struct buf b, c;
  if (buf_open(&b, BIG))
    return 1;
  EXPECT(xioctl(b.fd, KCOV_DF_ENABLE, 0), 0);
  EXPECT(xclose(b.fd), 0);
  EXPECT(trigger(), 0);
  EXPECT_CALLS(&b, 1);
  EXPECT(xmunmap((void *)b.area, b.words * 8), 0); /* released here */
  EXPECT(trigger(), 0);
  EXPECT(poke(WILD), 0);
  if (buf_open(&c, BIG))
    return 1;
  EXPECT(xioctl(c.fd, KCOV_DF_ENABLE, 0), 0); /* not -EBUSY: released */
  EXPECT(trigger(), 0);
  EXPECT(xioctl(c.fd, KCOV_DF_DISABLE, 0), 0);
  EXPECT_CALLS(&c, 1);
  return 0;
}

/* The file closed while recording, nothing mapped: released at close. */
static int case_close_while_enabled(void) {
  struct buf c;
  long fd = xopen(DEVICE, O_RDWR);
  REQUIRE(fd >= 0, "open: %s", errname(fd));
  EXPECT(xioctl(fd, KCOV_DF_INIT_TRACE, BIG), 0);
  EXPECT(xioctl(fd, KCOV_DF_ENABLE, 0), 0);
  EXPECT(trigger(), 0);
  EXPECT(xclose(fd), 0);
  EXPECT(trigger(), 0);
  EXPECT(poke(WILD), 0);
  if (buf_open(&c, BIG))
    return 1;
  EXPECT(xioctl(c.fd, KCOV_DF_ENABLE, 0), 0);
  EXPECT(trigger(), 0);
  EXPECT(xioctl(c.fd, KCOV_DF_DISABLE, 0), 0);
  EXPECT_CALLS(&c, 1);
  return 0;
}

/* A child forked while recording does not record into the parent's
 * buffer, cannot take it over, and can record into its own. */
static int case_fork_while_enabled(void) {
  struct buf b;
  pid_t pid;
  int st;
  if (buf_open(&b, BIG))
    return 1;
  EXPECT(xioctl(b.fd, KCOV_DF_ENABLE, 0), 0);
  pid = fork();
  if (pid == 0) {
    struct buf c;
    why = shared->sub[0];
    if (trigger() || trigger())
      _exit(fail("trigger failed"));
    if (xioctl(b.fd, KCOV_DF_ENABLE, 0) != -EBUSY)
      _exit(fail("ENABLE of the parent's file was not -EBUSY"));
    if (buf_open(&c, BIG))
      _exit(1);
    if (xioctl(c.fd, KCOV_DF_ENABLE, 0) || trigger() ||
        xioctl(c.fd, KCOV_DF_DISABLE, 0))
      _exit(fail("recording in the child failed"));
    if (eight_calls(&c) != 1)
      _exit(fail("the child's buffer has %ld df_eight calls", eight_calls(&c)));
    _exit(0);
  }
  REQUIRE(pid > 0, "fork failed");
  REQUIRE(waitpid(pid, &st, 0) == pid && WIFEXITED(st) && !WEXITSTATUS(st),
          "child: status %#x: %s", st, shared->sub[0]);
  EXPECT_CALLS(&b, 0);
  EXPECT(trigger(), 0);
  EXPECT(xioctl(b.fd, KCOV_DF_DISABLE, 0), 0);
  EXPECT_CALLS(&b, 1);
  return 0;
}

/* A child exits with recording on, in the parent's file. */
static int case_exit_while_enabled(void) {
  struct buf b, c;
  pid_t pid;
  int st;
  if (buf_open(&b, BIG))
    return 1;
  pid = fork();
  if (pid == 0) {
    if (xioctl(b.fd, KCOV_DF_ENABLE, 0) || trigger())
      _exit(1);
    _exit(0); /* still enabled */
  }
  REQUIRE(pid > 0, "fork failed");
  REQUIRE(waitpid(pid, &st, 0) == pid && WIFEXITED(st) && !WEXITSTATUS(st),
          "child: status %#x", st);
  EXPECT_CALLS(&b, 1);
  /* The file still names the dead task until DISABLE. */
  EXPECT(xioctl(b.fd, KCOV_DF_ENABLE, 0), -EBUSY);
  EXPECT(xioctl(b.fd, KCOV_DF_DISABLE, 0), 0);
  EXPECT(xioctl(b.fd, KCOV_DF_DISABLE, 0), -EINVAL);
  EXPECT(xioctl(b.fd, KCOV_DF_ENABLE, 0), 0);
  EXPECT(trigger(), 0);
  EXPECT(xioctl(b.fd, KCOV_DF_DISABLE, 0), 0);
  EXPECT_CALLS(&b, 2);
  /* The same again, the parent then recording with a new file. */
  pid = fork();
  if (pid == 0)
    _exit(xioctl(b.fd, KCOV_DF_ENABLE, 0) ? 1 : 0);
  REQUIRE(pid > 0, "fork failed");
  REQUIRE(waitpid(pid, &st, 0) == pid && WIFEXITED(st) && !WEXITSTATUS(st),
          "child: status %#x", st);
  if (buf_open(&c, BIG))
    return 1;
  EXPECT(xioctl(c.fd, KCOV_DF_ENABLE, 0), 0);
  EXPECT(trigger(), 0);
  EXPECT(xioctl(c.fd, KCOV_DF_DISABLE, 0), 0);
  EXPECT_CALLS(&c, 1);
  {
    struct frames f;
    if (check_complete(&c, &f))
      return 1;
  }
  return 0;
}

/* Eight tasks record at once, each into its own buffer: child i runs the
 * demo i + 1 times between syscalls of its own. */
#define NTASKS 8
static int one_of_many(int i, int go) {
  struct buf b;
  struct frames f;
  char c;
  int j, p[2];
  long calls;
  why = shared->sub[i];
  if (buf_open(&b, BIG))
    return 1;
  EXPECT(xioctl(b.fd, KCOV_DF_ENABLE, 0), 0);
  REQUIRE(read(go, &c, 1) == 0, "barrier"); /* all enabled: go */
  REQUIRE(pipe(p) == 0, "pipe");
  for (j = 0; j <= i; j++) {
    EXPECT(trigger(), 0);
    EXPECT(write(p[1], "x", 1), 1);
    xyield();
    EXPECT(read(p[0], &c, 1), 1);
    EXPECT(getpid() > 0, 1);
  }
  EXPECT(xioctl(b.fd, KCOV_DF_DISABLE, 0), 0);
  if (check_complete(&b, &f))
    return 1;
  calls = eight_calls(&b);
  if (calls < 0)
    return 1;
  REQUIRE(calls == i + 1, "task %d: %ld df_eight calls, want %d", i, calls,
          i + 1);
  return 0;
}

static int case_many_tasks(void) {
  pid_t pids[NTASKS];
  int i, go[2], failed = 0, st;
  REQUIRE(pipe(go) == 0, "pipe");
  for (i = 0; i < NTASKS; i++) {
    pids[i] = fork();
    if (pids[i] == 0) {
      close(go[1]);
      _exit(one_of_many(i, go[0]));
    }
    REQUIRE(pids[i] > 0, "fork failed");
  }
  close(go[0]);
  close(go[1]);
  for (i = 0; i < NTASKS; i++) {
    REQUIRE(waitpid(pids[i], &st, 0) == pids[i], "waitpid");
    if (!WIFEXITED(st) || WEXITSTATUS(st)) {
      if (!failed)
        fail("task %d: status %#x: %s", i, st, shared->sub[i]);
      failed = 1;
    }
  }
  return failed;
}

/* Every slot taken by a live task: -ENOSPC; once those tasks exited (their
 * files still open), ENABLE takes over the entry of a dead one. */
static int case_slots_full(void) {
  int fds[MAX_TASKS], ready[2], go[2], i, n, st;
  pid_t pids[MAX_TASKS];
  char c;
  long fd;
  REQUIRE(pipe(ready) == 0 && pipe(go) == 0, "pipe");
  for (i = 0; i < MAX_TASKS; i++) {
    fd = xopen(DEVICE, O_RDWR);
    REQUIRE(fd >= 0, "open %d: %s", i, errname(fd));
    fds[i] = (int)fd;
    EXPECT(xioctl(fd, KCOV_DF_INIT_TRACE, MIN_WORDS), 0);
  }
  for (i = 0; i < MAX_TASKS; i++) {
    pids[i] = fork();
    if (pids[i] == 0) {
      char r = xioctl(fds[i], KCOV_DF_ENABLE, 0) ? 'F' : 'R';
      close(go[1]);
      if (write(ready[1], &r, 1) != 1)
        _exit(2);
      if (read(go[0], &c, 1) != 0) /* until the parent says go */
        _exit(3);
      _exit(r == 'R' ? 0 : 1); /* exits with recording on */
    }
    REQUIRE(pids[i] > 0, "fork %d failed", i);
  }
  close(go[0]);
  for (i = n = 0; i < MAX_TASKS; i++) {
    REQUIRE(read(ready[0], &c, 1) == 1, "ready pipe");
    n += c == 'R';
  }
  REQUIRE(n == MAX_TASKS, "%d of %d tasks could enable", n, MAX_TASKS);
  fd = xopen(DEVICE, O_RDWR);
  REQUIRE(fd >= 0, "open: %s", errname(fd));
  EXPECT(xioctl(fd, KCOV_DF_INIT_TRACE, BIG), 0);
  EXPECT(xioctl(fd, KCOV_DF_ENABLE, 0), -ENOSPC);
  close(go[1]);
  for (i = 0; i < MAX_TASKS; i++)
    REQUIRE(waitpid(pids[i], &st, 0) == pids[i] && WIFEXITED(st) &&
                !WEXITSTATUS(st),
            "task %d: status %#x", i, st);
  /* All 64 entries belong to dead tasks now. */
  EXPECT(xioctl(fd, KCOV_DF_ENABLE, 0), 0);
  EXPECT(trigger(), 0);
  EXPECT(xioctl(fd, KCOV_DF_DISABLE, 0), 0);
  /* The file whose entry was taken is disabled; the others still are
   * enabled for their dead task. */
  for (i = n = 0; i < MAX_TASKS; i++) {
    long r = xioctl(fds[i], KCOV_DF_DISABLE, 0);
    REQUIRE(r == 0 || r == -EINVAL, "DISABLE %d: %s", i, errname(r));
    n += r == -EINVAL;
  }
  REQUIRE(n == 1, "%d files were disabled by the reclaim, want 1", n);
  for (i = 0; i < MAX_TASKS; i++)
    EXPECT(xclose(fds[i]), 0);
  return 0;
}

/* NULL, an ERR_PTR and wild pointers given to a struct pointer parameter
 * (dataflow_demo's df_peek): every field unreadable, except the one that
 * is in a mapped page. */
static int case_wild_pointers(void) {
  static const uint64_t ptrs[] = {
      0,
      0xffffffffffffffeaull,
      0x1000,
      0xdead000000000000ull,
      0xffff800000000000ull,
  };
  struct buf b;
  struct rec r;
  uint64_t pos = 1;
  unsigned entries = 0, rets = 0;
  if (!peek_pc)
    return fail("df_peek is not in /proc/kallsyms");
  if (buf_open(&b, BIG))
    return 1;
  EXPECT(xioctl(b.fd, KCOV_DF_ENABLE, 0), 0);
  EXPECT(poke(WILD), 0);
  EXPECT(xioctl(b.fd, KCOV_DF_DISABLE, 0), 0);
  {
    struct frames f;
    if (check_complete(&b, &f))
      return 1;
  }
  while (next_rec(b.area, b.area[0], &pos, &r)) {
    if (r.pc != peek_pc)
      continue;
    if (r.type == SCDF_REC_ENTRY) {
      REQUIRE(r.idx == 0 && r.size == 16 && r.nvals == 2,
              "df_peek entry %u: index %u, size %u, %u values", entries, r.idx,
              r.size, r.nvals);
      if (entries < 5) {
        REQUIRE(r.ptr == ptrs[entries],
                "df_peek entry %u: node %#llx, want %#llx", entries,
                (unsigned long long)r.ptr, (unsigned long long)ptrs[entries]);
        REQUIRE(r.val[0] == SCDF_UNREADABLE && r.val[1] == SCDF_UNREADABLE,
                "df_peek(%#llx): fields %#llx %#llx", (unsigned long long)r.ptr,
                (unsigned long long)r.val[0], (unsigned long long)r.val[1]);
      } else {
        REQUIRE((r.ptr & (PAGE - 1)) == PAGE - 8 && r.val[0] == 77 &&
                    r.val[1] == SCDF_UNREADABLE,
                "df_peek(%#llx) at a page end: fields %#llx %#llx",
                (unsigned long long)r.ptr, (unsigned long long)r.val[0],
                (unsigned long long)r.val[1]);
      }
      entries++;
    } else {
      uint64_t want = rets == 1 ? 0xffffffeaull : 0; /* int -22 */
      REQUIRE(r.nvals == 1 && r.val[0] == want,
              "df_peek return %u: %u values, %#llx", rets, r.nvals,
              (unsigned long long)r.val[0]);
      rets++;
    }
  }
  REQUIRE(entries == 6 && rets == 6, "%u df_peek entries, %u returns", entries,
          rets);
  return 0;
}

/* The ABI the runtime was built for, as often as asked, from a file in
 * any state. */
static int case_get_abi(void) {
  uint64_t abi = ~0ull;
  struct buf b;
  long fd = xopen(DEVICE, O_RDONLY);
  REQUIRE(fd >= 0, "open: %s", errname(fd));
  EXPECT(xioctl((int)fd, KCOV_DF_GET_ABI, (unsigned long)&abi), 0);
  REQUIRE(abi == (uint64_t)expected_abi, "GET_ABI: %llu, want %ld",
          (unsigned long long)abi, expected_abi);
  EXPECT(xclose((int)fd), 0);
  if (buf_open(&b, 64))
    return 1;
  EXPECT(xioctl(b.fd, KCOV_DF_ENABLE, 0), 0);
  abi = ~0ull;
  EXPECT(xioctl(b.fd, KCOV_DF_GET_ABI, (unsigned long)&abi), 0);
  REQUIRE(abi == (uint64_t)expected_abi, "GET_ABI while enabled: %llu",
          (unsigned long long)abi);
  EXPECT(xioctl(b.fd, KCOV_DF_DISABLE, 0), 0);
  buf_close(&b);
  return 0;
}

/* Instrumented code running with page faults disabled records nothing
 * (and leaves no gap): of dataflow_demo_atomic's two df_eight calls only
 * the first is in the buffer. */
static int case_pagefault_disabled(void) {
  struct buf b;
  struct frames f;
  if (buf_open(&b, BIG))
    return 1;
  EXPECT(xioctl(b.fd, KCOV_DF_ENABLE, 0), 0);
  EXPECT(poke(ATOMIC), 0);
  EXPECT(poke(ATOMIC), 0);
  EXPECT(xioctl(b.fd, KCOV_DF_DISABLE, 0), 0);
  if (check_complete(&b, &f))
    return 1;
  EXPECT_CALLS(&b, 2);
  buf_close(&b);
  return 0;
}

/* dataflow_demo_guard: '1' or '0'. */
static long guard(void) {
  char c = 0;
  long fd = xopen(GUARD, O_RDONLY), r;
  if (fd < 0)
    return fd;
  r = sys3(SYS_read, fd, &c, 1);
  xclose((int)fd);
  return r != 1 ? (r < 0 ? r : -EIO) : c == '1' ? 1 : c == '0' ? 0 : -EIO;
}

static int exit_enabled(void *arg) {
  struct thr *t = arg;
  t->rc[0] = xioctl(t->fd, KCOV_DF_ENABLE, 0);
  return 0;
}

/* The guard byte is set while any task records: from the first ENABLE to
 * the last DISABLE or close, also across tasks and a task that exited
 * recording (its file keeps it counted until it is closed). */
static int case_guard(void) {
  struct buf a, b;
  struct thr t;
  pid_t pid;
  EXPECT(guard(), 0);
  if (buf_open(&a, 64) || buf_open(&b, 64))
    return 1;
  EXPECT(guard(), 0);
  EXPECT(xioctl(a.fd, KCOV_DF_ENABLE, 0), 0);
  EXPECT(guard(), 1);
  memset(&t, 0, sizeof(t));
  t.fd = b.fd;
  pid = start_thread(exit_enabled, &t);
  REQUIRE(pid > 0, "clone failed");
  EXPECT(join(pid), 0);
  EXPECT(t.rc[0], 0);
  EXPECT(guard(), 1);
  EXPECT(xioctl(a.fd, KCOV_DF_DISABLE, 0), 0);
  EXPECT(guard(), 1); /* b's task exited recording: still counted */
  EXPECT(xioctl(a.fd, KCOV_DF_ENABLE, 0), 0);
  EXPECT(xioctl(a.fd, KCOV_DF_ENABLE, 0), -EBUSY);
  buf_close(&b);
  EXPECT(guard(), 1);
  buf_close(&a); /* close while enabled */
  EXPECT(guard(), 0);
  if (buf_open(&a, 64))
    return 1;
  EXPECT(xioctl(a.fd, KCOV_DF_ENABLE, 0), 0);
  EXPECT(guard(), 1);
  EXPECT(xioctl(a.fd, KCOV_DF_DISABLE, 0), 0);
  EXPECT(guard(), 0);
  buf_close(&a);
  return 0;
}

/* `abuse entry-exit` (kernel/e2e/init.c, with the example module built
 * with the plugin's entry-exit): one demo run gives a PC_ENTRY and a
 * PC_EXIT for each of its 15 calls (df_run, df_eight, ten df_walk,
 * df_make_big, df_check_perm, df_set_max_threads), each exit carrying its
 * entry's stack pointer, properly nested (a callee's stack pointer below
 * its caller's), word 1 a call site just after the function's start. */
static uint64_t walk_pc, eight_end, walk_end;

static int case_entry_exit(void) {
  enum { MAX_DEPTH = 32 };
  uint64_t sp[MAX_DEPTH], pos = 1;
  unsigned depth = 0, max_depth = 0, entries = 0, exits = 0, eight = 0,
           walk = 0;
  struct buf b;
  struct frames f;
  struct rec r;
  REQUIRE(eight_pc && walk_pc && eight_end && walk_end,
          "df_eight or df_walk not in /proc/kallsyms");
  if (buf_open(&b, BIG))
    return 1;
  EXPECT(xioctl(b.fd, KCOV_DF_ENABLE, 0), 0);
  EXPECT(trigger(), 0);
  /* df_run_remote sleeps twice (flush_work, wait_for_completion) while a
   * kworker and a softirq run df_remote_work for it: its entry and exit
   * still pair, with nothing of the workers in between. */
  EXPECT(poke(REMOTE), 0);
  EXPECT(xioctl(b.fd, KCOV_DF_DISABLE, 0), 0);
  if (check_complete(&b, &f))
    return 1;
  while (next_rec(b.area, b.area[0], &pos, &r)) {
    if (r.type == SCDF_REC_PC_ENTRY) {
      REQUIRE(depth < MAX_DEPTH, "PC_ENTRY nesting deeper than %d", MAX_DEPTH);
      REQUIRE(!depth || r.ptr < sp[depth - 1],
              "PC_ENTRY %u: stack pointer %#llx not below its caller's %#llx",
              entries, (unsigned long long)r.ptr,
              (unsigned long long)sp[depth - 1]);
      sp[depth++] = r.ptr;
      if (depth > max_depth)
        max_depth = depth;
      eight += r.pc > eight_pc && r.pc < eight_end;
      walk += r.pc > walk_pc && r.pc < walk_end;
      entries++;
    } else if (r.type == SCDF_REC_PC_EXIT) {
      REQUIRE(depth > 0, "PC_EXIT %u without an entry", exits);
      REQUIRE(r.ptr == sp[depth - 1],
              "PC_EXIT %u: stack pointer %#llx, its entry had %#llx", exits,
              (unsigned long long)r.ptr, (unsigned long long)sp[depth - 1]);
      depth--;
      exits++;
    }
  }
  REQUIRE(entries == 16 && exits == 16 && depth == 0 && max_depth == 11,
          "%u PC_ENTRY, %u PC_EXIT, %u left open, depth %u (want 16, 16, 0, "
          "11)",
          entries, exits, depth, max_depth);
  REQUIRE(eight == 1 && walk == 10,
          "%u entries at df_eight, %u at df_walk (want 1, 10)", eight, walk);
  buf_close(&b);
  return 0;
}

/* ---- the recording window, CMP records, remote capture ---- */

/* Records of the function at pc (ABI A: word 1 is its address). */
static long count_pc(const struct buf *b, uint64_t pc) {
  uint64_t pos = 1, used = b->area[0];
  long n = 0;
  struct rec r;
  while (next_rec(b->area, used, &pos, &r))
    n += r.pc == pc;
  return n;
}

/* A child enables with `flags`, runs the demo, execs `abuse window-child`
 * (which runs it once more) and exits. */
static int window_run(struct buf *b, unsigned long flags) {
  pid_t pid = fork();
  if (pid == 0) {
    char *argv[] = {"/bin/abuse", "window-child", NULL};
    if (xioctl(b->fd, KCOV_DF_ENABLE, flags) || trigger())
      _exit(3);
    execve(argv[0], argv, NULL);
    _exit(4);
  }
  REQUIRE(pid > 0 && join(pid) == 0, "the window child failed");
  return 0;
}

/* AFTER_EXEC: only the run after the exec is recorded; UNTIL_EXIT: the
 * exit's mmput is not (the whole kernel records it otherwise). */
static int case_window(void) {
  struct buf b;
  int all = strcmp(mode, "base") != 0;
  if (buf_open(&b, BIG) || window_run(&b, KCOV_DF_ENABLE_AFTER_EXEC |
                                               KCOV_DF_ENABLE_UNTIL_EXIT))
    return 1;
  EXPECT_CALLS(&b, 1);
  REQUIRE(!all || count_pc(&b, mmput_pc) == 0, "%ld mmput records at exit",
          count_pc(&b, mmput_pc));
  buf_close(&b);
  if (buf_open(&b, BIG) || window_run(&b, 0))
    return 1;
  EXPECT_CALLS(&b, 2);
  REQUIRE(!all || count_pc(&b, mmput_pc) > 0,
          "no mmput record without the window");
  buf_close(&b);
  return 0;
}

/* The CMP records df_compare(0x1234, 0x99999) made, as "size:type:a:b"
 * strings joined by spaces, into out. */
static int cmp_records(const struct buf *b, char *out, size_t len) {
  uint64_t pos = 1, used = b->area[0];
  size_t n = 0;
  struct rec r;
  out[0] = 0;
  while (next_rec(b->area, used, &pos, &r))
    if (r.type == SCDF_REC_CMP && r.pc >= compare_pc && r.pc < compare_end)
      n += snprintf(out + n, n < len ? len - n : 0, "%s%u:%llu:%#llx:%#llx",
                    n ? " " : "", r.size, (unsigned long long)r.ptr,
                    (unsigned long long)r.val[0],
                    (unsigned long long)r.val[1]);
  return 0;
}

/* With KCOV_DF_ENABLE_CMP, the demo's comparisons (it is built with
 * trace-cmp) are CMP records inside df_compare; without, none. */
static int case_cmp(void) {
  char got[WHY_SIZE];
  struct buf b;
  if (buf_open(&b, BIG))
    return 1;
  REQUIRE(compare_pc && compare_end, "df_compare is not in /proc/kallsyms");
  EXPECT(xioctl(b.fd, KCOV_DF_ENABLE, KCOV_DF_ENABLE_CMP), 0);
  EXPECT(poke(CMP), 0);
  EXPECT(xioctl(b.fd, KCOV_DF_DISABLE, 0), 0);
  if (check_frames(&b, &(struct frames){0}) ||
      cmp_records(&b, got, sizeof(got)))
    return 1;
  /* a == 0x1234 (4 bytes, constant), b > a (8 bytes), the switch's
   * cases 3 and 0x1234 against a. */
  REQUIRE(strstr(got, "4:5:0x1234:0x1234") && strstr(got, "8:6:") &&
              strstr(got, "4:5:0x3:0x1234"),
          "df_compare's CMP records: %s", got);
  b.area[0] = 0;
  EXPECT(xioctl(b.fd, KCOV_DF_ENABLE, 0), 0);
  EXPECT(poke(CMP), 0);
  EXPECT(xioctl(b.fd, KCOV_DF_DISABLE, 0), 0);
  cmp_records(&b, got, sizeof(got));
  REQUIRE(!got[0], "CMP records without KCOV_DF_ENABLE_CMP: %s", got);
  buf_close(&b);
  return 0;
}

#define DEMO_SOFTIRQ_HANDLE ((0xdfull << 56) | 1)

struct remote_arg {
  struct scdf_remote_arg a;
  uint64_t handles[SCDF_REMOTE_MAX_HANDLES + 1];
};

static long remote_enable(int fd, uint32_t area, uint32_t session,
                          uint64_t common, int nhandles, uint64_t handle) {
  struct remote_arg r;
  int i;
  memset(&r, 0, sizeof(r));
  r.a.area_words = area;
  r.a.session_words = session;
  r.a.num_handles = (uint32_t)nhandles;
  r.a.common_handle = common;
  for (i = 0; i < nhandles && i <= (int)SCDF_REMOTE_MAX_HANDLES; i++)
    r.handles[i] = handle + (uint64_t)i;
  return xioctl(fd, KCOV_DF_REMOTE_ENABLE, (unsigned long)&r);
}

/* One session read back: its REMOTE record and df_remote_work's values. */
struct session {
  uint64_t handle, pid, cpu, words;
  char comm[17];
  uint64_t arg, ret, max_threads;
  int records;
};

/* Splits `words` words of remote buffer into sessions. */
static int parse_sessions(const uint64_t *w, uint64_t words,
                          struct session *s, int max, int *n) {
  uint64_t pos = 0;
  *n = 0;
  while (pos < words) {
    struct session *x = &s[*n];
    uint64_t end, p;
    REQUIRE(*n < max, "more than %d sessions", max);
    REQUIRE(SCDF_REC_TYPE(w[pos]) == SCDF_REC_REMOTE &&
                SCDF_REC_NVALS(w[pos]) == SCDF_REMOTE_VALS &&
                pos + 7 <= words,
            "session %d: header %#llx", *n, (unsigned long long)w[pos]);
    memset(x, 0, sizeof(*x));
    x->handle = w[pos + 1];
    x->pid = w[pos + 2];
    memcpy(x->comm, &w[pos + 3], 16);
    x->cpu = w[pos + 5];
    x->words = w[pos + 6];
    end = pos + 7 + x->words;
    REQUIRE(end <= words, "session %d: %llu words past the end", *n,
            (unsigned long long)x->words);
    for (p = pos + 7; p < end; p += SCDF_RECORD_WORDS(SCDF_REC_NVALS(w[p]))) {
      uint64_t h = w[p];
      x->records++;
      if (w[p + 1] != remote_work_pc || !SCDF_REC_NVALS(h))
        continue;
      if (SCDF_REC_TYPE(h) == SCDF_REC_RET)
        x->ret = w[p + 3];
      else if (SCDF_REC_IDX(h) == 0)
        x->arg = w[p + 3];
      else if (SCDF_REC_NVALS(h) == 3)
        x->max_threads = w[p + 4];
    }
    REQUIRE(p == end, "session %d: records run past its end", *n);
    pos = end;
    (*n)++;
  }
  return 0;
}

static long drain(int fd, uint64_t *w, size_t max_words) {
  long got = 0, r;
  while ((r = sys3(SYS_read, fd, w + got, (max_words - got) * 8)) > 0)
    got += r / 8;
  return r < 0 ? r : got;
}

/* The demo's kworker (common handle) and softirq (global handle) work
 * lands in the remote buffer as two sessions with the exact values. */
static int case_remote(void) {
  static uint64_t w[1 << 16];
  struct session s[8];
  struct buf b;
  uint64_t common = 0x4200 + (uint64_t)getpid();
  long words;
  int n;
  if (buf_open(&b, BIG))
    return 1;
  REQUIRE(remote_work_pc, "df_remote_work is not in /proc/kallsyms");
  EXPECT(xioctl(b.fd, KCOV_DF_ENABLE, 0), 0);
  EXPECT(remote_enable(b.fd, 1 << 16, 4096, common, 1, DEMO_SOFTIRQ_HANDLE),
         0);
  EXPECT(poke(REMOTE), 0);
  words = drain(b.fd, w, 1 << 16);
  REQUIRE(words > 0, "read: %s", errname(words));
  if (parse_sessions(w, (uint64_t)words, s, 8, &n))
    return 1;
  REQUIRE(n == 2, "%d sessions", n);
  REQUIRE(s[0].handle == common && s[0].pid > 1 &&
              !strncmp(s[0].comm, "kworker", 7),
          "kworker session: handle %#llx pid %llu comm %s",
          (unsigned long long)s[0].handle, (unsigned long long)s[0].pid,
          s[0].comm);
  REQUIRE(s[0].arg == 0x1234 && s[0].max_threads == 3 && s[0].ret == 0x1237,
          "kworker df_remote_work(%#llx, max_threads %llu) -> %#llx",
          (unsigned long long)s[0].arg, (unsigned long long)s[0].max_threads,
          (unsigned long long)s[0].ret);
  REQUIRE(s[1].handle == DEMO_SOFTIRQ_HANDLE && s[1].pid == 0 &&
              !strcmp(s[1].comm, "softirq") && s[1].arg == 0x50f7 &&
              s[1].ret == 0x50fa,
          "softirq session: handle %#llx pid %llu comm %s arg %#llx ret %#llx",
          (unsigned long long)s[1].handle, (unsigned long long)s[1].pid,
          s[1].comm, (unsigned long long)s[1].arg,
          (unsigned long long)s[1].ret);
  EXPECT(sys3(SYS_read, b.fd, w, 64), 0);
  REQUIRE(count_pc(&b, remote_work_pc) == 0,
          "the task's own buffer has remote records");
  REQUIRE(dropped(b.fd) == 0, "GET_DROPPED %llu",
          (unsigned long long)dropped(b.fd));
  EXPECT(xioctl(b.fd, KCOV_DF_REMOTE_DISABLE, 0), 0);
  EXPECT(xioctl(b.fd, KCOV_DF_DISABLE, 0), 0);
  /* Unregistered: the next run records no session. */
  EXPECT(poke(REMOTE), 0);
  EXPECT(sys3(SYS_read, b.fd, w, 64), 0);
  buf_close(&b);
  return 0;
}

/* A remote buffer with room for three sessions: the fourth is counted. */
static int case_remote_full(void) {
  static uint64_t w[4096];
  struct session s[8];
  long fd = xopen(DEVICE, O_RDWR), words;
  int n;
  REQUIRE(fd >= 0, "open: %s", errname(fd));
  EXPECT(remote_enable((int)fd, 64, 64, 0, 1, DEMO_SOFTIRQ_HANDLE), 0);
  EXPECT(poke(REMOTE), 0);
  EXPECT(poke(REMOTE), 0);
  EXPECT(poke(REMOTE), 0);
  EXPECT(poke(REMOTE), 0);
  words = drain((int)fd, w, 4096);
  REQUIRE(words > 0, "read: %s", errname(words));
  if (parse_sessions(w, (uint64_t)words, s, 8, &n))
    return 1;
  REQUIRE(n == 3 && s[2].ret == 0x50fa, "%d sessions", n);
  REQUIRE(dropped((int)fd) == 1, "GET_DROPPED %llu",
          (unsigned long long)dropped((int)fd));
  EXPECT(xclose((int)fd), 0);
  return 0;
}

/* Every argument REMOTE_ENABLE refuses, handles taken by another file,
 * and read()'s own rules. */
static int case_remote_ioctl(void) {
  long fd = xopen(DEVICE, O_RDWR), other = xopen(DEVICE, O_RDWR);
  const uint64_t h = DEMO_SOFTIRQ_HANDLE + 0x100;
  struct scdf_remote_arg a;
  char c[8];
  REQUIRE(fd >= 0 && other >= 0, "open: %s", errname(fd));
  EXPECT(xioctl(fd, KCOV_DF_REMOTE_ENABLE, 0), -EFAULT);
  EXPECT(xioctl(fd, KCOV_DF_REMOTE_ENABLE, 0xffff888000000000UL), -EFAULT);
  EXPECT(remote_enable((int)fd, 64, 64, 0, 17, h), -EINVAL);
  EXPECT(remote_enable((int)fd, 64, 64, 0, 0, 0), -EINVAL);
  EXPECT(remote_enable((int)fd, 1, 64, 0, 1, h), -EINVAL);
  EXPECT(remote_enable((int)fd, 64, 1, 0, 1, h), -EINVAL);
  EXPECT(remote_enable((int)fd, 64, 1u << 31, 0, 1, h), -EINVAL);
  EXPECT(remote_enable((int)fd, 64, 64, 0, 1, 0x5), -EINVAL);
  EXPECT(remote_enable((int)fd, 64, 64, 0, 1, h | 1ull << 40), -EINVAL);
  EXPECT(remote_enable((int)fd, 64, 64, 1ull << 56 | 7, 0, 0), -EINVAL);
  memset(&a, 0, sizeof(a));
  a.area_words = a.session_words = 64;
  a.reserved = 1;
  a.common_handle = 7;
  EXPECT(xioctl(fd, KCOV_DF_REMOTE_ENABLE, (unsigned long)&a), -EINVAL);
  EXPECT(xioctl(fd, KCOV_DF_REMOTE_DISABLE, 0), -EINVAL);
  EXPECT(sys3(SYS_read, fd, c, 8), -EINVAL);
  EXPECT(remote_enable((int)fd, 64, 64, 0, 2, h), 0);
  EXPECT(sys3(SYS_read, fd, c, 4), -EINVAL);
  EXPECT(sys3(SYS_read, fd, c, 8), 0);
  EXPECT(remote_enable((int)fd, 64, 64, 0, 1, h), -EBUSY);
  EXPECT(remote_enable((int)other, 64, 64, 0, 1, h + 1), -EEXIST);
  EXPECT(xioctl(fd, KCOV_DF_REMOTE_DISABLE, 0), 0);
  EXPECT(xioctl(fd, KCOV_DF_REMOTE_DISABLE, 0), -EINVAL);
  EXPECT(remote_enable((int)other, 64, 64, 0, 1, h + 1), 0);
  EXPECT(xclose((int)other), 0);
  EXPECT(xclose((int)fd), 0);
  return 0;
}

/* ---- driver ---- */

static uint64_t ksym(const char *name) {
  FILE *f = fopen("/proc/kallsyms", "r");
  char line[512];
  uint64_t addr = 0;
  if (!f)
    return 0;
  while (fgets(line, sizeof(line), f)) {
    unsigned long long a;
    char type, sym[256];
    if (sscanf(line, "%llx %c %255s", &a, &type, sym) == 3 &&
        !strcmp(sym, name)) {
      addr = a;
      break;
    }
  }
  fclose(f);
  return addr;
}

/* Where the function at addr ends: the next symbol's address (0 if
 * none). */
static uint64_t ksym_end(uint64_t addr) {
  FILE *f = fopen("/proc/kallsyms", "r");
  char line[512];
  uint64_t end = 0;
  if (!f || !addr)
    return f ? (fclose(f), 0) : 0;
  while (fgets(line, sizeof(line), f)) {
    unsigned long long a;
    char type, sym[256];
    if (sscanf(line, "%llx %c %255s", &a, &type, sym) == 3 && a > addr &&
        (!end || a < end))
      end = a;
  }
  fclose(f);
  return end;
}

static int failures;
static const char *tag = "ABUSE"; /* the prefix of every verdict line */

/* Runs one case in a process group of its own, at most `limit` seconds. */
static void run_case(const char *name, int (*fn)(void), int limit) {
  struct timespec tick = {0, 20 * 1000 * 1000};
  int st = 0, waited = 0;
  pid_t pid;
  memset(shared, 0, sizeof(*shared));
  fflush(stdout);
  pid = fork();
  if (pid == 0) {
    setpgid(0, 0);
    why = shared->why;
    _exit(fn() ? 1 : 0);
  }
  if (pid < 0) {
    printf("%s %s FAIL fork: %s\n", tag, name, strerror(errno));
    failures++;
    return;
  }
  while (waitpid(pid, &st, WNOHANG) == 0) {
    if (waited++ > limit * 50) {
      kill(-pid, SIGKILL);
      kill(pid, SIGKILL);
      waitpid(pid, &st, 0);
      printf("%s %s FAIL did not finish in %d s\n", tag, name, limit);
      failures++;
      fflush(stdout);
      return;
    }
    nanosleep(&tick, NULL);
  }
  kill(-pid, SIGKILL); /* leftovers of the case */
  if (WIFEXITED(st) && WEXITSTATUS(st) == 0) {
    printf("%s %s ok\n", tag, name);
  } else {
    failures++;
    if (WIFEXITED(st) && WEXITSTATUS(st) == 1)
      printf("%s %s FAIL %s\n", tag, name, shared->why);
    else if (WIFSIGNALED(st))
      printf("%s %s FAIL died of signal %d (a kernel fault?)\n", tag, name,
             WTERMSIG(st));
    else
      printf("%s %s FAIL exit status %d\n", tag, name,
             WEXITSTATUS(st));
  }
  fflush(stdout);
}

int main(int argc, char **argv) {
  static const struct {
    const char *name;
    int (*fn)(void);
  } cases[] = {
      {"ioctl-unknown", case_ioctl_unknown},
      {"init-size", case_init_size},
      {"init-max", case_init_max},
      {"bad-pointers", case_bad_pointers},
      {"no-read-write", case_no_read_write},
      {"enable-no-buffer", case_enable_no_buffer},
      {"disable-not-enabled", case_disable_not_enabled},
      {"enable-twice", case_enable_twice},
      {"enable-two-files", case_enable_two_files},
      {"mmap-before-init", case_mmap_before_init},
      {"mmap-size", case_mmap_size},
      {"mmap-offset", case_mmap_offset},
      {"mmap-private", case_mmap_private},
      {"mmap-readonly-file", case_mmap_readonly_file},
      {"mmap-twice", case_mmap_twice},
      {"count-garbage", case_count_garbage},
      {"overflow", case_overflow},
      {"disable-other-task", case_disable_other_task},
      {"disable-from-thread", case_disable_from_thread},
      {"close-from-thread", case_close_from_thread},
      {"close-while-mapped", case_close_while_mapped},
      {"close-while-enabled", case_close_while_enabled},
      {"fork-while-enabled", case_fork_while_enabled},
      {"exit-while-enabled", case_exit_while_enabled},
      {"many-tasks", case_many_tasks},
      {"slots-full", case_slots_full},
      {"wild-pointers", case_wild_pointers},
      {"get-abi", case_get_abi},
      {"pagefault-disabled", case_pagefault_disabled},
      {"guard", case_guard},
      {"window", case_window},
      {"cmp", case_cmp},
      {"remote", case_remote},
      {"remote-full", case_remote_full},
      {"remote-ioctl", case_remote_ioctl},
  };
  size_t i;
  if (argc > 1)
    mode = argv[1];
  if (!strcmp(mode, "window-child")) /* case_window's exec'd child */
    return trigger() != 0;
  if (argc > 2) /* the runtime's ABI (SCDF_ABI_*), default A */
    expected_abi = strtol(argv[2], NULL, 0);
  shared = mmap(NULL, sizeof(*shared), PROT_READ | PROT_WRITE,
                MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (shared == MAP_FAILED) {
    printf("ABUSE-DONE 1 (no shared memory)\n");
    return 1;
  }
  why = shared->why;
  /* Warnings too on the console (the harness boots with loglevel=4): a
   * WARN in the runtime must show for run.sh to see it. */
  klogctl(8 /* SYSLOG_ACTION_CONSOLE_LEVEL */, NULL, 5);
  eight_pc = ksym("df_eight");
  peek_pc = ksym("df_peek");
  walk_pc = ksym("df_walk");
  eight_end = ksym_end(eight_pc);
  walk_end = ksym_end(walk_pc);
  remote_work_pc = ksym("df_remote_work");
  compare_pc = ksym("df_compare");
  compare_end = ksym_end(compare_pc);
  mmput_pc = ksym("mmput");
  if (!strcmp(mode, "entry-exit")) {
    tag = "ENTRYEXIT";
    run_case("entry-exit", case_entry_exit, 120);
    printf("ENTRYEXIT-DONE %d\n", failures);
    fflush(stdout);
    return failures != 0;
  }
  for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
    run_case(cases[i].name, cases[i].fn, 120);
  printf("ABUSE-DONE %d\n", failures);
  fflush(stdout);
  return failures != 0;
}
