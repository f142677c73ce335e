/*===- rt_abi_packed.c - ABI E (abi=packed): B's records, five per call ----===*
 *
 * One call carries up to five value words and a constant descriptor with
 * what ABI B passes as constants; each slot becomes the record B's callback
 * would have written, so the trace reads as B's. The entry point keeps the
 * caller's registers (clang's preserve_most), which gcc cannot express: it
 * is rt_abi_packed_x86_64.S, which tests the status and calls
 * rt_packed_record in the C convention.
 *
 *===----------------------------------------------------------------------===*/
#define _GNU_SOURCE
#include "rt_record.h"

#if SCDF_ABI != SCDF_ABI_PACKED
#error "build with -DSCDF_ABI=SCDF_ABI_PACKED"
#endif

/* rt_abi_packed_x86_64.S compares the status with this number. */
_Static_assert(RT_OFF == 3, "rt_abi_packed_x86_64.S tests RT_OFF as 3");

RT_FILE_BEGIN

const u32 rt_abi_id = SCDF_ABI_PACKED;

/* abi.h: objects instrumented for this ABI reference it, so linking them
 * against another ABI's runtime fails with this name. */
RT_EXPORT const scdf_u8 __sancov_dataflow_abi_packed = 1;

RT_HIDDEN void rt_packed_record(u64 v0, u64 v1, u64 v2, u64 v3, u64 v4,
                                const struct scdf_packed_desc *d) {
  const u64 v[SCDF_PACKED_SLOTS] = {v0, v1, v2, v3, v4};
  u32 type = d->flags & SCDF_PACKED_RET ? SCDF_REC_RET : SCDF_REC_ENTRY;
  u32 n = d->num_slots < SCDF_PACKED_SLOTS ? d->num_slots : SCDF_PACKED_SLOTS;
  for (u32 i = 0; i < n; i++) {
    const struct scdf_packed_slot *s = &d->slots[i];
    if (RT_LIKELY(s->num_fields == 0)) {
      /* A value narrower than 8 bytes came with its register's upper
       * bytes as they were. */
      u64 val = s->size >= 8 ? v[i] : v[i] & ~(~0ULL << (8 * s->size));
      rt_put(RT_K_VAL, type, d->pc, s->arg_idx, s->size, 0, val, 0, NULL, 0);
    } else {
      rt_record_fields(rt_desc(RT_K_FIELDS, type, s->arg_idx, s->size), d->pc,
                       v[i], (u64 *)s->offsets, s->num_fields);
    }
  }
}

RT_FILE_END
