/*===- rt_thread.c - per-thread chunks: set-up, regions, drops, exit ------===*
 *
 * Each thread writes its records into a region of the trace file that it
 * owns alone: a THREAD chunk reserved in the file and mapped MAP_SHARED.
 * The chunk's `words` field is updated after every record, so the file is
 * readable at any moment (crash, abort, _exit) without any flush. When a
 * region is full the thread reserves the next one, twice as large.
 *
 *===----------------------------------------------------------------------===*/
#define _GNU_SOURCE
#include "rt.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

RT_FILE_BEGIN

static size_t rt_page_size(void) {
  static size_t ps;
  if (!ps) {
    long p = sysconf(_SC_PAGESIZE);
    ps = p > 0 ? (size_t)p : 4096;
  }
  return ps;
}

/* The chunk header still belongs to this process's file. */
static int rt_chunk_ours(struct rt_thread *t) {
  return t->th && t->map &&
         t->gen == __atomic_load_n(&rt_proc->gen, __ATOMIC_ACQUIRE);
}

void rt_count_drop(struct rt_thread *t, u64 n) {
  if (rt_chunk_ours(t)) {
    t->th->dropped += n;
  } else {
    t->unrecorded += n;
    rt_note_uncounted(n);
  }
}

void rt_flush_pending(struct rt_thread *t) {
  u64 n = t->pending_drops;
  t->pending_drops = 0;
  if (n && rt_g.had_file)
    rt_count_drop(t, n);
}

/* glibc: the stack pointer at process start (weak: not all libcs have it). */
extern void *__libc_stack_end __attribute__((weak));

static void rt_stack_bounds(struct rt_thread *t) {
  uintptr_t frame = (uintptr_t)__builtin_frame_address(0);
  if (t->is_main) {
    /* pthread_getattr_np would read /proc/self/maps with stdio and malloc,
     * which an instrumented allocator would turn into recursion. Look up
     * the mapping of the initial stack, not of the current frame: the
     * first record may come from a signal or coroutine stack. */
    uintptr_t lo, hi;
    uintptr_t at = &__libc_stack_end && __libc_stack_end
                       ? (uintptr_t)__libc_stack_end
                       : frame;
    if (rt_find_mapping(at, &lo, &hi)) {
      t->stack_lo = lo;
      t->stack_hi = hi;
    }
    return;
  }
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) != 0)
    return;
  void *addr;
  size_t size;
  if (pthread_attr_getstack(&attr, &addr, &size) == 0 &&
      frame >= (uintptr_t)addr && frame < (uintptr_t)addr + size) {
    t->stack_lo = (uintptr_t)addr;
    t->stack_hi = (uintptr_t)addr + size;
  }
  pthread_attr_destroy(&attr);
}

/* First record of this thread in this process generation (a new thread,
 * or the thread that called fork, now in the child). */
static void rt_thread_setup(struct rt_thread *t, u64 gen) {
  if (t->map) {
    /* Inherited across fork: the mapping shows the parent's file. Forget it
     * without writing a byte into it. */
    munmap(t->map, t->map_len);
  }
  t->map = NULL;
  t->map_len = 0;
  t->th = NULL;
  t->pos = t->end = t->base = NULL;
  t->full = 0;
  t->budget = rt_g.buffer_words;
  t->next_words = RT_REGION_MIN_WORDS;
  t->pending_drops = 0;
  t->mod_lo = t->mod_len = 0;
  t->tid = (u64)syscall(SYS_gettid);
  t->is_main = t->tid == (u64)rt_g.pid;
  if (!t->stack_hi)
    rt_stack_bounds(t);
  t->gen = gen;
}

static void rt_module_cache(struct rt_thread *t, u64 pc) {
  uintptr_t lo, len;
  if (!rt_modules_lookup(pc, &lo, &len)) {
    rt_modules_scan(0); /* a dlopen'ed object, probably */
    if (!rt_modules_lookup(pc, &lo, &len)) {
      /* Not in any object (JIT code?): remember just this pc. */
      lo = pc;
      len = 1;
    }
  }
  t->mod_lo = lo;
  t->mod_len = len;
}

static void rt_release_region(struct rt_thread *t) {
  void *m = t->map;
  size_t l = t->map_len;
  t->map = NULL;
  t->map_len = 0;
  if (m)
    munmap(m, l);
}

/* Reserve a chunk for `words` record words and make it current. */
static int rt_map_region(struct rt_thread *t, u64 words) {
  u64 alloc = (words + 1) & ~(u64)1; /* chunks stay multiples of 16 bytes */
  u64 len = RT_THREAD_HDR_BYTES + alloc * 8;
  u64 off;

  rt_lock();
  int ok = __atomic_load_n(&rt_g.status, __ATOMIC_ACQUIRE) == RT_ACTIVE &&
           rt_file_reserve(len, &off);
  int fd = rt_g.fd;
  rt_unlock();
  if (!ok)
    return 0;

  /* The chunk need not start on a page: map from the page below it. */
  size_t ps = rt_page_size();
  u64 moff = off & ~(u64)(ps - 1);
  size_t mlen = (size_t)(off + len - moff);
  char *m =
      mmap(NULL, mlen, PROT_READ | PROT_WRITE, MAP_SHARED, fd, (off_t)moff);
  if (m == MAP_FAILED) {
    rt_fail("cannot map trace file '%s': %s; recording stopped", rt_g.path,
            strerror(errno));
    return 0;
  }
  struct scdf_chunk *c = (struct scdf_chunk *)(m + (off - moff));
  struct scdf_thread *th = (struct scdf_thread *)(c + 1);
  th->tid = t->tid;
  th->words = 0;
  th->dropped = 0;
  th->flags = 0;
  c->reserved = 0;
  c->size = len - sizeof(*c);
  /* Type last: until it is set the chunk reads as padding (abi.h). */
  __atomic_store_n(&c->type, SCDF_CHUNK_THREAD, __ATOMIC_RELEASE);

  rt_release_region(t);
  t->map = m;
  t->map_len = mlen;
  t->file_off = off;
  t->th = th;
  t->base = t->pos = (u64 *)(th + 1);
  t->end = t->base + words;
  if (rt_g.buffer_words)
    t->budget -= words;
  return 1;
}

static int rt_new_region(struct rt_thread *t, u64 need) {
  u64 words = t->next_words;
  if (words < need)
    words = need;
  if (rt_g.buffer_words) {
    if (t->budget < need) {
      /* Bounded mode: like the kernel's fixed buffer, the rest is dropped
       * and counted. Keep the prefix intact: no smaller record later. A
       * thread whose first record is already too big still gets a chunk,
       * so that its drops are counted in the file. */
      if (!rt_chunk_ours(t))
        rt_map_region(t, t->budget);
      t->full = 1;
      t->end = t->pos;
      rt_count_drop(t, 1);
      return 0;
    }
    if (words > t->budget)
      words = t->budget;
  }
  /* Objects dlopen'ed since the last scan get their MODULE chunks now,
   * even if none of their code records (nearly free if nothing changed). */
  rt_modules_scan(0);
  if (!rt_map_region(t, words)) {
    rt_count_drop(t, 1);
    return 0;
  }
  t->next_words =
      words * 2 < RT_REGION_MAX_WORDS ? words * 2 : RT_REGION_MAX_WORDS;
  if (t->next_words < RT_REGION_MIN_WORDS)
    t->next_words = RT_REGION_MIN_WORDS;
  return 1;
}

int rt_slow(struct rt_thread *t, u64 pc, u64 need) {
  int st = __atomic_load_n(&rt_g.status, __ATOMIC_ACQUIRE);
  if (st == RT_UNINIT) {
    rt_init_once();
    st = __atomic_load_n(&rt_g.status, __ATOMIC_ACQUIRE);
  }
  if (st == RT_ACTIVE &&
      __atomic_load_n(&rt_proc->gen, __ATOMIC_ACQUIRE) == 0) {
    rt_after_fork();
    st = __atomic_load_n(&rt_g.status, __ATOMIC_ACQUIRE);
  }
  if (st != RT_ACTIVE) {
    /* Recording stopped after an error: the records that would have been
     * in the file are counted. (No file at all: the error said so.) */
    if (rt_g.had_file)
      rt_count_drop(t, 1);
    return 0;
  }
  u64 gen = __atomic_load_n(&rt_proc->gen, __ATOMIC_ACQUIRE);
  if (t->gen != gen)
    rt_thread_setup(t, gen);
  if (!t->registered && rt_g.key_ok) {
    /* Arms rt_thread_exit; set again if the thread records after it ran. */
    pthread_setspecific(rt_g.key, t);
    t->registered = 1;
  }
  if (pc - t->mod_lo >= t->mod_len)
    rt_module_cache(t, pc);
  if ((u64)(t->end - t->pos) >= need)
    return 1;
  if (t->full) {
    rt_count_drop(t, 1);
    return 0;
  }
  return rt_new_region(t, need);
}

/* pthread key destructor: the thread is exiting. Its records are already in
 * the file; give back the address space and the unused tail's disk blocks. */
void rt_thread_exit(void *arg) {
  (void)arg;
  struct rt_thread *t = &rt_tls;
  int was_busy = t->busy;
  t->busy = 1;
  t->registered = 0;
  if (t->pending_drops)
    rt_flush_pending(t);
  if (rt_chunk_ours(t) && !t->full) {
    size_t ps = rt_page_size();
    u64 used_end =
        t->file_off + RT_THREAD_HDR_BYTES + (u64)(t->pos - t->base) * 8;
    u64 chunk_end =
        t->file_off + RT_THREAD_HDR_BYTES + (u64)(t->end - t->base) * 8;
    u64 from = (used_end + ps - 1) & ~(u64)(ps - 1);
    u64 to = chunk_end & ~(u64)(ps - 1);
    if (to > from) {
      rt_lock();
      if (rt_file_fd_ok())
        fallocate(rt_g.fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE,
                  (off_t)from, (off_t)(to - from));
      rt_unlock();
    }
    t->th = NULL;
    t->pos = t->end = t->base = NULL;
    t->next_words = RT_REGION_MIN_WORDS;
    rt_release_region(t);
  }
  /* A full bounded-mode chunk stays mapped: drops after this point (later
   * destructors) must still be counted in it. */
  t->busy = was_busy;
}

RT_FILE_END
