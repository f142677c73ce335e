/*===- rt_main.c - process set-up, options, locking, fork, exit -----------===*
 *
 * Set-up is lazy (first callback) and also eager (a constructor), whichever
 * comes first: instrumented constructors of other objects can run before
 * ours. Nothing here runs on the per-record hot path.
 *
 *===----------------------------------------------------------------------===*/
#define _GNU_SOURCE
#include "rt.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

RT_FILE_BEGIN

struct rt_global rt_g = {.fd = -1};
RT_TLS struct rt_thread rt_tls;

/* Until set-up maps the wipe-on-fork page, rt_proc points here; gen 0 makes
 * every callback take the slow path, which runs set-up. */
static struct rt_proc rt_proc_boot;
struct rt_proc *rt_proc = &rt_proc_boot;

/* Records that were lost and could not be counted in any chunk (for
 * example the trace file could not be extended). Reported at exit. */
static u64 rt_lost_uncounted;

static void rt_vmsg(const char *fmt, va_list ap) {
  char buf[1024];
  int n = snprintf(buf, sizeof(buf), "sancov-dataflow: ");
  int m = vsnprintf(buf + n, sizeof(buf) - n - 1, fmt, ap);
  if (m < 0)
    m = 0;
  n += m;
  if (n > (int)sizeof(buf) - 2)
    n = sizeof(buf) - 2;
  buf[n++] = '\n';
  /* write(2) directly: stdio may be locked by the interrupted program. */
  const char *p = buf;
  while (n > 0) {
    ssize_t w = write(2, p, n);
    if (w < 0 && errno == EINTR)
      continue;
    if (w <= 0)
      break;
    p += w;
    n -= w;
  }
}

void rt_msg(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  rt_vmsg(fmt, ap);
  va_end(ap);
}

void rt_fail(const char *fmt, ...) {
  int s = RT_ACTIVE;
  if (!__atomic_compare_exchange_n(&rt_g.status, &s, RT_DISABLED, 0,
                                   __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
    return; /* already stopped: the first error was reported */
  va_list ap;
  va_start(ap, fmt);
  rt_vmsg(fmt, ap);
  va_end(ap);
}

/* A spin lock rather than a pthread mutex: it lives in the wipe-on-fork
 * page, so a child never inherits it locked by a thread that does not exist
 * there. It is only taken when a region or module chunk is allocated. */
void rt_lock(void) {
  int *l = &rt_proc->lock;
  for (unsigned spins = 0;; spins++) {
    int z = 0;
    if (__atomic_compare_exchange_n(l, &z, 1, 0, __ATOMIC_ACQUIRE,
                                    __ATOMIC_RELAXED))
      return;
    if (spins > 64)
      sched_yield();
  }
}

void rt_unlock(void) { __atomic_store_n(&rt_proc->lock, 0, __ATOMIC_RELEASE); }

void rt_disable(void) {
  __atomic_store_n(&rt_g.status, RT_DISABLED, __ATOMIC_RELEASE);
}

void rt_note_uncounted(u64 n) {
  __atomic_fetch_add(&rt_lost_uncounted, n, __ATOMIC_RELAXED);
}

/* SANCOV_DATAFLOW_BUFFER: per-thread record words, decimal, with an
 * optional binary K/M/G suffix, like KCOV_DF_INIT_TRACE's word count. */
static int rt_parse_buffer(const char *s, u64 *out) {
  u64 v = 0;
  const char *p = s;
  if (*p < '0' || *p > '9')
    return 0;
  for (; *p >= '0' && *p <= '9'; p++) {
    if (v > (UINT64_MAX - 9) / 10)
      return 0;
    v = v * 10 + (u64)(*p - '0');
  }
  unsigned shift = 0;
  switch (*p) {
  case 'k':
  case 'K':
    shift = 10, p++;
    break;
  case 'm':
  case 'M':
    shift = 20, p++;
    break;
  case 'g':
  case 'G':
    shift = 30, p++;
    break;
  }
  if (*p != '\0' || v == 0)
    return 0;
  if (v > ((u64)1 << 40) >> shift)
    return 0;
  *out = v << shift;
  return 1;
}

/* getenv, also before libc has set up environ: a callback from the
 * executable's .preinit_array runs before libc's own initialisation. Then
 * the kernel's copy of the initial environment is read instead. */
extern char **environ;
static const char *rt_getenv(const char *name, char *buf, size_t cap) {
  if (environ)
    return getenv(name);
  int fd = open("/proc/self/environ", O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return NULL;
  size_t nl = strlen(name);
  char chunk[4096];
  size_t have = 0;
  const char *res = NULL;
  int eof = 0;
  /* Entries are NUL-terminated NAME=VALUE strings. */
  while (!res) {
    if (!eof && have < sizeof(chunk)) {
      ssize_t r = read(fd, chunk + have, sizeof(chunk) - have);
      if (r < 0 && errno == EINTR)
        continue;
      if (r <= 0)
        eof = 1;
      else
        have += (size_t)r;
    }
    char *z = memchr(chunk, '\0', have);
    if (!z) {
      if (eof || have == sizeof(chunk)) {
        if (have == sizeof(chunk) && !eof) {
          /* An entry longer than our buffer: not ours, skip it. */
          char c;
          ssize_t r;
          while ((r = read(fd, &c, 1)) == 1 && c != '\0')
            ;
          have = 0;
          if (r == 1)
            continue;
        }
        break;
      }
      continue;
    }
    if ((size_t)(z - chunk) > nl && !memcmp(chunk, name, nl) &&
        chunk[nl] == '=' && (size_t)(z - chunk) - nl - 1 < cap) {
      memcpy(buf, chunk + nl + 1, (size_t)(z - chunk) - nl);
      res = buf;
    }
    size_t used = (size_t)(z + 1 - chunk);
    memmove(chunk, z + 1, have - used);
    have -= used;
  }
  close(fd);
  return res;
}

static void rt_atfork_child(void) {
  /* Only used when MADV_WIPEONFORK is unavailable: do by hand what the
   * kernel would have done to the page. */
  rt_proc->gen = 0;
  rt_proc->lock = 0;
}

static void rt_at_exit(void);

static void rt_setup_process(void) {
  rt_g.pid = getpid();

  static char outbuf[PATH_MAX], bufbuf[64];
  const char *out = rt_getenv("SANCOV_DATAFLOW_OUT", outbuf, sizeof(outbuf));
  if (out && out[0] == '\0') {
    /* Explicitly empty: the user asked for no trace. */
    rt_g.off_by_user = 1;
    rt_disable();
    return;
  }
  if (!out) {
    out = "sancov-dataflow.%p.bin";
    rt_g.out_default = 1;
  }
  if (strlen(out) >= sizeof(rt_g.pattern)) {
    rt_msg("SANCOV_DATAFLOW_OUT is longer than %d bytes; recording disabled",
           (int)sizeof(rt_g.pattern) - 1);
    rt_disable();
    return;
  }
  strcpy(rt_g.pattern, out);
  rt_g.pattern_has_pid = strstr(out, "%p") != NULL;

  const char *buf = rt_getenv("SANCOV_DATAFLOW_BUFFER", bufbuf, sizeof(bufbuf));
  if (buf && !rt_parse_buffer(buf, &rt_g.buffer_words)) {
    rt_msg("invalid SANCOV_DATAFLOW_BUFFER='%s': expected a positive number "
           "of 8-byte record words with an optional K, M or G suffix (at "
           "most 1T words); recording disabled",
           buf);
    rt_disable();
    return;
  }

  struct rt_proc *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
                           MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) {
    rt_msg("cannot allocate runtime state: %s; recording disabled",
           strerror(errno));
    rt_disable();
    return;
  }
#ifdef MADV_WIPEONFORK
  int wiped = madvise(p, 4096, MADV_WIPEONFORK) == 0;
#else
  int wiped = 0;
#endif
  if (!wiped)
    pthread_atfork(NULL, NULL, rt_atfork_child);

  rt_g.key_ok = pthread_key_create(&rt_g.key, rt_thread_exit) == 0;
  atexit(rt_at_exit);
  rt_exe_ranges_init();

  rt_proc = p;
  if (rt_file_open() != 0) {
    rt_disable();
    return;
  }
  if (rt_g.out_default)
    rt_msg("SANCOV_DATAFLOW_OUT is not set; writing the trace to '%s' (set "
           "SANCOV_DATAFLOW_OUT=PATH to choose, or to the empty string to "
           "record nothing)",
           rt_g.path);
  rt_g.had_file = 1;
  rt_g.gen_counter++;
  __atomic_store_n(&rt_proc->gen, rt_g.gen_counter, __ATOMIC_RELEASE);
  __atomic_store_n(&rt_g.status, RT_ACTIVE, __ATOMIC_RELEASE);
  rt_modules_scan(1);
}

void rt_init_once(void) {
  for (;;) {
    int s = __atomic_load_n(&rt_g.init_state, __ATOMIC_ACQUIRE);
    if (s == 2)
      return;
    int z = 0;
    if (s == 0 &&
        __atomic_compare_exchange_n(&rt_g.init_state, &z, 1, 0,
                                    __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) {
      rt_g.init_pid = getpid();
      rt_setup_process();
      __atomic_store_n(&rt_g.init_state, 2, __ATOMIC_RELEASE);
      return;
    }
    /* Another thread is setting up. If that thread was in our parent (we
     * were forked in the middle of it), it will never finish here. */
    pid_t ip = __atomic_load_n(&rt_g.init_pid, __ATOMIC_ACQUIRE);
    if (ip != 0 && ip != getpid()) {
      int one = 1;
      __atomic_compare_exchange_n(&rt_g.init_state, &one, 0, 0,
                                  __ATOMIC_ACQ_REL, __ATOMIC_RELAXED);
      continue;
    }
    sched_yield();
  }
}

/* A forked child noticed (rt_proc->gen == 0 after fork): start a file of
 * its own. The parent's regions are never written again by this process. */
void rt_after_fork(void) {
  rt_lock();
  if (__atomic_load_n(&rt_proc->gen, __ATOMIC_ACQUIRE) != 0 ||
      __atomic_load_n(&rt_g.status, __ATOMIC_ACQUIRE) != RT_ACTIVE) {
    rt_unlock();
    return;
  }
  rt_g.pid = getpid();
  rt_g.is_child = 1;
  rt_file_forget_parent();
  rt_modules_reset();
  rt_g.had_file = 0;
  if (rt_file_open() != 0) {
    rt_disable();
    rt_unlock();
    return;
  }
  rt_g.had_file = 1;
  rt_g.gen_counter++;
  __atomic_store_n(&rt_proc->gen, rt_g.gen_counter, __ATOMIC_RELEASE);
  rt_unlock();
  rt_modules_scan(1);
}

static void rt_at_exit(void) {
  struct rt_thread *t = &rt_tls;
  int was_busy = t->busy;
  t->busy = 1;
  if (__atomic_load_n(&rt_g.status, __ATOMIC_ACQUIRE) == RT_ACTIVE &&
      __atomic_load_n(&rt_proc->gen, __ATOMIC_ACQUIRE) != 0) {
    /* Objects dlopen'ed after the last scan whose code never recorded
     * anything still belong in the map. */
    rt_modules_scan(0);
  }
  if (t->pending_drops)
    rt_flush_pending(t);
  u64 lost = __atomic_load_n(&rt_lost_uncounted, __ATOMIC_RELAXED);
  if (lost)
    rt_msg("%llu records were lost and are not counted in the trace file "
           "(see the error above)",
           (unsigned long long)lost);
  t->busy = was_busy;
}

/* Eager set-up: the file exists (with the module map) even if the program
 * records nothing, and configuration errors show up at start. */
__attribute__((constructor(101))) static void rt_ctor(void) {
  struct rt_thread *t = &rt_tls;
  t->busy = 1;
  rt_init_once();
  t->busy = 0;
}

RT_FILE_END
