/*===- rt_abi_tag.c - ABI D (abi=tag): three-argument callbacks -----------===*
 *
 * tag = (arg_idx << 32) | size; offsets == NULL: val is the value, else val
 * is the object's address and offsets[0] pairs follow. Word 1 is the call
 * site, as in ABI C.
 *
 *===----------------------------------------------------------------------===*/
#define _GNU_SOURCE
#include "rt_record.h"

#if SCDF_ABI != SCDF_ABI_TAG
#error "build with -DSCDF_ABI=SCDF_ABI_TAG"
#endif

RT_FILE_BEGIN

const u32 rt_abi_id = SCDF_ABI_TAG;

/* abi.h: objects instrumented for this ABI reference it, so linking them
 * against another ABI's runtime fails with this name. */
RT_EXPORT const scdf_u8 __sancov_dataflow_abi_tag = 1;

#define RT_CALL_SITE() ((u64)(uintptr_t)__builtin_return_address(0) - 1)

/* A table's pair count, held in a u64: clamp rather than wrap. */
static inline u32 rt_count(u64 n) { return n > UINT32_MAX ? UINT32_MAX : n; }

RT_EXPORT void __sanitizer_cov_trace_args(u64 tag, u64 val,
                                          const u64 *offsets) {
  RT_RETURN_IF_OFF();
  u32 idx = (u32)(tag >> 32), size = (u32)tag;
  if (RT_LIKELY(offsets == NULL))
    rt_put(RT_K_VAL, SCDF_REC_ENTRY, RT_CALL_SITE(), idx, size, 0, val, 0, NULL,
           0);
  else
    rt_record_fields(rt_desc(RT_K_FIELDS, SCDF_REC_ENTRY, idx, size),
                     RT_CALL_SITE(), val, offsets + 1, rt_count(offsets[0]));
}

RT_EXPORT void __sanitizer_cov_trace_ret(u64 size, u64 val,
                                         const u64 *offsets) {
  RT_RETURN_IF_OFF();
  u32 sz = rt_count(size);
  if (RT_LIKELY(offsets == NULL))
    rt_put(RT_K_VAL, SCDF_REC_RET, RT_CALL_SITE(), 0, sz, 0, val, 0, NULL, 0);
  else
    rt_record_fields(rt_desc(RT_K_FIELDS, SCDF_REC_RET, 0, sz), RT_CALL_SITE(),
                     val, offsets + 1, rt_count(offsets[0]));
}

RT_FILE_END
