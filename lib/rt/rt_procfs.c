/*===- rt_procfs.c - readers of /proc/self files --------------------------===*
 *
 * Only open/read/close: these run before the program's allocator or stdio
 * may be used (a callback from .preinit_array, an instrumented malloc) and
 * must not call anything instrumented.
 *
 *===----------------------------------------------------------------------===*/
#define _GNU_SOURCE
#include "rt.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

RT_FILE_BEGIN

/* Called for each record; a nonzero result stops the scan and is returned. */
typedef int (*rt_record_fn)(const char *rec, size_t len, void *arg);

/* Calls fn for every sep-terminated record of path, in a fixed buffer. A
 * record longer than the buffer is skipped (neither file we read has one
 * we look for: a NAME=VALUE longer than PATH_MAX, a maps line naming a
 * very long path). */
static int rt_procfs_each(const char *path, char sep, rt_record_fn fn,
                          void *arg) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return 0;
  char buf[4096 + 64];
  size_t have = 0;
  int eof = 0, skipping = 0, res = 0;
  while (!res && (have > 0 || !eof)) {
    char *end = memchr(buf, sep, have);
    if (!end && !eof && have < sizeof(buf)) {
      ssize_t r = read(fd, buf + have, sizeof(buf) - have);
      if (r < 0 && errno == EINTR)
        continue;
      if (r <= 0)
        eof = 1;
      else
        have += (size_t)r;
      continue;
    }
    /* A record, the unterminated last one, or a full buffer without a
     * separator (the start of an over-long record: skip up to its end). */
    size_t len = end ? (size_t)(end - buf) : have;
    if (end || eof) {
      if (!skipping)
        res = fn(buf, len, arg);
      skipping = 0;
    } else {
      skipping = 1;
    }
    size_t used = end ? len + 1 : have;
    memmove(buf, buf + used, have - used);
    have -= used;
  }
  close(fd);
  return res;
}

struct rt_env_query {
  const char *name;
  size_t name_len;
  char *buf;
  size_t cap;
};

static int rt_env_match(const char *rec, size_t len, void *arg) {
  struct rt_env_query *q = arg;
  if (len <= q->name_len || memcmp(rec, q->name, q->name_len) != 0 ||
      rec[q->name_len] != '=')
    return 0;
  size_t vlen = len - q->name_len - 1;
  if (vlen >= q->cap)
    return -1; /* ours, but too long: treat as absent */
  memcpy(q->buf, rec + q->name_len + 1, vlen);
  q->buf[vlen] = '\0';
  return 1;
}

const char *rt_procfs_environ(const char *name, char *buf, size_t cap) {
  struct rt_env_query q = {name, strlen(name), buf, cap};
  return rt_procfs_each("/proc/self/environ", '\0', rt_env_match, &q) == 1
             ? buf
             : NULL;
}

struct rt_map_query {
  uintptr_t addr, lo, hi;
};

static uintptr_t rt_hex(const char **p, const char *end, char stop) {
  uintptr_t v = 0;
  for (; *p < end && **p != stop; ++*p)
    v = v * 16 + (uintptr_t)(**p <= '9' ? **p - '0' : (**p | 0x20) - 'a' + 10);
  return v;
}

/* "lo-hi perms offset dev inode path", lo and hi in hex. */
static int rt_map_match(const char *rec, size_t len, void *arg) {
  struct rt_map_query *q = arg;
  const char *p = rec, *end = rec + len;
  uintptr_t lo = rt_hex(&p, end, '-');
  p++;
  uintptr_t hi = rt_hex(&p, end, ' ');
  if (q->addr < lo || q->addr >= hi)
    return 0;
  q->lo = lo;
  q->hi = hi;
  return 1;
}

int rt_procfs_find_mapping(uintptr_t addr, uintptr_t *lo, uintptr_t *hi) {
  struct rt_map_query q = {addr, 0, 0};
  if (rt_procfs_each("/proc/self/maps", '\n', rt_map_match, &q) != 1)
    return 0;
  *lo = q.lo;
  *hi = q.hi;
  return 1;
}

/* Field 47 of /proc/self/stat (Linux >= 3.5). One line, well below 1 KiB. */
uintptr_t rt_procfs_start_brk(void) {
  int fd = open("/proc/self/stat", O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return 0;
  char buf[1024];
  ssize_t n = read(fd, buf, sizeof(buf) - 1);
  close(fd);
  if (n <= 0)
    return 0;
  buf[n] = '\0';
  /* The command name (field 2) may hold spaces: count after its ')'. */
  char *p = strrchr(buf, ')');
  if (!p)
    return 0;
  int field = 2;
  uintptr_t v = 0;
  for (p++; *p && field < 47; p++)
    if (*p == ' ')
      field++;
  if (field != 47)
    return 0;
  for (; *p >= '0' && *p <= '9'; p++)
    v = v * 10 + (uintptr_t)(*p - '0');
  return v;
}

RT_FILE_END
