/* fake-kcov: an LD_PRELOAD stand-in for /sys/kernel/debug/kcov_dataflow,
 * so dataflow-trace's user-space side can be tested without the kernel
 * runtime.
 *
 *   FAKE_KCOV_DEVICE=FILE LD_PRELOAD=fake-kcov.so \
 *     dataflow-trace --device FILE --size WORDS -- CMD
 *
 * FILE is a plain file of at least WORDS * 8 bytes: the recorder's
 * MAP_SHARED mapping of it works as is, so only the ioctls and read()
 * need answering. ioctl() on FILE succeeds for the KCOV_DF_* requests but
 * GET_ABI; everything else goes to the C library. More of the runtime's
 * behaviour comes from the environment:
 *   FAKE_KCOV_LOG=PATH      each ENABLE and REMOTE_ENABLE, with its
 *                           argument, appended to PATH as a line
 *   FAKE_KCOV_FLAGS=MASK    ENABLE with a bit outside MASK fails with
 *                           EINVAL (a runtime that knows fewer flags)
 *   FAKE_KCOV_NO_REMOTE=1   REMOTE_ENABLE fails with ENOTTY
 *   FAKE_KCOV_DROPPED=N     what GET_DROPPED answers (default 0)
 *   FAKE_KCOV_MAX_WORDS=N   INIT_TRACE of more words fails with ENOMEM
 *   FAKE_KCOV_REMOTE=PATH   read() returns PATH's bytes, 40 at a time (so
 *                           a session spans reads), then 0
 *   FAKE_KCOV_PROC=DIR      fopen("/proc/NAME") opens DIR/NAME instead,
 *                           so a test decides what kallsyms and modules
 *                           the recorder sees (a missing DIR/NAME fails
 *                           as a /proc file the kernel hides would)
 *   FAKE_KCOV_SYS=DIR       fopen() and opendir() of "/sys/module/..."
 *                           open DIR/module/... instead: the modules'
 *                           sections
 * The shim holds no file descriptor while the command runs, so it cannot
 * disturb a test of which ones CMD inherits.
 */
#define _GNU_SOURCE
#include "sancov-dataflow/abi.h"

#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

static int is_fake_device(int fd) {
  const char *path = getenv("FAKE_KCOV_DEVICE");
  struct stat want, have;
  return path && !stat(path, &want) && !fstat(fd, &have) &&
         want.st_dev == have.st_dev && want.st_ino == have.st_ino;
}

static unsigned long long env_number(const char *name,
                                     unsigned long long dflt) {
  const char *v = getenv(name);
  return v ? strtoull(v, NULL, 0) : dflt;
}

static void log_line(const char *fmt, ...) {
  const char *path = getenv("FAKE_KCOV_LOG");
  va_list ap;
  int fd;
  if (!path)
    return;
  fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0)
    return;
  va_start(ap, fmt);
  vdprintf(fd, fmt, ap);
  va_end(ap);
  close(fd);
}

static int remote_enable(const struct scdf_remote_arg *a) {
  if (getenv("FAKE_KCOV_NO_REMOTE")) {
    errno = ENOTTY;
    return -1;
  }
  log_line("REMOTE_ENABLE area=%u session=%u common=0x%" PRIx64 " handles=",
           a->area_words, a->session_words, a->common_handle);
  for (scdf_u32 i = 0; i < a->num_handles; i++)
    log_line("%s0x%016" PRIx64, i ? "," : "", a->handles[i]);
  log_line("\n");
  return 0;
}

static int fake_ioctl(unsigned long request, void *arg) {
  switch (request) {
  case KCOV_DF_INIT_TRACE:
    if ((unsigned long)arg > env_number("FAKE_KCOV_MAX_WORDS", ~0ull)) {
      errno = ENOMEM;
      return -1;
    }
    return 0;
  case KCOV_DF_ENABLE:
    log_line("ENABLE 0x%lx\n", (unsigned long)arg);
    if ((unsigned long)arg & ~env_number("FAKE_KCOV_FLAGS", ~0ull)) {
      errno = EINVAL;
      return -1;
    }
    return 0;
  case KCOV_DF_REMOTE_ENABLE:
    return remote_enable(arg);
  case KCOV_DF_GET_DROPPED:
    *(scdf_u64 *)arg = env_number("FAKE_KCOV_DROPPED", 0);
    return 0;
  }
  return 0;
}

int ioctl(int fd, unsigned long request, ...) {
  static int (*real_ioctl)(int, unsigned long, ...);
  va_list ap;
  void *arg;
  va_start(ap, request);
  arg = va_arg(ap, void *);
  va_end(ap);
  /* GET_ABI goes to the C library, whose ENOTTY is what a runtime older
   * than it answers. */
  if (is_fake_device(fd) && request != KCOV_DF_GET_ABI)
    return fake_ioctl(request, arg);
  if (!real_ioctl)
    real_ioctl = (int (*)(int, unsigned long, ...))dlsym(RTLD_NEXT, "ioctl");
  return real_ioctl(fd, request, arg);
}

/* path, or where FAKE_KCOV_PROC or FAKE_KCOV_SYS moves it, in buf. */
static const char *fake_path(const char *path, char *buf, size_t n) {
  const char *proc = getenv("FAKE_KCOV_PROC"), *sys = getenv("FAKE_KCOV_SYS");
  if (proc && !strncmp(path, "/proc/", 6))
    snprintf(buf, n, "%s/%s", proc, path + 6);
  else if (sys && !strncmp(path, "/sys/module/", 12))
    snprintf(buf, n, "%s/%s", sys, path + 5);
  else
    return path;
  return buf;
}

FILE *fopen(const char *path, const char *mode) {
  static FILE *(*real_fopen)(const char *, const char *);
  char fake[4096];
  if (!real_fopen)
    real_fopen = (FILE * (*)(const char *, const char *))
        dlsym(RTLD_NEXT, "fopen");
  return real_fopen(fake_path(path, fake, sizeof(fake)), mode);
}

DIR *opendir(const char *path) {
  static DIR *(*real_opendir)(const char *);
  char fake[4096];
  if (!real_opendir)
    real_opendir = (DIR * (*)(const char *)) dlsym(RTLD_NEXT, "opendir");
  return real_opendir(fake_path(path, fake, sizeof(fake)));
}

/* The remote buffer: FAKE_KCOV_REMOTE's bytes from where the last read()
 * stopped. */
static ssize_t read_remote(void *buf, size_t n) {
  static off_t served;
  const char *path = getenv("FAKE_KCOV_REMOTE");
  ssize_t got;
  int fd;
  if (!path)
    return 0;
  fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return -1;
  got = pread(fd, buf, n < 40 ? n : 40, served);
  close(fd);
  if (got > 0)
    served += got;
  return got;
}

ssize_t read(int fd, void *buf, size_t n) {
  static ssize_t (*real_read)(int, void *, size_t);
  if (is_fake_device(fd))
    return read_remote(buf, n);
  if (!real_read)
    real_read = (ssize_t(*)(int, void *, size_t))dlsym(RTLD_NEXT, "read");
  return real_read(fd, buf, n);
}
