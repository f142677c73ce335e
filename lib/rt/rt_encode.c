/*===- rt_encode.c - compact records: FULL records, the slot cache --------===*
 *
 * rt_encode.h writes the deltas; this file writes the FULL records that
 * (re)fill a slot, and owns the memory behind the slots: one private
 * anonymous mapping per thread holding the slot table, the slots' other
 * halves, the record writer's cache of field tables and their plans, an
 * arena for the slots' further values and a staging area for a record's
 * values. Only the pages a thread touches are ever backed.
 *
 *===----------------------------------------------------------------------===*/
#define _GNU_SOURCE
#include "rt_encode.h"

#include <pthread.h>
#include <sys/mman.h>

RT_FILE_BEGIN

/* Values of the slots of one generation; when they are used up the cache
 * starts a new generation (every slot empty) and the arena over. */
#define RT_ARENA_WORDS (1u << 16)
#define RT_STAGE_WORDS (SCDF_MAX_FIELDS + 1u)
#define RT_TAG_ONE ((u64)1 << 32)

_Static_assert(RT_SLOTS <= SCDF_CREC_SLOTS, "slot number must fit the lead");
_Static_assert(SCDF_CREC_DELTA_MAX_VALS < 65536, "cap must fit a u16");

static size_t rt_slots_bytes(void) {
  return RT_SLOTS * (sizeof(struct rt_slot) + sizeof(struct rt_slot_more)) +
         RT_TABLES * sizeof(struct rt_table) +
         RT_PLAN_WORDS * sizeof(struct rt_word) +
         (RT_ARENA_WORDS + RT_STAGE_WORDS) * sizeof(u64);
}

/* Only used when MADV_WIPEONFORK is unavailable: in the child (whose one
 * thread is the one that forked), forget what the slots hold, as the
 * kernel would have by zeroing them. */
static void rt_slots_atfork_child(void) { rt_slots_new_chunk(&rt_tls); }

static void rt_slots_register_atfork(void) {
  pthread_atfork(NULL, NULL, rt_slots_atfork_child);
}

static void rt_slots_wipe_on_fork(void *m) {
  static pthread_once_t once = PTHREAD_ONCE_INIT;
#ifdef MADV_WIPEONFORK
  if (madvise(m, rt_slots_bytes(), MADV_WIPEONFORK) == 0)
    return;
#else
  (void)m;
#endif
  pthread_once(&once, rt_slots_register_atfork);
}

int rt_slots_map(struct rt_thread *t) {
  void *m = mmap(NULL, rt_slots_bytes(), PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (m == MAP_FAILED)
    return 0;
  /* A forked child must not write deltas into its parent's region: the
   * record writer's hit path trusts a slot hit without checking for a
   * fork, so the child's slots must all be empty. */
  rt_slots_wipe_on_fork(m);
  t->slots = m;
  t->more = (struct rt_slot_more *)(t->slots + RT_SLOTS);
  t->tables = (struct rt_table *)(t->more + RT_SLOTS);
  t->plans = (struct rt_word *)(t->tables + RT_TABLES);
  t->plans_used = 0;
  t->arena = (u64 *)(t->plans + RT_PLAN_WORDS);
  t->stage = t->arena + RT_ARENA_WORDS;
  t->arena_used = 0;
  t->slot_tag = RT_TAG_ONE; /* zero-filled slots hold no key of any tag */
  return 1;
}

void rt_slots_unmap(struct rt_thread *t) {
  if (t->slots)
    munmap(t->slots, rt_slots_bytes());
  t->slots = NULL;
  t->more = NULL;
  t->tables = NULL;
  t->plans = NULL;
  t->arena = t->stage = NULL;
}

/* A reader decodes each chunk on its own: forget every slot. (The tag
 * wraps after 4 G chunks.) */
void rt_slots_new_chunk(struct rt_thread *t) {
  t->slot_tag += RT_TAG_ONE;
  t->arena_used = 0;
}

/* The slot of `set` a FULL record takes: an empty way, else the one the
 * set's last FULL record did not take. */
static u32 rt_slot_victim(struct rt_thread *t, u32 set) {
  struct rt_slot *e = &t->slots[2 * set];
  struct rt_slot_more *m = &t->more[2 * set];
  u32 way;
  if ((e[0].key & ~(RT_TAG_ONE - 1)) != t->slot_tag)
    way = 0;
  else if ((e[1].key & ~(RT_TAG_ONE - 1)) != t->slot_tag)
    way = 1;
  else
    way = m->victim;
  m->victim = (u16)(way ^ 1);
  return 2 * set + way;
}

/* Room for values 1 .. nv - 1 of slot s in this generation; NULL: too
 * many values to be the base of a delta. */
static u64 *rt_slot_vals(struct rt_thread *t, u32 s, u32 nv) {
  struct rt_slot_more *m = &t->more[s];
  u32 n = nv ? nv - 1 : 0;
  if (nv > SCDF_CREC_DELTA_MAX_VALS)
    return NULL;
  if ((t->slots[s].key & ~(RT_TAG_ONE - 1)) == t->slot_tag && m->cap >= n)
    return t->arena + m->off;
  if (RT_ARENA_WORDS - t->arena_used < n)
    rt_slots_new_chunk(t); /* the reader does not mind: FULL records follow */
  m->off = t->arena_used;
  m->cap = (u16)n;
  t->arena_used += n;
  return t->arena + m->off;
}

unsigned char *rt_encode_full(struct rt_thread *t, u32 set, u32 seq, u64 pc,
                              u64 key_nv, u64 ptr, const u64 *vals) {
  u64 key = key_nv & 0xffffffffu;
  u32 type = key & 0xf, idx = (key >> 4) & 0xff, size = (key >> 12) & 0xff;
  u32 nv = (u32)(key_nv >> 32);
  u32 s = rt_slot_victim(t, set);
  u64 head[3] = {scdf_rec_header(type, seq, nv, size, idx), pc, ptr};
  u32 lead = SCDF_CREC_FULL | s << SCDF_CREC_SLOT_SHIFT;
  unsigned char *p = t->pos;
  p[0] = (unsigned char)lead;
  p[1] = (unsigned char)(lead >> 8);
  memcpy(p + SCDF_CREC_LEAD_BYTES, head, sizeof(head));
  unsigned char *o = p + SCDF_CREC_LEAD_BYTES + sizeof(head);
  memcpy(o, vals, (size_t)nv * 8);

  struct rt_slot *e = &t->slots[s];
  u64 *old = rt_slot_vals(t, s, nv);
  if (old) {
    if (nv > 1)
      memcpy(old, vals + 1, (size_t)(nv - 1) * 8);
    e->pc = pc;
    e->key = key | t->slot_tag;
    e->ptr = ptr;
    e->v0 = nv ? vals[0] : 0;
  } else {
    e->key = 0; /* empty: the next record here is FULL too */
  }
  return o + (size_t)nv * 8;
}

RT_FILE_END
