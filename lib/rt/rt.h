/*===- rt.h - sancov-dataflow user-space runtime internals ----------------===*
 *
 * Shared by the runtime's translation units only; nothing here is exported
 * (the library is built with -fvisibility=hidden, only the two callbacks
 * are visible). See docs/RUNTIME.md for the design in prose.
 *
 *===----------------------------------------------------------------------===*/
#ifndef SANCOV_DATAFLOW_RT_H
#define SANCOV_DATAFLOW_RT_H

#include "sancov-dataflow/abi.h"

#include <limits.h>
#include <pthread.h>
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
#define RT_NOINLINE __attribute__((noinline))
#define RT_TLS __thread __attribute__((tls_model("initial-exec")))

/* Internal symbols are global in the archive: give them a reserved prefix so
 * they cannot clash with the program's own names. */
#define rt_after_fork __scdf_rt_after_fork
#define rt_count_drop __scdf_rt_count_drop
#define rt_disable __scdf_rt_disable
#define rt_exe_ranges_init __scdf_rt_exe_ranges_init
#define rt_fail __scdf_rt_fail
#define rt_file_append __scdf_rt_file_append
#define rt_file_fd_ok __scdf_rt_file_fd_ok
#define rt_file_forget_parent __scdf_rt_file_forget_parent
#define rt_file_open __scdf_rt_file_open
#define rt_file_reserve __scdf_rt_file_reserve
#define rt_find_mapping __scdf_rt_find_mapping
#define rt_flush_pending __scdf_rt_flush_pending
#define rt_g __scdf_rt_g
#define rt_init_once __scdf_rt_init_once
#define rt_lock __scdf_rt_lock
#define rt_modules_lookup __scdf_rt_modules_lookup
#define rt_modules_reset __scdf_rt_modules_reset
#define rt_modules_scan __scdf_rt_modules_scan
#define rt_msg __scdf_rt_msg
#define rt_note_uncounted __scdf_rt_note_uncounted
#define rt_proc __scdf_rt_proc
#define rt_read_fields_slow __scdf_rt_read_fields_slow
#define rt_read_scalar_slow __scdf_rt_read_scalar_slow
#define rt_read_start_brk __scdf_rt_read_start_brk
#define rt_slow __scdf_rt_slow
#define rt_thread_exit __scdf_rt_thread_exit
#define rt_tls __scdf_rt_tls
#define rt_unlock __scdf_rt_unlock

typedef scdf_u64 u64;
typedef scdf_u32 u32;

/* Region sizing (record words per thread chunk): start small so that
 * short-lived threads cost little file space, double up to a cap so that
 * busy threads rarely take the slow path. Always even, so every chunk is a
 * multiple of 16 bytes (see SCDF_CHUNK_PAD in abi.h). */
#define RT_REGION_MIN_WORDS 4096u
#define RT_REGION_MAX_WORDS (1u << 20)
#define RT_THREAD_HDR_BYTES                                                    \
  (sizeof(struct scdf_chunk) + sizeof(struct scdf_thread))

enum rt_status { RT_UNINIT = 0, RT_ACTIVE = 1, RT_DISABLED = 2 };

/* Lives in one anonymous page marked MADV_WIPEONFORK: a child created by
 * any kind of fork (pthread_atfork handlers run or not) sees gen == 0 and
 * an unlocked lock, so the hot path notices the fork with one compare. */
struct rt_proc {
  u64 gen;  /* process generation; 0 = this process has not set up yet */
  int lock; /* protects the output file's allocator and the module table */
};

/* Per-thread state. The first members are the ones the hot path touches. */
struct rt_thread {
  u64 *pos;               /* next record word in the mapped region */
  u64 *end;               /* end of the region (pos == end: full) */
  struct scdf_thread *th; /* this chunk's header, inside the mapping */
  u64 *base;              /* first record word of the chunk */
  uintptr_t mod_lo;       /* one-entry cache: pc range of a known module */
  uintptr_t mod_len;
  uintptr_t stack_lo; /* this thread's stack: [lo, hi) */
  uintptr_t stack_hi;
  u64 gen;           /* rt_proc->gen this state belongs to */
  u32 seq;           /* next sequence number (24 bits used) */
  volatile int busy; /* inside the runtime: nested callbacks record nothing */
  u64 pending_drops; /* drops seen while busy, folded in afterwards */
  u64 unrecorded;    /* drops with no chunk to count them in */
  void *map;         /* the region mapping (page aligned) */
  size_t map_len;
  u64 file_off;   /* where this chunk starts in the file */
  u64 next_words; /* size of the next region */
  u64 budget;     /* bounded mode: record words this thread may still use */
  int full;       /* bounded mode: buffer exhausted, drop everything */
  int registered; /* thread-exit destructor armed */
  int is_main;
  int stack_refreshes;
  u64 tid;
};

struct rt_global {
  int status; /* enum rt_status, accessed atomically */
  int init_state;
  pid_t init_pid;
  pid_t pid;
  int fd;
  dev_t dev;
  ino_t ino;
  u64 file_end; /* next free byte of the trace file (under rt_proc->lock) */
  int no_fallocate;
  u64 gen_counter;
  u64 buffer_words; /* 0: unbounded */
  int pattern_has_pid;
  int out_default;
  int off_by_user; /* SANCOV_DATAFLOW_OUT set to the empty string */
  int had_file;    /* this process had a trace file (losses are counted) */
  int is_child;
  pthread_key_t key;
  int key_ok;
  int pvr_broken; /* process_vm_readv unavailable */
  uintptr_t brk_start;
  uintptr_t exe_ranges[8][2]; /* readable segments of the main program */
  int exe_nranges;
  char pattern[PATH_MAX];
  char path[PATH_MAX + 32];
  char abspath[PATH_MAX + 32]; /* to reopen after the program chdir'ed */
};

RT_HIDDEN extern struct rt_global rt_g;
RT_HIDDEN extern struct rt_proc *rt_proc;
RT_HIDDEN extern RT_TLS struct rt_thread rt_tls;

/* rt_main.c */
RT_HIDDEN void rt_init_once(void);
RT_HIDDEN void rt_lock(void);
RT_HIDDEN void rt_unlock(void);
RT_HIDDEN void rt_disable(void);
RT_HIDDEN void rt_after_fork(void);
RT_HIDDEN void rt_note_uncounted(u64 n);
RT_HIDDEN void rt_msg(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));
/* Report an error that stops recording; only the first one is printed. */
RT_HIDDEN void rt_fail(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));

/* rt_file.c */
RT_HIDDEN int rt_file_open(void);
RT_HIDDEN int rt_file_append(const void *a, size_t alen, const void *b,
                             size_t blen, size_t pad);
RT_HIDDEN int rt_file_reserve(u64 len, u64 *off);
RT_HIDDEN int rt_file_fd_ok(void);
RT_HIDDEN void rt_file_forget_parent(void);

/* rt_modules.c */
RT_HIDDEN void rt_modules_reset(void);
RT_HIDDEN void rt_modules_scan(int force);
RT_HIDDEN int rt_modules_lookup(uintptr_t pc, uintptr_t *lo, uintptr_t *len);
RT_HIDDEN void rt_exe_ranges_init(void);

/* rt_thread.c */
RT_HIDDEN int rt_slow(struct rt_thread *t, u64 pc, u64 need);
RT_HIDDEN void rt_count_drop(struct rt_thread *t, u64 n);
RT_HIDDEN void rt_flush_pending(struct rt_thread *t);
RT_HIDDEN void rt_thread_exit(void *arg);

/* rt_read.c */
RT_HIDDEN u64 rt_read_scalar_slow(struct rt_thread *t, uintptr_t a, unsigned n,
                                  uintptr_t frame);
RT_HIDDEN int rt_stable(uintptr_t lo, uintptr_t hi);
RT_HIDDEN int rt_find_mapping(uintptr_t addr, uintptr_t *lo, uintptr_t *hi);
RT_HIDDEN uintptr_t rt_read_start_brk(void);
RT_HIDDEN void rt_read_fields_slow(struct rt_thread *t, u64 *out, uintptr_t obj,
                                   const u64 *offs, u32 nf, uintptr_t frame);

#endif /* SANCOV_DATAFLOW_RT_H */
