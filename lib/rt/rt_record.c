/*===- rt_record.c - the record writer's general path; entry-exit ---------===*
 *
 * The fast path (rt_record.h) handles records that fit the current region
 * and whose values lie on the fast read tiers. Everything else comes here:
 * set-up of the process or the thread, a fork, a new region, an unknown
 * module, values anywhere in memory, drops.
 *
 *===----------------------------------------------------------------------===*/
#define _GNU_SOURCE
#include "rt_record.h"

RT_FILE_BEGIN

/* The process records and this thread has room for need words from pc;
 * otherwise the record is dropped (and counted where it can be). */
static int rt_prepare(struct rt_thread *t, u64 pc, u64 need) {
  int st = rt_process_ready();
  if (st == RT_ACTIVE)
    return rt_thread_prepare(t, pc, need);
  /* Stopped after an error: the records that would have been in the file
   * are counted. (No file at all: the error said so.) */
  if (st == RT_STOPPED)
    rt_count_drop(t, 1);
  return 0;
}

static void rt_fill(struct rt_thread *t, u64 *out, enum rt_kind kind, u32 size,
                    u64 v, const u64 *offs, u32 nf, u32 nv) {
  uintptr_t frame = rt_frame();
  /* ABI A's scalar reads as the one field of a table. */
  const u64 whole[2] = {0, size};
  if (kind == RT_K_VAL)
    out[0] = v;
  else if (kind == RT_K_PTR)
    rt_read_fields_slow(&t->stack, out, (uintptr_t)v, whole, 1, 1, frame);
  else if (kind == RT_K_FIELDS)
    rt_read_fields_slow(&t->stack, out, (uintptr_t)v, offs, rt_fields(nf),
                        nv != rt_fields(nf), frame);
  else if (kind == RT_K_PAIR)
    out[0] = offs[0], out[1] = offs[1];
}

/* Encodes and publishes the record whose values are at vals. */
static void rt_write(struct rt_thread *t, u64 desc, u32 seq, u64 pc, u64 w2,
                     const u64 *vals, u32 nv) {
  u64 key = rt_slot_key(RT_DESC_TYPE(desc), RT_DESC_IDX(desc),
                        RT_DESC_SIZE(desc), nv);
  u32 set = rt_set_of(pc, key);
  t->pos = rt_encode(t, rt_slot_find(t, set, pc, key), set, key, seq, pc, w2,
                     nv ? vals[0] : 0, vals, nv, 1);
  __atomic_store_n(&t->th->words, (u64)(t->pos - t->base), __ATOMIC_RELEASE);
  if (RT_UNLIKELY(t->pending_drops))
    rt_flush_pending(t);
}

void rt_record_slow(u64 desc, u64 pc, u64 w2, u64 v, const u64 *offs, u32 nf) {
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

  enum rt_kind kind = RT_DESC_KIND(desc);
  u32 size = RT_DESC_SIZE(desc);
  u32 nv = rt_nvals(kind, size, v, offs, nf);
  u64 need = RT_MAX_BYTES(nv);
  if (RT_UNLIKELY(t->gen != rt_proc->gen || (u64)(t->end - t->pos) < need ||
                  pc - t->mod_lo >= t->mod_len)) {
    if (!rt_prepare(t, pc, need)) {
      t->seq++;
      goto out;
    }
  }
  /* The sequence number first: callbacks nested in the reads below (an
   * instrumented process_vm_readv) are drops that come after this record. */
  u32 seq = t->seq++;
  if (nv)
    rt_fill(t, t->stage, kind, size, v, offs, nf, nv);
  rt_write(t, desc, seq, pc, w2, t->stage, nv);
out:
  __atomic_signal_fence(__ATOMIC_SEQ_CST);
  t->busy = 0;
}

void rt_record_miss(u64 desc, u64 pc, u64 w2, u64 v0, u32 seq, u32 nv) {
  struct rt_thread *t = &rt_tls;
  enum rt_kind kind = RT_DESC_KIND(desc);
  /* A forked child or a pc in an object not in the file yet: set up as
   * the general path does. A failure is a drop (counted) whose sequence
   * number is taken. */
  if (RT_UNLIKELY(t->gen != rt_proc->gen || pc - t->mod_lo >= t->mod_len) &&
      !rt_prepare(t, pc, RT_MAX_BYTES(nv)))
    goto out;
  rt_write(t, desc, seq, pc, w2,
           kind == RT_K_FIELDS || kind == RT_K_PAIR ? t->stage : &v0, nv);
out:
  __atomic_signal_fence(__ATOMIC_SEQ_CST);
  t->busy = 0;
}

void rt_record_finish(struct rt_thread *t) {
  rt_flush_pending(t);
  __atomic_signal_fence(__ATOMIC_SEQ_CST);
  t->busy = 0;
}

/* Room for nv plan words, the arena starting over (and every cached table
 * with it) when it is full; NULL if nv words never fit. */
static struct rt_word *rt_plan_room(struct rt_thread *t, u32 nv) {
  if (nv > RT_PLAN_WORDS)
    return NULL;
  if (RT_PLAN_WORDS - t->plans_used < nv) {
    memset(t->tables, 0, RT_TABLES * sizeof(*t->tables));
    t->plans_used = 0;
  }
  struct rt_word *plan = t->plans + t->plans_used;
  t->plans_used += nv;
  return plan;
}

struct rt_table *rt_table_fill(struct rt_thread *t, struct rt_table *tb,
                               const u64 *offs, u32 nf) {
  u32 nv = rt_table_words(offs, nf);
  int wide = nv != nf;
  struct rt_word *plan = nf ? rt_plan_room(t, nv) : NULL;
  if (!plan)
    return NULL;
  u64 lo = UINT64_MAX, hi = 0;
  u32 k = 0;
  for (u32 i = 0; i < nf; i++) {
    u64 off = offs[2 * i], sz = rt_field_size(offs, i, wide);
    u32 n = rt_field_words(offs, i, wide);
    /* Every word is a whole 8-byte load, masked to the field's bytes. */
    for (u32 j = 0; j < n; j++, k++) {
      u64 at = off + 8 * j, bytes = sz - 8 * j;
      /* One word per field because the sum does not fit (rare), or a
       * table that wraps: the general path's. The plan's words were the
       * arena's last. */
      if ((!wide && offs[2 * i + 1] > 8) || at < off || at + 8 < at) {
        t->plans_used -= nv;
        return NULL;
      }
      plan[k].off = at;
      plan[k].mask = rt_mask(bytes);
      lo = at < lo ? at : lo;
      hi = at + 8 > hi ? at + 8 : hi;
    }
  }
  tb->offs = offs;
  tb->nf = nf;
  tb->nv = nv;
  tb->lo = lo;
  tb->hi = hi;
  tb->last_off = offs[2 * nf - 2];
  tb->last_size = offs[2 * nf - 1];
  tb->plan = plan;
  return tb;
}

void rt_record_fields(u64 desc, u64 pc, u64 obj, const u64 *offs, u32 nf) {
  rt_put(RT_K_FIELDS, RT_DESC_TYPE(desc), pc, RT_DESC_IDX(desc),
         RT_DESC_SIZE(desc), obj, obj, 0, offs, nf);
}

/* entry-exit, in every ABI: word 1 is the call site in the instrumented
 * function, word 2 the stack pointer the caller had at the call (the
 * callback's canonical frame address), which is the same at the entry and
 * at every exit of one activation. (On AArch64, clang 22's
 * __builtin_dwarf_cfa yields the callback's frame pointer instead; the two
 * callbacks have the same frame layout, so entry and exit still match.) */
static void rt_put_pc(u32 type, void *ra, void *cfa) {
  rt_put(RT_K_NONE, type, (u64)(uintptr_t)ra - 1, 0, 0, (u64)(uintptr_t)cfa, 0,
         0, NULL, 0);
}

RT_EXPORT void __sanitizer_cov_trace_pc_entry(void) {
  RT_RETURN_IF_OFF();
  rt_put_pc(SCDF_REC_PC_ENTRY, __builtin_return_address(0),
            __builtin_dwarf_cfa());
}

RT_EXPORT void __sanitizer_cov_trace_pc_exit(void) {
  RT_RETURN_IF_OFF();
  rt_put_pc(SCDF_REC_PC_EXIT, __builtin_return_address(0),
            __builtin_dwarf_cfa());
}

/* Where a function goes on after callees were left without their exits
 * (a catch, setjmp's second return): the same words, whose stack pointer
 * names the call that goes on. */
RT_EXPORT void __sanitizer_cov_trace_pc_resume(void) {
  RT_RETURN_IF_OFF();
  rt_put_pc(SCDF_REC_PC_RESUME, __builtin_return_address(0),
            __builtin_dwarf_cfa());
}

RT_FILE_END
