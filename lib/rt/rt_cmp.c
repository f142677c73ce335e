/*===- rt_cmp.c - CMP records from clang's trace-cmp, in every ABI --------===*
 *
 * -fsanitize-coverage=trace-cmp calls these before each integer comparison
 * and switch. They write CMP records (abi.h) only when the process records
 * and SANCOV_DATAFLOW_CMP=1 asked for comparisons: word 1 the call site,
 * word 2 KCOV's comparison type, the two operands as the compiler passed
 * them (a constant first), size their bytes. A switch is one record per
 * case: (case constant, value).
 *
 *===----------------------------------------------------------------------===*/
#define _GNU_SOURCE
#include "rt_record.h"

RT_FILE_BEGIN

const char rt_cmp_anchor;

#define RT_CALL_SITE() ((u64)(uintptr_t)__builtin_return_address(0) - 1)

/* A comparison before set-up cannot know whether SANCOV_DATAFLOW_CMP asks
 * for it: set the process up, as the first record would (not from inside
 * the runtime, which may be setting up right now). */
static RT_NOINLINE int rt_cmp_setup(void) {
  int was_busy = rt_thread_enter();
  if (!was_busy)
    rt_process_ready();
  rt_thread_leave(was_busy);
  return __atomic_load_n(&rt_cmp_v, __ATOMIC_ACQUIRE) == RT_CMP_ON;
}

/* Like RT_RETURN_IF_OFF: while comparisons are not recorded (recording
 * off, or not asked for) a callback costs one load and one predictable
 * branch. */
#define RT_RETURN_IF_CMP_OFF()                                                 \
  do {                                                                         \
    int c_ = __atomic_load_n(&rt_cmp_v, __ATOMIC_RELAXED);                     \
    if (RT_UNLIKELY(c_ == RT_CMP_OFF))                                         \
      return;                                                                  \
    if (RT_UNLIKELY(c_ == RT_CMP_UNKNOWN) && !rt_cmp_setup())                  \
      return;                                                                  \
  } while (0)

#define RT_CMP_HOOK(name, type, log2_bytes, flags)                             \
  RT_EXPORT void name(type a, type b) {                                        \
    RT_RETURN_IF_CMP_OFF();                                                    \
    rt_put(RT_K_PAIR, SCDF_REC_CMP, RT_CALL_SITE(), 0, sizeof(type),           \
           SCDF_CMP_SIZE(log2_bytes) | (flags), a, b, NULL, 0);                \
  }

RT_CMP_HOOK(__sanitizer_cov_trace_cmp1, uint8_t, 0, 0)
RT_CMP_HOOK(__sanitizer_cov_trace_cmp2, uint16_t, 1, 0)
RT_CMP_HOOK(__sanitizer_cov_trace_cmp4, uint32_t, 2, 0)
RT_CMP_HOOK(__sanitizer_cov_trace_cmp8, uint64_t, 3, 0)
RT_CMP_HOOK(__sanitizer_cov_trace_const_cmp1, uint8_t, 0, SCDF_CMP_CONST)
RT_CMP_HOOK(__sanitizer_cov_trace_const_cmp2, uint16_t, 1, SCDF_CMP_CONST)
RT_CMP_HOOK(__sanitizer_cov_trace_const_cmp4, uint32_t, 2, SCDF_CMP_CONST)
RT_CMP_HOOK(__sanitizer_cov_trace_const_cmp8, uint64_t, 3, SCDF_CMP_CONST)

/* cases[0] = number of cases, cases[1] = the value's width in bits,
 * cases[2..] = the case constants; clang zero-extends them and val. */
RT_EXPORT void __sanitizer_cov_trace_switch(u64 val, u64 *cases) {
  RT_RETURN_IF_CMP_OFF();
  u32 log2_bytes;
  switch (cases[1]) {
  case 8:
    log2_bytes = 0;
    break;
  case 16:
    log2_bytes = 1;
    break;
  case 32:
    log2_bytes = 2;
    break;
  case 64:
    log2_bytes = 3;
    break;
  default:
    return; /* clang emits no other width; KCOV ignores them too */
  }
  u64 site = RT_CALL_SITE();
  for (u64 i = 0; i < cases[0]; i++)
    rt_put(RT_K_PAIR, SCDF_REC_CMP, site, 0, 1u << log2_bytes,
           SCDF_CMP_SIZE(log2_bytes) | SCDF_CMP_CONST, cases[2 + i], val, NULL,
           0);
}

/* trace-cmp on its own instruments nothing in clang 22: it needs a coverage
 * type, and every type calls a hook of its own. The cheapest,
 * `func,inline-bool-flag` (one inline byte test per function), only calls
 * this at start-up. Weak: a coverage runtime that uses the flags wins. */
RT_EXPORT __attribute__((weak)) void
__sanitizer_cov_bool_flag_init(scdf_u8 *start, scdf_u8 *stop) {
  (void)start;
  (void)stop;
}

RT_FILE_END
