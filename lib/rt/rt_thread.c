/*===- rt_thread.c - per-thread chunks: set-up, regions, drops, exit ------===*
 *
 * Each thread writes its records into a region of the trace file that it
 * owns alone: a THREAD_COMPACT chunk reserved in the file and mapped
 * MAP_SHARED. The chunk's `words` field (bytes, in this chunk type) is
 * updated after every record, so the file is
 * readable at any moment (crash, abort, _exit) without any flush. When a
 * region is full the thread reserves the next one, twice as large.
 *
 *===----------------------------------------------------------------------===*/
#define _GNU_SOURCE
#include "rt.h"

#include <pthread.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

RT_FILE_BEGIN

RT_TLS struct rt_thread rt_tls;

static u64 rt_buffer_words; /* SANCOV_DATAFLOW_BUFFER; 0: unbounded */
static pthread_key_t rt_key;
static int rt_key_ok;
/* Records that were lost and could not be counted in any chunk (for
 * example the trace file could not be extended). Reported at exit. */
static u64 rt_lost_uncounted;

static void rt_thread_exit(void *arg);

void rt_thread_configure(u64 buffer_words) {
  rt_buffer_words = buffer_words;
  rt_key_ok = pthread_key_create(&rt_key, rt_thread_exit) == 0;
}

/* The chunk header still belongs to this process's file. */
static int rt_chunk_ours(struct rt_thread *t) {
  return t->th && t->map && t->gen == rt_gen();
}

void rt_count_drop(struct rt_thread *t, u64 n) {
  if (rt_chunk_ours(t))
    t->th->dropped += n;
  else
    __atomic_fetch_add(&rt_lost_uncounted, n, __ATOMIC_RELAXED);
}

void rt_flush_pending(struct rt_thread *t) {
  u64 n = t->pending_drops;
  t->pending_drops = 0;
  /* Before set-up, or with recording off, there is nothing to count in. */
  int st = rt_status();
  if (n && (st == RT_ACTIVE || st == RT_STOPPED))
    rt_count_drop(t, n);
}

/* glibc: the stack pointer at process start (weak: not all libcs have it). */
extern void *__libc_stack_end __attribute__((weak));

static void rt_stack_bounds(struct rt_stack *s) {
  uintptr_t frame = (uintptr_t)__builtin_frame_address(0);
  if (s->is_main) {
    /* pthread_getattr_np would read /proc/self/maps with stdio and malloc,
     * which an instrumented allocator would turn into recursion. Look up
     * the mapping of the initial stack, not of the current frame: the
     * first record may come from a signal or coroutine stack. */
    uintptr_t at = &__libc_stack_end && __libc_stack_end
                       ? (uintptr_t)__libc_stack_end
                       : frame;
    rt_procfs_find_mapping(at, &s->lo, &s->hi);
    return;
  }
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) != 0)
    return;
  void *addr;
  size_t size;
  if (pthread_attr_getstack(&attr, &addr, &size) == 0 &&
      frame >= (uintptr_t)addr && frame < (uintptr_t)addr + size) {
    s->lo = (uintptr_t)addr;
    s->hi = (uintptr_t)addr + size;
  }
  pthread_attr_destroy(&attr);
}

static void rt_release_region(struct rt_thread *t) {
  void *m = t->map;
  size_t l = t->map_len;
  t->map = NULL;
  t->map_len = 0;
  if (m)
    munmap(m, l);
}

/* First record of this thread in this process generation (a new thread,
 * or the thread that called fork, now in the child). */
static void rt_thread_setup(struct rt_thread *t, u64 gen) {
  /* Inherited across fork, the mapping shows the parent's file: forget it
   * without writing a byte into it. */
  rt_release_region(t);
  t->th = NULL;
  t->pos = t->end = t->base = NULL;
  t->full = 0;
  t->budget = rt_buffer_words;
  t->next_words = RT_REGION_MIN_WORDS;
  t->pending_drops = 0;
  t->mod_lo = t->mod_len = 0;
  t->tid = (u64)syscall(SYS_gettid);
  t->stack.is_main = t->tid == (u64)rt_pid();
  if (!t->stack.hi)
    rt_stack_bounds(&t->stack);
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

/* Reserve a chunk for `words` 8-byte words of records and make it current. */
static int rt_map_region(struct rt_thread *t, u64 words) {
  u64 alloc = (words + 1) & ~(u64)1; /* chunks stay multiples of 16 bytes */
  u64 len = RT_THREAD_HDR_BYTES + alloc * 8;
  u64 off;
  void *map;
  size_t map_len;
  char *at = rt_file_map_chunk(len, &off, &map, &map_len);
  if (!at)
    return 0;
  struct scdf_chunk *c = (struct scdf_chunk *)at;
  struct scdf_thread *th = (struct scdf_thread *)(c + 1);
  th->tid = t->tid;
  th->words = 0;
  th->dropped = 0;
  th->flags = 0;
  c->reserved = 0;
  c->size = len - sizeof(*c);
  /* Type last: until it is set the chunk reads as padding (abi.h). */
  __atomic_store_n(&c->type, SCDF_CHUNK_THREAD_COMPACT, __ATOMIC_RELEASE);

  rt_release_region(t);
  t->map = map;
  t->map_len = map_len;
  t->file_off = off;
  t->th = th;
  t->base = t->pos = (unsigned char *)(th + 1);
  t->end = t->base + words * 8;
  rt_slots_new_chunk(t);
  if (rt_buffer_words)
    t->budget -= words;
  return 1;
}

/* Bounded mode, budget exhausted: like the kernel's fixed buffer, the rest
 * is dropped and counted. The prefix stays intact: no smaller record later.
 * A thread whose first record is already too big still gets a chunk, so
 * that its drops are counted in the file. */
static int rt_exhausted(struct rt_thread *t) {
  if (!rt_chunk_ours(t))
    rt_map_region(t, t->budget);
  t->full = 1;
  t->end = t->pos;
  rt_count_drop(t, 1);
  return 0;
}

static int rt_new_region(struct rt_thread *t, u64 need) {
  u64 need_words = (need + 7) / 8;
  u64 words = t->next_words;
  if (words < need_words)
    words = need_words;
  if (rt_buffer_words) {
    if (t->budget < need_words)
      return rt_exhausted(t);
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

int rt_thread_prepare(struct rt_thread *t, u64 pc, u64 need) {
  u64 gen = rt_gen();
  if (t->gen != gen)
    rt_thread_setup(t, gen);
  if (!t->registered && rt_key_ok) {
    /* Arms rt_thread_exit; set again if the thread records after it ran. */
    pthread_setspecific(rt_key, t);
    t->registered = 1;
  }
  if (!t->slots && !rt_slots_map(t)) {
    rt_count_drop(t, 1); /* no memory for the cache: rare, and counted */
    return 0;
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

int rt_thread_enter(void) {
  int was_busy = rt_tls.busy;
  rt_tls.busy = 1;
  return was_busy;
}

void rt_thread_leave(int was_busy) { rt_tls.busy = was_busy; }

/* pthread key destructor: the thread is exiting. Its records are already in
 * the file; give back the address space and the unused tail's disk blocks. */
static void rt_thread_exit(void *arg) {
  (void)arg;
  struct rt_thread *t = &rt_tls;
  int was_busy = rt_thread_enter();
  t->registered = 0;
  if (t->pending_drops)
    rt_flush_pending(t);
  /* A full bounded-mode chunk stays mapped: drops after this point (later
   * destructors) must still be counted in it. */
  if (rt_chunk_ours(t) && !t->full) {
    u64 hdr_end = t->file_off + RT_THREAD_HDR_BYTES;
    rt_file_release_tail(hdr_end + (u64)(t->pos - t->base),
                         hdr_end + (u64)(t->end - t->base));
    t->th = NULL;
    t->pos = t->end = t->base = NULL;
    t->next_words = RT_REGION_MIN_WORDS;
    rt_release_region(t);
    rt_slots_unmap(t);
  }
  rt_thread_leave(was_busy);
}

void rt_thread_at_exit(void) {
  struct rt_thread *t = &rt_tls;
  if (t->pending_drops)
    rt_flush_pending(t);
  u64 lost = __atomic_load_n(&rt_lost_uncounted, __ATOMIC_RELAXED);
  if (lost)
    rt_msg("%llu records were lost and are not counted in the trace file "
           "(see the error above)",
           (unsigned long long)lost);
}

RT_FILE_END
