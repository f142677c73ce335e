// SPDX-License-Identifier: GPL-2.0
/*
 * dataflow_demo: functions whose arguments and return values the
 * sancov-dataflow plugin records. Writing anything to
 * /sys/kernel/debug/dataflow_demo runs them all in the writing task, so
 *
 *   dataflow-trace -o trace.bin -- sh -c 'echo 1 > /sys/kernel/debug/dataflow_demo'
 *   dataflow-view --vmlinux vmlinux --modules . trace.bin
 *
 * shows each call with its parameter and field names. Writing to
 * /sys/kernel/debug/dataflow_demo_wild hands a struct pointer function
 * NULL, an ERR_PTR and wild pointers: the recorder must report their fields
 * as unreadable, not fault. dataflow_demo_atomic calls df_eight twice, the
 * second time with page faults disabled (not recorded),
 * dataflow_demo_bench makes the calls bench/kernel measures,
 * dataflow_demo_remote hands work to a kworker and to a softirq under
 * remote handles, and dataflow_demo_cmp makes comparisons (CMP records
 * when the module is built with trace-cmp).
 */
#include <linux/debugfs.h>
#include <linux/err.h>
#include <linux/completion.h>
#include <linux/fs.h>
#include <linux/interrupt.h>
#include <linux/kcov.h>
#include <linux/module.h>
#include <linux/types.h>
#include <linux/uaccess.h>
#include <linux/vmalloc.h>
#include <linux/workqueue.h>

/* Results land here, so the compiler keeps every call (a call to a
 * function without side effects whose result is unused is deleted before
 * the plugin sees it). */
static volatile u64 df_sink;

/* Eight u64 arguments: on x86-64 the 7th and 8th are on the stack. */
noinline u64 df_eight(u64 a, u64 b, u64 c, u64 d, u64 e, u64 f, u64 g, u64 h)
{
	u64 sum = a + b + c + d + e + f + g + h;

	df_sink = sum;
	return sum;
}

struct df_node {
	int depth;
	struct df_node *next;
};

/* Walks a ten-deep chain of struct pointers, one call per node (the store
 * after the recursive call keeps it a real recursion, not a loop). */
noinline int df_walk(struct df_node *node)
{
	int below;

	if (!node->next)
		return node->depth;
	below = df_walk(node->next);
	df_sink = below;
	return below + 1;
}

/* name is wider than a value word: recorded whole, shown as a string. */
struct df_big {
	u64 id;
	u64 size;
	u64 flags;
	u32 owner;
	char name[20];
};

/* Too big for registers: returned through a hidden buffer. */
noinline struct df_big df_make_big(u64 id)
{
	struct df_big big = {
		.id = id, .size = id * 4096, .flags = 0x3, .owner = 1000,
		.name = "df_make_big",
	};
	return big;
}

struct df_perm {
	unsigned int read : 1;
	unsigned int write : 1;
	unsigned int exec : 1;
	unsigned int mode : 9;
	u8 tag;
};

noinline int df_check_perm(struct df_perm *perm)
{
	int mode = perm->read && !perm->write ? perm->mode : -1;

	df_sink = mode;
	return mode;
}

/* The binder bug shape: an unchecked thread limit (the real driver
 * accepted 0xffffffff from BINDER_SET_MAX_THREADS). */
struct df_proc {
	int pid;
	u32 max_threads;
	u32 requested_threads;
};

noinline int df_set_max_threads(struct df_proc *proc, u32 max_threads)
{
	proc->max_threads = max_threads;
	return 0;
}

static struct df_proc df_the_proc = { .pid = 4242, .max_threads = 15 };

static ssize_t df_run(struct file *file, const char __user *buf, size_t len,
		      loff_t *ppos)
{
	static struct df_node nodes[10];
	struct df_perm perm = { .read = 1, .mode = 0644, .tag = 0x5a };
	struct df_big big;
	int i;

	for (i = 0; i < 10; i++) {
		nodes[i].depth = i;
		nodes[i].next = i < 9 ? &nodes[i + 1] : NULL;
	}
	df_eight(1, 2, 3, 4, 5, 6, 0x77, 0x8888888888888888ULL);
	df_walk(&nodes[0]);
	big = df_make_big(7);
	df_check_perm(&perm);
	df_set_max_threads(&df_the_proc, 0xffffffff);
	return len + (big.owner - 1000);
}

/* Never dereferences node: the callers below hand it pointers that would
 * oops. Only the recorder looks at the fields, without faulting. */
noinline int df_peek(struct df_node *node)
{
	df_sink = (unsigned long)node;
	return IS_ERR(node) ? PTR_ERR(node) : 0;
}

static ssize_t df_run_wild(struct file *file, const char __user *buf,
			   size_t len, loff_t *ppos)
{
	/* A node in the last 8 bytes of a vmalloc page: depth is readable,
	 * next lies in the unmapped guard page after it. */
	char *page = vmalloc(PAGE_SIZE);
	struct df_node *edge;

	if (!page)
		return -ENOMEM;
	edge = (struct df_node *)(page + PAGE_SIZE - 8);
	edge->depth = 77;
	df_peek(NULL);
	df_peek(ERR_PTR(-EINVAL));
	df_peek((struct df_node *)0x1000);		   /* user space */
	df_peek((struct df_node *)0xdead000000000000ULL); /* non-canonical */
	df_peek((struct df_node *)0xffff800000000000ULL); /* unmapped hole */
	df_peek(edge);
	vfree(page);
	return len;
}

/* The same call twice, the second with page faults disabled (as in a
 * futex operation or under kmap_local): the runtime records the first and
 * ignores everything that runs with page faults disabled. */
static ssize_t df_run_atomic(struct file *file, const char __user *buf,
			     size_t len, loff_t *ppos)
{
	df_eight(1, 2, 3, 4, 5, 6, 0x77, 0x8888888888888888ULL);
	pagefault_disable();
	df_eight(1, 2, 3, 4, 5, 6, 0x77, 0x8888888888888888ULL);
	pagefault_enable();
	return len;
}

/* bench/kernel: DF_BENCH_CALLS calls with scalars only (df_eight: eight
 * arguments and a result) and with a struct pointer (df_set_max_threads:
 * its three fields, a u32 and a result) per write. */
#define DF_BENCH_CALLS 100
static struct df_proc df_bench_proc = { .pid = 1, .max_threads = 2 };

static ssize_t df_run_bench(struct file *file, const char __user *buf,
			    size_t len, loff_t *ppos)
{
	u64 i;

	/* A global object and the results in df_sink: the compiler keeps
	 * every call. */
	for (i = 0; i < DF_BENCH_CALLS; i++) {
		df_sink += df_eight(i, 2, 3, 4, 5, 6, 7, 8);
		df_sink += df_set_max_threads(&df_bench_proc, i);
	}
	return len;
}

/*
 * Remote capture: work done for the writing task elsewhere. A kworker runs
 * df_remote_work under the task's common handle (the way vhost and USB
 * pass kcov_common_handle() to their workers), a softirq (a tasklet) under
 * the global handle DF_SOFTIRQ_HANDLE, with the runtime's own interface.
 * Built with DATAFLOW_DEMO_KCOV_API (the e2e's
 * whole-kernel build, where the built-in runtime serves the kernel's
 * annotations), the kworker uses KCOV's kcov_remote_start_common().
 */
extern void kcov_dataflow_remote_start(u64 handle);
extern void kcov_dataflow_remote_stop(void);
extern u64 kcov_dataflow_common_handle(void);

/* Subsystem 0xdf, instance 1: a global handle no KCOV subsystem uses. */
#define DF_SOFTIRQ_HANDLE ((0xdfULL << 56) | 1)

struct df_job {
	struct work_struct work;
	u64 handle;
};

static struct df_proc df_remote_proc = { .pid = 77, .max_threads = 3 };

noinline u32 df_remote_work(u32 job, struct df_proc *proc)
{
	u32 r = job + proc->max_threads;

	df_sink = r;
	return r;
}

static void df_kworker(struct work_struct *work)
{
	struct df_job *job = container_of(work, struct df_job, work);

#ifdef DATAFLOW_DEMO_KCOV_API
	kcov_remote_start_common(job->handle);
	df_remote_work(0x1234, &df_remote_proc);
	kcov_remote_stop();
#else
	kcov_dataflow_remote_start(job->handle);
	df_remote_work(0x1234, &df_remote_proc);
	kcov_dataflow_remote_stop();
#endif
}

static DECLARE_COMPLETION(df_softirq_done);

static void df_softirq(struct tasklet_struct *t)
{
	kcov_dataflow_remote_start(DF_SOFTIRQ_HANDLE);
	df_remote_work(0x50f7, &df_remote_proc);
	kcov_dataflow_remote_stop();
	complete(&df_softirq_done);
}

static DECLARE_TASKLET(df_tasklet, df_softirq);

static ssize_t df_run_remote(struct file *file, const char __user *buf,
			     size_t len, loff_t *ppos)
{
	struct df_job job;

#ifdef DATAFLOW_DEMO_KCOV_API
	/* KCOV's common handle carries the instance in its low 32 bits. */
	job.handle = kcov_common_handle() & 0xffffffffULL;
#else
	job.handle = kcov_dataflow_common_handle();
#endif
	INIT_WORK_ONSTACK(&job.work, df_kworker);
	queue_work(system_wq, &job.work);
	flush_work(&job.work);
	destroy_work_on_stack(&job.work);
	reinit_completion(&df_softirq_done);
	tasklet_schedule(&df_tasklet);
	wait_for_completion(&df_softirq_done);
	return len;
}

/* Comparisons with a constant, between two variables and in a switch:
 * with trace-cmp, each is a CMP record with these operands. */
noinline int df_compare(u32 a, u64 b)
{
	int r = 0;

	if (a == 0x1234)
		r |= 1;
	if (b > a)
		r |= 2;
	switch (a) {
	case 3:
		r |= 4;
		break;
	case 0x1234:
		r |= 8;
		break;
	}
	df_sink = r;
	return r;
}

static ssize_t df_run_cmp(struct file *file, const char __user *buf,
			  size_t len, loff_t *ppos)
{
	df_compare(0x1234, 0x99999);
	return len;
}

/* __cold: clang places it in .text.unlikely, a section the kernel loads
 * apart from .text; the trace's sections chunk says where. */
noinline __cold int df_cold_error(int err, u32 flags)
{
	df_sink = flags;
	return err;
}

static ssize_t df_run_cold(struct file *file, const char __user *buf,
			   size_t len, loff_t *ppos)
{
	return df_cold_error(-ENOSPC, 0x42) == -ENOSPC ? len : -EIO;
}

static const struct file_operations df_fops = {
	.owner = THIS_MODULE,
	.write = df_run,
};

static const struct file_operations df_wild_fops = {
	.owner = THIS_MODULE,
	.write = df_run_wild,
};

/* The runtime's guard byte (include/sancov-dataflow/abi.h), shown so the
 * abuse cases can check when it is set. Like the remote interface above,
 * a plain reference: a weak one would need a GOT entry, which arm64's
 * module loader refuses (R_AARCH64_ADR_GOT_PAGE), and this module needs
 * the runtime's callbacks anyway. */
extern volatile u8 __sancov_dataflow_guard;

static ssize_t df_read_guard(struct file *file, char __user *buf, size_t len,
			     loff_t *ppos)
{
	char text[2] = { '0', '\n' };

	text[0] += !!READ_ONCE(__sancov_dataflow_guard);
	return simple_read_from_buffer(buf, len, ppos, text, sizeof(text));
}

static const struct file_operations df_guard_fops = {
	.owner = THIS_MODULE,
	.read = df_read_guard,
};

static const struct file_operations df_atomic_fops = {
	.owner = THIS_MODULE,
	.write = df_run_atomic,
};

static const struct file_operations df_bench_fops = {
	.owner = THIS_MODULE,
	.write = df_run_bench,
};

static const struct file_operations df_remote_fops = {
	.owner = THIS_MODULE,
	.write = df_run_remote,
};

static const struct file_operations df_cmp_fops = {
	.owner = THIS_MODULE,
	.write = df_run_cmp,
};

static const struct file_operations df_cold_fops = {
	.owner = THIS_MODULE,
	.write = df_run_cold,
};

static struct dentry *df_dentries[8];

static void df_remove(void)
{
	int i;

	for (i = 0; i < ARRAY_SIZE(df_dentries); i++)
		if (!IS_ERR_OR_NULL(df_dentries[i]))
			debugfs_remove(df_dentries[i]);
}

static int __init df_init(void)
{
	static const struct {
		const char *name;
		const struct file_operations *fops;
	} files[] = {
		{ "dataflow_demo", &df_fops },
		{ "dataflow_demo_wild", &df_wild_fops },
		{ "dataflow_demo_atomic", &df_atomic_fops },
		{ "dataflow_demo_bench", &df_bench_fops },
		{ "dataflow_demo_guard", &df_guard_fops },
		{ "dataflow_demo_remote", &df_remote_fops },
		{ "dataflow_demo_cmp", &df_cmp_fops },
		{ "dataflow_demo_cold", &df_cold_fops },
	};
	int i;

	for (i = 0; i < ARRAY_SIZE(files); i++) {
		umode_t mode = files[i].fops->read ? 0400 : 0200;

		df_dentries[i] = debugfs_create_file(files[i].name, mode, NULL,
						     NULL, files[i].fops);
		if (IS_ERR(df_dentries[i])) {
			int err = PTR_ERR(df_dentries[i]);

			df_remove();
			return err;
		}
	}
	return 0;
}

static void __exit df_exit(void)
{
	df_remove();
	tasklet_kill(&df_tasklet);
}

module_init(df_init);
module_exit(df_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("sancov-dataflow example: values at function boundaries");
