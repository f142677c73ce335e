/* dataflow-trace: writing the trace file (include/sancov-dataflow/abi.h). */
#ifndef DATAFLOW_TRACE_TRACE_FILE_H
#define DATAFLOW_TRACE_TRACE_FILE_H

#include "sancov-dataflow/abi.h"

#include <stddef.h>

/* Creates path close-on-exec, so the traced command does not inherit it.
 * Every function below dies with a message if writing fails. */
void trace_create(const char *path);
void trace_close(void);

void put_file_header(scdf_u64 pid, scdf_u64 abi, scdf_u64 kernel_text);
void put_module(scdf_u64 base, scdf_u64 size, scdf_u32 flags, const char *name,
                const scdf_u8 *build_id, size_t build_id_len);
struct ksection {
  char *name;
  scdf_u64 addr;
};
void put_sections(const struct ksection *s, size_t n);
void put_thread(scdf_u64 tid, const scdf_u64 *words, size_t n, scdf_u64 dropped,
                scdf_u64 flags);

#endif
