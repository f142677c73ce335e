/*===- rt_log.c - one-line messages on stderr -----------------------------===*
 *
 * A leaf: every layer reports through here. write(2) directly, because the
 * message may come from inside the program's stdio or allocator.
 *
 *===----------------------------------------------------------------------===*/
#define _GNU_SOURCE
#include "rt.h"

#include <errno.h>
#include <stdio.h>
#include <unistd.h>

RT_FILE_BEGIN

void rt_vmsg(const char *fmt, va_list ap) {
  char buf[1024];
  int n = snprintf(buf, sizeof(buf), "sancov-dataflow: ");
  int m = vsnprintf(buf + n, sizeof(buf) - n - 1, fmt, ap);
  if (m < 0)
    m = 0;
  n += m;
  if (n > (int)sizeof(buf) - 2)
    n = sizeof(buf) - 2;
  buf[n++] = '\n';
  const char *p = buf;
  while (n > 0) {
    ssize_t w = write(2, p, n);
    if (w < 0 && errno == EINTR)
      continue;
    if (w <= 0)
      break;
    p += w;
    n -= w;
  }
}

void rt_msg(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  rt_vmsg(fmt, ap);
  va_end(ap);
}

RT_FILE_END
