// SPDX-License-Identifier: GPL-2.0
/*
 * kcov_dataflow: per-task recording of function argument and return values
 * at the boundaries of code compiled with the sancov-dataflow plugin.
 *
 * Receives the ABI A callbacks (the kcov-dataflow RFC v2 interface)
 *
 *   __sanitizer_cov_trace_args(pc, arg_idx, arg_size, arg_ptr, offsets, n)
 *   __sanitizer_cov_trace_ret(pc, ret_size, ret_val, offsets, n)
 *
 * and writes length-framed records (include/sancov-dataflow/abi.h) into a
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
 *
 * This file must never be instrumented itself (KCOV_INSTRUMENT := n).
 * Everything the callbacks run before their recursion guard is set is
 * inline, so an instrumented kernel function called while recording (e.g.
 * copy_from_kernel_nofault) re-enters, finds the guard and returns.
 */

#include <linux/atomic.h>
#include <linux/debugfs.h>
#include <linux/err.h>
#include <linux/fs.h>
#include <linux/minmax.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/preempt.h>
#include <linux/sched.h>
#include <linux/sched/task.h>
#include <linux/slab.h>
#include <linux/uaccess.h>
#include <linux/vmalloc.h>

#include <sancov-dataflow/abi.h>

#define KCOV_DF_MIN_WORDS 2UL
#define KCOV_DF_MAX_WORDS (16UL << 20)
#define KCOV_DF_MAX_TASKS 64

struct kcov_df {
	struct mutex lock; /* ioctl, mmap and release */
	u64 *area;
	unsigned long words;
	struct task_struct *task; /* enabled task, pinned; NULL if none */
	u32 seq;
	u64 dropped;
	bool busy; /* recursion guard; only the task itself sets it */
};

/*
 * The enabled tasks. Written under kcov_df_slots_lock, read locklessly.
 * inflight counts the callbacks that use the slot right now: it lives in
 * the slot, not in the state, because a callback must announce itself
 * before it may touch the state (another task may disable and free it).
 */
struct kcov_df_slot {
	struct task_struct *task;
	struct kcov_df *df;
	atomic_t inflight;
};
static struct kcov_df_slot kcov_df_slots[KCOV_DF_MAX_TASKS];
static DEFINE_SPINLOCK(kcov_df_slots_lock);
static atomic_t kcov_df_nr_enabled = ATOMIC_INIT(0);

/* The state of the current task (and its slot) if it records and is not
 * already inside a callback. Inline only: see the header comment. */
static __always_inline struct kcov_df *
kcov_df_enter(struct kcov_df_slot **slotp)
{
	struct task_struct *t;
	int i;

	if (likely(!atomic_read(&kcov_df_nr_enabled)) || !in_task())
		return NULL;
	t = current;
	for (i = 0; i < KCOV_DF_MAX_TASKS; i++) {
		struct kcov_df_slot *slot = &kcov_df_slots[i];
		struct kcov_df *df;

		if (READ_ONCE(slot->task) != t)
			continue;
		atomic_inc(&slot->inflight);
		smp_mb__after_atomic();
		/* Disabled meanwhile: the disabler clears the slot, then waits
		 * for inflight to drain before the state may be freed. */
		df = READ_ONCE(slot->task) == t ? READ_ONCE(slot->df) : NULL;
		if (!df || READ_ONCE(df->busy)) {
			atomic_dec(&slot->inflight);
			return NULL;
		}
		WRITE_ONCE(df->busy, true);
		*slotp = slot;
		return df;
	}
	return NULL;
}

static __always_inline void kcov_df_exit(struct kcov_df_slot *slot,
					 struct kcov_df *df)
{
	WRITE_ONCE(df->busy, false);
	smp_mb__before_atomic();
	atomic_dec(&slot->inflight);
}

/* Whether the runtime reads through ptr: not NULL, not an ERR_PTR, and
 * never user memory (x86's copy_from_kernel_nofault refuses it, arm64's
 * would read it), so a __user pointer reads the same everywhere. Decided
 * once per record, not per field. */
static bool kcov_df_readable(const void *ptr)
{
	return ptr && !IS_ERR(ptr) && (unsigned long)ptr >= TASK_SIZE;
}

/* The first min(size, 8) bytes at ptr, or SCDF_UNREADABLE. */
static u64 kcov_df_read(const void *ptr, u64 size)
{
	u64 v = 0;

	if (copy_from_kernel_nofault(&v, ptr, min_t(u64, size, sizeof(v))))
		return SCDF_UNREADABLE;
	return v;
}

static void kcov_df_record(struct kcov_df *df, u32 type, u64 pc, u32 idx,
			   u32 size, void *ptr, const u64 *offsets,
			   u32 num_fields)
{
	u32 nvals = 0, i;
	u64 used, *rec;
	bool readable;

	if (num_fields > SCDF_MAX_FIELDS)
		num_fields = SCDF_MAX_FIELDS;
	/* abi.h: a scalar without a pointer has no value word; a struct
	 * always has one word per field, SCDF_UNREADABLE if unreadable. */
	if (size)
		nvals = num_fields ? num_fields : !!ptr;
	/* User space owns word 0 too (it resets it to reuse the buffer):
	 * whatever it wrote, never write outside the buffer. */
	used = READ_ONCE(df->area[0]);
	if (used >= df->words - 1 ||
	    SCDF_RECORD_WORDS(nvals) > df->words - 1 - used) {
		/* abi.h: the sequence gap marks where records are missing. */
		df->seq++;
		df->dropped++;
		return;
	}
	readable = kcov_df_readable(ptr);
	rec = &df->area[1 + used];
	rec[0] = scdf_rec_header(type, df->seq++, nvals, size, idx);
	rec[1] = pc;
	rec[2] = (u64)(unsigned long)ptr;
	if (size && !num_fields && ptr)
		rec[3] = readable ? kcov_df_read(ptr, size) : SCDF_UNREADABLE;
	for (i = 0; size && i < num_fields; i++)
		rec[3 + i] = !readable || !offsets ?
				     SCDF_UNREADABLE :
				     kcov_df_read((const char *)ptr + offsets[2 * i],
						  offsets[2 * i + 1]);
	/* User space may read the buffer while the task runs: publish the
	 * count only after the record is complete. */
	smp_wmb();
	WRITE_ONCE(df->area[0], used + SCDF_RECORD_WORDS(nvals));
}

void notrace __sanitizer_cov_trace_args(u64 pc, u32 arg_idx, u32 arg_size,
					void *arg_ptr, u64 *offsets,
					u32 num_fields)
{
	struct kcov_df_slot *slot;
	struct kcov_df *df = kcov_df_enter(&slot);

	if (!df)
		return;
	kcov_df_record(df, SCDF_REC_ENTRY, pc, arg_idx, arg_size, arg_ptr,
		       offsets, num_fields);
	kcov_df_exit(slot, df);
}
EXPORT_SYMBOL(__sanitizer_cov_trace_args);

void notrace __sanitizer_cov_trace_ret(u64 pc, u32 ret_size, void *ret_val,
				       u64 *offsets, u32 num_fields)
{
	struct kcov_df_slot *slot;
	struct kcov_df *df = kcov_df_enter(&slot);

	if (!df)
		return;
	kcov_df_record(df, SCDF_REC_RET, pc, 0, ret_size, ret_val, offsets,
		       num_fields);
	kcov_df_exit(slot, df);
}
EXPORT_SYMBOL(__sanitizer_cov_trace_ret);

/* Removes df's task from the table and waits until no callback uses df. */
static void kcov_df_disable(struct kcov_df *df)
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
		atomic_dec(&kcov_df_nr_enabled);
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

/* Gives df and task t a free slot. Called with kcov_df_slots_lock held. */
static int kcov_df_claim(struct kcov_df *df, struct task_struct *t)
{
	int i, free = -1;

	for (i = 0; i < KCOV_DF_MAX_TASKS; i++) {
		if (kcov_df_slots[i].task == t)
			return -EBUSY; /* one buffer per task */
		if (!kcov_df_slots[i].df && free < 0)
			free = i;
	}
	if (free < 0)
		return -ENOSPC;
	get_task_struct(t);
	df->task = t;
	WRITE_ONCE(kcov_df_slots[free].df, df);
	smp_wmb(); /* a callback that finds its task finds df */
	WRITE_ONCE(kcov_df_slots[free].task, t);
	atomic_inc(&kcov_df_nr_enabled);
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

static int kcov_df_enable(struct kcov_df *df)
{
	int ret;

	if (!df->area)
		return -EINVAL;
	if (df->task)
		return -EBUSY;
	do {
		spin_lock(&kcov_df_slots_lock);
		ret = kcov_df_claim(df, current);
		spin_unlock(&kcov_df_slots_lock);
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
		ret = kcov_df_enable(df);
		break;
	case KCOV_DF_DISABLE:
		if (!df->task)
			ret = -EINVAL;
		else
			kcov_df_disable(df);
		break;
	case KCOV_DF_GET_DROPPED:
		if (put_user(READ_ONCE(df->dropped), (u64 __user *)arg))
			ret = -EFAULT;
		break;
	default:
		ret = -ENOTTY;
	}
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
	mutex_unlock(&df->lock);
	vfree(df->area);
	kfree(df);
	return 0;
}

static const struct file_operations kcov_df_fops = {
	.owner = THIS_MODULE,
	.open = kcov_df_open,
	.release = kcov_df_release,
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
