// Minimal receiver for the sqlite benchmark: both callbacks do nothing, so
// an instrumented program linked with this file pays only for the inserted
// calls (argument set-up, spills to the stack slots ABI A needs, the call
// and return). Compile WITHOUT the plugin, in its own translation unit so
// the calls cannot be inlined away.
#include <stdint.h>

void __sanitizer_cov_trace_args(uint64_t pc, uint32_t arg_idx,
                                uint32_t arg_size, void *arg_ptr,
                                uint64_t *offsets, uint32_t num_fields) {
  (void)pc, (void)arg_idx, (void)arg_size, (void)arg_ptr, (void)offsets,
      (void)num_fields;
}

void __sanitizer_cov_trace_ret(uint64_t pc, uint32_t ret_size, void *ret_val,
                               uint64_t *offsets, uint32_t num_fields) {
  (void)pc, (void)ret_size, (void)ret_val, (void)offsets, (void)num_fields;
}
