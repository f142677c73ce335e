/* dataflow-trace: the work kernel threads and softirqs did for the command.
 *
 * The device's remote buffer is a run of sessions, each a REMOTE record
 * (abi.h) whose last value word counts the record words that follow it.
 * Whatever read() returned is checked before it goes into the trace: a
 * session that is cut short, or words that do not start one, are reported
 * and left out, and the sessions before them are kept.
 */
#include "remote.h"
#include "report.h"
#include "trace-file.h"

#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* read() gets at least this much room. */
#define READ_BYTES (64u << 10)
#define REMOTE_RECORD_WORDS SCDF_RECORD_WORDS(SCDF_REMOTE_VALS)

int remote_drain(int fd, struct remote_buffer *b) {
  for (;;) {
    ssize_t got;
    if (b->capacity - b->bytes < READ_BYTES) {
      size_t capacity = b->capacity * 2 + READ_BYTES;
      scdf_u64 *words = realloc(b->words, capacity);
      if (!words) {
        complain("out of memory reading the remote buffer");
        return -1;
      }
      b->words = words;
      b->capacity = capacity;
    }
    got = read(fd, (char *)b->words + b->bytes, b->capacity - b->bytes);
    if (got == 0)
      return 0;
    if (got < 0 && errno == EINTR)
      continue;
    if (got < 0) {
      complain("reading the remote buffer: %s", strerror(errno));
      return -1;
    }
    b->bytes += (size_t)got;
  }
}

/* The words of the session at w[0] (left words from there on), or 0 after
 * a message when they are not a complete session. */
static size_t session_words(const scdf_u64 *w, size_t at, size_t left) {
  scdf_u64 follow;
  if (SCDF_REC_TYPE(w[0]) != SCDF_REC_REMOTE ||
      SCDF_REC_NVALS(w[0]) != SCDF_REMOTE_VALS || (w[0] >> 24 & 0xf)) {
    complain("remote buffer: word %zu is 0x%016" PRIx64 ", not the REMOTE "
             "record a worker session begins with; the %zu words from there "
             "are left out",
             at, w[0], left);
    return 0;
  }
  if (left < REMOTE_RECORD_WORDS) {
    complain("remote buffer: the session at word %zu ends inside its REMOTE "
             "record (%zu of %u words); left out",
             at, left, REMOTE_RECORD_WORDS);
    return 0;
  }
  follow = w[REMOTE_RECORD_WORDS - 1];
  if (follow > left - REMOTE_RECORD_WORDS) {
    complain("remote buffer: the session at word %zu (handle 0x%016" PRIx64
             ", worker pid %" PRIu64 ") has %" PRIu64 " record words after "
             "its REMOTE record, only %zu were read; left out",
             at, w[1], w[2], follow, left - REMOTE_RECORD_WORDS);
    return 0;
  }
  return REMOTE_RECORD_WORDS + (size_t)follow;
}

size_t put_remote_sessions(const struct remote_buffer *b, int *failed) {
  size_t n = b->bytes / sizeof(scdf_u64), at = 0, sessions = 0;
  if (b->bytes % sizeof(scdf_u64)) {
    complain("remote buffer: read() returned %zu bytes, not whole words; "
             "the last %zu are left out",
             b->bytes, b->bytes % sizeof(scdf_u64));
    *failed = 1;
  }
  while (at < n) {
    size_t words = session_words(b->words + at, at, n - at);
    if (!words) {
      *failed = 1;
      break;
    }
    put_thread(b->words[at + 2], b->words + at, words, 0, SCDF_THREAD_REMOTE);
    at += words;
    sessions++;
  }
  return sessions;
}
