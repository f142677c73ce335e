/* SPDX-License-Identifier: (GPL-2.0 OR MIT) */
/*
 * sancov-dataflow ABI: shared by the compiler plugin's tests, the user-space
 * runtime, the Linux kernel runtime, dataflow-trace and dataflow-view.
 *
 *  1. The callbacks the instrumented code calls (ABI A, kernel RFC v2).
 *  2. One record as a runtime writes it (the kernel's final uapi framing).
 *  3. The trace file: a header, then tagged chunks (loaded modules, thread
 *     buffers of records).
 *  4. The ioctls of /sys/kernel/debug/kcov_dataflow.
 *
 * Everything is little-endian u64 words unless said otherwise. This header
 * is plain C89 plus <stdint.h> (or <linux/types.h> in the kernel) so every
 * consumer can include it.
 */
#ifndef SANCOV_DATAFLOW_ABI_H
#define SANCOV_DATAFLOW_ABI_H

#ifdef __KERNEL__
#include <linux/ioctl.h>
#include <linux/types.h>
typedef u64 scdf_u64;
typedef u32 scdf_u32;
typedef u16 scdf_u16;
typedef u8 scdf_u8;
#else
#include <stdint.h>
#ifdef __linux__
#include <linux/ioctl.h>
#endif
typedef uint64_t scdf_u64;
typedef uint32_t scdf_u32;
typedef uint16_t scdf_u16;
typedef uint8_t scdf_u8;
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ---- 1. Callbacks (ABI A) ------------------------------------------------
 *
 * pc:        address of the instrumented function.
 * arg_idx:   0-based source parameter index.
 * size:      bytes of the value at ptr (0: no value; void for ret).
 * ptr:       num_fields == 0: the value's bytes (read min(size, 8));
 *            num_fields  > 0: the object whose fields offsets[] describes.
 * offsets:   num_fields pairs {byte offset, byte size} (read min(size, 8)).
 */
void __sanitizer_cov_trace_args(scdf_u64 pc, scdf_u32 arg_idx,
                                scdf_u32 arg_size, void *arg_ptr,
                                scdf_u64 *offsets, scdf_u32 num_fields);
void __sanitizer_cov_trace_ret(scdf_u64 pc, scdf_u32 ret_size, void *ret_val,
                               scdf_u64 *offsets, scdf_u32 num_fields);

/* ---- 2. Records -----------------------------------------------------------
 *
 * word 0  header: bits  0..23 sequence number (per thread, wraps)
 *                 bits 24..27 zero (the RFC v2 draft kept nvals here)
 *                 bits 28..31 type (SCDF_REC_*)
 *                 bits 32..47 nvals: value words that follow word 2
 *                 bits 48..55 size, clamped to 255
 *                 bits 56..63 arg_idx, clamped to 255 (0 for RET)
 * word 1  pc as the callback got it: a runtime address (the trace file's
 *          module chunks give the load addresses to symbolise it)
 * word 2  the pointer the callback got (ENTRY/RET)
 * word 3.. nvals values: one for a scalar (num_fields == 0, size > 0), one
 *          per field otherwise, none when size == 0. A value is the first
 *          min(size, 8) bytes, zero-extended; SCDF_UNREADABLE when the
 *          memory could not be read.
 *          A scalar (num_fields == 0) with ptr == NULL has no value word
 *          (nvals 0: "no value", as for size 0). A struct (num_fields > 0)
 *          with ptr == NULL, an unreadable ptr or offsets == NULL still has
 *          num_fields value words, each SCDF_UNREADABLE, so field i is
 *          always word 3 + i. A field of size 0 reads as 0.
 *
 * Sequence numbers are consumed by records that were dropped (bounded
 * buffer full, callback reached from inside the runtime), so a gap in a
 * thread's sequence marks where records are missing.
 */
#define SCDF_REC_SEQ_MASK 0xffffffull
#define SCDF_REC_TYPE_SHIFT 28
#define SCDF_REC_TYPE_MASK 0xfull
#define SCDF_REC_NVALS_SHIFT 32
#define SCDF_REC_NVALS_MASK 0xffffull
#define SCDF_REC_SIZE_SHIFT 48
#define SCDF_REC_SIZE_MASK 0xffull
#define SCDF_REC_IDX_SHIFT 56
#define SCDF_REC_IDX_MASK 0xffull

#define SCDF_REC_CMP 0xCu
#define SCDF_REC_ENTRY 0xEu
#define SCDF_REC_RET 0xFu

#define SCDF_REC_HEADER_WORDS 3u
#define SCDF_RECORD_WORDS(nvals) (SCDF_REC_HEADER_WORDS + (nvals))
#define SCDF_MAX_FIELDS 0xffffu
#define SCDF_UNREADABLE 0xBADADD85ull

static inline scdf_u64 scdf_rec_header(scdf_u32 type, scdf_u32 seq,
                                       scdf_u32 nvals, scdf_u32 size,
                                       scdf_u32 idx) {
  return ((scdf_u64)seq & SCDF_REC_SEQ_MASK) |
         (((scdf_u64)type & SCDF_REC_TYPE_MASK) << SCDF_REC_TYPE_SHIFT) |
         (((scdf_u64)nvals & SCDF_REC_NVALS_MASK) << SCDF_REC_NVALS_SHIFT) |
         ((scdf_u64)(size > 255 ? 255 : size) << SCDF_REC_SIZE_SHIFT) |
         ((scdf_u64)(idx > 255 ? 255 : idx) << SCDF_REC_IDX_SHIFT);
}
#define SCDF_REC_SEQ(h) ((scdf_u32)((h) & SCDF_REC_SEQ_MASK))
#define SCDF_REC_TYPE(h)                                                      \
  ((scdf_u32)(((h) >> SCDF_REC_TYPE_SHIFT) & SCDF_REC_TYPE_MASK))
#define SCDF_REC_NVALS(h)                                                     \
  ((scdf_u32)(((h) >> SCDF_REC_NVALS_SHIFT) & SCDF_REC_NVALS_MASK))
#define SCDF_REC_SIZE(h)                                                      \
  ((scdf_u32)(((h) >> SCDF_REC_SIZE_SHIFT) & SCDF_REC_SIZE_MASK))
#define SCDF_REC_IDX(h)                                                       \
  ((scdf_u32)(((h) >> SCDF_REC_IDX_SHIFT) & SCDF_REC_IDX_MASK))

/* ---- 3. Trace file ---------------------------------------------------------
 *
 * struct scdf_file_header, then chunks until end of file. Each chunk is a
 * struct scdf_chunk followed by `size` payload bytes (a multiple of 8).
 * Readers skip chunk types they do not know.
 */
#define SCDF_FILE_MAGIC "SCDFTRC1" /* 8 bytes, no NUL */
#define SCDF_FILE_VERSION 1u

#define SCDF_FILE_KERNEL 0x1u      /* records come from the kernel */
#define SCDF_FILE_HAS_KASLR 0x2u   /* kaslr_offset is known */

struct scdf_file_header {
  char magic[8];
  scdf_u32 version;
  scdf_u32 header_size;  /* sizeof(struct scdf_file_header) */
  scdf_u16 machine;      /* ELF e_machine: 62 x86-64, 183 aarch64, ... */
  scdf_u8 pointer_size;  /* 8 */
  scdf_u8 little_endian; /* 1 */
  scdf_u32 flags;        /* SCDF_FILE_* */
  scdf_u64 pid;
  scdf_u64 kaslr_offset; /* kernel: runtime minus link-time text address */
};

#define SCDF_CHUNK_PAD 0u /* padding: skip; see below */
#define SCDF_CHUNK_MODULE 1u
#define SCDF_CHUNK_THREAD 2u

/* A writer that reserves file space before filling it (the user-space
 * runtime maps thread chunks from the file) leaves zero bytes if the
 * process dies in between. Zero bytes parse as SCDF_CHUNK_PAD chunks of
 * size 0 (16 bytes each); such a writer keeps every reservation a multiple
 * of 16 bytes so the zero run ends exactly where the next chunk starts. */

struct scdf_chunk {
  scdf_u32 type; /* SCDF_CHUNK_* */
  scdf_u32 reserved;
  scdf_u64 size; /* payload bytes after this struct, a multiple of 8 */
};

/* SCDF_CHUNK_MODULE: a loaded executable, shared object or kernel module.
 * Followed by path_len bytes of path (no NUL), padded to 8. */
#define SCDF_MODULE_MAIN 0x1u     /* the main executable or vmlinux */
#define SCDF_MODULE_KERNEL 0x2u   /* a kernel module (name, not a path) */
struct scdf_module {
  scdf_u64 base;  /* user space: load bias; vmlinux: runtime _text;
                     kernel module: runtime .text address */
  scdf_u64 size;  /* bytes of the mapping, 0 if unknown */
  scdf_u32 flags; /* SCDF_MODULE_* */
  scdf_u32 path_len;
  scdf_u8 build_id_len;
  scdf_u8 reserved[7];
  scdf_u8 build_id[32];
};

/* SCDF_CHUNK_THREAD: records of one thread (or kernel task), possibly one
 * of several chunks for the same thread, in order. Followed by `words` u64
 * record words; the chunk's size may be larger (space reserved but not
 * written when the program died). */
struct scdf_thread {
  scdf_u64 tid;
  scdf_u64 words;   /* record words that follow and are complete */
  scdf_u64 dropped; /* records of this thread lost while this chunk was its
                       current chunk (the sequence gaps show where) */
  scdf_u64 flags;   /* reserved, 0 */
};

/* ---- 4. Kernel interface: /sys/kernel/debug/kcov_dataflow -----------------
 *
 * INIT_TRACE takes the buffer size in u64 words; mmap that many words; word
 * 0 counts the record words written after it.
 */
#define KCOV_DF_INIT_TRACE _IOR('d', 1, unsigned long)
#define KCOV_DF_ENABLE _IO('d', 100)
#define KCOV_DF_DISABLE _IO('d', 101)
/* sancov-dataflow extension: records dropped because the buffer was full. */
#define KCOV_DF_GET_DROPPED _IOR('d', 2, scdf_u64)

#ifdef __cplusplus
}
#endif

#endif /* SANCOV_DATAFLOW_ABI_H */
