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
 * is plain C99 plus <stdint.h> (or <linux/types.h> in the kernel) so every
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

/* ---- 1. Callbacks ----------------------------------------------------------
 *
 * The plugin speaks one callback ABI per build, chosen by its `abi=` option
 * (docs/ABI.md). The generations share the callback names, so their
 * prototypes differ; a runtime provides exactly one, selected here by
 * SCDF_ABI (default SCDF_ABI_KCOV_V2).
 *
 * ABI A, abi=kcov-v2 (the kernel RFC v2 consumer):
 *   pc:        address of the instrumented function.
 *   arg_idx:   0-based source parameter index.
 *   size:      bytes of the value at ptr (0: no value; void for ret).
 *   ptr:       num_fields == 0: the value's bytes (the RFC's consumer reads
 *              min(size, 8), ours up to 64: section 2);
 *              num_fields  > 0: the object whose fields offsets[] describes.
 *   offsets:   num_fields pairs {byte offset, byte size} (read as above).
 *
 * The value ABIs B (abi=value-pc), C (abi=value) and D (abi=tag) pass
 * values, never the address of a copy:
 *   size == 0:  nothing to report (optimised out; void for ret).
 *   no table:   val holds the value's low min(size, 8) bytes, zero-extended.
 *               A value wider than 8 bytes held in registers (__int128,
 *               long double, a small struct) comes as ceil(size / 8)
 *               consecutive calls with the same index and the same size,
 *               the k-th carrying bytes [8k, 8k + 8).
 *   table:      val is the address of a size-byte object (a pointer to a
 *               struct, a struct passed or returned in memory) and the
 *               table describes its fields.
 * B: pc as in A. C and D: no pc; the callee's identity is its own return
 * address minus one, a call site inside the instrumented function or inside
 * an inlined callee (C reports inlined frames; DWARF inline info names
 * them). D: tag = (arg_idx << 32) | size, arg_idx the source parameter
 * index; offsets == NULL means no table, else offsets[0] = N pairs follow.
 *
 * ABI E (abi=packed, ours) carries B's records in fewer calls: one call
 * per group of up to SCDF_PACKED_SLOTS values, each value word as B's val,
 * and a constant descriptor in the sixth register holding what B passes as
 * constants (pc, index, size, table). A function's parameters are one call
 * (more only past five values), each return one call. Slot i of the
 * descriptor describes value v<i>; values past num_slots are undefined. The
 * callback follows clang's preserve_most: on x86-64 it keeps every
 * general-purpose register but r11, so the instrumented code keeps its
 * arguments in their registers across the call (no spill, no move for most
 * parameters); on AArch64 it keeps x9-x15 and x19-x28, not the argument
 * registers x0-x8.
 */
#define SCDF_ABI_KCOV_V2 0
#define SCDF_ABI_VALUE_PC 1
#define SCDF_ABI_VALUE 2
#define SCDF_ABI_TAG 3
#define SCDF_ABI_PACKED 4

/* ABI E's descriptor: B's constant operands of up to SCDF_PACKED_SLOTS
 * records. */
#define SCDF_PACKED_SLOTS 5
/* scdf_packed_desc.flags: the slots are the return value's (arg_idx 0). */
#define SCDF_PACKED_RET 1u
struct scdf_packed_slot {
  scdf_u32 arg_idx;
  scdf_u32 size;
  scdf_u32 num_fields;
  scdf_u32 reserved;
  const scdf_u64 *offsets;
};
struct scdf_packed_desc {
  scdf_u64 pc;
  scdf_u32 flags;
  scdf_u32 num_slots;
  struct scdf_packed_slot slots[];
};

#ifndef SCDF_ABI
#define SCDF_ABI SCDF_ABI_KCOV_V2
#endif

#if SCDF_ABI == SCDF_ABI_KCOV_V2
void __sanitizer_cov_trace_args(scdf_u64 pc, scdf_u32 arg_idx,
                                scdf_u32 arg_size, void *arg_ptr,
                                scdf_u64 *offsets, scdf_u32 num_fields);
void __sanitizer_cov_trace_ret(scdf_u64 pc, scdf_u32 ret_size, void *ret_val,
                               scdf_u64 *offsets, scdf_u32 num_fields);
#elif SCDF_ABI == SCDF_ABI_VALUE_PC
void __sanitizer_cov_trace_args(scdf_u64 pc, scdf_u32 arg_idx, scdf_u32 size,
                                scdf_u64 val, scdf_u64 *offsets,
                                scdf_u32 num_fields);
void __sanitizer_cov_trace_ret(scdf_u64 pc, scdf_u32 size, scdf_u64 val,
                               scdf_u64 *offsets, scdf_u32 num_fields);
#elif SCDF_ABI == SCDF_ABI_VALUE
void __sanitizer_cov_trace_args(scdf_u32 arg_idx, scdf_u32 size, scdf_u64 val,
                                scdf_u64 *offsets, scdf_u32 num_fields);
void __sanitizer_cov_trace_ret(scdf_u32 size, scdf_u64 val, scdf_u64 *offsets,
                               scdf_u32 num_fields);
#elif SCDF_ABI == SCDF_ABI_TAG
void __sanitizer_cov_trace_args(scdf_u64 tag, scdf_u64 val,
                                const scdf_u64 *offsets);
void __sanitizer_cov_trace_ret(scdf_u64 size, scdf_u64 val,
                               const scdf_u64 *offsets);
#elif SCDF_ABI == SCDF_ABI_PACKED
/* The runtime implements it with clang's preserve_most (or, where the
 * compiler has no such convention, in assembly that saves the registers). */
#if defined(__clang__) && (defined(__x86_64__) || defined(__aarch64__))
#define SCDF_PACKED_CC __attribute__((preserve_most))
#else
#define SCDF_PACKED_CC
#endif
SCDF_PACKED_CC void __sanitizer_cov_trace_packed(scdf_u64 v0, scdf_u64 v1, scdf_u64 v2,
                                  scdf_u64 v3, scdf_u64 v4,
                                  const struct scdf_packed_desc *desc);
#endif

/* `entry-exit` (LLVM 23's trace-pc-entry-exit, any ABI): called at every
 * function entry and before every return; the runtime takes the caller's
 * pc itself. Our extension, _resume: called where a function goes on after
 * callees were left without their exit calls (after a catching landing
 * pad, after setjmp returns); never emitted for the kernel, whose code has
 * neither. */
void __sanitizer_cov_trace_pc_entry(void);
void __sanitizer_cov_trace_pc_exit(void);
void __sanitizer_cov_trace_pc_resume(void);

/* clang's -fsanitize-coverage=trace-cmp callbacks, which the runtimes turn
 * into CMP records (section 2): operands of 1, 2, 4 and 8 bytes; const_
 * when the first operand is a compile-time constant; a switch passes
 * cases[0] = number of cases, cases[1] = bits of val, then the constants.
 * The kernel declares them itself (<linux/kcov.h>). */
#ifndef __KERNEL__
void __sanitizer_cov_trace_cmp1(scdf_u8 arg1, scdf_u8 arg2);
void __sanitizer_cov_trace_cmp2(scdf_u16 arg1, scdf_u16 arg2);
void __sanitizer_cov_trace_cmp4(scdf_u32 arg1, scdf_u32 arg2);
void __sanitizer_cov_trace_cmp8(scdf_u64 arg1, scdf_u64 arg2);
void __sanitizer_cov_trace_const_cmp1(scdf_u8 arg1, scdf_u8 arg2);
void __sanitizer_cov_trace_const_cmp2(scdf_u16 arg1, scdf_u16 arg2);
void __sanitizer_cov_trace_const_cmp4(scdf_u32 arg1, scdf_u32 arg2);
void __sanitizer_cov_trace_const_cmp8(scdf_u64 arg1, scdf_u64 arg2);
void __sanitizer_cov_trace_switch(scdf_u64 val, scdf_u64 *cases);
#endif

/* Every object the plugin instruments for user space references the marker
 * of its ABI, which only a runtime of that ABI defines: objects of another
 * ABI than the runtime's fail to link ("undefined reference to
 * __sancov_dataflow_abi_value"). Kernel builds get no marker. */
#define SCDF_ABI_MARKER_KCOV_V2 __sancov_dataflow_abi_kcov_v2
#define SCDF_ABI_MARKER_VALUE_PC __sancov_dataflow_abi_value_pc
#define SCDF_ABI_MARKER_VALUE __sancov_dataflow_abi_value
#define SCDF_ABI_MARKER_TAG __sancov_dataflow_abi_tag
#define SCDF_ABI_MARKER_PACKED __sancov_dataflow_abi_packed

/* `guard`: instrumented functions load this byte once at entry and skip
 * every callback (and ABI A's stores) of that call while it is zero. The
 * runtime that defines it keeps it non-zero while anything records (the
 * kernel runtime, module or built in, exports it and keeps it set while
 * any task is enabled). */
extern volatile scdf_u8 __sancov_dataflow_guard;

/* ---- 2. Records -----------------------------------------------------------
 *
 * word 0  header: bits  0..23 sequence number (per thread, wraps)
 *                 bits 24..27 zero (the RFC v2 draft kept nvals here)
 *                 bits 28..31 type (SCDF_REC_*)
 *                 bits 32..47 nvals: value words that follow word 2
 *                 bits 48..55 size, clamped to 255
 *                 bits 56..63 arg_idx, clamped to 255 (0 for RET)
 * word 1  pc as the callback got it (ABI A, B): a runtime address (the
 *          trace file's module chunks give the load addresses to symbolise
 *          it); ABI C, D and PC_ENTRY/EXIT/RESUME: the callback's return
 *          address minus one, a call site in the instrumented function or
 *          in a callee inlined into it
 * word 2  the pointer the callback got (ENTRY/RET of ABI A; the object
 *          address of a value ABI's table form, else 0); PC_ENTRY/PC_EXIT/
 *          PC_RESUME: the stack pointer at the callback (equal for the
 *          entry, the exits and the resumes of one call, which lets a
 *          reader close frames a longjmp or an exception left)
 * word 3.. nvals values: those of a scalar (num_fields == 0, size > 0),
 *          those of each field in table order otherwise, none when size
 *          == 0. A value of s bytes is SCDF_VALUE_WORDS(s) words holding
 *          its first 8 * that many bytes, little-endian, zero-extended;
 *          a word that could not be read is SCDF_UNREADABLE. The RFC's
 *          runtimes (and traces older than this rule) write one word per
 *          value, its first min(s, 8) bytes; a reader tells the layouts
 *          apart by nvals alone: the number of values, or the sum of
 *          SCDF_VALUE_WORDS over their sizes (the same when every value
 *          is at most 8 bytes). A record whose sum would exceed
 *          SCDF_MAX_FIELDS is written one word per value.
 *          A scalar (num_fields == 0) with ptr == NULL has no value word
 *          (nvals 0: "no value", as for size 0). A struct (num_fields > 0)
 *          with ptr == NULL or an unreadable ptr still has all its value
 *          words, each SCDF_UNREADABLE (offsets == NULL: num_fields of
 *          them), so a field's words are always where the table puts
 *          them. A field of size 0 reads as 0.
 *          Value ABIs: a scalar call's record has one value word, val; a
 *          value wider than 8 bytes is as many consecutive records as it
 *          took calls.
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

#define SCDF_REC_PC_RESUME 0x9u /* entry-exit: a function goes on, the
                                 * frames above it are gone */
#define SCDF_REC_PC_ENTRY 0xAu /* entry-exit: a function was entered */
#define SCDF_REC_PC_EXIT 0xBu  /* entry-exit: a function returns */
#define SCDF_REC_CMP 0xCu
#define SCDF_REC_REMOTE 0xDu   /* remote: a worker's records follow */
#define SCDF_REC_ENTRY 0xEu
#define SCDF_REC_RET 0xFu

/* CMP (code built with -fsanitize-coverage=trace-cmp, recording asked for
 * with KCOV_DF_ENABLE_CMP or SANCOV_DATAFLOW_CMP=1): word 1 the call site
 * (the callback's return address minus one), word 2 the comparison's type
 * as KCOV encodes it, nvals 2: the two operands, zero-extended, in the
 * order the compiler passed them; size the operands' bytes. A `switch`
 * is one record per case: (case constant, value), type constant. */
#define SCDF_CMP_CONST 1u                      /* operand 1 is a constant */
#define SCDF_CMP_SIZE(log2_bytes) ((log2_bytes) << 1) /* 0: 1 byte .. 3: 8 */

/* REMOTE (kernel): the first record of a worker session, work a kernel
 * thread or a softirq did under a remote handle of the trace's task
 * (KCOV_DF_REMOTE_ENABLE). word 1 the handle, word 2 the worker's pid (0 in
 * a softirq); nvals 4: the worker's comm (16 bytes, NUL-padded, two
 * words), the CPU, and the number of record words of the session that
 * follow this record. */
#define SCDF_REMOTE_VALS 4u

#define SCDF_REC_HEADER_WORDS 3u
#define SCDF_RECORD_WORDS(nvals) (SCDF_REC_HEADER_WORDS + (nvals))
#define SCDF_MAX_FIELDS 0xffffu
#define SCDF_UNREADABLE 0xBADADD85ull
/* A value is recorded whole up to this many words (64 bytes); a longer one
 * (an array member, a nested struct) keeps its first 64 bytes. */
#define SCDF_MAX_VALUE_WORDS 8u
#define SCDF_VALUE_WORDS(s)                                                   \
  ((s) <= 8 ? 1u                                                              \
   : (s) >= 8 * SCDF_MAX_VALUE_WORDS ? SCDF_MAX_VALUE_WORDS                   \
                                     : (scdf_u32)(((s) + 7) / 8))

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
/* bits 8..11: the callback ABI the records came from (SCDF_ABI_*). */
#define SCDF_FILE_ABI_SHIFT 8
#define SCDF_FILE_ABI_MASK 0xfu

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
/* Kernel traces: the KASLR offset is best taken from the vmlinux module
 * chunk, whose base is the runtime address of a text symbol: the offset is
 * that base minus the symbol's address in vmlinux's symbol table. The
 * header's kaslr_offset (SCDF_FILE_HAS_KASLR) is the recorder's own guess
 * from a link address it assumes (x86-64 only): the fallback for a vmlinux
 * without the symbol, and what viewers older than this rule read. */

#define SCDF_CHUNK_PAD 0u /* padding: skip; see below */
#define SCDF_CHUNK_MODULE 1u
#define SCDF_CHUNK_THREAD 2u
#define SCDF_CHUNK_THREAD_COMPACT 3u /* user space; see below */
#define SCDF_CHUNK_SECTIONS 4u /* kernel module sections; see below */

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
/* vmlinux: base is the runtime _stext, not _text. arm64's kallsyms has no
 * _text (it lies before _stext, outside what kallsyms lists). Traces
 * without the flag mean _text, as they always did. */
#define SCDF_MODULE_STEXT 0x4u
struct scdf_module {
  scdf_u64 base;  /* user space: load bias; vmlinux: runtime _text (or
                     _stext, SCDF_MODULE_STEXT), 0 if unknown; kernel
                     module: runtime .text address */
  scdf_u64 size;  /* bytes of the mapping, 0 if unknown */
  scdf_u32 flags; /* SCDF_MODULE_* */
  scdf_u32 path_len;
  scdf_u8 build_id_len;
  scdf_u8 reserved[7];
  scdf_u8 build_id[32];
};

/* SCDF_CHUNK_SECTIONS: where the kernel loaded the code sections of the
 * kernel module whose SCDF_CHUNK_MODULE chunk comes right before it (any
 * other chunk before it: the chunk is ignored). A module places code
 * outside .text: cold functions in .text.unlikely, __init ones in
 * .init.text, __exit ones in .exit.text; the kernel loads each section on
 * its own. The payload is entries until its end, each a struct
 * scdf_section followed by name_len bytes of the section's name (no NUL),
 * padded to 8. The module chunk's base stays the .text address, so a
 * reader that skips this chunk type (all before it) names .text as it
 * always did; no version change was needed. The recorder lists the
 * sections /sys/module/NAME/sections/ shows whose name is .text, begins
 * with ".text." or ends with ".text", read before the command starts and
 * again after it ends: .init.text only exists while the module's init
 * runs, so a module the command itself loads has its init code named only
 * if the kernel still shows the section when the command has exited. */
struct scdf_section {
  scdf_u64 addr; /* runtime address of the section's first byte */
  scdf_u32 name_len;
  scdf_u32 reserved;
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
  scdf_u64 flags;   /* SCDF_THREAD_* */
};
/* The chunk holds one remote worker session: its records begin with the
 * SCDF_REC_REMOTE record; tid is the worker's pid (0: a softirq). */
#define SCDF_THREAD_REMOTE 0x1u

/* SCDF_CHUNK_THREAD_COMPACT: the same records, encoded against the
 * thread's earlier records (the user-space runtime writes these; the
 * kernel's buffers keep the word format). The payload is struct
 * scdf_thread, whose `words` counts BYTES of complete compact records
 * here, then those bytes, unaligned, little-endian. Each record starts
 * with a 16-bit lead:
 *
 *   bit  0     FULL: the record follows as a framed record (section 2:
 *              header word, pc, pointer, nvals values), and it becomes
 *              the content of `slot`.
 *   bit  1     DELTA: the pointer (word 2) changed.
 *   bit  2     DELTA: value 0 changed (0 when the slot has no values).
 *   bits 3..15 slot, 0 .. SCDF_CREC_SLOTS - 1.
 *
 * A delta record (FULL clear) repeats the record last held by `slot` in
 * this chunk: same type, pc, arg_idx, size and nvals; its sequence number
 * is that of the chunk's previous record plus one (mod 2^24). When nvals
 * > 1 the lead is followed by ceil((nvals - 1) / 8) bitmap bytes, bit k
 * (of byte k / 8, least significant first) set when value k + 1 changed.
 * Then, for each changed word in the order pointer, value 0, value 1, ...:
 * the difference new - old (mod 2^64), zigzag-mapped ((d << 1) ^ (d >> 63),
 * arithmetic shift) and written as an unsigned LEB128 varint of at most 10
 * bytes. The decoded record becomes the slot's content.
 *
 * A delta record refers to a slot a FULL record of the same chunk filled,
 * whose nvals is at most SCDF_CREC_DELTA_MAX_VALS; anything else is
 * corrupt. Every chunk thus decodes on its own, and a writer sends a FULL
 * record whenever its sequence number does not follow the previous one's
 * (records were dropped), so the gaps stay where the word format has them.
 *
 * A CMP record is no exception: its slot is its call site's (word 2, the
 * comparison type, is the pointer word and rarely changes; the operands
 * are values 0 and 1, one bitmap byte), so a comparison the call site made
 * before costs a few bytes and decodes to the exact operands. The flags of
 * a compact chunk are 0: remote sessions come from the kernel, in words.
 */
#define SCDF_CREC_LEAD_BYTES 2u
#define SCDF_CREC_FULL 0x1u
#define SCDF_CREC_PTR_CHANGED 0x2u
#define SCDF_CREC_VAL0_CHANGED 0x4u
#define SCDF_CREC_SLOT_SHIFT 3
#define SCDF_CREC_SLOTS 8192u
#define SCDF_CREC_DELTA_MAX_VALS 255u
#define SCDF_CREC_VARINT_MAX 10u

/* ---- 4. Kernel interface: /sys/kernel/debug/kcov_dataflow -----------------
 *
 * INIT_TRACE takes the buffer size in u64 words; mmap that many words; word
 * 0 counts the record words written after it.
 */
#define KCOV_DF_INIT_TRACE _IOR('d', 1, unsigned long)
#define KCOV_DF_ENABLE _IO('d', 100)
#define KCOV_DF_DISABLE _IO('d', 101)
/* ENABLE's argument: 0 records everything the task does from now on;
 * these bits narrow or widen it (any other bit: EINVAL).
 *   AFTER_EXEC: nothing until the task's next execve() has completed (the
 *               recorder enables, then execs the command);
 *   UNTIL_EXIT: nothing once the task has begun to exit (PF_EXITING);
 *   CMP:        also CMP records from code built with trace-cmp. */
#define KCOV_DF_ENABLE_AFTER_EXEC 0x1u
#define KCOV_DF_ENABLE_UNTIL_EXIT 0x2u
#define KCOV_DF_ENABLE_CMP 0x4u
/* sancov-dataflow extension: records dropped because the buffer was full. */
#define KCOV_DF_GET_DROPPED _IOR('d', 2, scdf_u64)
/* sancov-dataflow extension: the callback ABI the runtime was built for
 * (SCDF_ABI_*), as a u64. A runtime without it (ENOTTY) speaks ABI A. */
#define KCOV_DF_GET_ABI _IOR('d', 3, scdf_u64)

/* Remote capture, KCOV's model (Documentation/dev-tools/kcov.rst): kernel
 * code brackets work it does for somebody else with
 * kcov_remote_start(handle) / kcov_remote_stop() (built-in runtime; the
 * module exports kcov_dataflow_remote_start/_stop and
 * kcov_dataflow_common_handle for modules of its own). REMOTE_ENABLE
 * registers the handles of the calling file's task: num_handles global
 * handles (subsystem byte non-zero, bits 32..55 zero) and one common handle
 * (subsystem 0; 0 for none), which workers the task spawns inherit. Each
 * session (start to stop) records into a scratch buffer of session_words;
 * at stop it is appended, after a SCDF_REC_REMOTE record, to the file's
 * remote buffer of area_words, which read() drains (record words; 0 at
 * the end). A session that does not fit, or finds no free scratch
 * buffer, is counted by GET_DROPPED. Works with or without ENABLE. */
struct scdf_remote_arg {
  scdf_u32 area_words;    /* merged remote buffer, words */
  scdf_u32 session_words; /* scratch buffer of one session, words */
  scdf_u32 num_handles;   /* at most SCDF_REMOTE_MAX_HANDLES */
  scdf_u32 reserved;      /* 0 */
  scdf_u64 common_handle;
  scdf_u64 handles[];
};
#define SCDF_REMOTE_MAX_HANDLES 16u
#define SCDF_HANDLE_SUBSYSTEM(h) ((scdf_u32)((h) >> 56))
#define KCOV_DF_REMOTE_ENABLE _IOW('d', 102, struct scdf_remote_arg)
#define KCOV_DF_REMOTE_DISABLE _IO('d', 103)

#ifdef __cplusplus
}
#endif

#endif /* SANCOV_DATAFLOW_ABI_H */
