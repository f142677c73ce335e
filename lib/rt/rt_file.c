/*===- rt_file.c - the trace file: naming, header, space allocation -------===*
 *
 * The file is a header followed by chunks (abi.h section 3). Space is
 * handed out in append order under rt_proc->lock; thread chunks are then
 * written through MAP_SHARED mappings, module chunks with pwrite. Every
 * size change goes through the lock, so the file only ever grows.
 *
 *===----------------------------------------------------------------------===*/
#define _GNU_SOURCE
#include "rt.h"

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

RT_FILE_BEGIN

/* Move our descriptor out of the low numbers a program may expect to get
 * from its own open() calls (and be less likely to be closed by them). */
enum { RT_FD_MIN = 200 };

static int rt_high_fd(int fd) {
  int h = fcntl(fd, F_DUPFD_CLOEXEC, RT_FD_MIN);
  if (h < 0)
    return fd;
  close(fd);
  return h;
}

/* %p -> pid, %% -> %; anything else is copied. */
static int rt_expand(char *dst, size_t cap, const char *pat, pid_t pid) {
  size_t n = 0;
  for (const char *p = pat; *p; p++) {
    char num[24];
    const char *ins = NULL;
    char one[2] = {*p, 0};
    if (p[0] == '%' && p[1] == 'p') {
      snprintf(num, sizeof(num), "%d", (int)pid);
      ins = num, p++;
    } else if (p[0] == '%' && p[1] == '%') {
      ins = "%", p++;
    } else {
      ins = one;
    }
    size_t l = strlen(ins);
    if (n + l + 1 > cap)
      return -1;
    memcpy(dst + n, ins, l);
    n += l;
  }
  dst[n] = '\0';
  return 0;
}

static int rt_append_pid(char *path, size_t cap, pid_t pid) {
  size_t n = strlen(path);
  int w = snprintf(path + n, cap - n, ".%d", (int)pid);
  return w < 0 || (size_t)w >= cap - n ? -1 : 0;
}

static uint16_t rt_machine(void) {
#if defined(__x86_64__)
  return EM_X86_64;
#elif defined(__aarch64__)
  return EM_AARCH64;
#elif defined(__riscv)
  return EM_RISCV;
#elif defined(__i386__)
  return EM_386;
#else
  return EM_NONE;
#endif
}

int rt_file_open(void) {
  char path[sizeof(rt_g.path)];
  if (rt_expand(path, sizeof(path), rt_g.pattern, rt_g.pid) != 0 ||
      (rt_g.is_child && !rt_g.pattern_has_pid &&
       rt_append_pid(path, sizeof(path), rt_g.pid) != 0)) {
    rt_msg("trace file name from SANCOV_DATAFLOW_OUT='%s' is too long; "
           "recording disabled",
           rt_g.pattern);
    return -1;
  }

  /* The first name that no live process writes and that does not hold a
   * trace of our own pid (written by this process before it exec'ed us):
   * PATH, then PATH.PID, then PATH.PID.1, PATH.PID.2, ... */
  int pid_suffix = rt_g.is_child && !rt_g.pattern_has_pid;
  size_t base_len = strlen(path);
  int fd = -1, n = 0;
  for (int attempt = 0; attempt < 16; attempt++) {
    if (attempt > 0 && !pid_suffix) {
      if (rt_append_pid(path, sizeof(path), rt_g.pid) != 0)
        break;
      base_len = strlen(path);
      pid_suffix = 1;
    } else if (attempt > 0) {
      path[base_len] = '\0';
      if (rt_append_pid(path, sizeof(path), ++n) != 0)
        break;
    }
    /* No O_TRUNC before we hold the lock: the path may belong to a live
     * process (our parent exec'ed us with the same SANCOV_DATAFLOW_OUT). */
    fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
      rt_msg("cannot open trace file '%s': %s; recording disabled", path,
             strerror(errno));
      return -1;
    }
    if (flock(fd, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK) {
      close(fd);
      fd = -1;
      continue;
    }
    struct scdf_file_header old;
    if (pread(fd, &old, sizeof(old), 0) == (ssize_t)sizeof(old) &&
        memcmp(old.magic, SCDF_FILE_MAGIC, 8) == 0 &&
        old.pid == (u64)rt_g.pid) {
      close(fd);
      fd = -1;
      continue;
    }
    break;
  }
  if (fd < 0) {
    rt_msg("no usable trace file name from SANCOV_DATAFLOW_OUT='%s' (files "
           "in use by other processes); recording disabled",
           rt_g.pattern);
    return -1;
  }

  struct stat st;
  struct scdf_file_header h;
  memset(&h, 0, sizeof(h));
  memcpy(h.magic, SCDF_FILE_MAGIC, 8);
  h.version = SCDF_FILE_VERSION;
  h.header_size = sizeof(h);
  h.machine = rt_machine();
  h.pointer_size = sizeof(void *);
  h.little_endian = 1;
  h.pid = (u64)rt_g.pid;
  if (ftruncate(fd, 0) != 0 || fstat(fd, &st) != 0 ||
      pwrite(fd, &h, sizeof(h), 0) != (ssize_t)sizeof(h)) {
    rt_msg("cannot write trace file '%s': %s; recording disabled", path,
           errno ? strerror(errno) : "short write");
    close(fd);
    return -1;
  }
  rt_g.fd = rt_high_fd(fd);
  rt_g.dev = st.st_dev;
  rt_g.ino = st.st_ino;
  rt_g.file_end = sizeof(h);
  strcpy(rt_g.path, path);
  /* Daemons chdir("/") and close every descriptor: keep an absolute name
   * for reopening (rt_file_fd_ok). */
  rt_g.abspath[0] = '\0';
  if (path[0] != '/' && getcwd(rt_g.abspath, sizeof(rt_g.abspath))) {
    size_t l = strlen(rt_g.abspath);
    if (l + 1 + strlen(path) < sizeof(rt_g.abspath)) {
      rt_g.abspath[l] = '/';
      strcpy(rt_g.abspath + l + 1, path);
    } else {
      rt_g.abspath[0] = '\0';
    }
  }
  if (!rt_g.abspath[0])
    strcpy(rt_g.abspath, path);
  return 0;
}

/* The program may have closed our descriptor (daemons close everything)
 * and the number may now name one of its own files: check before every
 * use, and reopen by path if needed. */
int rt_file_fd_ok(void) {
  struct stat st;
  if (rt_g.fd >= 0 && fstat(rt_g.fd, &st) == 0 && st.st_dev == rt_g.dev &&
      st.st_ino == rt_g.ino)
    return 1;
  int fd = open(rt_g.abspath, O_RDWR | O_CLOEXEC);
  if (fd >= 0 && fstat(fd, &st) == 0 && st.st_dev == rt_g.dev &&
      st.st_ino == rt_g.ino) {
    rt_g.fd = rt_high_fd(fd);
    return 1;
  }
  if (fd >= 0)
    close(fd);
  rt_g.fd = -1;
  rt_fail("the trace file descriptor was closed by the program and '%s' "
          "cannot be reopened; recording stopped",
          rt_g.path);
  return 0;
}

/* Called with the lock held. */
int rt_file_reserve(u64 len, u64 *off) {
  if (!rt_file_fd_ok())
    return 0;
  u64 at = rt_g.file_end;
  if (!rt_g.no_fallocate) {
    /* fallocate allocates the blocks now: running out of disk space is an
     * error here, not a SIGBUS later when the mapping is written. */
    int r;
    do
      r = fallocate(rt_g.fd, 0, (off_t)at, (off_t)len);
    while (r != 0 && errno == EINTR);
    if (r != 0) {
      if (errno != EOPNOTSUPP && errno != ENOSYS) {
        rt_fail("cannot extend trace file '%s' by %llu bytes: %s; recording "
                "stopped",
                rt_g.path, (unsigned long long)len, strerror(errno));
        return 0;
      }
      rt_g.no_fallocate = 1;
    }
  }
  if (rt_g.no_fallocate && ftruncate(rt_g.fd, (off_t)(at + len)) != 0) {
    rt_fail("cannot extend trace file '%s': %s; recording stopped", rt_g.path,
            strerror(errno));
    return 0;
  }
  rt_g.file_end = at + len;
  *off = at;
  return 1;
}

/* Called with the lock held: append a, b and pad zero bytes as one write. */
int rt_file_append(const void *a, size_t alen, const void *b, size_t blen,
                   size_t pad) {
  static const char zeros[16];
  if (!rt_file_fd_ok())
    return 0;
  struct iovec iov[3] = {
      {(void *)a, alen}, {(void *)b, blen}, {(void *)zeros, pad}};
  size_t total = alen + blen + pad;
  ssize_t w;
  do
    w = pwritev(rt_g.fd, iov, 3, (off_t)rt_g.file_end);
  while (w < 0 && errno == EINTR);
  if (w != (ssize_t)total) {
    rt_fail("cannot write trace file '%s': %s; recording stopped", rt_g.path,
            w < 0 ? strerror(errno) : "short write (disk full?)");
    return 0;
  }
  rt_g.file_end += total;
  return 1;
}

/* In a forked child: drop the parent's descriptor (if it still is ours;
 * the lock stays with the parent, which shares the open file). */
void rt_file_forget_parent(void) {
  struct stat st;
  if (rt_g.fd >= 0 && fstat(rt_g.fd, &st) == 0 && st.st_dev == rt_g.dev &&
      st.st_ino == rt_g.ino)
    close(rt_g.fd);
  rt_g.fd = -1;
  rt_g.file_end = 0;
}

RT_FILE_END
