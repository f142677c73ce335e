/* dataflow-trace: the command line. */
#ifndef DATAFLOW_TRACE_OPTIONS_H
#define DATAFLOW_TRACE_OPTIONS_H

#include "sancov-dataflow/abi.h"

struct options {
  const char *out_path;
  const char *device;
  unsigned long words;
  /* --size was given: the kernel must allocate exactly that. */
  int words_given;
  unsigned enable_flags; /* KCOV_DF_ENABLE_* */
  /* Remote capture: --remote (the common handle) and --remote-handle. */
  int remote_common;
  scdf_u32 num_handles;
  scdf_u64 handles[SCDF_REMOTE_MAX_HANDLES];
  scdf_u32 remote_words, session_words;
  char **command;
};

/* Fills o from argv; prints usage and exits for --help and bad arguments. */
void parse_options(int argc, char **argv, struct options *o);

static inline int remote_wanted(const struct options *o) {
  return o->remote_common || o->num_handles;
}

#endif
