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
  RT_K_NONE,   /* none (PC_ENTRY, PC_EXIT, PC_RESUME) */
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

/* The 8 bytes at a, little-endian, unaligned: every fast-path read is a
 * whole word, masked by its caller. */
RT_INLINE u64 rt_load(uintptr_t a) {
  u64 v;
  memcpy(&v, (const void *)a, 8);
  return v;
}

/* The low n bytes of a word, n = 0 .. 8. */
RT_INLINE u64 rt_mask(u64 n) { return n >= 8 ? ~0ull : ~(~0ull << (8 * n)); }

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
  *out = rt_load(a) & rt_mask(size);
  return 1;
}

/* The cached facts of the field table at offs with nf fields, or NULL:
 * the general path reads it (no table, a sum of words that does not fit,
 * a span that wraps). The last pair is compared too: an object unloaded
 * and another loaded at its address could put another table there. */
RT_INLINE struct rt_table *rt_table_get(struct rt_thread *t, const u64 *offs,
                                        u32 nf) {
  struct rt_table *tb = &t->tables[((uintptr_t)offs * 0x9e3779b97f4a7c15ull) >>
                                   (64 - RT_TABLE_BITS)];
  if (RT_LIKELY(tb->offs == offs && tb->nf == nf && nf &&
                tb->last_off == offs[2 * nf - 2] &&
                tb->last_size == offs[2 * nf - 1]))
    return tb;
  return rt_table_fill(t, tb, offs, nf);
}

/* Tiers 1 and 2 of rt_read.c for the whole object at a whose fields tb
 * spans: this thread's stack, the program's globals or the brk heap. */
RT_INLINE int rt_fields_readable(struct rt_thread *t, uintptr_t a,
                                 const struct rt_table *tb) {
  uintptr_t lo = a + tb->lo, hi = a + tb->hi, sp = rt_frame();
  if (RT_UNLIKELY(lo < a || hi < lo))
    return 0;
  if (sp >= t->stack.lo && lo >= sp && hi <= t->stack.hi)
    return 1;
  return rt_stable(lo, hi);
}

/* Value word k of the object at a, by its table's plan: inside the span
 * rt_fields_readable checked. */
RT_INLINE u64 rt_plan_load(const struct rt_word *plan, u32 k, uintptr_t a) {
  return rt_load(a + plan[k].off) & plan[k].mask;
}

/* All of the object's value words into out. */
RT_INLINE void rt_fields_load(u64 *out, uintptr_t a,
                               const struct rt_table *tb) {
  const struct rt_word *plan = tb->plan;
  for (u32 k = 0, nv = tb->nv; k < nv; k++)
    out[k] = rt_plan_load(plan, k, a);
}

/* The delta of a struct record against slot e, in one pass that reads,
 * compares and encodes each word: no staging. */
RT_INLINE unsigned char *rt_fields_delta(struct rt_thread *t, unsigned char *p,
                                         struct rt_slot *e, u64 ptr,
                                         uintptr_t a,
                                         const struct rt_table *tb) {
  const struct rt_word *plan = tb->plan;
  u32 nv = tb->nv;
  unsigned char *o;
  u32 lead = rt_delta_begin(t, p, e, ptr, rt_plan_load(plan, 0, a), nv, 1, &o);
  u64 *old = rt_slot_old(t, e);
  struct rt_map m = {p + SCDF_CREC_LEAD_BYTES, 0, 0};
  for (u32 k = 1; k < nv; k++)
    rt_delta_word(&m, &o, old++, rt_plan_load(plan, k, a));
  rt_map_end(&m);
  rt_delta_end(p, lead);
  return o;
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
 * until the end. `kind` is a constant in every caller, so each instance
 * keeps only its own value code. v2 is the second value of RT_K_PAIR,
 * unused otherwise. A scalar's value stays in `one`, a pair goes to the
 * staging area, a struct's fields are encoded as they are read (or staged
 * for a FULL record); rt_encode.h writes the record. */
RT_INLINE void rt_put(enum rt_kind kind, u32 type, u64 pc, u32 idx, u32 size,
                      u64 w2, u64 v, u64 v2, const u64 *offs, u32 nf) {
  struct rt_thread *t = &rt_tls;
  if (RT_UNLIKELY(t->busy))
    goto general;
  /* Set before looking at pos: a signal handler that records in between
   * must not write where we are about to. */
  t->busy = 1;
  __atomic_signal_fence(__ATOMIC_SEQ_CST);
  struct rt_table *tb = NULL;
  u32 nv;
  if (kind == RT_K_FIELDS) {
    /* The tables live with the slots, mapped at a thread's first record. */
    if (RT_UNLIKELY(!offs || !t->slots ||
                    !(tb = rt_table_get(t, offs, rt_fields(nf)))))
      goto bail;
    nv = size ? tb->nv : 0;
  } else {
    nv = rt_nvals(kind, size, v, offs, nf);
  }
  if (RT_UNLIKELY((u64)(t->end - t->pos) < RT_MAX_BYTES(nv))) {
    if (t->full && t->th && t->gen == rt_proc->gen) {
      /* Bounded buffer exhausted: count the drop in the chunk, cheaply. */
      t->th->dropped++;
      t->seq++;
      goto done;
    }
    goto bail;
  }
  u64 key = rt_slot_key(type, idx, size, nv);
  struct rt_slot *e = rt_slot_find(t, rt_set_of(pc, key), pc, key);
  unsigned char *fused = NULL; /* a struct's delta, written as it was read */
  u64 one = 0;                 /* value 0 of a scalar; unread when nv == 0 */
  const u64 *vals = t->stage;  /* many values, when many below */
  if (kind == RT_K_VAL && nv)
    one = v;
  else if (kind == RT_K_PTR && nv && !rt_fast_scalar(t, &one, v, size))
    goto bail;
  else if (kind == RT_K_PAIR) {
    t->stage[0] = v;
    t->stage[1] = v2;
  } else if (kind == RT_K_FIELDS && nv) {
    if (!rt_fields_readable(t, v, tb))
      goto bail;
    if (e && t->seq == t->next_seq)
      fused = rt_fields_delta(t, t->pos, e, w2, v, tb);
    else
      rt_fields_load(t->stage, v, tb);
  }
  int many = kind == RT_K_FIELDS || kind == RT_K_PAIR;
  u32 seq = t->seq++;
  if (RT_UNLIKELY(!e || seq != t->next_seq)) {
    if (fused) {
      /* A drop came in between: the delta is void, the slot forgets. */
      e->key = 0;
      rt_fields_load(t->stage, v, tb);
    }
    /* A FULL record, by a tail call: this path keeps no frame. */
    rt_record_miss(rt_desc(kind, type, idx, size), pc, w2,
                   many && nv ? vals[0] : one, seq, nv);
    return;
  }
  /* A slot hit means that this pc recorded in this chunk of this process
   * (a forked child starts with empty slots, rt_encode.c): its module is
   * in the file and the region is ours. */
  t->next_seq = seq + 1;
  t->pos = fused ? fused
                 : rt_encode_delta(t, t->pos, e, w2, many && nv ? vals[0] : one,
                                   vals, nv, many);
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
