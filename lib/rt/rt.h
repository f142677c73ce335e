/*===- rt.h - sancov-dataflow user-space runtime internals ----------------===*
 *
 * Shared by the runtime's translation units only. The library is built with
 * -fvisibility=hidden: only the callbacks, the ABI marker and the guard byte
 * are visible outside an executable. See docs/RUNTIME.md for the design in
 * prose.
 *
 * The files form layers; each calls only the layers below it and owns its
 * state (file-static, read through the functions declared here):
 *
 *   rt_abi_<abi>.c        one ABI's callbacks: thin shims onto the writer
 *   rt_cmp.c              trace-cmp's callbacks (every ABI): CMP records
 *   rt_record.{h,c}       the record writer (hot path) and entry-exit
 *   rt_encode.{h,c}       compact records: deltas against a slot cache
 *   rt_main.c             process set-up (lazy and eager), fork, exit
 *   rt_thread.c           per-thread chunks: regions, drops, thread exit
 *   rt_file.c rt_modules.c rt_read.c
 *                         trace file; MODULE chunks; fault-tolerant reads
 *   rt_state.c rt_log.c rt_procfs.c
 *                         recording status, guard byte, fork generation and
 *                         lock; messages; /proc readers
 *
 *===----------------------------------------------------------------------===*/
#ifndef SANCOV_DATAFLOW_RT_H
#define SANCOV_DATAFLOW_RT_H

#include "sancov-dataflow/abi.h"

#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/* The runtime must never call back into itself. Each source file wraps its
 * functions in RT_FILE_BEGIN/RT_FILE_END so that clang marks them with the
 * attribute the plugin honours, even if someone builds the runtime with the
 * plugin in CFLAGS. */
/* _Pragma takes exactly one string literal: keep it on one line. */
// clang-format off
#if defined(__clang__)
#define RT_FILE_BEGIN _Pragma("clang attribute push(__attribute__((disable_sanitizer_instrumentation)), apply_to = function)")
#define RT_FILE_END _Pragma("clang attribute pop")
#else
#define RT_FILE_BEGIN
#define RT_FILE_END
#endif
// clang-format on

#define RT_LIKELY(x) __builtin_expect(!!(x), 1)
#define RT_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define RT_HIDDEN __attribute__((visibility("hidden")))
#define RT_EXPORT __attribute__((visibility("default")))
#define RT_NOINLINE __attribute__((noinline))
#define RT_INLINE static inline __attribute__((always_inline))
#define RT_TLS __thread __attribute__((tls_model("initial-exec")))

/* Internal symbols are global in the archive: give them a reserved prefix so
 * they cannot clash with the program's own names. Every function and object
 * declared below must have a line here. */
#define rt_abi_id __scdf_rt_abi_id
#define rt_cmp_anchor __scdf_rt_cmp_anchor
#define rt_cmp_v __scdf_rt_cmp_v
#define rt_count_drop __scdf_rt_count_drop
#define rt_encode_full __scdf_rt_encode_full
#define rt_fail __scdf_rt_fail
#define rt_file_append __scdf_rt_file_append
#define rt_file_configure __scdf_rt_file_configure
#define rt_file_forget_parent __scdf_rt_file_forget_parent
#define rt_file_map_chunk __scdf_rt_file_map_chunk
#define rt_file_open __scdf_rt_file_open
#define rt_file_path __scdf_rt_file_path
#define rt_file_release_tail __scdf_rt_file_release_tail
#define rt_flush_pending __scdf_rt_flush_pending
#define rt_lock __scdf_rt_lock
#define rt_modules_lookup __scdf_rt_modules_lookup
#define rt_modules_reset __scdf_rt_modules_reset
#define rt_modules_scan __scdf_rt_modules_scan
#define rt_msg __scdf_rt_msg
#define rt_next_gen __scdf_rt_next_gen
#define rt_packed_record __scdf_rt_packed_record
#define rt_pid __scdf_rt_pid
#define rt_proc __scdf_rt_proc
#define rt_process_ready __scdf_rt_process_ready
#define rt_procfs_environ __scdf_rt_procfs_environ
#define rt_procfs_find_mapping __scdf_rt_procfs_find_mapping
#define rt_procfs_start_brk __scdf_rt_procfs_start_brk
#define rt_read_fields_slow __scdf_rt_read_fields_slow
#define rt_read_init __scdf_rt_read_init
#define rt_record_fields __scdf_rt_record_fields
#define rt_record_finish __scdf_rt_record_finish
#define rt_record_miss __scdf_rt_record_miss
#define rt_record_slow __scdf_rt_record_slow
#define rt_set_active __scdf_rt_set_active
#define rt_set_cmp __scdf_rt_set_cmp
#define rt_set_off __scdf_rt_set_off
#define rt_set_pid __scdf_rt_set_pid
#define rt_slots_map __scdf_rt_slots_map
#define rt_slots_new_chunk __scdf_rt_slots_new_chunk
#define rt_slots_unmap __scdf_rt_slots_unmap
#define rt_stable __scdf_rt_stable
#define rt_table_fill __scdf_rt_table_fill
#define rt_state_init __scdf_rt_state_init
#define rt_status_v __scdf_rt_status_v
#define rt_thread_at_exit __scdf_rt_thread_at_exit
#define rt_thread_configure __scdf_rt_thread_configure
#define rt_thread_enter __scdf_rt_thread_enter
#define rt_thread_leave __scdf_rt_thread_leave
#define rt_thread_prepare __scdf_rt_thread_prepare
#define rt_tls __scdf_rt_tls
#define rt_unlock __scdf_rt_unlock
#define rt_vmsg __scdf_rt_vmsg

typedef scdf_u64 u64;
typedef scdf_u32 u32;
typedef scdf_u16 u16;

/* ---- rt_log.c: messages on stderr ----------------------------------------*/
RT_HIDDEN void rt_vmsg(const char *fmt, va_list ap);
RT_HIDDEN void rt_msg(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));

/* ---- rt_procfs.c: /proc readers (open/read only: no stdio, no malloc, so
 * they work before libc is set up and call nothing instrumented) --------*/
/* The value of NAME in /proc/self/environ (the kernel's copy of the initial
 * environment), copied into buf; NULL if absent or longer than cap - 1. */
RT_HIDDEN const char *rt_procfs_environ(const char *name, char *buf,
                                        size_t cap);
/* The /proc/self/maps mapping that contains addr. */
RT_HIDDEN int rt_procfs_find_mapping(uintptr_t addr, uintptr_t *lo,
                                     uintptr_t *hi);
/* Where the brk heap starts (0 if unknown). */
RT_HIDDEN uintptr_t rt_procfs_start_brk(void);

/* ---- rt_state.c: the process's recording status --------------------------*/
enum rt_status {
  RT_UNINIT = 0, /* not set up yet: the next record sets up */
  RT_ACTIVE,     /* recording (the guard byte is 1) */
  RT_STOPPED,    /* stopped after an error: lost records are counted */
  RT_OFF,        /* never recorded (SANCOV_DATAFLOW_OUT=, bad options, no
                    file): callbacks return at once */
};
/* Written only through the functions below; read inline by the callbacks,
 * which test it before anything else. */
RT_HIDDEN extern int rt_status_v;
RT_INLINE int rt_status(void) {
  return __atomic_load_n(&rt_status_v, __ATOMIC_ACQUIRE);
}
RT_HIDDEN void rt_set_active(void);
/* Also turns CMP records off. */
RT_HIDDEN void rt_set_off(void);

/* Whether trace-cmp's callbacks record (SANCOV_DATAFLOW_CMP=1 while
 * recording). Unknown until set-up, which decides it either way. */
enum rt_cmp_status { RT_CMP_UNKNOWN = 0, RT_CMP_ON, RT_CMP_OFF };
RT_HIDDEN extern int rt_cmp_v;
RT_HIDDEN void rt_set_cmp(int on);
/* Report an error that stops recording (ACTIVE -> STOPPED); only the first
 * one is printed. */
RT_HIDDEN void rt_fail(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));

/* Lives in one anonymous page marked MADV_WIPEONFORK: a child created by
 * any kind of fork (pthread_atfork handlers run or not) sees gen == 0 and
 * an unlocked lock, so the hot path notices the fork with one compare. */
struct rt_proc {
  u64 gen;  /* process generation; 0 = this process has not set up yet */
  int lock; /* protects the trace file's allocator and the module table */
};
/* Points to a static page until rt_state_init maps the real one. */
RT_HIDDEN extern struct rt_proc *rt_proc;
RT_INLINE u64 rt_gen(void) {
  return __atomic_load_n(&rt_proc->gen, __ATOMIC_ACQUIRE);
}
/* Map the wipe-on-fork page; 0 on failure (reported). */
RT_HIDDEN int rt_state_init(void);
/* Start a new generation (after set-up, and in a forked child). */
RT_HIDDEN void rt_next_gen(void);
/* A spin lock in the wipe-on-fork page; rare paths only. */
RT_HIDDEN void rt_lock(void);
RT_HIDDEN void rt_unlock(void);
/* The pid of this process as of its last set-up (fork updates it). */
RT_HIDDEN pid_t rt_pid(void);
RT_HIDDEN void rt_set_pid(pid_t pid);

/* ---- rt_file.c: the trace file -------------------------------------------*/
/* The ABI the archive's callbacks speak (SCDF_ABI_*), for the file header:
 * defined by rt_abi_<abi>.c, the only per-ABI object of an archive. */
RT_HIDDEN extern const u32 rt_abi_id;
/* Remember SANCOV_DATAFLOW_OUT; 0 if it is too long (reported). */
RT_HIDDEN int rt_file_configure(const char *pattern);
/* Open (and lock) the trace file, write the header; 0 on error (reported).
 * A forked child passes is_child: it starts at PATH.PID. */
RT_HIDDEN int rt_file_open(pid_t pid, int is_child);
RT_HIDDEN const char *rt_file_path(void);
/* With the lock held: append a, b and pad zero bytes as one write. */
RT_HIDDEN int rt_file_append(const void *a, size_t alen, const void *b,
                             size_t blen, size_t pad);
/* Reserve len bytes at the end of the file and map them MAP_SHARED.
 * Returns the reserved bytes (NULL once recording has stopped); *off is
 * their file offset, [*map, *map + *map_len) the mapping to unmap. */
RT_HIDDEN char *rt_file_map_chunk(u64 len, u64 *off, void **map,
                                  size_t *map_len);
/* Give back the disk blocks of the whole pages in [used_end, chunk_end). */
RT_HIDDEN void rt_file_release_tail(u64 used_end, u64 chunk_end);
/* In a forked child: the parent's file is not ours. */
RT_HIDDEN void rt_file_forget_parent(void);

/* ---- rt_modules.c: MODULE chunks -----------------------------------------*/
RT_HIDDEN void rt_modules_reset(void);
/* Add loaded objects not yet in the file (all of them if force). */
RT_HIDDEN void rt_modules_scan(int force);
RT_HIDDEN int rt_modules_lookup(uintptr_t pc, uintptr_t *lo, uintptr_t *len);

/* ---- rt_read.c: fault-tolerant reads of the program's memory -------------*/
/* A thread's stack, [lo, hi). The main thread's grows: is_main allows a
 * few re-reads of its mapping. */
struct rt_stack {
  uintptr_t lo;
  uintptr_t hi;
  int is_main;
  int refreshes;
};
/* The main program's readable segments and the brk heap's start. */
RT_HIDDEN void rt_read_init(void);
/* Tier 2: [lo, hi) lies in the main program's readable segments or in the
 * brk heap, so plain loads are safe. */
RT_HIDDEN int rt_stable(uintptr_t lo, uintptr_t hi);
/* Bytes read for field i of a table: all of them up to what its words
 * hold (wide: the record has SCDF_VALUE_WORDS of them per field, abi.h),
 * else at most the 8 of one word; and how many words that is. */
RT_INLINE u64 rt_field_size(const u64 *offs, u32 i, int wide) {
  u64 max = wide ? 8 * SCDF_MAX_VALUE_WORDS : 8;
  return offs[2 * i + 1] < max ? offs[2 * i + 1] : max;
}
RT_INLINE u32 rt_field_words(const u64 *offs, u32 i, int wide) {
  return wide ? SCDF_VALUE_WORDS(offs[2 * i + 1]) : 1;
}
/* The value words of the nf fields of the object at obj that offs
 * describes: SCDF_VALUE_WORDS of each when wide, else one (abi.h). */
RT_HIDDEN void rt_read_fields_slow(struct rt_stack *s, u64 *out, uintptr_t obj,
                                   const u64 *offs, u32 nf, int wide,
                                   uintptr_t frame);

/* ---- rt_thread.c: per-thread state and chunks ----------------------------*/
/* Region sizing (record words per thread chunk): start small so that
 * short-lived threads cost little file space, double up to a cap so that
 * busy threads rarely take the slow path. Always even, so every chunk is a
 * multiple of 16 bytes (see SCDF_CHUNK_PAD in abi.h). */
#define RT_REGION_MIN_WORDS 4096u
#define RT_REGION_MAX_WORDS (1u << 20)
#define RT_THREAD_HDR_BYTES                                                    \
  (sizeof(struct scdf_chunk) + sizeof(struct scdf_thread))

/* One entry of a thread's compact-record cache (rt_encode.h): the last
 * record written with this key in the current chunk. The cache is 2-way
 * set associative: slot 2 * set + way. 32 bytes, so a set fills one cache
 * line; what only FULL records and multi-value deltas need is apart, in
 * struct rt_slot_more. */
#define RT_SET_BITS 12
#define RT_SLOTS (2u << RT_SET_BITS)
struct rt_slot {
  u64 pc;
  u64 key; /* rt_slot_key | rt_thread.slot_tag: 0 is never a valid key */
  u64 ptr;
  u64 v0; /* value 0 */
};
struct rt_slot_more {
  u32 off;    /* values 1 ..: rt_thread.arena + off, cap words of room */
  u16 cap;
  u16 victim; /* way 0 only: the way the set's next FULL record takes */
};

/* What the record writer knows about one field table (rt_record.h): its
 * number of value words, the bytes [lo, hi) its fields span relative to
 * the object, and where each value word comes from. A direct-mapped cache
 * per thread, by the table's address; the plans live in an arena of the
 * thread's (rt_encode.c) that starts over, with an empty cache, when full. */
#define RT_TABLE_BITS 8
#define RT_TABLES (1u << RT_TABLE_BITS)
#define RT_PLAN_WORDS (1u << 14)
/* A value word: the object's bytes [off, off + 8), masked to the field's
 * bytes among them. Every word lies inside the table's [lo, hi). */
struct rt_word {
  u64 off;
  u64 mask;
};
struct rt_table {
  const u64 *offs;
  u32 nf; /* fields, at most SCDF_MAX_FIELDS */
  u32 nv;
  u64 lo;
  u64 hi;
  u64 last_off, last_size; /* offs' last pair, when the plan was made */
  struct rt_word *plan;    /* nv words */
};

/* Owned by rt_thread.c; the record writer reads and advances the first
 * members inline. Positions are bytes: the chunk holds compact records. */
struct rt_thread {
  unsigned char *pos;     /* next record byte in the mapped region */
  unsigned char *end;     /* end of the region (pos == end: full) */
  struct scdf_thread *th; /* this chunk's header, inside the mapping */
  unsigned char *base;    /* first record byte of the chunk */
  uintptr_t mod_lo;       /* one-entry cache: pc range of a known module */
  uintptr_t mod_len;
  struct rt_stack stack;
  u64 gen;           /* rt_proc->gen this state belongs to */
  u32 seq;           /* next sequence number (24 bits used) */
  u32 next_seq;      /* seq a delta record may have (previous written + 1) */
  u64 slot_tag;      /* the current chunk's generation, in bits 32..63 */
  struct rt_slot *slots; /* rt_encode.c's mapping; NULL until the first
                            record */
  struct rt_slot_more *more;
  struct rt_table *tables;
  struct rt_word *plans; /* RT_PLAN_WORDS; the tables' plans */
  u32 plans_used;
  u64 *arena;            /* the slots' values 1 .. */
  u64 *stage;            /* a record's values, SCDF_MAX_FIELDS words */
  u32 arena_used;
  volatile int busy; /* inside the runtime: nested callbacks record nothing */
  u64 pending_drops; /* drops seen while busy, folded in afterwards */
  int full;          /* bounded mode: buffer exhausted, drop everything */
  /* Only rt_thread.c looks at the rest. */
  void *map; /* the region mapping (page aligned) */
  size_t map_len;
  u64 file_off;   /* where this chunk starts in the file */
  u64 next_words; /* size of the next region */
  u64 budget;     /* bounded mode: words this thread may still use */
  int registered; /* thread-exit destructor armed */
  u64 tid;
};
RT_HIDDEN extern RT_TLS struct rt_thread rt_tls;

/* Set-up: SANCOV_DATAFLOW_BUFFER (0: unbounded) and the exit destructor. */
RT_HIDDEN void rt_thread_configure(u64 buffer_words);
/* Recording is active: make this thread's state current and find room for
 * a record of need bytes from pc. 0: the record is dropped (counted). */
RT_HIDDEN int rt_thread_prepare(struct rt_thread *t, u64 pc, u64 need);
RT_HIDDEN void rt_count_drop(struct rt_thread *t, u64 n);
RT_HIDDEN void rt_flush_pending(struct rt_thread *t);
/* Runtime work outside a record (constructor, exit handler): callbacks it
 * triggers record nothing. leave() takes what enter() returned. */
RT_HIDDEN int rt_thread_enter(void);
RT_HIDDEN void rt_thread_leave(int was_busy);
/* Exit handler: fold pending drops, report losses counted nowhere. */
RT_HIDDEN void rt_thread_at_exit(void);

/* ---- rt_encode.c: compact records ---------------------------------------*/
/* Map (0: failed) and unmap the thread's slot cache. */
RT_HIDDEN int rt_slots_map(struct rt_thread *t);
RT_HIDDEN void rt_slots_unmap(struct rt_thread *t);
/* A new chunk: every slot is empty again. */
RT_HIDDEN void rt_slots_new_chunk(struct rt_thread *t);
/* Writes a FULL record at t->pos in a slot of `set` (key: rt_slot_key,
 * nv: the exact number of values) and makes it the slot's content;
 * returns the record's end. */
RT_HIDDEN unsigned char *rt_encode_full(struct rt_thread *t, u32 set, u32 seq,
                                        u64 pc, u64 key_nv, u64 ptr,
                                        const u64 *vals);

/* ---- rt_main.c: process set-up -------------------------------------------*/
/* Set the process up if nobody has (any thread, any time), start a child's
 * own file after fork; returns rt_status(). */
RT_HIDDEN int rt_process_ready(void);

/* ---- rt_cmp.c: trace-cmp's callbacks -------------------------------------*/
/* Defined next to the callbacks and referenced by rt_main.c, so that every
 * link takes them: clang's driver, given -fsanitize-coverage at the link,
 * adds a runtime with weak trace-cmp hooks that record nothing, and an
 * archive member that nothing else needs would lose to them silently. */
RT_HIDDEN extern const char rt_cmp_anchor;

/* ---- rt_record.c: the record writer (rt_record.h has the hot path) -------*/
/* The general path: any record, any memory, set-up, new regions, drops.
 * desc packs the rest of the record (rt_desc in rt_record.h). */
RT_HIDDEN void rt_record_slow(u64 desc, u64 pc, u64 w2, u64 v, const u64 *offs,
                              u32 nf);
/* The fast path's record whose slot missed (or which follows a gap), its
 * values read: v0, or the staging area for fields and pairs. seq is
 * taken; writes a FULL record, then leaves the runtime. */
RT_HIDDEN void rt_record_miss(u64 desc, u64 pc, u64 w2, u64 v0, u32 seq,
                              u32 nv);
/* Fold the drops counted while busy, then leave the runtime. */
RT_HIDDEN void rt_record_finish(struct rt_thread *t);
/* Fills tb, a table cache entry of t, with the facts and the plan of the
 * table at offs (nf fields); NULL when the general path must read it. */
RT_HIDDEN struct rt_table *rt_table_fill(struct rt_thread *t,
                                         struct rt_table *tb, const u64 *offs,
                                         u32 nf);
/* A record with a field table (out of line: the field loop's registers
 * would make the scalar path save and restore registers). */
RT_HIDDEN void rt_record_fields(u64 desc, u64 pc, u64 obj, const u64 *offs,
                                u32 nf);

#endif /* SANCOV_DATAFLOW_RT_H */
