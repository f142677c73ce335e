/* dataflow-trace: running the command with recording enabled for it. */
#ifndef DATAFLOW_TRACE_LAUNCH_H
#define DATAFLOW_TRACE_LAUNCH_H

#include "options.h"

#include <sys/types.h>

/* Starts o->command in a child that enables recording on the device fd
 * (and remote capture, with common_handle if o->remote_common) and execs
 * it. Dies if the child could not enable what o asks. */
pid_t launch(int fd, const struct options *o, scdf_u64 common_handle);
/* Waits for the command; its exit status as a shell gives it (128 + N for
 * signal N). */
int wait_command(pid_t child);

#endif
