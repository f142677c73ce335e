/* dataflow-trace: the work kernel threads and softirqs did for the command
 * (remote capture), drained from the device with read(). */
#ifndef DATAFLOW_TRACE_REMOTE_H
#define DATAFLOW_TRACE_REMOTE_H

#include "sancov-dataflow/abi.h"

#include <stddef.h>

struct remote_buffer {
  scdf_u64 *words;
  size_t bytes, capacity;
};

/* Appends what read() on fd returns until it returns 0. Returns 0, or -1
 * after a message (what was read is kept). */
int remote_drain(int fd, struct remote_buffer *b);
/* Writes each complete worker session in b as a remote thread chunk (its
 * REMOTE record first, tid the worker's pid). Returns the number written;
 * sets *failed, after a message, if anything else is in b. */
size_t put_remote_sessions(const struct remote_buffer *b, int *failed);

#endif
