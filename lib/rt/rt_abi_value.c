/*===- rt_abi_value.c - ABI C (abi=value): values, call site as identity --===*
 *
 * As ABI B, but without a pc: word 1 is the callback's return address minus
 * one, a call site inside the instrumented function or inside a callee
 * inlined into it (DWARF inline info names the frame).
 *
 *===----------------------------------------------------------------------===*/
#define _GNU_SOURCE
#include "rt_record.h"

#if SCDF_ABI != SCDF_ABI_VALUE
#error "build with -DSCDF_ABI=SCDF_ABI_VALUE"
#endif

RT_FILE_BEGIN

const u32 rt_abi_id = SCDF_ABI_VALUE;

/* abi.h: objects instrumented for this ABI reference it, so linking them
 * against another ABI's runtime fails with this name. */
RT_EXPORT const scdf_u8 __sancov_dataflow_abi_value = 1;

#define RT_CALL_SITE() ((u64)(uintptr_t)__builtin_return_address(0) - 1)

RT_EXPORT void __sanitizer_cov_trace_args(u32 arg_idx, u32 size, u64 val,
                                          u64 *offsets, u32 num_fields) {
  RT_RETURN_IF_OFF();
  if (RT_LIKELY(num_fields == 0))
    rt_put(RT_K_VAL, SCDF_REC_ENTRY, RT_CALL_SITE(), arg_idx, size, 0, val, 0,
           NULL, 0);
  else
    rt_record_fields(rt_desc(RT_K_FIELDS, SCDF_REC_ENTRY, arg_idx, size),
                     RT_CALL_SITE(), val, offsets, num_fields);
}

RT_EXPORT void __sanitizer_cov_trace_ret(u32 size, u64 val, u64 *offsets,
                                         u32 num_fields) {
  RT_RETURN_IF_OFF();
  if (RT_LIKELY(num_fields == 0))
    rt_put(RT_K_VAL, SCDF_REC_RET, RT_CALL_SITE(), 0, size, 0, val, 0, NULL, 0);
  else
    rt_record_fields(rt_desc(RT_K_FIELDS, SCDF_REC_RET, 0, size),
                     RT_CALL_SITE(), val, offsets, num_fields);
}

RT_FILE_END
