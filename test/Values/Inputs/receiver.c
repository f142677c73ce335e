// Test receiver for the callbacks: prints each record with the function's
// name and the bytes the callback was given, so a test can compare them
// with what the program passed. Compiled without the plugin.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static const char *name_of(uint64_t pc) {
  Dl_info info;
  if (dladdr((void *)(uintptr_t)pc, &info) && info.dli_sname &&
      (uintptr_t)info.dli_saddr == pc)
    return info.dli_sname;
  return "<unknown>";
}

static uint64_t load(const void *p, uint64_t size) {
  uint64_t v = 0;
  memcpy(&v, p, size < 8 ? size : 8);
  return v;
}

static void print_value(uint32_t size, const void *ptr,
                        const uint64_t *offsets, uint32_t num_fields) {
  printf(" size=%u", size);
  if (!size || !ptr) {
    printf(" %s\n", ptr ? "ptr-without-size" : "none");
    return;
  }
  if (!num_fields) {
    printf(" val=0x%llx\n", (unsigned long long)load(ptr, size));
    return;
  }
  printf(" fields=");
  for (uint32_t i = 0; i < num_fields; ++i)
    printf("%s[%llu:%llu]=0x%llx", i ? "," : "",
           (unsigned long long)offsets[2 * i],
           (unsigned long long)offsets[2 * i + 1],
           (unsigned long long)load((const char *)ptr + offsets[2 * i],
                                    offsets[2 * i + 1]));
  printf("\n");
}

/* Instrumented objects reference the marker of their ABI (docs/ABI.md):
 * a receiver of ABI A's callbacks defines ABI A's marker. */
const char __sancov_dataflow_abi_kcov_v2 = 0;

/* Where the marker is referenced, entry-exit is on by default: these tests
 * are about values, not nesting. */
void __sanitizer_cov_trace_pc_entry(void) {}
void __sanitizer_cov_trace_pc_exit(void) {}
void __sanitizer_cov_trace_pc_resume(void) {}

void __sanitizer_cov_trace_args(uint64_t pc, uint32_t idx, uint32_t size,
                                void *ptr, uint64_t *offsets,
                                uint32_t num_fields) {
  const char *name = name_of(pc);
  if (strstr(name, "t_") || !strcmp(name, "main"))
    printf("ENTRY %s #%u", name, idx), print_value(size, ptr, offsets,
                                                   num_fields);
}

void __sanitizer_cov_trace_ret(uint64_t pc, uint32_t size, void *ptr,
                               uint64_t *offsets, uint32_t num_fields) {
  const char *name = name_of(pc);
  if (strstr(name, "t_") || !strcmp(name, "main"))
    printf("RET %s", name), print_value(size, ptr, offsets, num_fields);
}
