/* dataflow-trace: messages to the user. */
#ifndef DATAFLOW_TRACE_REPORT_H
#define DATAFLOW_TRACE_REPORT_H

/* Exit status when recording failed (the command's own status otherwise). */
#define EXIT_RECORDING_FAILED 2

extern const char *prog;

/* "dataflow-trace: MESSAGE", then exit EXIT_RECORDING_FAILED. */
void die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
/* "dataflow-trace: warning: MESSAGE". */
void warning(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "dataflow-trace: MESSAGE": an error recording goes on after. */
void complain(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
