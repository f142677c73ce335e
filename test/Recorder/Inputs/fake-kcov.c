/* fake-kcov: an LD_PRELOAD stand-in for /sys/kernel/debug/kcov_dataflow,
 * so dataflow-trace's user-space side can be tested without the kernel
 * runtime.
 *
 *   FAKE_KCOV_DEVICE=FILE LD_PRELOAD=fake-kcov.so \
 *     dataflow-trace --device FILE --size WORDS -- CMD
 *
 * FILE is a plain file of at least WORDS * 8 bytes: the recorder's
 * MAP_SHARED mapping of it works as is, so only the ioctls need answering.
 * ioctl() on FILE succeeds for the KCOV_DF_* requests (GET_DROPPED gives
 * 0); everything else goes to the C library. The shim opens no file
 * descriptor, so it cannot disturb a test of which ones CMD inherits.
 *
 * With FAKE_KCOV_PROC=DIR, fopen("/proc/NAME") opens DIR/NAME instead, so
 * a test decides what kallsyms and modules the recorder sees (a missing
 * DIR/NAME fails as a /proc file the kernel hides would).
 */
#define _GNU_SOURCE
#include "sancov-dataflow/abi.h"

#include <dlfcn.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>

static int is_fake_device(int fd) {
  const char *path = getenv("FAKE_KCOV_DEVICE");
  struct stat want, have;
  return path && !stat(path, &want) && !fstat(fd, &have) &&
         want.st_dev == have.st_dev && want.st_ino == have.st_ino;
}

int ioctl(int fd, unsigned long request, ...) {
  static int (*real_ioctl)(int, unsigned long, ...);
  va_list ap;
  void *arg;
  va_start(ap, request);
  arg = va_arg(ap, void *);
  va_end(ap);
  if (is_fake_device(fd)) {
    switch (request) {
    case KCOV_DF_INIT_TRACE:
    case KCOV_DF_ENABLE:
    case KCOV_DF_DISABLE:
      return 0;
    case KCOV_DF_GET_DROPPED:
      *(scdf_u64 *)arg = 0;
      return 0;
    }
  }
  if (!real_ioctl)
    real_ioctl = (int (*)(int, unsigned long, ...))dlsym(RTLD_NEXT, "ioctl");
  return real_ioctl(fd, request, arg);
}

FILE *fopen(const char *path, const char *mode) {
  static FILE *(*real_fopen)(const char *, const char *);
  const char *dir = getenv("FAKE_KCOV_PROC");
  char fake[4096];
  if (!real_fopen)
    real_fopen = (FILE * (*)(const char *, const char *))
        dlsym(RTLD_NEXT, "fopen");
  if (dir && !strncmp(path, "/proc/", 6)) {
    snprintf(fake, sizeof(fake), "%s/%s", dir, path + 6);
    path = fake;
  }
  return real_fopen(path, mode);
}
