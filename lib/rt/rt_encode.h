/*===- rt_encode.h - compact records: the delta encoder's hot path --------===*
 *
 * A thread chunk holds compact records (abi.h, SCDF_CHUNK_THREAD_COMPACT).
 * Each thread keeps a 2-way set associative cache of slots, one per (pc,
 * type, arg_idx, size, nvals): the last record written with that key in
 * the current chunk. A record whose slot holds its key, and whose sequence
 * number follows the previous record's, is written as a delta: a 2-byte
 * lead, one bit per value word, and a varint for each word that changed.
 * Anything else is a FULL record (rt_encode.c), which refills a slot.
 * Included by rt_record.h only.
 *
 *===----------------------------------------------------------------------===*/
#ifndef SANCOV_DATAFLOW_RT_ENCODE_H
#define SANCOV_DATAFLOW_RT_ENCODE_H

#include "rt.h"

#include <string.h>

/* Bytes a record of nv values may take, FULL or delta: the lead, then
 * either three header words and nv words, or the bitmap and nv + 1
 * varints of at most 10 bytes. */
#define RT_MAX_BYTES(nv) (SCDF_CREC_LEAD_BYTES + 24 + 11 * (u64)(nv))

/* What a slot must match besides the pc: the header's clamped type, index
 * and size, and nvals (a record of more than SCDF_CREC_DELTA_MAX_VALS is
 * never a slot's content, so those share one value). Bits 0..28: the
 * chunk's tag goes above. Never 0: the type of a record is not. */
RT_INLINE u64 rt_slot_key(u32 type, u32 idx, u32 size, u32 nv) {
  return (u64)type | (u64)(idx > 255 ? 255 : idx) << 4 |
         (u64)(size > 255 ? 255 : size) << 12 |
         (u64)(nv > SCDF_CREC_DELTA_MAX_VALS ? 256 : nv) << 20;
}

/* Multiplicative hashing: the product's top bits depend on every bit of
 * the pc and of the key, which sits above the pc's bits. */
RT_INLINE u32 rt_set_of(u64 pc, u64 key) {
  return (u32)(((pc + (key << 44)) * 0x9e3779b97f4a7c15ull) >>
               (64 - RT_SET_BITS));
}

/* The slot holding (pc, key) in this chunk, or NULL. */
RT_INLINE struct rt_slot *rt_slot_find(struct rt_thread *t, u32 set, u64 pc,
                                       u64 key) {
  struct rt_slot *e = &t->slots[2 * set];
  u64 tagged = key | t->slot_tag;
  if (RT_LIKELY(e->pc == pc && e->key == tagged))
    return e;
  e++;
  if (RT_LIKELY(e->pc == pc && e->key == tagged))
    return e;
  return NULL;
}

RT_INLINE unsigned char *rt_put_varint(unsigned char *o, u64 d) {
  u64 z = (d << 1) ^ (u64)((int64_t)d >> 63); /* zigzag: small |d|, short */
  while (RT_UNLIKELY(z >= 0x80)) {
    *o++ = (unsigned char)(z | 0x80);
    z >>= 7;
  }
  *o++ = (unsigned char)z;
  return o;
}

/* The bitmap of a delta (right after the lead), written a byte at a time
 * as values 1 .. are compared: no clearing beforehand. */
struct rt_map {
  unsigned char *at;
  u32 bits;
  u32 n; /* bits collected for *at */
};

/* 1 and w's varint at *o if w differs from *old (the slot's value, which
 * becomes w); else 0. */
RT_INLINE u32 rt_delta_diff(unsigned char **o, u64 *old, u64 w) {
  u64 d = w - *old;
  if (!d)
    return 0;
  *old = w;
  *o = rt_put_varint(*o, d);
  return 1;
}

/* The next value w of a delta: its bit, and its varint if it changed. */
RT_INLINE void rt_delta_word(struct rt_map *m, unsigned char **o, u64 *old,
                             u64 w) {
  m->bits |= rt_delta_diff(o, old, w) << m->n;
  if (++m->n == 8) {
    *m->at++ = (unsigned char)m->bits;
    m->bits = m->n = 0;
  }
}

RT_INLINE void rt_map_end(struct rt_map *m) {
  if (m->n)
    *m->at = (unsigned char)m->bits;
}

/* Values 1 .. of slot e. */
RT_INLINE u64 *rt_slot_old(struct rt_thread *t, struct rt_slot *e) {
  return t->arena + t->more[e - t->slots].off;
}

/* The start of a delta against slot e at p: room for the bitmap when
 * nv > 1 (rt_delta_word fills it), then the varints of the pointer and of
 * value 0. Returns
 * the lead, which rt_delta_end stores once the rest is written; *o is
 * where the varints of values 1 .. go. */
RT_INLINE u32 rt_delta_begin(struct rt_thread *t, unsigned char *p,
                             struct rt_slot *e, u64 ptr, u64 v0, u32 nv,
                             int many_vals, unsigned char **o) {
  u32 lead = (u32)(e - t->slots) << SCDF_CREC_SLOT_SHIFT;
  unsigned char *q = p + SCDF_CREC_LEAD_BYTES;
  if (many_vals && nv > 1)
    q += (nv + 6) / 8; /* the bitmap comes before every varint */
  if (ptr != e->ptr) {
    lead |= SCDF_CREC_PTR_CHANGED;
    q = rt_put_varint(q, ptr - e->ptr);
    e->ptr = ptr;
  }
  if (nv && v0 != e->v0) {
    lead |= SCDF_CREC_VAL0_CHANGED;
    q = rt_put_varint(q, v0 - e->v0);
    e->v0 = v0;
  }
  *o = q;
  return lead;
}

RT_INLINE void rt_delta_end(unsigned char *p, u32 lead) {
  p[0] = (unsigned char)lead;
  p[1] = (unsigned char)(lead >> 8);
}

/* The delta against slot e at p. many_vals is a constant, set when nv may
 * exceed 1 (fields, a CMP's two operands): the scalar callers keep no
 * bitmap loop. */
RT_INLINE unsigned char *rt_encode_delta(struct rt_thread *t, unsigned char *p,
                                         struct rt_slot *e, u64 ptr, u64 v0,
                                         const u64 *vals, u32 nv,
                                         int many_vals) {
  unsigned char *o;
  u32 lead = rt_delta_begin(t, p, e, ptr, v0, nv, many_vals, &o);
  if (many_vals && nv > 1) {
    /* Values 1 .. in groups of 8, one bitmap byte each. */
    u64 *old = rt_slot_old(t, e); /* old[j - 1] is value j */
    unsigned char *map = p + SCDF_CREC_LEAD_BYTES;
    for (u32 k = 1; k < nv; k += 8) {
      u32 bits = 0, end = nv - k < 8 ? nv : k + 8;
      for (u32 j = k; j < end; j++)
        bits |= rt_delta_diff(&o, old + j - 1, vals[j]) << (j - k);
      *map++ = (unsigned char)bits;
    }
  }
  rt_delta_end(p, lead);
  return o;
}

/* Writes the record with sequence number seq at t->pos (room:
 * RT_MAX_BYTES(nv)) and returns its end. e: rt_slot_find's answer for
 * (pc, key) in set. Value 0 comes in a register; with many_vals, vals
 * holds all nv values (vals[0] == v0). */
RT_INLINE unsigned char *rt_encode(struct rt_thread *t, struct rt_slot *e,
                                   u32 set, u64 key, u32 seq, u64 pc, u64 ptr,
                                   u64 v0, const u64 *vals, u32 nv,
                                   int many_vals) {
  u32 follows = seq == t->next_seq;
  t->next_seq = seq + 1;
  if (RT_LIKELY(e && follows))
    return rt_encode_delta(t, t->pos, e, ptr, v0, vals, nv, many_vals);
  if (!many_vals)
    vals = &v0;
  return rt_encode_full(t, set, seq, pc, key | (u64)nv << 32, ptr, vals);
}

#endif /* SANCOV_DATAFLOW_RT_ENCODE_H */
