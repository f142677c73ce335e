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

/* Values 1 .. nv - 1 of a delta: their bits in the bitmap at map (right
 * after the lead), their varints at o; old[i - 1] holds value i. */
RT_INLINE unsigned char *rt_delta_rest(unsigned char *map, unsigned char *o,
                                       u64 *old, const u64 *vals, u32 nv) {
  memset(map, 0, (nv + 6) / 8);
  for (u32 i = 1; i < nv; i++) {
    if (vals[i] == old[i - 1])
      continue;
    map[(i - 1) / 8] |= (unsigned char)(1u << ((i - 1) % 8));
    o = rt_put_varint(o, vals[i] - old[i - 1]);
    old[i - 1] = vals[i];
  }
  return o;
}

/* The delta against slot e at p. many_vals is a constant, set when nv may
 * exceed 1 (fields, a CMP's two operands): the scalar callers keep no
 * bitmap loop. */
RT_INLINE unsigned char *rt_encode_delta(struct rt_thread *t, unsigned char *p,
                                         struct rt_slot *e, u64 ptr, u64 v0,
                                         const u64 *vals, u32 nv,
                                         int many_vals) {
  u32 s = (u32)(e - t->slots);
  u32 lead = s << SCDF_CREC_SLOT_SHIFT;
  unsigned char *o = p + SCDF_CREC_LEAD_BYTES;
  if (many_vals && nv > 1)
    o += (nv + 6) / 8; /* the bitmap comes before every varint */
  if (ptr != e->ptr) {
    lead |= SCDF_CREC_PTR_CHANGED;
    o = rt_put_varint(o, ptr - e->ptr);
    e->ptr = ptr;
  }
  if (nv && v0 != e->v0) {
    lead |= SCDF_CREC_VAL0_CHANGED;
    o = rt_put_varint(o, v0 - e->v0);
    e->v0 = v0;
  }
  if (many_vals && nv > 1)
    o = rt_delta_rest(p + SCDF_CREC_LEAD_BYTES, o, t->arena + t->more[s].off,
                      vals, nv);
  p[0] = (unsigned char)lead;
  p[1] = (unsigned char)(lead >> 8);
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
