/*===- rt_state.c - recording status, guard byte, fork generation, lock ---===*
 *
 * The process-wide facts every layer consults: whether the runtime records
 * (mirrored in the guard byte that guarded instrumented code tests) and
 * whether it records comparisons, which
 * process generation is current, the lock of the rare paths, our pid.
 *
 *===----------------------------------------------------------------------===*/
#define _GNU_SOURCE
#include "rt.h"

#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <string.h>
#include <sys/mman.h>

RT_FILE_BEGIN

int rt_status_v = RT_UNINIT;

/* abi.h: guarded code skips its callbacks while this is 0, so it is 1
 * exactly while the status is RT_ACTIVE. Exported: instrumented shared
 * objects read the executable's copy. */
RT_EXPORT volatile scdf_u8 __sancov_dataflow_guard;

/* Until rt_state_init maps the wipe-on-fork page, rt_proc points here;
 * gen 0 sends every callback to the slow path, which sets up. */
static struct rt_proc rt_proc_boot;
struct rt_proc *rt_proc = &rt_proc_boot;
static u64 rt_gen_counter;
static pid_t rt_pid_v;

void rt_set_active(void) {
  __atomic_store_n(&rt_status_v, RT_ACTIVE, __ATOMIC_RELEASE);
  __sancov_dataflow_guard = 1;
}

int rt_cmp_v = RT_CMP_UNKNOWN;

void rt_set_cmp(int on) {
  __atomic_store_n(&rt_cmp_v, on ? RT_CMP_ON : RT_CMP_OFF, __ATOMIC_RELEASE);
}

void rt_set_off(void) {
  rt_set_cmp(0);
  __sancov_dataflow_guard = 0;
  __atomic_store_n(&rt_status_v, RT_OFF, __ATOMIC_RELEASE);
}

void rt_fail(const char *fmt, ...) {
  int s = RT_ACTIVE;
  if (!__atomic_compare_exchange_n(&rt_status_v, &s, RT_STOPPED, 0,
                                   __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
    return; /* already stopped: the first error was reported */
  __sancov_dataflow_guard = 0;
  va_list ap;
  va_start(ap, fmt);
  rt_vmsg(fmt, ap);
  va_end(ap);
}

static void rt_atfork_child(void) {
  /* Only used when MADV_WIPEONFORK is unavailable: do by hand what the
   * kernel would have done to the page. */
  rt_proc->gen = 0;
  rt_proc->lock = 0;
}

int rt_state_init(void) {
  struct rt_proc *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
                           MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) {
    rt_msg("cannot allocate runtime state: %s; recording disabled",
           strerror(errno));
    return 0;
  }
#ifdef MADV_WIPEONFORK
  int wiped = madvise(p, 4096, MADV_WIPEONFORK) == 0;
#else
  int wiped = 0;
#endif
  if (!wiped)
    pthread_atfork(NULL, NULL, rt_atfork_child);
  rt_proc = p;
  return 1;
}

void rt_next_gen(void) {
  rt_gen_counter++;
  __atomic_store_n(&rt_proc->gen, rt_gen_counter, __ATOMIC_RELEASE);
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

pid_t rt_pid(void) { return rt_pid_v; }

void rt_set_pid(pid_t pid) { rt_pid_v = pid; }

RT_FILE_END
