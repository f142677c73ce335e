// A minimal receiver for the callbacks: prints what each one is given.
// The real runtime (libsancov-dataflow-rt) records a trace instead.
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static void print_value(const char *what, uint32_t size, const void *ptr,
                        const uint64_t *offsets, uint32_t num_fields) {
  if (!size || !ptr) {
    printf(" %s=<none>\n", what);
    return;
  }
  if (!num_fields) {
    uint64_t v = 0;
    memcpy(&v, ptr, size < 8 ? size : 8);
    printf(" %s=0x%llx (size %u)\n", what, (unsigned long long)v, size);
    return;
  }
  printf(" %s=%p {", what, ptr);
  for (uint32_t i = 0; i < num_fields; ++i) {
    uint64_t v = 0, n = offsets[2 * i + 1];
    memcpy(&v, (const char *)ptr + offsets[2 * i], n < 8 ? n : 8);
    printf("%s+%llu:0x%llx", i ? ", " : "", (unsigned long long)offsets[2 * i],
           (unsigned long long)v);
  }
  printf("} (size %u)\n", size);
}

/* Instrumented objects reference the marker of their ABI (docs/ABI.md):
 * a receiver of ABI A's callbacks defines ABI A's marker. */
const char __sancov_dataflow_abi_kcov_v2 = 0;

/* Where the marker is referenced, entry-exit is on by default (docs/ABI.md):
 * a call's entry, its returns, and where a function goes on after an
 * exception or a longjmp left its callees. The caller is the instrumented
 * function. */
void __sanitizer_cov_trace_pc_entry(void) {
  printf("entry  pc=%p\n", __builtin_return_address(0));
}

void __sanitizer_cov_trace_pc_exit(void) {
  printf("exit   pc=%p\n", __builtin_return_address(0));
}

void __sanitizer_cov_trace_pc_resume(void) {
  printf("resume pc=%p\n", __builtin_return_address(0));
}

void __sanitizer_cov_trace_args(uint64_t pc, uint32_t idx, uint32_t size,
                                void *ptr, uint64_t *offsets,
                                uint32_t num_fields) {
  printf("args pc=%#llx idx=%u", (unsigned long long)pc, idx);
  print_value("value", size, ptr, offsets, num_fields);
}

void __sanitizer_cov_trace_ret(uint64_t pc, uint32_t size, void *ptr,
                               uint64_t *offsets, uint32_t num_fields) {
  printf("ret  pc=%#llx", (unsigned long long)pc);
  print_value("value", size, ptr, offsets, num_fields);
}
