/* dataflow-trace: messages to the user. */
#include "report.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

const char *prog = "dataflow-trace";

static void vsay(const char *kind, const char *fmt, va_list ap) {
  fprintf(stderr, "%s: %s", prog, kind);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
}

void die(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsay("", fmt, ap);
  va_end(ap);
  exit(EXIT_RECORDING_FAILED);
}

void warning(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsay("warning: ", fmt, ap);
  va_end(ap);
}

void complain(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsay("", fmt, ap);
  va_end(ap);
}
