/*===- rt_callbacks.c - the two exported callbacks (the hot path) ---------===*
 *
 * A record is written straight into the thread's mapped region: no lock,
 * no system call, no copy. The common case costs a handful of compares
 * (recursion, fork generation, room, known module), the value loads, five
 * stores and the release store of the chunk's word count.
 *
 *===----------------------------------------------------------------------===*/
#define _GNU_SOURCE
#include "rt.h"

#include <string.h>

#if __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "the trace format stores values little-endian; port rt_load first"
#endif

RT_FILE_BEGIN

/* Objects instrumented for ABI A reference this (abi.h): it is what makes
 * objects of another ABI fail to link against this runtime. */
__attribute__((visibility("default"))) const char SCDF_ABI_MARKER_KCOV_V2 = 0;

static inline __attribute__((always_inline)) u64 rt_load(uintptr_t a,
                                                         unsigned n) {
  switch (n) {
  case 8: {
    u64 v;
    memcpy(&v, (const void *)a, 8);
    return v;
  }
  case 4: {
    u32 v;
    memcpy(&v, (const void *)a, 4);
    return v;
  }
  case 2: {
    uint16_t v;
    memcpy(&v, (const void *)a, 2);
    return v;
  }
  case 1:
    return *(const unsigned char *)a;
  default: {
    /* Odd sizes (3, 5, 6, 7): bytewise, so that no memcpy call turns the
     * fast path into a function that needs a frame. */
    u64 v = 0;
    for (unsigned i = 0; i < n; i++)
      v |= (u64)((const unsigned char *)a)[i] << (8 * i);
    return v;
  }
  }
}

/* Tier 1 of rt_read.c: the object lies between our frame and the top of
 * this thread's stack. */
static inline __attribute__((always_inline)) u64
rt_read_scalar(struct rt_thread *t, uintptr_t a, unsigned n, uintptr_t frame) {
  if (RT_LIKELY(frame >= t->stack_lo && a >= frame && a < t->stack_hi &&
                n <= t->stack_hi - a))
    return rt_load(a, n);
  return rt_read_scalar_slow(t, a, n, frame);
}

static inline __attribute__((always_inline)) void
rt_read_fields(struct rt_thread *t, u64 *out, uintptr_t obj, const u64 *offs,
               u32 nf, uintptr_t frame) {
  if (RT_LIKELY(offs && frame >= t->stack_lo && obj >= frame &&
                obj < t->stack_hi)) {
    uintptr_t room = t->stack_hi - obj;
    u32 i;
    for (i = 0; i < nf; i++) {
      u64 off = offs[2 * i], sz = offs[2 * i + 1];
      if (sz > 8)
        sz = 8;
      if (off > room || sz > room - off)
        break;
      out[i] = sz ? rt_load(obj + off, (unsigned)sz) : 0;
    }
    if (RT_LIKELY(i == nf))
      return;
  }
  rt_read_fields_slow(t, out, obj, offs, nf, frame);
}

/* Any address at or above this is on our stack, below its top. The stack
 * pointer itself where we can get it without forcing a frame pointer. */
#if defined(__has_builtin)
#if __has_builtin(__builtin_stack_address)
#define RT_FRAME() ((uintptr_t)__builtin_stack_address())
#endif
#endif
#if !defined(RT_FRAME) && defined(__x86_64__)
static inline __attribute__((always_inline)) uintptr_t rt_sp(void) {
  uintptr_t sp;
  __asm__("mov %%rsp, %0" : "=r"(sp));
  return sp;
}
#define RT_FRAME() rt_sp()
#elif !defined(RT_FRAME) && defined(__aarch64__)
static inline __attribute__((always_inline)) uintptr_t rt_sp(void) {
  uintptr_t sp;
  __asm__("mov %0, sp" : "=r"(sp));
  return sp;
}
#define RT_FRAME() rt_sp()
#endif
#ifndef RT_FRAME
#define RT_FRAME() ((uintptr_t)__builtin_frame_address(0))
#endif

/* The general path: any record, any memory, set-up, new regions, drops. */
static RT_NOINLINE void rt_record(u32 type, u64 pc, u32 idx, u32 size,
                                  void *ptr, u64 *offs, u32 nf) {
  struct rt_thread *t = &rt_tls;
  if (RT_UNLIKELY(t->busy)) {
    /* Reached from inside the runtime (or a signal handler interrupted a
     * record): record nothing, but leave a gap in the sequence numbers
     * and count it. */
    t->seq++;
    t->pending_drops++;
    return;
  }
  t->busy = 1;
  __atomic_signal_fence(__ATOMIC_SEQ_CST);

  u32 nv = 0;
  if (size != 0) {
    if (nf)
      nv = nf > SCDF_MAX_FIELDS ? SCDF_MAX_FIELDS : nf;
    else
      nv = ptr != NULL;
  }
  u64 need = SCDF_RECORD_WORDS(nv);
  if (RT_UNLIKELY(t->gen != rt_proc->gen || (u64)(t->end - t->pos) < need ||
                  pc - t->mod_lo >= t->mod_len)) {
    if (!rt_slow(t, pc, need)) {
      t->seq++;
      goto out;
    }
  }

  u64 *w = t->pos;
  w[0] = scdf_rec_header(type, t->seq++, nv, size, idx);
  w[1] = pc;
  w[2] = (u64)(uintptr_t)ptr;
  if (nv) {
    uintptr_t frame = RT_FRAME();
    if (nf)
      rt_read_fields(t, w + 3, (uintptr_t)ptr, offs, nv, frame);
    else
      w[3] = rt_read_scalar(t, (uintptr_t)ptr, size < 8 ? size : 8, frame);
  }
  t->pos = w + need;
  /* Publish: a reader (or a post-mortem look at the file) never counts a
   * record whose words are not all written. */
  __atomic_store_n(&t->th->words, (u64)(t->pos - t->base), __ATOMIC_RELEASE);
  if (RT_UNLIKELY(t->pending_drops))
    rt_flush_pending(t);
out:
  __atomic_signal_fence(__ATOMIC_SEQ_CST);
  t->busy = 0;
}

static RT_NOINLINE void rt_finish_slow(struct rt_thread *t) {
  rt_flush_pending(t);
  __atomic_signal_fence(__ATOMIC_SEQ_CST);
  t->busy = 0;
}

/* The fast path: a record whose values all lie on this thread's stack
 * (every scalar, stack structs) into a region with room, from a known
 * module. It calls nothing, so it needs no stack frame and saves no
 * registers; anything else falls back to rt_record (a tail call), which
 * starts the record afresh: nothing is published until the end.
 * Instantiated twice: scalars (inlined into the callbacks) and structs
 * (its own function, so that the field loop's registers do not make the
 * scalar path save and restore registers). */
static inline __attribute__((always_inline)) void
rt_fast(u32 type, u64 pc, u32 idx, u32 size, void *ptr, u64 *offs, u32 nf,
        int with_fields) {
  struct rt_thread *t = &rt_tls;
  if (RT_UNLIKELY(t->busy))
    goto general;
  /* Set before looking at pos: a signal handler that records in between
   * must not write where we are about to. */
  t->busy = 1;
  __atomic_signal_fence(__ATOMIC_SEQ_CST);
  u32 nv = 0;
  if (size != 0) {
    if (with_fields)
      nv = nf > SCDF_MAX_FIELDS ? SCDF_MAX_FIELDS : nf;
    else
      nv = ptr != NULL;
  }
  u64 need = SCDF_RECORD_WORDS(nv);
  u64 *w = t->pos;
  if (RT_UNLIKELY(t->gen != rt_proc->gen || (u64)(t->end - w) < need ||
                  pc - t->mod_lo >= t->mod_len)) {
    if (t->full && t->th && t->gen == rt_proc->gen) {
      /* Bounded buffer exhausted: count the drop in the chunk, cheaply. */
      t->th->dropped++;
      t->seq++;
      goto done;
    }
    goto bail;
  }
  if (nv && !with_fields) {
    uintptr_t sp = RT_FRAME(), a = (uintptr_t)ptr;
    if (RT_UNLIKELY(sp < t->stack_lo || a < sp || a >= t->stack_hi))
      goto bail;
    unsigned n = size < 8 ? size : 8;
    if (RT_UNLIKELY(n > t->stack_hi - a))
      goto bail;
    if (RT_LIKELY(n == 4))
      w[3] = rt_load(a, 4);
    else if (n == 8)
      w[3] = rt_load(a, 8);
    else if (n == 1)
      w[3] = rt_load(a, 1);
    else if (n == 2)
      w[3] = rt_load(a, 2);
    else
      goto bail; /* odd sizes: rare, done by rt_record */
  } else if (nv) {
    uintptr_t sp = RT_FRAME(), a = (uintptr_t)ptr;
    if (RT_UNLIKELY(!offs))
      goto bail;
    if (sp >= t->stack_lo && a >= sp && a < t->stack_hi) {
      uintptr_t room = t->stack_hi - a;
      for (u32 i = 0; i < nv; i++) {
        u64 off = offs[2 * i], sz = offs[2 * i + 1];
        if (sz > 8)
          sz = 8;
        if (RT_UNLIKELY(off > room || sz > room - off))
          goto bail;
        w[3 + i] = sz ? rt_load(a + off, (unsigned)sz) : 0;
      }
    } else {
      /* Globals of the program and the brk heap (tier 2 of rt_read.c):
       * check the whole object once, then plain loads. */
      uintptr_t lo = UINTPTR_MAX, hi = 0;
      for (u32 i = 0; i < nv; i++) {
        u64 off = offs[2 * i], sz = offs[2 * i + 1] < 8 ? offs[2 * i + 1] : 8;
        if (RT_UNLIKELY(a + off < a || a + off + sz < a + off))
          goto bail;
        if (a + off < lo)
          lo = a + off;
        if (a + off + sz > hi)
          hi = a + off + sz;
      }
      if (RT_UNLIKELY(hi <= lo || !rt_stable(lo, hi)))
        goto bail;
      for (u32 i = 0; i < nv; i++) {
        u64 off = offs[2 * i], sz = offs[2 * i + 1] < 8 ? offs[2 * i + 1] : 8;
        w[3 + i] = sz ? rt_load(a + off, (unsigned)sz) : 0;
      }
    }
  }
  w[0] = scdf_rec_header(type, t->seq++, nv, size, idx);
  w[1] = pc;
  w[2] = (u64)(uintptr_t)ptr;
  t->pos = w + need;
  __atomic_store_n(&t->th->words, (u64)(t->pos - t->base), __ATOMIC_RELEASE);
done:
  if (RT_UNLIKELY(t->pending_drops)) {
    rt_finish_slow(t);
    return;
  }
  __atomic_signal_fence(__ATOMIC_SEQ_CST);
  t->busy = 0;
  return;
bail:
  __atomic_signal_fence(__ATOMIC_SEQ_CST);
  t->busy = 0;
general:
  rt_record(type, pc, idx, size, ptr, offs, nf);
}

static RT_NOINLINE void rt_fast_fields(u32 type, u64 pc, u32 idx, u32 size,
                                       void *ptr, u64 *offs, u32 nf) {
  rt_fast(type, pc, idx, size, ptr, offs, nf, 1);
}

__attribute__((visibility("default"))) void
__sanitizer_cov_trace_args(u64 pc, u32 arg_idx, u32 arg_size, void *arg_ptr,
                           u64 *offsets, u32 num_fields) {
  if (RT_LIKELY(num_fields == 0))
    rt_fast(SCDF_REC_ENTRY, pc, arg_idx, arg_size, arg_ptr, offsets, 0, 0);
  else
    rt_fast_fields(SCDF_REC_ENTRY, pc, arg_idx, arg_size, arg_ptr, offsets,
                   num_fields);
}

__attribute__((visibility("default"))) void
__sanitizer_cov_trace_ret(u64 pc, u32 ret_size, void *ret_val, u64 *offsets,
                          u32 num_fields) {
  if (RT_LIKELY(num_fields == 0))
    rt_fast(SCDF_REC_RET, pc, 0, ret_size, ret_val, offsets, 0, 0);
  else
    rt_fast_fields(SCDF_REC_RET, pc, 0, ret_size, ret_val, offsets, num_fields);
}

RT_FILE_END
