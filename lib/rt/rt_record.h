/*===- rt_record.h - the record writer's hot path, shared by every ABI ----===*
 *
 * A record is written straight into the thread's mapped region: no lock,
 * no system call, no copy. The common case costs a handful of compares
 * (recording off, recursion, fork generation, room, known module), the
 * value loads, the stores and the release store of the chunk's word count.
 * Included by the ABI entry points (rt_abi_*.c) and rt_record.c only.
 *
 *===----------------------------------------------------------------------===*/
#ifndef SANCOV_DATAFLOW_RT_RECORD_H
#define SANCOV_DATAFLOW_RT_RECORD_H

#include "rt_encode.h"

#include <string.h>

#if __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "the trace format stores values little-endian; port rt_load first"
#endif

/* Where a record's value words come from. */
enum rt_kind {
  RT_K_NONE,   /* none (PC_ENTRY, PC_EXIT) */
  RT_K_VAL,    /* one, given by the caller (value ABIs; none if size 0) */
  RT_K_PTR,    /* read at the pointer (ABI A; none if size 0 or NULL) */
  RT_K_FIELDS, /* the fields of the object at the pointer (none if size 0) */
  RT_K_PAIR,   /* two, given by the caller (CMP operands) */
};

/* A record's kind, type, index and size in one word, so that the general
 * path takes six arguments in registers and the fast path reaches it by a
 * tail call, without a stack frame of its own. */
RT_INLINE u64 rt_desc(enum rt_kind kind, u32 type, u32 idx, u32 size) {
  return (u64)type | (u64)kind << 4 | (u64)(idx > 255 ? 255 : idx) << 8 |
         (u64)size << 32;
}
#define RT_DESC_TYPE(d) ((u32)(d)&0xfu)
#define RT_DESC_KIND(d) ((enum rt_kind)(((d) >> 4) & 0xfu))
#define RT_DESC_IDX(d) ((u32)((d) >> 8) & 0xffu)
#define RT_DESC_SIZE(d) ((u32)((d) >> 32))

/* The fields of a table a record holds: at most SCDF_MAX_FIELDS. */
RT_INLINE u32 rt_fields(u32 nf) {
  return nf > SCDF_MAX_FIELDS ? SCDF_MAX_FIELDS : nf;
}

/* Value words of a table's nf fields (abi.h): the sum of SCDF_VALUE_WORDS
 * over their sizes, or one per field when that sum does not fit a record
 * or the sizes are unknown. */
RT_INLINE u32 rt_table_words(const u64 *offs, u32 nf) {
  if (!offs)
    return nf;
  u64 n = 0;
  for (u32 i = 0; i < nf; i++)
    n += SCDF_VALUE_WORDS(offs[2 * i + 1]);
  return n > SCDF_MAX_FIELDS ? nf : (u32)n;
}

RT_INLINE u32 rt_nvals(enum rt_kind kind, u32 size, u64 v, const u64 *offs,
                       u32 nf) {
  if (size == 0 || kind == RT_K_NONE)
    return 0;
  if (kind == RT_K_FIELDS)
    return rt_table_words(offs, rt_fields(nf));
  if (kind == RT_K_PAIR)
    return 2;
  if (kind == RT_K_PTR)
    return v ? SCDF_VALUE_WORDS(size) : 0;
  return 1;
}

/* Bytes read for field i of a table: all of them up to what its words
 * hold (wide: the record has SCDF_VALUE_WORDS of them per field), else at
 * most the 8 of one word. */
RT_INLINE u64 rt_field_size(const u64 *offs, u32 i, int wide) {
  u64 max = wide ? 8 * SCDF_MAX_VALUE_WORDS : 8;
  return offs[2 * i + 1] < max ? offs[2 * i + 1] : max;
}

RT_INLINE u64 rt_load(uintptr_t a, unsigned n) {
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

/* Any address at or above this is on our stack, below its top: the stack
 * pointer itself, without forcing a frame pointer. */
#if defined(__x86_64__)
RT_INLINE uintptr_t rt_frame(void) {
  uintptr_t sp;
  __asm__("mov %%rsp, %0" : "=r"(sp));
  return sp;
}
#elif defined(__aarch64__)
RT_INLINE uintptr_t rt_frame(void) {
  uintptr_t sp;
  __asm__("mov %0, sp" : "=r"(sp));
  return sp;
}
#else
RT_INLINE uintptr_t rt_frame(void) {
  return (uintptr_t)__builtin_frame_address(0);
}
#endif

/* Tier 1 of rt_read.c for a scalar that ABI A passes by address: up to
 * 8 bytes on this thread's stack. The whole word at a is read when it
 * lies below the stack top (the top holds the environment, so a scalar
 * slot always has 8 bytes above it there), then masked to size bytes:
 * no branch on the size. 0: not this case. */
RT_INLINE int rt_fast_scalar(struct rt_thread *t, u64 *out, uintptr_t a,
                             u32 size) {
  uintptr_t sp = rt_frame();
  if (RT_UNLIKELY(sp < t->stack.lo || a < sp || a > t->stack.hi - 8 ||
                  size > 8))
    return 0; /* wider than a word: several words, by rt_record_slow */
  *out = rt_load(a, 8) & (~0ull >> (64 - 8 * size));
  return 1;
}

/* The words of a value of n bytes at a, little-endian (one, 0, for n ==
 * 0); returns the word after them. */
RT_INLINE u64 *rt_load_value(u64 *out, uintptr_t a, u64 n) {
  do {
    unsigned k = n < 8 ? (unsigned)n : 8;
    *out++ = k ? rt_load(a, k) : 0;
    a += 8;
    n -= k;
  } while (n);
  return out;
}

/* Tiers 1 and 2 of rt_read.c for the fields of an object on this thread's
 * stack, among the program's globals or in the brk heap (checked once for
 * the whole object), wide as rt_field_size. 0: not this case. */
RT_INLINE int rt_fast_fields(struct rt_thread *t, u64 *out, uintptr_t a,
                             const u64 *offs, u32 nf, int wide) {
  uintptr_t sp = rt_frame();
  if (RT_UNLIKELY(!offs))
    return 0;
  if (sp >= t->stack.lo && a >= sp && a < t->stack.hi) {
    uintptr_t room = t->stack.hi - a;
    for (u32 i = 0; i < nf; i++) {
      u64 off = offs[2 * i], sz = rt_field_size(offs, i, wide);
      if (RT_UNLIKELY(off > room || sz > room - off))
        return 0;
      out = rt_load_value(out, a + off, sz);
    }
    return 1;
  }
  uintptr_t lo = UINTPTR_MAX, hi = 0;
  for (u32 i = 0; i < nf; i++) {
    u64 off = offs[2 * i], sz = rt_field_size(offs, i, wide);
    if (RT_UNLIKELY(a + off < a || a + off + sz < a + off))
      return 0;
    if (a + off < lo)
      lo = a + off;
    if (a + off + sz > hi)
      hi = a + off + sz;
  }
  if (RT_UNLIKELY(hi <= lo || !rt_stable(lo, hi)))
    return 0;
  for (u32 i = 0; i < nf; i++)
    out = rt_load_value(out, a + offs[2 * i], rt_field_size(offs, i, wide));
  return 1;
}

/* Every callback starts with this: recording off (SANCOV_DATAFLOW_OUT=)
 * then costs one load and one predictable branch, before the callback
 * touches its arguments or thread-local state, so that the compiler can
 * return before setting up anything. */
#define RT_RETURN_IF_OFF()                                                     \
  do {                                                                         \
    if (RT_UNLIKELY(__atomic_load_n(&rt_status_v, __ATOMIC_RELAXED) ==         \
                    RT_OFF))                                                   \
      return;                                                                  \
  } while (0)

/* The fast path of every record, after RT_RETURN_IF_OFF. A record whose
 * slot misses goes to rt_record_miss with its values read (a fork or an
 * unknown module shows there). Anything else unusual (set-up, a full
 * region, a value off the fast tiers, a nested call) goes to
 * rt_record_slow, which starts the record afresh: nothing is published
 * until the end. `kind` is a constant in
 * every caller, so each instance keeps only its own value code. v2 is the
 * second value of RT_K_PAIR, unused otherwise. The values are read into
 * `one` or the staging area, then encoded (rt_encode.h). */
RT_INLINE void rt_put(enum rt_kind kind, u32 type, u64 pc, u32 idx, u32 size,
                      u64 w2, u64 v, u64 v2, const u64 *offs, u32 nf) {
  struct rt_thread *t = &rt_tls;
  if (RT_UNLIKELY(t->busy))
    goto general;
  /* Set before looking at pos: a signal handler that records in between
   * must not write where we are about to. */
  t->busy = 1;
  __atomic_signal_fence(__ATOMIC_SEQ_CST);
  u32 nv = rt_nvals(kind, size, v, offs, nf);
  if (RT_UNLIKELY((u64)(t->end - t->pos) < RT_MAX_BYTES(nv))) {
    if (t->full && t->th && t->gen == rt_proc->gen) {
      /* Bounded buffer exhausted: count the drop in the chunk, cheaply. */
      t->th->dropped++;
      t->seq++;
      goto done;
    }
    goto bail;
  }
  u64 one = 0; /* value 0 of a scalar; unread when nv == 0 */
  const u64 *vals = t->stage; /* many values, when many below */
  if (kind == RT_K_VAL && nv)
    one = v;
  else if (kind == RT_K_PTR && nv && !rt_fast_scalar(t, &one, v, size))
    goto bail;
  else if (kind == RT_K_PAIR) {
    t->stage[0] = v;
    t->stage[1] = v2;
    vals = t->stage;
  } else if (kind == RT_K_FIELDS && nv) {
    if (!rt_fast_fields(t, t->stage, v, offs, rt_fields(nf),
                        nv != rt_fields(nf)))
      goto bail;
    vals = t->stage;
  }
  int many = kind == RT_K_FIELDS || kind == RT_K_PAIR;
  u64 v0 = many && nv ? vals[0] : one;
  u64 key = rt_slot_key(type, idx, size, nv);
  struct rt_slot *e = rt_slot_find(t, rt_set_of(pc, key), pc, key);
  u32 seq = t->seq++;
  if (RT_UNLIKELY(!e || seq != t->next_seq)) {
    /* A FULL record, by a tail call: this path keeps no frame. */
    rt_record_miss(rt_desc(kind, type, idx, size), pc, w2, v0, seq, nv);
    return;
  }
  /* A slot hit means that this pc recorded in this chunk of this process
   * (a forked child starts with empty slots, rt_encode.c): its module is
   * in the file and the region is ours. */
  t->next_seq = seq + 1;
  t->pos = rt_encode_delta(t, t->pos, e, w2, v0, vals, nv, many);
  /* Publish: a reader (or a post-mortem look at the file) never counts a
   * record whose words are not all written. */
  __atomic_store_n(&t->th->words, (u64)(t->pos - t->base), __ATOMIC_RELEASE);
done:
  if (RT_UNLIKELY(t->pending_drops)) {
    rt_record_finish(t); /* a tail call: no frame here */
    return;
  }
  __atomic_signal_fence(__ATOMIC_SEQ_CST);
  t->busy = 0;
  return;
bail:
  __atomic_signal_fence(__ATOMIC_SEQ_CST);
  t->busy = 0;
general:
  if (kind == RT_K_PAIR) {
    /* The general path takes the pair as a table: the staging area the
     * fast path uses is not mapped before a thread's first record. */
    const u64 pair[2] = {v, v2};
    rt_record_slow(rt_desc(kind, type, idx, size), pc, w2, 0, pair, 2);
    return;
  }
  rt_record_slow(rt_desc(kind, type, idx, size), pc, w2, v, offs, nf);
}

#endif /* SANCOV_DATAFLOW_RT_RECORD_H */
