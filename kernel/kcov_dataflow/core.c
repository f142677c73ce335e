// SPDX-License-Identifier: GPL-2.0
/*
 * kcov_dataflow: per-task recording of function argument and return values
 * at the boundaries of code compiled with the sancov-dataflow plugin.
 *
 * Receives the callbacks of one callback ABI, chosen when the runtime is
 * built (SCDF_ABI, include/sancov-dataflow/abi.h; the module's Kbuild maps
 * KCOV_DATAFLOW_ABI=kcov-v2|value-pc|value|packed onto it):
 *
 *   A, kcov-v2 (the kcov-dataflow RFC v2 interface, the default)
 *     __sanitizer_cov_trace_args(pc, arg_idx, arg_size, arg_ptr, offsets, n)
 *     __sanitizer_cov_trace_ret(pc, ret_size, ret_val, offsets, n)
 *   B, value-pc
 *     __sanitizer_cov_trace_args(pc, arg_idx, size, val, offsets, n)
 *     __sanitizer_cov_trace_ret(pc, size, val, offsets, n)
 *   C, value
 *     __sanitizer_cov_trace_args(arg_idx, size, val, offsets, n)
 *     __sanitizer_cov_trace_ret(size, val, offsets, n)
 *   E, packed (preserve_most; B's records, up to five per call)
 *     __sanitizer_cov_trace_packed(v0, v1, v2, v3, v4, desc)
 *
 * and, in every ABI, the entry-exit hooks __sanitizer_cov_trace_pc_entry()
 * and __sanitizer_cov_trace_pc_exit(). Each entry point is a thin shim onto
 * one record writer, which writes length-framed records (abi.h) into a
 * buffer user space maps from /sys/kernel/debug/kcov_dataflow:
 *
 *   fd = open("/sys/kernel/debug/kcov_dataflow", O_RDWR);
 *   ioctl(fd, KCOV_DF_INIT_TRACE, words);
 *   buf = mmap(NULL, words * 8, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
 *   ioctl(fd, KCOV_DF_ENABLE, 0);    records this task from now on
 *   ...                              buf[0] = record words after it
 *   ioctl(fd, KCOV_DF_DISABLE, 0);
 *
 * The same file builds as a loadable module (a stock KCOV kernel can audit
 * out-of-tree modules without a kernel patch) and built into the kernel
 * (whole-kernel instrumentation). A module cannot add task_struct fields or
 * hook task exit, so the enabled tasks live in a small table here, each
 * pinned with get_task_struct() so its address cannot be reused by a new
 * task; a task that exited while enabled keeps its entry until the file is
 * released, or until ENABLE needs the entry. Both variants use that table.
 * A task finds its entry in O(1): each task has a home entry (a hash of its
 * task_struct address) which it takes when free; only a task whose home
 * was taken lives elsewhere, and its home entry counts it, so every other
 * task learns "not recording" from its home entry alone.
 *
 * __sancov_dataflow_guard is non-zero while any task records: code built
 * with the plugin's `guard` option skips every callback while it is zero.
 *
 * This file holds the enabled tasks, the record writer, the plugin's
 * callbacks and the file; cmp.c trace-cmp's callbacks; remote.c remote
 * capture (kcov_remote_start/_stop sessions). kcov_df.h is what they share.
 *
 * This file must never be instrumented itself (KCOV_INSTRUMENT := n), and
 * the callbacks call no instrumented function: values are read with the
 * architecture's __get_kernel_nofault() inline here, not with
 * copy_from_kernel_nofault(), which the whole-kernel build instruments.
 */

#include <linux/atomic.h>
#include <linux/debugfs.h>
#include <linux/err.h>
#include <linux/fs.h>
#include <linux/hash.h>
#include <linux/minmax.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/preempt.h>
#include <linux/sched.h>
#include <linux/sched/task.h>
#include <linux/sched/task_stack.h>
#include <linux/slab.h>
#include <linux/uaccess.h>
#include <linux/vmalloc.h>
#ifdef CONFIG_X86_64
#include <asm/processor.h>
#include <asm/vsyscall.h>
#endif

#include <sancov-dataflow/abi.h>

#include "kcov_df.h"

#if SCDF_ABI != SCDF_ABI_KCOV_V2 && SCDF_ABI != SCDF_ABI_VALUE_PC && \
	SCDF_ABI != SCDF_ABI_VALUE && SCDF_ABI != SCDF_ABI_PACKED
#error "the kernel runtime speaks ABI A (kcov-v2), B (value-pc), C (value) or E (packed)"
#endif

#define KCOV_DF_MIN_WORDS 2UL
#define KCOV_DF_MAX_WORDS (16UL << 20)
#define KCOV_DF_TASK_BITS 6
#define KCOV_DF_MAX_TASKS (1 << KCOV_DF_TASK_BITS)

/*
 * The enabled tasks. Written under kcov_df_slots_lock, read locklessly.
 * inflight counts the callbacks that use the slot right now: it lives in
 * the slot, not in the state, because a callback must announce itself
 * before it may touch the state (another task may disable and free it).
 * away counts the enabled tasks whose home is this slot but which live in
 * another one (their home was taken when they enabled).
 */
struct kcov_df_slot {
	struct task_struct *task;
	struct kcov_df *df;
	atomic_t inflight;
	unsigned int away;
};
static struct kcov_df_slot kcov_df_slots[KCOV_DF_MAX_TASKS];
static DEFINE_SPINLOCK(kcov_df_slots_lock);
static unsigned int kcov_df_nr_enabled; /* under kcov_df_slots_lock */

/* abi.h: non-zero while any task records (kcov_df_nr_enabled != 0). */
volatile u8 __sancov_dataflow_guard;
EXPORT_SYMBOL(__sancov_dataflow_guard);

static __always_inline unsigned int kcov_df_home(struct task_struct *t)
{
	return hash_64((u64)(unsigned long)t, KCOV_DF_TASK_BITS);
}

/* t's slot, or NULL: its home slot, else (only if some task's home was
 * taken) any slot. */
static __always_inline struct kcov_df_slot *
kcov_df_find(struct task_struct *t)
{
	struct kcov_df_slot *slot = &kcov_df_slots[kcov_df_home(t)];
	int i;

	if (likely(READ_ONCE(slot->task) == t))
		return slot;
	if (likely(!READ_ONCE(slot->away)))
		return NULL;
	for (i = 0; i < KCOV_DF_MAX_TASKS; i++)
		if (READ_ONCE(kcov_df_slots[i].task) == t)
			return &kcov_df_slots[i];
	return NULL;
}

/*
 * A softirq records only into its CPU's remote session (remote.c), which
 * only this CPU's softirq uses; it counts itself in a slot of its own, so
 * that kcov_df_exit() is the same for both. Not from a hard interrupt or
 * NMI that interrupted the softirq.
 */
static struct kcov_df_slot kcov_df_softirq_slot;

static __always_inline struct kcov_df *kcov_df_enter_softirq(void)
{
	struct kcov_df *df;

	if (!in_serving_softirq() || in_hardirq() || in_nmi())
		return NULL;
	df = this_cpu_read(kcov_df_softirq);
	if (likely(!df) || READ_ONCE(df->busy))
		return NULL;
	WRITE_ONCE(df->busy, true);
	atomic_inc(&kcov_df_softirq_slot.inflight);
	return df;
}

/* The state of the current context (and its slot) if it records and is
 * not already inside a callback. The entry points tested the guard byte. */
static __always_inline struct kcov_df *
kcov_df_enter(struct kcov_df_slot **slotp)
{
	struct task_struct *t;
	struct kcov_df_slot *slot;
	struct kcov_df *df;

	if (!in_task()) {
		*slotp = &kcov_df_softirq_slot;
		return kcov_df_enter_softirq();
	}
	t = current;
	/*
	 * Page faults disabled: an atomic section of the task (a futex op,
	 * kmap_local, a nofault copy) or the page fault handler running under
	 * one of our own reads. The RFC's tree learned this from storms of
	 * records out of the KASAN unwinder; nothing is recorded there.
	 */
	if (unlikely(READ_ONCE(t->pagefault_disabled)))
		return NULL;
	slot = kcov_df_find(t);
	if (likely(!slot))
		return NULL;
	atomic_inc(&slot->inflight);
	/* Pairs with the smp_mb() in kcov_df_disable(): either the disabler
	 * sees inflight, or we see the slot cleared. */
	smp_mb__after_atomic();
	df = READ_ONCE(slot->task) == t ? READ_ONCE(slot->df) : NULL;
	if (unlikely(!df || READ_ONCE(df->busy))) {
		atomic_dec(&slot->inflight);
		return NULL;
	}
	WRITE_ONCE(df->busy, true);
	*slotp = slot;
	return df;
}

static __always_inline void kcov_df_exit(struct kcov_df_slot *slot,
					 struct kcov_df *df)
{
	WRITE_ONCE(df->busy, false);
	/* Our last access to df before the disabler may free it. */
	smp_mb__before_atomic();
	atomic_dec(&slot->inflight);
}

/*
 * ENABLE's window (abi.h): nothing before the task's next execve() has
 * completed (its self_exec_id moved on and in_execve is clear again), and
 * nothing once it has begun to exit. Only the task itself writes df->mode.
 */
static __always_inline bool kcov_df_in_window(struct kcov_df *df)
{
	struct task_struct *t = current;

	if (df->mode & KCOV_DF_ENABLE_AFTER_EXEC) {
		if (READ_ONCE(t->self_exec_id) == df->exec_id || t->in_execve)
			return false;
		df->mode &= ~KCOV_DF_ENABLE_AFTER_EXEC;
	}
	return !((df->mode & KCOV_DF_ENABLE_UNTIL_EXIT) &&
		 (READ_ONCE(t->flags) & PF_EXITING));
}

#define KCOV_DF_WINDOW (KCOV_DF_ENABLE_AFTER_EXEC | KCOV_DF_ENABLE_UNTIL_EXIT)

/*
 * Whether a record of nvals value words fits at &df->area[1 + *used]; if
 * not, it is counted (abi.h's sequence gap marks where records are
 * missing). User space owns word 0 too (it resets it to reuse the buffer):
 * whatever it wrote, never write outside the buffer.
 */
static __always_inline bool kcov_df_reserve(struct kcov_df *df, u32 nvals,
					    u64 *used)
{
	*used = READ_ONCE(df->area[0]);
	if (unlikely(*used >= df->words - 1 ||
		     SCDF_RECORD_WORDS(nvals) > df->words - 1 - *used)) {
		df->seq++;
		df->dropped++;
		return false;
	}
	return true;
}

/* User space may read the buffer while the task runs: publish the count
 * only after the record is complete. Pairs with the reader's acquire load
 * of word 0. */
static __always_inline void kcov_df_commit(struct kcov_df *df, u64 used,
					   u32 nvals)
{
	smp_wmb();
	WRITE_ONCE(df->area[0], used + SCDF_RECORD_WORDS(nvals));
}

/*
 * Whether size bytes at a may be read: kernel memory only, never a user
 * address (x86's copy_from_kernel_nofault refuses it, arm64's would read
 * it), so a __user pointer reads the same everywhere; on x86-64 also not a
 * non-canonical address (a #GP, which the fixup would warn about) nor the
 * vsyscall page. The checks of x86's copy_from_kernel_nofault_allowed(),
 * inline.
 */
static __always_inline bool kcov_df_readable(unsigned long a, unsigned long size)
{
	if (a + size < a || IS_ERR_VALUE(a))
		return false;
#ifdef CONFIG_X86_64
	if (a < TASK_SIZE_MAX + PAGE_SIZE || is_vsyscall_vaddr(a))
		return false;
	return !boot_cpu_data.x86_virt_bits ||
	       (__is_canonical_address(a, boot_cpu_data.x86_virt_bits) &&
		__is_canonical_address(a + size - 1,
				       boot_cpu_data.x86_virt_bits));
#else
	return a >= TASK_SIZE;
#endif
}

/* The first min(size, 8) bytes at a, or SCDF_UNREADABLE; page faults must
 * be disabled. A fault is fixed up by the exception table. */
static __always_inline u64 kcov_df_read(unsigned long a, u64 size)
{
	u64 v = 0;
	unsigned int i;

	if (!size)
		return 0;
	if (size > sizeof(v))
		size = sizeof(v);
	if (!kcov_df_readable(a, size))
		return SCDF_UNREADABLE;
	switch (size) {
	case 8:
		__get_kernel_nofault(&v, (void *)a, u64, fault);
		return v;
	case 4: {
		u32 w;

		__get_kernel_nofault(&w, (void *)a, u32, fault);
		return w;
	}
	case 2: {
		u16 h;

		__get_kernel_nofault(&h, (void *)a, u16, fault);
		return h;
	}
	default:
		for (i = 0; i < size; i++) {
			u8 b;

			__get_kernel_nofault(&b, (void *)(a + i), u8, fault);
			v |= (u64)b << (8 * i);
		}
		return v;
	}
fault:
	return SCDF_UNREADABLE;
}

/*
 * ABI A's scalar: the plugin passes the address of a slot in the
 * instrumented function's frame, on the current task's stack, which is
 * mapped from end to end: one plain 8-byte load, then the value's bytes.
 * Anything else (a pointer argument's pointee) takes the fault-tolerant
 * path.
 */
static __always_inline u64 kcov_df_read_scalar(unsigned long a, u32 size)
{
	unsigned long stack = (unsigned long)task_stack_page(current);
	u64 v;

	if (likely(a - stack <= THREAD_SIZE - sizeof(v))) {
		v = *(const u64 *)a;
		return size >= sizeof(v) ? v : v & (BIT_ULL(8 * size) - 1);
	}
	pagefault_disable();
	v = kcov_df_read(a, size);
	pagefault_enable();
	return v;
}

/*
 * Value words of a table's n fields (abi.h): the sum of SCDF_VALUE_WORDS
 * over their sizes, or one per field when that does not fit a record or
 * the sizes are unknown. The common table, every field of 1 to 8 bytes,
 * costs a load and an OR per field: size - 1 is below 8 for each of them.
 */
static __always_inline u32 kcov_df_table_words(const u64 *offsets, u32 n)
{
	u64 words = 0, over = 0;
	u32 i;

	if (!offsets)
		return n;
	for (i = 0; i < n; i++)
		over |= offsets[2 * i + 1] - 1;
	if (likely(over < 8))
		return n;
	for (i = 0; i < n; i++)
		words += SCDF_VALUE_WORDS(offsets[2 * i + 1]);
	return words > SCDF_MAX_FIELDS ? n : words;
}

/* The SCDF_VALUE_WORDS(size) words of a value at a (abi.h), each read on
 * its own; page faults must be disabled. Returns the word after them. */
static noinline u64 *kcov_df_read_whole(u64 *out, unsigned long a, u64 size)
{
	u64 k;

	for (k = 0; k < SCDF_VALUE_WORDS(size); k++)
		*out++ = kcov_df_read(a + 8 * k, size > 8 * k ? size - 8 * k : 0);
	return out;
}

/*
 * The fields of the object at obj that offsets describes: one word each,
 * or all their words when wide; n unreadable words without a table. Out
 * of line: the scalar path stays free of its loop; the wide reads are out
 * of this loop, which keeps the common table's loop in registers.
 */
static noinline void kcov_df_read_fields(u64 *out, unsigned long obj,
					 const u64 *offsets, u32 n, bool wide)
{
	u32 i;

	if (!offsets) {
		for (i = 0; i < n; i++)
			out[i] = SCDF_UNREADABLE;
		return;
	}
	pagefault_disable();
	if (unlikely(wide))
		for (i = 0; i < n; i++)
			out = kcov_df_read_whole(out, obj + offsets[2 * i],
						 offsets[2 * i + 1]);
	else
		for (i = 0; i < n; i++)
			out[i] = kcov_df_read(obj + offsets[2 * i],
					      offsets[2 * i + 1]);
	pagefault_enable();
}

/* ABI A's scalar wider than 8 bytes: the one field {0, size}. */
static noinline void kcov_df_read_wide(u64 *out, unsigned long a, u32 size)
{
	const u64 whole[2] = { 0, size };

	kcov_df_read_fields(out, a, whole, 1, true);
}

/*
 * ABI A passes a scalar by address (the runtime reads it), the value ABIs
 * pass it by value. A record's type, index and size in one word, so that
 * the writer takes its six arguments in registers and the entry points
 * reach it by a tail call.
 */
#define KCOV_DF_BY_VALUE (SCDF_ABI != SCDF_ABI_KCOV_V2)

static __always_inline u64 kcov_df_desc(u32 type, u32 idx, u32 size)
{
	return type | (u64)min(idx, 255U) << 8 | (u64)size << 32;
}

/*
 * One record into df, which the caller entered. desc as kcov_df_desc(), pc
 * as abi.h's record word 1, ptr its word 2: the object whose fields offsets
 * describes (num_fields > 0), ABI A's pointer to a scalar, or 0 for a
 * value ABI's scalar, which is val.
 */
static __always_inline void kcov_df_write(struct kcov_df *df, u64 desc, u64 pc,
					  u64 ptr, u64 val, const u64 *offsets,
					  u32 num_fields)
{
	u32 type = desc & 0xff, idx = (desc >> 8) & 0xff, size = desc >> 32;
	u32 nvals;
	u64 used, *rec;

	if (unlikely(df->mode & KCOV_DF_WINDOW) && !kcov_df_in_window(df))
		return;
	/* abi.h: a scalar without a pointer has no value word; a struct
	 * always has its words, SCDF_UNREADABLE if unreadable. */
	if (num_fields) {
		num_fields = min(num_fields, SCDF_MAX_FIELDS);
		nvals = size ? kcov_df_table_words(offsets, num_fields) : 0;
	} else if (KCOV_DF_BY_VALUE)
		nvals = size != 0;
	else	/* SCDF_VALUE_WORDS(size), 0 for size 0, without a branch */
		nvals = ptr ? min_t(u64, ((u64)size + 7) / 8,
				    SCDF_MAX_VALUE_WORDS) : 0;
	if (!kcov_df_reserve(df, nvals, &used))
		return;
	rec = &df->area[1 + used];
	rec[0] = scdf_rec_header(type, df->seq++, nvals, size, idx);
	rec[1] = pc;
	rec[2] = ptr;
	if (num_fields) {
		if (nvals)
			kcov_df_read_fields(&rec[3], ptr, offsets, num_fields,
					    nvals != num_fields);
	} else if (KCOV_DF_BY_VALUE) {
		if (nvals)
			rec[3] = val;
	} else if (likely(nvals == 1)) {
		rec[3] = kcov_df_read_scalar(ptr, size);
	} else if (nvals) {
		kcov_df_read_wide(&rec[3], ptr, size);
	}
	kcov_df_commit(df, used, nvals);
}

/* The record writer behind every entry point but ABI E's. */
static noinline void kcov_df_trace(u64 desc, u64 pc, u64 ptr, u64 val,
				   const u64 *offsets, u32 num_fields)
{
	struct kcov_df_slot *slot;
	struct kcov_df *df = kcov_df_enter(&slot);

	if (!df)
		return;
	kcov_df_write(df, desc, pc, ptr, val, offsets, num_fields);
	kcov_df_exit(slot, df);
}

/* A CMP record (abi.h), for cmp.c, if the task asked for them. */
void kcov_df_trace_cmp(u64 pc, u32 type, u32 size, u64 arg1, u64 arg2)
{
	struct kcov_df_slot *slot;
	struct kcov_df *df = kcov_df_enter(&slot);
	u64 used, *rec;

	if (!df)
		return;
	if (!(df->mode & KCOV_DF_ENABLE_CMP) ||
	    (unlikely(df->mode & KCOV_DF_WINDOW) && !kcov_df_in_window(df)))
		goto out;
	if (!kcov_df_reserve(df, 2, &used))
		goto out;
	rec = &df->area[1 + used];
	rec[0] = scdf_rec_header(SCDF_REC_CMP, df->seq++, 2, size, 0);
	rec[1] = pc;
	rec[2] = type;
	rec[3] = arg1;
	rec[4] = arg2;
	kcov_df_commit(df, used, 2);
out:
	kcov_df_exit(slot, df);
}

/*
 * The entry points: nothing but the guard test while no task records (one
 * load, for code built without the plugin's `guard`), then a tail call.
 * ABI C and the entry-exit hooks identify the frame by the entry point's
 * own call site.
 */
#if SCDF_ABI == SCDF_ABI_KCOV_V2
void notrace __sanitizer_cov_trace_args(u64 pc, u32 arg_idx, u32 arg_size,
					void *arg_ptr, u64 *offsets,
					u32 num_fields)
{
	if (KCOV_DF_RECORDING())
		kcov_df_trace(kcov_df_desc(SCDF_REC_ENTRY, arg_idx, arg_size), pc,
			      (unsigned long)arg_ptr, 0, offsets, num_fields);
}

void notrace __sanitizer_cov_trace_ret(u64 pc, u32 ret_size, void *ret_val,
				       u64 *offsets, u32 num_fields)
{
	if (KCOV_DF_RECORDING())
		kcov_df_trace(kcov_df_desc(SCDF_REC_RET, 0, ret_size), pc,
			      (unsigned long)ret_val, 0, offsets, num_fields);
}
#elif SCDF_ABI == SCDF_ABI_VALUE_PC
void notrace __sanitizer_cov_trace_args(u64 pc, u32 arg_idx, u32 size,
					u64 val, u64 *offsets, u32 num_fields)
{
	if (KCOV_DF_RECORDING())
		kcov_df_trace(kcov_df_desc(SCDF_REC_ENTRY, arg_idx, size), pc,
			      num_fields ? val : 0, val, offsets, num_fields);
}

void notrace __sanitizer_cov_trace_ret(u64 pc, u32 size, u64 val,
				       u64 *offsets, u32 num_fields)
{
	if (KCOV_DF_RECORDING())
		kcov_df_trace(kcov_df_desc(SCDF_REC_RET, 0, size), pc,
			      num_fields ? val : 0, val, offsets, num_fields);
}
#elif SCDF_ABI == SCDF_ABI_PACKED
/* Each slot as B's callback would have recorded it, in one entry. */
static noinline void kcov_df_trace_packed(const u64 *v,
					  const struct scdf_packed_desc *d)
{
	u32 type = d->flags & SCDF_PACKED_RET ? SCDF_REC_RET : SCDF_REC_ENTRY;
	u32 i, n = min_t(u32, d->num_slots, SCDF_PACKED_SLOTS);
	struct kcov_df_slot *slot;
	struct kcov_df *df = kcov_df_enter(&slot);

	if (!df)
		return;
	for (i = 0; i < n; i++) {
		const struct scdf_packed_slot *s = &d->slots[i];
		u64 val = v[i];

		/* A value narrower than 8 bytes came with its register's
		 * upper bytes as they were (an object's address is whole). */
		if (!s->num_fields && s->size < 8)
			val &= ~(~0ULL << (8 * s->size));
		kcov_df_write(df, kcov_df_desc(type, s->arg_idx, s->size),
			      d->pc, s->num_fields ? val : 0, val, s->offsets,
			      s->num_fields);
	}
	kcov_df_exit(slot, df);
}

static noinline SCDF_PACKED_CC void notrace
kcov_df_packed_record(u64 v0, u64 v1, u64 v2, u64 v3, u64 v4,
		      const struct scdf_packed_desc *desc)
{
	const u64 v[SCDF_PACKED_SLOTS] = { v0, v1, v2, v3, v4 };

	kcov_df_trace_packed(v, desc);
}

/*
 * preserve_most: the instrumented code keeps its arguments in their
 * registers across the call. The registers are saved in
 * kcov_df_packed_record, on the recording path only: in one function the
 * compiler saved all of them before the guard test (frame pointers and the
 * array's alignment keep it from shrink-wrapping).
 */
SCDF_PACKED_CC void notrace
__sanitizer_cov_trace_packed(u64 v0, u64 v1, u64 v2, u64 v3, u64 v4,
			     const struct scdf_packed_desc *desc)
{
	if (KCOV_DF_RECORDING())
		kcov_df_packed_record(v0, v1, v2, v3, v4, desc);
}
EXPORT_SYMBOL(__sanitizer_cov_trace_packed);
#else /* SCDF_ABI_VALUE */
void notrace __sanitizer_cov_trace_args(u32 arg_idx, u32 size, u64 val,
					u64 *offsets, u32 num_fields)
{
	if (KCOV_DF_RECORDING())
		kcov_df_trace(kcov_df_desc(SCDF_REC_ENTRY, arg_idx, size),
			      KCOV_DF_CALL_SITE(), num_fields ? val : 0, val,
			      offsets, num_fields);
}

void notrace __sanitizer_cov_trace_ret(u32 size, u64 val, u64 *offsets,
				       u32 num_fields)
{
	if (KCOV_DF_RECORDING())
		kcov_df_trace(kcov_df_desc(SCDF_REC_RET, 0, size),
			      KCOV_DF_CALL_SITE(), num_fields ? val : 0, val,
			      offsets, num_fields);
}
#endif
#if SCDF_ABI != SCDF_ABI_PACKED
EXPORT_SYMBOL(__sanitizer_cov_trace_args);
EXPORT_SYMBOL(__sanitizer_cov_trace_ret);
#endif

/*
 * entry-exit: word 1 the call site in the instrumented function, word 2 the
 * stack pointer the caller had at the call (the hook's canonical frame
 * address), the same at the entry and at every exit of one activation.
 */
void notrace __sanitizer_cov_trace_pc_entry(void)
{
	if (KCOV_DF_RECORDING())
		kcov_df_trace(kcov_df_desc(SCDF_REC_PC_ENTRY, 0, 0),
			      KCOV_DF_CALL_SITE(),
			      (unsigned long)__builtin_dwarf_cfa(), 0, NULL, 0);
}
EXPORT_SYMBOL(__sanitizer_cov_trace_pc_entry);

void notrace __sanitizer_cov_trace_pc_exit(void)
{
	if (KCOV_DF_RECORDING())
		kcov_df_trace(kcov_df_desc(SCDF_REC_PC_EXIT, 0, 0),
			      KCOV_DF_CALL_SITE(),
			      (unsigned long)__builtin_dwarf_cfa(), 0, NULL, 0);
}
EXPORT_SYMBOL(__sanitizer_cov_trace_pc_exit);

/* Counts an enabled task; the first one sets the guard. Called with
 * kcov_df_slots_lock held. */
static void kcov_df_count(int delta)
{
	kcov_df_nr_enabled += delta;
	WRITE_ONCE(__sancov_dataflow_guard, kcov_df_nr_enabled != 0);
}

/* Removes df's task from the table and waits until no callback uses df
 * (also remote.c's end of a worker session). */
void kcov_df_disable(struct kcov_df *df)
{
	struct task_struct *t = df->task;
	struct kcov_df_slot *slot = NULL;
	int i;

	if (!t)
		return;
	spin_lock(&kcov_df_slots_lock);
	for (i = 0; i < KCOV_DF_MAX_TASKS; i++)
		if (kcov_df_slots[i].df == df)
			slot = &kcov_df_slots[i];
	if (slot) {
		WRITE_ONCE(slot->task, NULL);
		if (slot != &kcov_df_slots[kcov_df_home(t)])
			WRITE_ONCE(kcov_df_slots[kcov_df_home(t)].away,
				   kcov_df_slots[kcov_df_home(t)].away - 1);
		kcov_df_count(-1);
	}
	spin_unlock(&kcov_df_slots_lock);
	if (slot) {
		smp_mb(); /* pairs with kcov_df_enter's smp_mb__after_atomic() */
		while (atomic_read(&slot->inflight))
			cpu_relax();
		/* Only now may another task take the slot (and its count). */
		spin_lock(&kcov_df_slots_lock);
		WRITE_ONCE(slot->df, NULL);
		spin_unlock(&kcov_df_slots_lock);
	}
	df->task = NULL;
	put_task_struct(t);
}

static bool kcov_df_task_gone(struct task_struct *t)
{
	return t->exit_state || (READ_ONCE(t->flags) & PF_EXITING);
}

/* Gives df and task t a slot: its home if free, else any free one. Called
 * with kcov_df_slots_lock held. */
static int kcov_df_claim(struct kcov_df *df, struct task_struct *t)
{
	int i, home = kcov_df_home(t), free = -1;

	for (i = 0; i < KCOV_DF_MAX_TASKS; i++) {
		if (kcov_df_slots[i].task == t)
			return -EBUSY; /* one buffer per task */
		if (!kcov_df_slots[i].df && free < 0)
			free = i;
	}
	if (!kcov_df_slots[home].df)
		free = home;
	if (free < 0)
		return -ENOSPC;
	get_task_struct(t);
	df->task = t;
	if (free != home)
		WRITE_ONCE(kcov_df_slots[home].away,
			   kcov_df_slots[home].away + 1);
	WRITE_ONCE(kcov_df_slots[free].df, df);
	/* A callback that finds its task finds df. Pairs with the
	 * smp_mb__after_atomic() in kcov_df_enter(), between its reads of
	 * slot->task and slot->df. */
	smp_wmb();
	WRITE_ONCE(kcov_df_slots[free].task, t);
	kcov_df_count(1);
	return 0;
}

/* Frees the slot of one task that exited while enabled, its file still
 * open. False if there is none (or all their files are busy). */
static bool kcov_df_reclaim(void)
{
	struct kcov_df *other = NULL;
	int i;

	spin_lock(&kcov_df_slots_lock);
	for (i = 0; i < KCOV_DF_MAX_TASKS && !other; i++) {
		struct task_struct *t = kcov_df_slots[i].task;

		/* While it is in the table, other cannot be freed: its release
		 * takes other->lock, then clears the slot under our lock. */
		if (t && kcov_df_task_gone(t) &&
		    !(kcov_df_slots[i].df->mode & KCOV_DF_SESSION) &&
		    mutex_trylock(&kcov_df_slots[i].df->lock))
			other = kcov_df_slots[i].df;
	}
	spin_unlock(&kcov_df_slots_lock);
	if (!other)
		return false;
	kcov_df_disable(other);
	mutex_unlock(&other->lock);
	return true;
}

/* Records what t does into df from now on (remote.c's sessions). */
int kcov_df_attach(struct kcov_df *df, struct task_struct *t)
{
	int ret;

	spin_lock(&kcov_df_slots_lock);
	ret = kcov_df_claim(df, t);
	spin_unlock(&kcov_df_slots_lock);
	return ret;
}

/* The state the current task records into, or NULL. Stable while the task
 * is not inside a callback and only it detaches itself (remote.c). */
struct kcov_df *kcov_df_of_current(void)
{
	struct kcov_df_slot *slot = kcov_df_find(current);

	return slot ? READ_ONCE(slot->df) : NULL;
}

/* Keeps the guard set while remote handles are registered: a worker's
 * session must find its callbacks called. */
void kcov_df_hold_guard(int delta)
{
	spin_lock(&kcov_df_slots_lock);
	kcov_df_count(delta);
	spin_unlock(&kcov_df_slots_lock);
}

static int kcov_df_enable(struct kcov_df *df, unsigned long flags)
{
	int ret;

	if (!df->area || (flags & ~(unsigned long)KCOV_DF_ENABLE_FLAGS))
		return -EINVAL;
	if (df->task)
		return -EBUSY;
	/* Before the task can record: only it writes df->mode afterwards. */
	df->mode = flags;
	df->exec_id = current->self_exec_id;
	do {
		ret = kcov_df_attach(df, current);
		/* Lazily reclaim entries of tasks that exited while enabled. */
	} while (ret == -ENOSPC && kcov_df_reclaim());
	return ret;
}

static long kcov_df_ioctl(struct file *file, unsigned int cmd,
			  unsigned long arg)
{
	struct kcov_df *df = file->private_data;
	long ret = 0;

	mutex_lock(&df->lock);
	switch (cmd) {
	case KCOV_DF_INIT_TRACE:
		if (df->area) {
			ret = -EBUSY;
		} else if (arg < KCOV_DF_MIN_WORDS || arg > KCOV_DF_MAX_WORDS) {
			ret = -EINVAL;
		} else {
			df->area = vmalloc_user(arg * sizeof(u64));
			if (!df->area)
				ret = -ENOMEM;
			else
				df->words = arg;
		}
		break;
	case KCOV_DF_ENABLE:
		ret = kcov_df_enable(df, arg);
		break;
	case KCOV_DF_DISABLE:
		if (!df->task)
			ret = -EINVAL;
		else
			kcov_df_disable(df);
		break;
	case KCOV_DF_GET_DROPPED:
		if (put_user(READ_ONCE(df->dropped) + kcov_df_remote_dropped(df),
			     (u64 __user *)arg))
			ret = -EFAULT;
		break;
	case KCOV_DF_GET_ABI:
		if (put_user((u64)SCDF_ABI, (u64 __user *)arg))
			ret = -EFAULT;
		break;
	default:
		ret = kcov_df_remote_ioctl(df, cmd, arg);
	}
	mutex_unlock(&df->lock);
	return ret;
}

/* The remote buffer (remote.c); read() is refused without one. */
static ssize_t kcov_df_read_file(struct file *file, char __user *buf,
				 size_t len, loff_t *ppos)
{
	struct kcov_df *df = file->private_data;
	ssize_t ret;

	mutex_lock(&df->lock);
	ret = kcov_df_remote_read(df, buf, len);
	mutex_unlock(&df->lock);
	return ret;
}

static int kcov_df_mmap(struct file *file, struct vm_area_struct *vma)
{
	struct kcov_df *df = file->private_data;
	unsigned long size = vma->vm_end - vma->vm_start;
	int ret = -EINVAL;

	mutex_lock(&df->lock);
	/* Shared only: a private copy stops seeing the records as soon as
	 * user space writes word 0. */
	if (df->area && vma->vm_pgoff == 0 && (vma->vm_flags & VM_MAYSHARE) &&
	    size == PAGE_ALIGN(df->words * sizeof(u64)))
		ret = remap_vmalloc_range(vma, df->area, 0);
	mutex_unlock(&df->lock);
	return ret;
}

static int kcov_df_open(struct inode *inode, struct file *file)
{
	struct kcov_df *df = kzalloc(sizeof(*df), GFP_KERNEL);

	if (!df)
		return -ENOMEM;
	mutex_init(&df->lock);
	file->private_data = df;
	return nonseekable_open(inode, file);
}

static int kcov_df_release(struct inode *inode, struct file *file)
{
	struct kcov_df *df = file->private_data;

	mutex_lock(&df->lock);
	kcov_df_disable(df);
	kcov_df_remote_release(df);
	mutex_unlock(&df->lock);
	vfree(df->area);
	kfree(df);
	return 0;
}

static const struct file_operations kcov_df_fops = {
	.owner = THIS_MODULE,
	.open = kcov_df_open,
	.release = kcov_df_release,
	.read = kcov_df_read_file,
	.unlocked_ioctl = kcov_df_ioctl,
	.compat_ioctl = kcov_df_ioctl,
	.mmap = kcov_df_mmap,
};

static struct dentry *kcov_df_dentry;

static int __init kcov_df_init(void)
{
	kcov_df_dentry = debugfs_create_file_unsafe("kcov_dataflow", 0600, NULL,
						    NULL, &kcov_df_fops);
	return PTR_ERR_OR_ZERO(kcov_df_dentry);
}

static void __exit kcov_df_cleanup(void)
{
	/* Open files hold a module reference, so no task is enabled here. */
	debugfs_remove(kcov_df_dentry);
}

module_init(kcov_df_init);
module_exit(kcov_df_cleanup);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("Per-task function argument and return value recording");
