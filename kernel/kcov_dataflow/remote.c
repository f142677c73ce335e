// SPDX-License-Identifier: GPL-2.0
/*
 * Remote capture: records made on behalf of a recording task by kernel
 * threads and softirqs, with KCOV's model and handles (abi.h,
 * KCOV_DF_REMOTE_ENABLE). Kernel code brackets such work with
 *
 *   kcov_dataflow_remote_start(handle);   (built in: kcov_remote_start)
 *   ...
 *   kcov_dataflow_remote_stop();          (built in: kcov_remote_stop)
 *
 * A task registers global handles and a common handle; the common handle
 * goes into its task_struct (kcov_handle), so kernel threads it spawns can
 * pass kcov_common_handle() to their work. Between start and stop, a
 * kernel thread records into a scratch buffer it attaches to itself in the
 * table of enabled tasks (core.c), a softirq into a scratch buffer of its
 * CPU. At stop the session is appended, after a REMOTE record naming the
 * handle and the worker, to the registering file's remote buffer, which
 * user space drains with read(). The file's own buffer keeps one writer,
 * its task, so the record writer stays free of atomics.
 *
 * A session that finds no free scratch buffer, or does not fit into the
 * remote buffer, is lost and counted (GET_DROPPED).
 */

#include <linux/cpumask.h>
#include <linux/kcov.h>
#include <linux/module.h>
#include <linux/pid.h>
#include <linux/preempt.h>
#include <linux/refcount.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include <linux/vmalloc.h>

#include <sancov-dataflow/abi.h>

#include "kcov_df.h"

#define KCOV_DF_MIN_REMOTE_WORDS 64U
#define KCOV_DF_MAX_REMOTE_WORDS (16U << 20)
/* Kernel threads that may be inside a session of one file at once. */
#define KCOV_DF_TASK_SESSIONS 4
#define KCOV_DF_MAX_REMOTES 16

/* One scratch buffer; df.mode has KCOV_DF_SESSION. */
struct kcov_df_session {
	struct kcov_df df;
	struct kcov_df_remote *remote;
	u64 handle;
	unsigned int depth; /* nested starts of the same worker */
	bool in_use; /* under remote->lock */
};

/* A file's registration and its remote buffer. */
struct kcov_df_remote {
	spinlock_t lock; /* the buffer and the sessions' in_use */
	refcount_t refs; /* the file, and each session in use */
	bool registered; /* under kcov_df_remotes_lock */
	u32 cmp; /* KCOV_DF_ENABLE_CMP if the file's task asked */
	u64 common_handle;
	u32 num_handles;
	u64 handles[SCDF_REMOTE_MAX_HANDLES];
	u64 *area;
	unsigned long words, used, read_pos;
	u64 dropped;
	unsigned int nr_sessions; /* task sessions, then one per CPU */
	struct kcov_df_session sessions[];
};

static struct kcov_df_session *kcov_df_session_of(struct kcov_df *df)
{
	return container_of(df, struct kcov_df_session, df);
}

static struct kcov_df_remote *kcov_df_remotes[KCOV_DF_MAX_REMOTES];
static DEFINE_SPINLOCK(kcov_df_remotes_lock);

/* The session a CPU's softirq records into (core.c reads it). */
DEFINE_PER_CPU(struct kcov_df *, kcov_df_softirq);

static void kcov_df_remote_put(struct kcov_df_remote *r)
{
	unsigned int i;

	if (!refcount_dec_and_test(&r->refs))
		return;
	for (i = 0; i < r->nr_sessions; i++)
		vfree(r->sessions[i].df.area);
	vfree(r->area);
	kfree(r);
}

static bool kcov_df_has_handle(struct kcov_df_remote *r, u64 handle)
{
	u32 i;

	if (handle && handle == r->common_handle)
		return true;
	for (i = 0; i < r->num_handles; i++)
		if (r->handles[i] == handle)
			return true;
	return false;
}

/*
 * A free scratch buffer of the file that registered handle, taken, with a
 * reference on the file's state: a task session, or this CPU's softirq
 * session. NULL if no file registered handle or none is free (counted).
 */
static struct kcov_df_session *kcov_df_session_get(u64 handle, bool softirq)
{
	struct kcov_df_remote *r = NULL;
	struct kcov_df_session *s = NULL;
	unsigned long flags;
	unsigned int i, first, last;

	spin_lock_irqsave(&kcov_df_remotes_lock, flags);
	for (i = 0; i < KCOV_DF_MAX_REMOTES && !r; i++)
		if (kcov_df_remotes[i] &&
		    kcov_df_has_handle(kcov_df_remotes[i], handle))
			r = kcov_df_remotes[i];
	if (r)
		refcount_inc(&r->refs);
	spin_unlock_irqrestore(&kcov_df_remotes_lock, flags);
	if (!r)
		return NULL;
	first = softirq ? KCOV_DF_TASK_SESSIONS + smp_processor_id() : 0;
	last = softirq ? first + 1 : KCOV_DF_TASK_SESSIONS;
	spin_lock_irqsave(&r->lock, flags);
	for (i = first; i < last && !s; i++)
		if (!r->sessions[i].in_use)
			s = &r->sessions[i];
	if (s)
		s->in_use = true;
	else
		r->dropped++;
	spin_unlock_irqrestore(&r->lock, flags);
	if (!s) {
		kcov_df_remote_put(r);
		return NULL;
	}
	s->handle = handle;
	s->depth = 1;
	s->df.area[0] = 0;
	s->df.seq = 0;
	s->df.dropped = 0;
	s->df.mode = KCOV_DF_SESSION | r->cmp;
	return s;
}

/* The REMOTE record that heads a session in the remote buffer (abi.h). */
static void kcov_df_put_remote_record(u64 *rec, struct kcov_df_session *s,
				      bool softirq, u64 words)
{
	char comm[16] = "softirq";

	if (!softirq)
		strscpy_pad(comm, current->comm, sizeof(comm));
	rec[0] = scdf_rec_header(SCDF_REC_REMOTE, 0, SCDF_REMOTE_VALS, 0, 0);
	rec[1] = s->handle;
	rec[2] = softirq ? 0 : task_pid_nr(current);
	memcpy(&rec[3], comm, sizeof(comm));
	rec[5] = smp_processor_id();
	rec[6] = words;
}

/* Appends the session to its file's remote buffer (unless it is lost)
 * and frees the scratch buffer. The session's own records dropped for lack
 * of room count too. */
static void kcov_df_session_put(struct kcov_df_session *s, bool softirq,
				bool lost)
{
	struct kcov_df_remote *r = s->remote;
	u64 words = min_t(u64, READ_ONCE(s->df.area[0]), s->df.words - 1);
	u64 need = SCDF_RECORD_WORDS(SCDF_REMOTE_VALS) + words;
	unsigned long flags;

	spin_lock_irqsave(&r->lock, flags);
	r->dropped += s->df.dropped;
	if (!lost && need <= r->words - r->used) {
		kcov_df_put_remote_record(&r->area[r->used], s, softirq, words);
		memcpy(&r->area[r->used + need - words], &s->df.area[1],
		       words * sizeof(u64));
		r->used += need;
	} else {
		r->dropped++;
	}
	s->in_use = false;
	spin_unlock_irqrestore(&r->lock, flags);
	kcov_df_remote_put(r);
}

static bool kcov_df_softirq_context(void)
{
	return !in_task() && in_serving_softirq() && !in_hardirq() && !in_nmi();
}

static void kcov_df_task_session_start(u64 handle)
{
	struct kcov_df *df = kcov_df_of_current();
	struct kcov_df_session *s;

	/* A task that records for itself keeps doing so; a worker already in
	 * a session stays in it until the matching stop. */
	if (df) {
		if (df->mode & KCOV_DF_SESSION)
			kcov_df_session_of(df)->depth++;
		return;
	}
	s = kcov_df_session_get(handle, false);
	if (s && kcov_df_attach(&s->df, current))
		kcov_df_session_put(s, false, true); /* no free table entry */
}

void kcov_dataflow_remote_start(u64 handle)
{
	struct kcov_df_session *s;

	if (!KCOV_DF_RECORDING())
		return;
	if (in_task()) {
		kcov_df_task_session_start(handle);
		return;
	}
	if (!kcov_df_softirq_context())
		return;
	if (this_cpu_read(kcov_df_softirq)) {
		kcov_df_session_of(this_cpu_read(kcov_df_softirq))->depth++;
		return;
	}
	s = kcov_df_session_get(handle, true);
	if (s)
		this_cpu_write(kcov_df_softirq, &s->df);
}
EXPORT_SYMBOL(kcov_dataflow_remote_start);

void kcov_dataflow_remote_stop(void)
{
	struct kcov_df_session *s;
	struct kcov_df *df;

	if (in_task()) {
		df = kcov_df_of_current();
		if (!df || !(df->mode & KCOV_DF_SESSION))
			return;
		s = kcov_df_session_of(df);
		if (--s->depth)
			return;
		kcov_df_disable(df);
		kcov_df_session_put(s, false, false);
		return;
	}
	if (!kcov_df_softirq_context())
		return;
	df = this_cpu_read(kcov_df_softirq);
	if (!df)
		return;
	s = kcov_df_session_of(df);
	if (--s->depth)
		return;
	/* This CPU's softirq is the only one that records into df, and it
	 * is here, not inside a callback. */
	this_cpu_write(kcov_df_softirq, NULL);
	kcov_df_session_put(s, true, false);
}
EXPORT_SYMBOL(kcov_dataflow_remote_stop);

/* For workers a task spawns: its common handle, 0 if none. KCOV keeps it
 * in task_struct, and copies it into the task's children at fork. */
u64 kcov_dataflow_common_handle(void)
{
#ifdef CONFIG_KCOV
	return in_task() ? current->kcov_handle : 0;
#else
	return 0;
#endif
}
EXPORT_SYMBOL(kcov_dataflow_common_handle);

#ifdef KCOV_DATAFLOW_KCOV_REMOTE
/*
 * Built in, the kernel's own annotations reach the runtime too: the e2e
 * build compiles kernel/kcov.c with its kcov_remote_start/_stop renamed
 * (kcov_remote_start_kcov, _stop_kcov; build-kernel.sh), and these take
 * their place, serving KCOV and then this runtime.
 */
void kcov_remote_start_kcov(u64 handle);
void kcov_remote_stop_kcov(void);

void kcov_remote_start(u64 handle)
{
	kcov_remote_start_kcov(handle);
	kcov_dataflow_remote_start(handle);
}
EXPORT_SYMBOL(kcov_remote_start);

void kcov_remote_stop(void)
{
	kcov_dataflow_remote_stop();
	kcov_remote_stop_kcov();
}
EXPORT_SYMBOL(kcov_remote_stop);
#endif

/* KCOV's rules (kcov_check_handle): bits 32..55 are zero; a common handle
 * has subsystem 0, a global handle another one. */
static bool kcov_df_handle_ok(u64 handle, bool common)
{
	if (handle & GENMASK_ULL(55, 32))
		return false;
	return common == !SCDF_HANDLE_SUBSYSTEM(handle);
}

static struct kcov_df_remote *
kcov_df_remote_alloc(const struct scdf_remote_arg *a)
{
	unsigned int i, n = KCOV_DF_TASK_SESSIONS + nr_cpu_ids;
	struct kcov_df_remote *r =
		kzalloc(struct_size(r, sessions, n), GFP_KERNEL);

	if (!r)
		return NULL;
	spin_lock_init(&r->lock);
	refcount_set(&r->refs, 1);
	r->nr_sessions = n;
	r->words = a->area_words;
	r->area = vmalloc(r->words * sizeof(u64));
	for (i = 0; i < n && r->area; i++) {
		r->sessions[i].remote = r;
		r->sessions[i].df.words = a->session_words;
		r->sessions[i].df.area =
			vmalloc(a->session_words * sizeof(u64));
		if (!r->sessions[i].df.area)
			break;
	}
	if (!r->area || i < n) {
		kcov_df_remote_put(r);
		return NULL;
	}
	return r;
}

/* Publishes r's handles; EEXIST if another file registered one of them,
 * ENOSPC if KCOV_DF_MAX_REMOTES files have handles. */
static int kcov_df_register(struct kcov_df_remote *r)
{
	int i, free = -1, ret = 0;
	u32 h;

	spin_lock_irq(&kcov_df_remotes_lock);
	for (i = 0; i < KCOV_DF_MAX_REMOTES; i++) {
		struct kcov_df_remote *o = kcov_df_remotes[i];

		if (!o) {
			free = free < 0 ? i : free;
			continue;
		}
		if (r->common_handle && kcov_df_has_handle(o, r->common_handle))
			ret = -EEXIST;
		for (h = 0; h < r->num_handles; h++)
			if (kcov_df_has_handle(o, r->handles[h]))
				ret = -EEXIST;
	}
	if (!ret && free < 0)
		ret = -ENOSPC;
	if (!ret) {
		kcov_df_remotes[free] = r;
		r->registered = true;
	}
	spin_unlock_irq(&kcov_df_remotes_lock);
	return ret;
}

static void kcov_df_unregister(struct kcov_df_remote *r)
{
	int i;

	spin_lock_irq(&kcov_df_remotes_lock);
	for (i = 0; i < KCOV_DF_MAX_REMOTES; i++)
		if (kcov_df_remotes[i] == r)
			kcov_df_remotes[i] = NULL;
	spin_unlock_irq(&kcov_df_remotes_lock);
	if (r->registered)
		kcov_df_hold_guard(-1);
	r->registered = false;
#ifdef CONFIG_KCOV
	if (r->common_handle && current->kcov_handle == r->common_handle)
		current->kcov_handle = 0;
#endif
}

/* Copies and checks REMOTE_ENABLE's argument. */
static int kcov_df_remote_arg(struct scdf_remote_arg *a, u64 *handles,
			      unsigned long uarg)
{
	const void __user *p = (const void __user *)uarg;
	u32 i;

	if (copy_from_user(a, p, sizeof(*a)))
		return -EFAULT;
	if (a->reserved || a->num_handles > SCDF_REMOTE_MAX_HANDLES ||
	    (!a->num_handles && !a->common_handle) ||
	    a->area_words < KCOV_DF_MIN_REMOTE_WORDS ||
	    a->area_words > KCOV_DF_MAX_REMOTE_WORDS ||
	    a->session_words < KCOV_DF_MIN_REMOTE_WORDS ||
	    a->session_words > KCOV_DF_MAX_REMOTE_WORDS)
		return -EINVAL;
	if (!IS_ENABLED(CONFIG_KCOV) && a->common_handle)
		return -EOPNOTSUPP;
	if (a->common_handle && !kcov_df_handle_ok(a->common_handle, true))
		return -EINVAL;
	if (copy_from_user(handles, p + sizeof(*a),
			   a->num_handles * sizeof(u64)))
		return -EFAULT;
	for (i = 0; i < a->num_handles; i++)
		if (!kcov_df_handle_ok(handles[i], false))
			return -EINVAL;
	return 0;
}

static int kcov_df_remote_enable(struct kcov_df *df, unsigned long uarg)
{
	u64 handles[SCDF_REMOTE_MAX_HANDLES];
	struct scdf_remote_arg a;
	struct kcov_df_remote *r;
	int ret;

	if (df->remote)
		return -EBUSY;
	ret = kcov_df_remote_arg(&a, handles, uarg);
	if (ret)
		return ret;
	r = kcov_df_remote_alloc(&a);
	if (!r)
		return -ENOMEM;
	r->common_handle = a.common_handle;
	r->num_handles = a.num_handles;
	memcpy(r->handles, handles, a.num_handles * sizeof(u64));
	r->cmp = df->mode & KCOV_DF_ENABLE_CMP;
	kcov_df_hold_guard(1);
	ret = kcov_df_register(r);
	if (ret) {
		kcov_df_hold_guard(-1);
		kcov_df_remote_put(r);
		return ret;
	}
#ifdef CONFIG_KCOV
	if (r->common_handle)
		current->kcov_handle = r->common_handle;
#endif
	df->remote = r;
	return 0;
}

/* REMOTE_ENABLE, REMOTE_DISABLE (the buffer stays readable until the file
 * is closed); ENOTTY for any other command. df->lock is held. */
long kcov_df_remote_ioctl(struct kcov_df *df, unsigned int cmd,
			  unsigned long arg)
{
	switch (cmd) {
	case KCOV_DF_REMOTE_ENABLE:
		return kcov_df_remote_enable(df, arg);
	case KCOV_DF_REMOTE_DISABLE:
		if (!df->remote || !df->remote->registered)
			return -EINVAL;
		kcov_df_unregister(df->remote);
		return 0;
	default:
		return -ENOTTY;
	}
}

/*
 * Drains the remote buffer: whole record words from [read_pos, used). The
 * copy runs without the spinlock (it may fault; df->lock keeps other
 * readers out); sessions only append beyond used meanwhile, and the
 * buffer restarts at 0 only once read to the end.
 */
ssize_t kcov_df_remote_read(struct kcov_df *df, char __user *buf, size_t len)
{
	struct kcov_df_remote *r = df->remote;
	unsigned long from, n;

	if (!r || len < sizeof(u64))
		return -EINVAL;
	spin_lock_irq(&r->lock);
	from = r->read_pos;
	n = min_t(unsigned long, r->used - from, len / sizeof(u64));
	spin_unlock_irq(&r->lock);
	if (!n)
		return 0;
	if (copy_to_user(buf, &r->area[from], n * sizeof(u64)))
		return -EFAULT;
	spin_lock_irq(&r->lock);
	r->read_pos += n;
	if (r->read_pos == r->used)
		r->read_pos = r->used = 0;
	spin_unlock_irq(&r->lock);
	return n * sizeof(u64);
}

u64 kcov_df_remote_dropped(struct kcov_df *df)
{
	return df->remote ? READ_ONCE(df->remote->dropped) : 0;
}

/* The file is released: no new sessions; running ones finish into a
 * buffer nobody reads, and the last frees it. */
void kcov_df_remote_release(struct kcov_df *df)
{
	if (!df->remote)
		return;
	if (df->remote->registered)
		kcov_df_unregister(df->remote);
	kcov_df_remote_put(df->remote);
	df->remote = NULL;
}
