/*===- rt_abi_kcov_v2.c - ABI A (abi=kcov-v2): the RFC v2 callbacks -------===*
 *
 * Values by address: a scalar is read at ptr (min(size, 8) bytes), a struct
 * field by field through the offsets table; word 2 is the pointer.
 *
 *===----------------------------------------------------------------------===*/
#define _GNU_SOURCE
#include "rt_record.h"

#if SCDF_ABI != SCDF_ABI_KCOV_V2
#error "build with -DSCDF_ABI=SCDF_ABI_KCOV_V2"
#endif

RT_FILE_BEGIN

const u32 rt_abi_id = SCDF_ABI_KCOV_V2;

/* abi.h: objects instrumented for this ABI reference it, so linking them
 * against another ABI's runtime fails with this name. */
RT_EXPORT const scdf_u8 __sancov_dataflow_abi_kcov_v2 = 1;

RT_EXPORT void __sanitizer_cov_trace_args(u64 pc, u32 arg_idx, u32 arg_size,
                                          void *arg_ptr, u64 *offsets,
                                          u32 num_fields) {
  RT_RETURN_IF_OFF();
  u64 p = (u64)(uintptr_t)arg_ptr;
  if (RT_LIKELY(num_fields == 0))
    rt_put(RT_K_PTR, SCDF_REC_ENTRY, pc, arg_idx, arg_size, p, p, 0, NULL, 0);
  else
    rt_record_fields(rt_desc(RT_K_FIELDS, SCDF_REC_ENTRY, arg_idx, arg_size),
                     pc, p, offsets, num_fields);
}

RT_EXPORT void __sanitizer_cov_trace_ret(u64 pc, u32 ret_size, void *ret_val,
                                         u64 *offsets, u32 num_fields) {
  RT_RETURN_IF_OFF();
  u64 p = (u64)(uintptr_t)ret_val;
  if (RT_LIKELY(num_fields == 0))
    rt_put(RT_K_PTR, SCDF_REC_RET, pc, 0, ret_size, p, p, 0, NULL, 0);
  else
    rt_record_fields(rt_desc(RT_K_FIELDS, SCDF_REC_RET, 0, ret_size), pc, p,
                     offsets, num_fields);
}

RT_FILE_END
