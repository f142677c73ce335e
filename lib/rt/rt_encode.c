/*===- rt_encode.c - compact records: FULL records, the slot cache --------===*
 *
 * rt_encode.h writes the deltas; this file writes the FULL records that
 * (re)fill a slot, and owns the memory behind the slots: one private
 * anonymous mapping per thread holding the slot table, an arena for the
 * slots' previous values and a staging area for a record's values. Only
 * the pages a thread touches are ever backed.
 *
 *===----------------------------------------------------------------------===*/
#define _GNU_SOURCE
#include "rt_encode.h"

#include <sys/mman.h>

RT_FILE_BEGIN

#define RT_SLOTS (1u << RT_SLOT_BITS)
/* Values of the slots of one generation; when they are used up the cache
 * starts a new generation (every slot empty) and the arena over. */
#define RT_ARENA_WORDS (1u << 16)
#define RT_STAGE_WORDS (SCDF_MAX_FIELDS + 1u)

_Static_assert(RT_SLOTS <= SCDF_CREC_SLOTS, "slot number must fit the lead");

static size_t rt_slots_bytes(void) {
  return RT_SLOTS * sizeof(struct rt_slot) +
         (RT_ARENA_WORDS + RT_STAGE_WORDS) * sizeof(u64);
}

int rt_slots_map(struct rt_thread *t) {
  void *m = mmap(NULL, rt_slots_bytes(), PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (m == MAP_FAILED)
    return 0;
  t->slots = m;
  t->arena = (u64 *)(t->slots + RT_SLOTS);
  t->stage = t->arena + RT_ARENA_WORDS;
  t->arena_used = 0;
  t->slot_gen = 1; /* the zero-filled entries belong to generation 0 */
  return 1;
}

void rt_slots_unmap(struct rt_thread *t) {
  if (t->slots)
    munmap(t->slots, rt_slots_bytes());
  t->slots = NULL;
  t->arena = t->stage = NULL;
}

/* A reader decodes each chunk on its own: forget every slot. (A u32
 * generation wraps after 4 G chunks.) */
void rt_slots_new_chunk(struct rt_thread *t) {
  t->slot_gen++;
  t->arena_used = 0;
}

/* Room for the slot's values in this generation; NULL: too many values
 * to be the base of a delta. */
static u64 *rt_slot_vals(struct rt_thread *t, struct rt_slot *e, u32 nv) {
  if (nv > SCDF_CREC_DELTA_MAX_VALS)
    return NULL;
  if (e->gen == t->slot_gen && e->cap >= nv)
    return t->arena + e->off;
  if (RT_ARENA_WORDS - t->arena_used < nv)
    rt_slots_new_chunk(t); /* the reader does not mind: FULL records follow */
  e->off = t->arena_used;
  e->cap = nv;
  t->arena_used += nv;
  return t->arena + e->off;
}

unsigned char *rt_encode_full(struct rt_thread *t, unsigned char *p, u32 s,
                              u32 seq, u64 pc, u64 key, u64 ptr,
                              const u64 *vals) {
  u32 type = key & 0xf, idx = (key >> 4) & 0xff, size = (key >> 12) & 0xff;
  u32 nv = (u32)(key >> 20);
  u64 head[3] = {scdf_rec_header(type, seq, nv, size, idx), pc, ptr};
  u32 lead = SCDF_CREC_FULL | s << SCDF_CREC_SLOT_SHIFT;
  p[0] = (unsigned char)lead;
  p[1] = (unsigned char)(lead >> 8);
  memcpy(p + SCDF_CREC_LEAD_BYTES, head, sizeof(head));
  unsigned char *o = p + SCDF_CREC_LEAD_BYTES + sizeof(head);
  memcpy(o, vals, (size_t)nv * 8);

  struct rt_slot *e = &t->slots[s];
  u64 *old = rt_slot_vals(t, e, nv);
  if (old) {
    memcpy(old, vals, (size_t)nv * 8);
    e->pc = pc;
    e->key = key;
    e->ptr = ptr;
    e->gen = t->slot_gen;
  } else {
    e->gen = t->slot_gen - 1; /* empty: the next record here is FULL too */
  }
  return o + (size_t)nv * 8;
}

RT_FILE_END
