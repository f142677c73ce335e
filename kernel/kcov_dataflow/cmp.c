// SPDX-License-Identifier: GPL-2.0
/*
 * trace-cmp's callbacks: code built with -fsanitize-coverage=trace-cmp
 * (sancov-dataflow-cc adds it with SANCOV_DATAFLOW_CMP=1) reports each
 * comparison's operands, which become CMP records (abi.h) in the task's
 * trace when it enabled with KCOV_DF_ENABLE_CMP. KCOV defines the same
 * callbacks when CONFIG_KCOV_ENABLE_COMPARISONS is set; then KCOV keeps
 * them and the runtime records no comparisons.
 */

#include <linux/export.h>
#include <linux/kcov.h>
#include <linux/kernel.h>
#include <linux/log2.h>
#include <linux/types.h>
#include <linux/uaccess.h>

#include <sancov-dataflow/abi.h>

#include "kcov_df.h"

#ifndef CONFIG_KCOV_ENABLE_COMPARISONS

/*
 * objtool lets these callbacks run with user access (AC) enabled, as KCOV's
 * own are, and then allows no call: the writer runs with it saved and
 * cleared.
 */
static __always_inline void kcov_df_cmp(u64 pc, u32 type, u32 size, u64 a,
					u64 b)
{
	unsigned long flags = user_access_save();

	kcov_df_trace_cmp(pc, type, size, a, b);
	user_access_restore(flags);
}

#define KCOV_DF_CMP(bytes, log2, T)                                           \
	void notrace __sanitizer_cov_trace_cmp##bytes(T a, T b)               \
	{                                                                     \
		if (KCOV_DF_RECORDING())                                      \
			kcov_df_cmp(KCOV_DF_CALL_SITE(), SCDF_CMP_SIZE(log2), \
				    bytes, a, b);                             \
	}                                                                     \
	EXPORT_SYMBOL(__sanitizer_cov_trace_cmp##bytes);                      \
	void notrace __sanitizer_cov_trace_const_cmp##bytes(T a, T b)         \
	{                                                                     \
		if (KCOV_DF_RECORDING())                                      \
			kcov_df_cmp(KCOV_DF_CALL_SITE(),                      \
				    SCDF_CMP_SIZE(log2) | SCDF_CMP_CONST,     \
				    bytes, a, b);                             \
	}                                                                     \
	EXPORT_SYMBOL(__sanitizer_cov_trace_const_cmp##bytes)

KCOV_DF_CMP(1, 0, u8);
KCOV_DF_CMP(2, 1, u16);
KCOV_DF_CMP(4, 2, u32);
KCOV_DF_CMP(8, 3, kcov_u64);

/* cases[0] case count, cases[1] the value's bits, then the constants: one
 * constant comparison per case. */
void notrace __sanitizer_cov_trace_switch(kcov_u64 val, void *arg)
{
	const u64 *cases = arg;
	u64 i, pc = KCOV_DF_CALL_SITE();
	u32 log2;

	if (!KCOV_DF_RECORDING())
		return;
	if (!is_power_of_2(cases[1]) || cases[1] < 8 || cases[1] > 64)
		return;
	log2 = ilog2(cases[1] / 8);
	for (i = 0; i < cases[0]; i++)
		kcov_df_cmp(pc, SCDF_CMP_SIZE(log2) | SCDF_CMP_CONST,
			    1U << log2, cases[i + 2], val);
}
EXPORT_SYMBOL(__sanitizer_cov_trace_switch);

#endif /* !CONFIG_KCOV_ENABLE_COMPARISONS */
