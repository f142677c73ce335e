// Minimal receiver for the benchmarks: every callback does nothing, so an
// instrumented program linked with this file pays only for the inserted
// calls (argument set-up, ABI A's stores to its stack slot, the call and
// return). Compile WITHOUT the plugin, in its own translation unit so the
// calls cannot be inlined away, with -DSCDF_ABI=<n> (abi.h) for the ABI the
// program was instrumented for.
#include "sancov-dataflow/abi.h"

#define MARKER_(name) const char name = 0
#define MARKER(name) MARKER_(name)

#if SCDF_ABI == SCDF_ABI_KCOV_V2
MARKER(SCDF_ABI_MARKER_KCOV_V2);
void __sanitizer_cov_trace_args(scdf_u64 pc, scdf_u32 arg_idx,
                                scdf_u32 arg_size, void *arg_ptr,
                                scdf_u64 *offsets, scdf_u32 num_fields) {}
void __sanitizer_cov_trace_ret(scdf_u64 pc, scdf_u32 ret_size, void *ret_val,
                               scdf_u64 *offsets, scdf_u32 num_fields) {}
#elif SCDF_ABI == SCDF_ABI_VALUE_PC
MARKER(SCDF_ABI_MARKER_VALUE_PC);
void __sanitizer_cov_trace_args(scdf_u64 pc, scdf_u32 arg_idx, scdf_u32 size,
                                scdf_u64 val, scdf_u64 *offsets,
                                scdf_u32 num_fields) {}
void __sanitizer_cov_trace_ret(scdf_u64 pc, scdf_u32 size, scdf_u64 val,
                               scdf_u64 *offsets, scdf_u32 num_fields) {}
#elif SCDF_ABI == SCDF_ABI_VALUE
MARKER(SCDF_ABI_MARKER_VALUE);
void __sanitizer_cov_trace_args(scdf_u32 arg_idx, scdf_u32 size, scdf_u64 val,
                                scdf_u64 *offsets, scdf_u32 num_fields) {}
void __sanitizer_cov_trace_ret(scdf_u32 size, scdf_u64 val, scdf_u64 *offsets,
                               scdf_u32 num_fields) {}
#elif SCDF_ABI == SCDF_ABI_TAG
MARKER(SCDF_ABI_MARKER_TAG);
void __sanitizer_cov_trace_args(scdf_u64 tag, scdf_u64 val,
                                const scdf_u64 *offsets) {}
void __sanitizer_cov_trace_ret(scdf_u64 size, scdf_u64 val,
                               const scdf_u64 *offsets) {}
#elif SCDF_ABI == SCDF_ABI_PACKED
MARKER(SCDF_ABI_MARKER_PACKED);
SCDF_PACKED_CC void
__sanitizer_cov_trace_packed(scdf_u64 v0, scdf_u64 v1, scdf_u64 v2, scdf_u64 v3,
                             scdf_u64 v4, const struct scdf_packed_desc *d) {}
#endif

void __sanitizer_cov_trace_pc_entry(void) {}
void __sanitizer_cov_trace_pc_exit(void) {}
/* Nothing records: guarded code skips every callback. */
volatile scdf_u8 __sancov_dataflow_guard = 0;
/* clang's own -fsanitize-coverage=trace-pc, for the side-by-side. */
void __sanitizer_cov_trace_pc(void) {}
