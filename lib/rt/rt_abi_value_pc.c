/*===- rt_abi_value_pc.c - ABI B (abi=value-pc): values with the pc -------===*
 *
 * A value up to 8 bytes arrives in val and is recorded as is (word 2 is 0);
 * with a table, val is the object's address (word 2) and its fields are
 * read as in ABI A. Wider values come as several calls: several records.
 *
 *===----------------------------------------------------------------------===*/
#define _GNU_SOURCE
#include "rt_record.h"

#if SCDF_ABI != SCDF_ABI_VALUE_PC
#error "build with -DSCDF_ABI=SCDF_ABI_VALUE_PC"
#endif

RT_FILE_BEGIN

const u32 rt_abi_id = SCDF_ABI_VALUE_PC;

/* abi.h: objects instrumented for this ABI reference it, so linking them
 * against another ABI's runtime fails with this name. */
RT_EXPORT const scdf_u8 __sancov_dataflow_abi_value_pc = 1;

RT_EXPORT void __sanitizer_cov_trace_args(u64 pc, u32 arg_idx, u32 size,
                                          u64 val, u64 *offsets,
                                          u32 num_fields) {
  RT_RETURN_IF_OFF();
  if (RT_LIKELY(num_fields == 0))
    rt_put(RT_K_VAL, SCDF_REC_ENTRY, pc, arg_idx, size, 0, val, 0, NULL, 0);
  else
    rt_record_fields(rt_desc(RT_K_FIELDS, SCDF_REC_ENTRY, arg_idx, size), pc,
                     val, offsets, num_fields);
}

RT_EXPORT void __sanitizer_cov_trace_ret(u64 pc, u32 size, u64 val,
                                         u64 *offsets, u32 num_fields) {
  RT_RETURN_IF_OFF();
  if (RT_LIKELY(num_fields == 0))
    rt_put(RT_K_VAL, SCDF_REC_RET, pc, 0, size, 0, val, 0, NULL, 0);
  else
    rt_record_fields(rt_desc(RT_K_FIELDS, SCDF_REC_RET, 0, size), pc, val,
                     offsets, num_fields);
}

RT_FILE_END
