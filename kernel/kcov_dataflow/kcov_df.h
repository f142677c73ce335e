/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What the parts of the kcov_dataflow runtime share: core.c (the enabled
 * tasks, the record writer, the callbacks of the plugin, the file), cmp.c
 * (trace-cmp's callbacks) and remote.c (remote capture).
 */
#ifndef KCOV_DF_H
#define KCOV_DF_H

#include <linux/mutex.h>
#include <linux/percpu.h>
#include <linux/types.h>

struct kcov_df_remote;

/* Internal mode bit of a remote session's state (never a user's flag). */
#define KCOV_DF_SESSION (1U << 31)
#define KCOV_DF_ENABLE_FLAGS                                     \
	(KCOV_DF_ENABLE_AFTER_EXEC | KCOV_DF_ENABLE_UNTIL_EXIT | \
	 KCOV_DF_ENABLE_CMP)

/*
 * A buffer and the task that records into it: an open file's (core.c), or
 * a remote session's scratch buffer (remote.c), which a worker task or a
 * CPU's softirq records into between kcov_remote_start() and _stop().
 */
struct kcov_df {
	struct mutex lock; /* a file's ioctl, mmap, read and release */
	u64 *area;
	unsigned long words;
	struct task_struct *task; /* enabled task, pinned; NULL if none */
	u32 seq;
	u32 mode; /* KCOV_DF_ENABLE_* of the task, KCOV_DF_SESSION */
	u64 exec_id; /* AFTER_EXEC: the task's self_exec_id at ENABLE */
	u64 dropped;
	bool busy; /* recursion guard; only the recording context sets it */
	struct kcov_df_remote *remote; /* a file's REMOTE_ENABLE state */
};

/* core.c */
#define KCOV_DF_RECORDING() likely(READ_ONCE(__sancov_dataflow_guard))
#define KCOV_DF_CALL_SITE() ((u64)_RET_IP_ - 1)
void kcov_df_trace_cmp(u64 pc, u32 type, u32 size, u64 arg1, u64 arg2);
int kcov_df_attach(struct kcov_df *df, struct task_struct *t);
void kcov_df_disable(struct kcov_df *df);
struct kcov_df *kcov_df_of_current(void);
void kcov_df_hold_guard(int delta);

/* remote.c */
DECLARE_PER_CPU(struct kcov_df *, kcov_df_softirq);
long kcov_df_remote_ioctl(struct kcov_df *df, unsigned int cmd,
			  unsigned long arg);
ssize_t kcov_df_remote_read(struct kcov_df *df, char __user *buf, size_t len);
u64 kcov_df_remote_dropped(struct kcov_df *df);
void kcov_df_remote_release(struct kcov_df *df);

/* remote.c's interface for kernel code (the module exports it). */
void kcov_dataflow_remote_start(u64 handle);
void kcov_dataflow_remote_stop(void);
u64 kcov_dataflow_common_handle(void);

#endif /* KCOV_DF_H */
