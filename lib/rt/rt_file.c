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
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

RT_FILE_BEGIN

static char rt_pattern[PATH_MAX]; /* SANCOV_DATAFLOW_OUT */
static int rt_pattern_has_pid;
static char rt_path[PATH_MAX + 32];
/* The absolute name, to reopen after the program chdir'ed. */
static char rt_abspath[PATH_MAX + 32];
static int rt_fd = -1;
static dev_t rt_dev;
static ino_t rt_ino;
static u64 rt_file_end; /* next free byte of the file (under the lock) */
static int rt_no_fallocate;

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

int rt_file_configure(const char *pattern) {
  if (strlen(pattern) >= sizeof(rt_pattern)) {
    rt_msg("SANCOV_DATAFLOW_OUT is longer than %d bytes; recording disabled",
           (int)sizeof(rt_pattern) - 1);
    return 0;
  }
  strcpy(rt_pattern, pattern);
  rt_pattern_has_pid = strstr(pattern, "%p") != NULL;
  return 1;
}

const char *rt_file_path(void) { return rt_path; }

/* The first name that no live process writes and that does not hold a trace
 * of our own pid (written by this process before it exec'ed us): PATH, then
 * PATH.PID, then PATH.PID.1, PATH.PID.2, ... Returns the locked descriptor
 * with the name in path, or -1 (reported). */
static int rt_claim_name(char *path, size_t cap, pid_t pid, int pid_suffix) {
  size_t base_len = strlen(path);
  int n = 0;
  for (int attempt = 0; attempt < 16; attempt++) {
    if (attempt > 0 && !pid_suffix) {
      if (rt_append_pid(path, cap, pid) != 0)
        break;
      base_len = strlen(path);
      pid_suffix = 1;
    } else if (attempt > 0) {
      path[base_len] = '\0';
      if (rt_append_pid(path, cap, ++n) != 0)
        break;
    }
    /* No O_TRUNC before we hold the lock: the path may belong to a live
     * process (our parent exec'ed us with the same SANCOV_DATAFLOW_OUT). */
    int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
      rt_msg("cannot open trace file '%s': %s; recording disabled", path,
             strerror(errno));
      return -1;
    }
    if (flock(fd, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK) {
      close(fd);
      continue;
    }
    struct scdf_file_header old;
    if (pread(fd, &old, sizeof(old), 0) == (ssize_t)sizeof(old) &&
        memcmp(old.magic, SCDF_FILE_MAGIC, 8) == 0 && old.pid == (u64)pid) {
      close(fd);
      continue;
    }
    return fd;
  }
  rt_msg("no usable trace file name from SANCOV_DATAFLOW_OUT='%s' (files "
         "in use by other processes); recording disabled",
         rt_pattern);
  return -1;
}

static void rt_remember_name(const char *path) {
  strcpy(rt_path, path);
  /* Daemons chdir("/") and close every descriptor: keep an absolute name
   * for reopening (rt_fd_ok). */
  rt_abspath[0] = '\0';
  if (path[0] != '/' && getcwd(rt_abspath, sizeof(rt_abspath))) {
    size_t l = strlen(rt_abspath);
    if (l + 1 + strlen(path) < sizeof(rt_abspath)) {
      rt_abspath[l] = '/';
      strcpy(rt_abspath + l + 1, path);
    } else {
      rt_abspath[0] = '\0';
    }
  }
  if (!rt_abspath[0])
    strcpy(rt_abspath, path);
}

int rt_file_open(pid_t pid, int is_child) {
  char path[sizeof(rt_path)];
  /* A forked child without %p in the pattern would pick its parent's name. */
  int pid_suffix = is_child && !rt_pattern_has_pid;
  if (rt_expand(path, sizeof(path), rt_pattern, pid) != 0 ||
      (pid_suffix && rt_append_pid(path, sizeof(path), pid) != 0)) {
    rt_msg("trace file name from SANCOV_DATAFLOW_OUT='%s' is too long; "
           "recording disabled",
           rt_pattern);
    return 0;
  }
  int fd = rt_claim_name(path, sizeof(path), pid, pid_suffix);
  if (fd < 0)
    return 0;

  struct stat st;
  struct scdf_file_header h;
  memset(&h, 0, sizeof(h));
  memcpy(h.magic, SCDF_FILE_MAGIC, 8);
  h.version = SCDF_FILE_VERSION;
  h.header_size = sizeof(h);
  h.machine = rt_machine();
  h.pointer_size = sizeof(void *);
  h.little_endian = 1;
  h.flags = (rt_abi_id & SCDF_FILE_ABI_MASK) << SCDF_FILE_ABI_SHIFT;
  h.pid = (u64)pid;
  errno = 0;
  if (ftruncate(fd, 0) != 0 || fstat(fd, &st) != 0 ||
      pwrite(fd, &h, sizeof(h), 0) != (ssize_t)sizeof(h)) {
    rt_msg("cannot write trace file '%s': %s; recording disabled", path,
           errno ? strerror(errno) : "short write");
    close(fd);
    return 0;
  }
  rt_fd = rt_high_fd(fd);
  rt_dev = st.st_dev;
  rt_ino = st.st_ino;
  rt_file_end = sizeof(h);
  rt_remember_name(path);
  return 1;
}

/* The program may have closed our descriptor (daemons close everything)
 * and the number may now name one of its own files: check before every
 * use, and reopen by path if needed. */
static int rt_fd_ok(void) {
  struct stat st;
  if (rt_fd >= 0 && fstat(rt_fd, &st) == 0 && st.st_dev == rt_dev &&
      st.st_ino == rt_ino)
    return 1;
  int fd = open(rt_abspath, O_RDWR | O_CLOEXEC);
  if (fd >= 0 && fstat(fd, &st) == 0 && st.st_dev == rt_dev &&
      st.st_ino == rt_ino) {
    rt_fd = rt_high_fd(fd);
    return 1;
  }
  if (fd >= 0)
    close(fd);
  rt_fd = -1;
  rt_fail("the trace file descriptor was closed by the program and '%s' "
          "cannot be reopened; recording stopped",
          rt_path);
  return 0;
}

/* Called with the lock held. */
static int rt_reserve(u64 len, u64 *off) {
  if (!rt_fd_ok())
    return 0;
  u64 at = rt_file_end;
  if (!rt_no_fallocate) {
    /* fallocate allocates the blocks now: running out of disk space is an
     * error here, not a SIGBUS later when the mapping is written. */
    int r;
    do
      r = fallocate(rt_fd, 0, (off_t)at, (off_t)len);
    while (r != 0 && errno == EINTR);
    if (r != 0) {
      if (errno != EOPNOTSUPP && errno != ENOSYS) {
        rt_fail("cannot extend trace file '%s' by %llu bytes: %s; recording "
                "stopped",
                rt_path, (unsigned long long)len, strerror(errno));
        return 0;
      }
      rt_no_fallocate = 1;
    }
  }
  if (rt_no_fallocate && ftruncate(rt_fd, (off_t)(at + len)) != 0) {
    rt_fail("cannot extend trace file '%s': %s; recording stopped", rt_path,
            strerror(errno));
    return 0;
  }
  rt_file_end = at + len;
  *off = at;
  return 1;
}

static size_t rt_page_size(void) {
  static size_t ps;
  if (!ps) {
    long p = sysconf(_SC_PAGESIZE);
    ps = p > 0 ? (size_t)p : 4096;
  }
  return ps;
}

char *rt_file_map_chunk(u64 len, u64 *off, void **map, size_t *map_len) {
  rt_lock();
  int ok = rt_status() == RT_ACTIVE && rt_reserve(len, off);
  int fd = rt_fd;
  rt_unlock();
  if (!ok)
    return NULL;

  /* The chunk need not start on a page: map from the page below it. */
  u64 moff = *off & ~(u64)(rt_page_size() - 1);
  size_t mlen = (size_t)(*off + len - moff);
  char *m =
      mmap(NULL, mlen, PROT_READ | PROT_WRITE, MAP_SHARED, fd, (off_t)moff);
  if (m == MAP_FAILED) {
    rt_fail("cannot map trace file '%s': %s; recording stopped", rt_path,
            strerror(errno));
    return NULL;
  }
  *map = m;
  *map_len = mlen;
  return m + (*off - moff);
}

void rt_file_release_tail(u64 used_end, u64 chunk_end) {
  size_t ps = rt_page_size();
  u64 from = (used_end + ps - 1) & ~(u64)(ps - 1);
  u64 to = chunk_end & ~(u64)(ps - 1);
  if (to <= from)
    return;
  rt_lock();
  if (rt_fd_ok())
    fallocate(rt_fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, (off_t)from,
              (off_t)(to - from));
  rt_unlock();
}

int rt_file_append(const void *a, size_t alen, const void *b, size_t blen,
                   size_t pad) {
  static const char zeros[16];
  if (!rt_fd_ok())
    return 0;
  struct iovec iov[3] = {
      {(void *)a, alen}, {(void *)b, blen}, {(void *)zeros, pad}};
  size_t total = alen + blen + pad;
  ssize_t w;
  do
    w = pwritev(rt_fd, iov, 3, (off_t)rt_file_end);
  while (w < 0 && errno == EINTR);
  if (w != (ssize_t)total) {
    rt_fail("cannot write trace file '%s': %s; recording stopped", rt_path,
            w < 0 ? strerror(errno) : "short write (disk full?)");
    return 0;
  }
  rt_file_end += total;
  return 1;
}

/* The lock on the file stays with the parent, which shares the open file:
 * just drop our descriptor, if it still is ours. */
void rt_file_forget_parent(void) {
  struct stat st;
  if (rt_fd >= 0 && fstat(rt_fd, &st) == 0 && st.st_dev == rt_dev &&
      st.st_ino == rt_ino)
    close(rt_fd);
  rt_fd = -1;
  rt_file_end = 0;
}

RT_FILE_END
