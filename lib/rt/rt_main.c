/*===- rt_main.c - process set-up: options, lazy and eager, fork, exit ----===*
 *
 * Set-up is lazy (first callback) and also eager (a constructor), whichever
 * comes first: instrumented constructors of other objects can run before
 * ours. Nothing here runs on the per-record hot path.
 *
 *===----------------------------------------------------------------------===*/
#define _GNU_SOURCE
#include "rt.h"

#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

RT_FILE_BEGIN

enum { RT_INIT_NONE, RT_INIT_RUNNING, RT_INIT_DONE };
static int rt_init_state;
static pid_t rt_init_pid; /* the process whose thread is setting up */

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
  return rt_procfs_environ(name, buf, cap);
}

/* SANCOV_DATAFLOW_CMP: 1 records trace-cmp's comparisons, 0 or unset
 * does not. */
static int rt_parse_cmp(const char *s, int *out) {
  if (!s || !strcmp(s, "0") || !strcmp(s, ""))
    *out = 0;
  else if (!strcmp(s, "1"))
    *out = 1;
  else
    return 0;
  return 1;
}

/* SANCOV_DATAFLOW_OUT, _BUFFER and _CMP; 0 if recording is off. */
static int rt_configure(int *out_default, int *cmp) {
  static char outbuf[PATH_MAX], bufbuf[64], cmpbuf[64];
  const char *out = rt_getenv("SANCOV_DATAFLOW_OUT", outbuf, sizeof(outbuf));
  if (out && out[0] == '\0')
    return 0; /* explicitly empty: the user asked for no trace, silently */
  *out_default = !out;
  if (!rt_file_configure(out ? out : "sancov-dataflow.%p.bin"))
    return 0;

  u64 words = 0;
  const char *buf = rt_getenv("SANCOV_DATAFLOW_BUFFER", bufbuf, sizeof(bufbuf));
  if (buf && !rt_parse_buffer(buf, &words)) {
    rt_msg("invalid SANCOV_DATAFLOW_BUFFER='%s': expected a positive number "
           "of 8-byte record words with an optional K, M or G suffix (at "
           "most 1T words); recording disabled",
           buf);
    return 0;
  }
  const char *c = rt_getenv("SANCOV_DATAFLOW_CMP", cmpbuf, sizeof(cmpbuf));
  if (!rt_parse_cmp(c, cmp)) {
    rt_msg("invalid SANCOV_DATAFLOW_CMP='%s': expected 1 (record comparisons) "
           "or 0; recording disabled",
           c);
    return 0;
  }
  rt_thread_configure(words);
  return 1;
}

static void rt_at_exit(void) {
  int was_busy = rt_thread_enter();
  /* Objects dlopen'ed after the last scan whose code never recorded
   * anything still belong in the map. */
  if (rt_status() == RT_ACTIVE && rt_gen() != 0)
    rt_modules_scan(0);
  rt_thread_at_exit();
  rt_thread_leave(was_busy);
}

static void rt_setup_process(void) {
  int out_default = 0, cmp = 0;
  rt_set_pid(getpid());
  if (!rt_configure(&out_default, &cmp) || !rt_state_init()) {
    rt_set_off();
    return;
  }
  atexit(rt_at_exit);
  rt_read_init();
  if (!rt_file_open(rt_pid(), 0)) {
    rt_set_off();
    return;
  }
  if (out_default)
    rt_msg("SANCOV_DATAFLOW_OUT is not set; writing the trace to '%s' (set "
           "SANCOV_DATAFLOW_OUT=PATH to choose, or to the empty string to "
           "record nothing)",
           rt_file_path());
  rt_next_gen();
  rt_set_cmp(cmp);
  rt_set_active();
  rt_modules_scan(1);
}

static void rt_init_once(void) {
  for (;;) {
    int s = __atomic_load_n(&rt_init_state, __ATOMIC_ACQUIRE);
    if (s == RT_INIT_DONE)
      return;
    int z = RT_INIT_NONE;
    if (s == RT_INIT_NONE &&
        __atomic_compare_exchange_n(&rt_init_state, &z, RT_INIT_RUNNING, 0,
                                    __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) {
      __atomic_store_n(&rt_init_pid, getpid(), __ATOMIC_RELEASE);
      rt_setup_process();
      __atomic_store_n(&rt_init_state, RT_INIT_DONE, __ATOMIC_RELEASE);
      return;
    }
    /* Another thread is setting up. If that thread was in our parent (we
     * were forked in the middle of it), it will never finish here. */
    pid_t ip = __atomic_load_n(&rt_init_pid, __ATOMIC_ACQUIRE);
    if (ip != 0 && ip != getpid()) {
      int running = RT_INIT_RUNNING;
      __atomic_compare_exchange_n(&rt_init_state, &running, RT_INIT_NONE, 0,
                                  __ATOMIC_ACQ_REL, __ATOMIC_RELAXED);
      continue;
    }
    sched_yield();
  }
}

/* A forked child noticed (rt_proc->gen == 0 after fork): start a file of
 * its own. The parent's regions are never written again by this process. */
static void rt_after_fork(void) {
  rt_lock();
  if (rt_gen() != 0 || rt_status() != RT_ACTIVE) {
    rt_unlock();
    return;
  }
  rt_set_pid(getpid());
  rt_file_forget_parent();
  rt_modules_reset();
  if (!rt_file_open(rt_pid(), 1)) {
    rt_set_off();
    rt_unlock();
    return;
  }
  rt_next_gen();
  rt_unlock();
  rt_modules_scan(1);
}

int rt_process_ready(void) {
  int st = rt_status();
  if (st == RT_UNINIT) {
    rt_init_once();
    st = rt_status();
  }
  if (st == RT_ACTIVE && rt_gen() == 0) {
    rt_after_fork();
    st = rt_status();
  }
  return st;
}

/* rt.h: keeps trace-cmp's callbacks in every link. */
__attribute__((used)) static const char *const rt_cmp_link = &rt_cmp_anchor;

/* Eager set-up: the file exists (with the module map) even if the program
 * records nothing, and configuration errors show up at start. */
__attribute__((constructor(101))) static void rt_ctor(void) {
  int was_busy = rt_thread_enter();
  rt_init_once();
  rt_thread_leave(was_busy);
}

RT_FILE_END
