/* dataflow-trace: writing the trace file (include/sancov-dataflow/abi.h). */
#include "trace-file.h"
#include "report.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

/* Where x86-64 links the kernel's _text without KASLR. */
#define X86_64_TEXT_LINK 0xffffffff81000000ull

static FILE *out_file;
static const char *out_path;

void trace_create(const char *path) {
  out_path = path;
  /* "e": close-on-exec. */
  out_file = fopen(path, "wbe");
  if (!out_file)
    die("cannot create '%s': %s", path, strerror(errno));
}

void trace_close(void) {
  if (fclose(out_file))
    die("cannot write '%s': %s", out_path, strerror(errno));
}

static void put(const void *p, size_t n) {
  if (fwrite(p, 1, n, out_file) != n)
    die("cannot write '%s': %s", out_path, strerror(errno));
}

static void put_chunk(scdf_u32 type, scdf_u64 size) {
  struct scdf_chunk c = {type, 0, size};
  put(&c, sizeof(c));
}

void put_file_header(scdf_u64 pid, scdf_u64 abi, scdf_u64 kernel_text) {
  struct scdf_file_header h;
  memset(&h, 0, sizeof(h));
  memcpy(h.magic, SCDF_FILE_MAGIC, sizeof(h.magic));
  h.version = SCDF_FILE_VERSION;
  h.header_size = sizeof(h);
#if defined(__x86_64__)
  h.machine = 62;
#elif defined(__aarch64__)
  h.machine = 183;
#endif
  h.pointer_size = sizeof(void *);
  h.little_endian = 1;
  h.flags = SCDF_FILE_KERNEL | (scdf_u32)abi << SCDF_FILE_ABI_SHIFT;
  h.pid = pid;
#if defined(__x86_64__)
  if (kernel_text) {
    h.flags |= SCDF_FILE_HAS_KASLR;
    h.kaslr_offset = kernel_text - X86_64_TEXT_LINK;
  }
#endif
  put(&h, sizeof(h));
}

void put_module(scdf_u64 base, scdf_u64 size, scdf_u32 flags, const char *name,
                const scdf_u8 *build_id, size_t build_id_len) {
  struct scdf_module m;
  size_t len = strlen(name), pad = (8 - len % 8) % 8;
  static const char zeros[8];
  memset(&m, 0, sizeof(m));
  m.base = base;
  m.size = size;
  m.flags = flags;
  m.path_len = (scdf_u32)len;
  m.build_id_len = (scdf_u8)build_id_len;
  if (build_id_len)
    memcpy(m.build_id, build_id, build_id_len);
  put_chunk(SCDF_CHUNK_MODULE, sizeof(m) + len + pad);
  put(&m, sizeof(m));
  put(name, len);
  put(zeros, pad);
}

void put_sections(const struct ksection *s, size_t n) {
  static const char zeros[8];
  scdf_u64 size = 0;
  for (size_t i = 0; i < n; i++)
    size += sizeof(struct scdf_section) + (strlen(s[i].name) + 7) / 8 * 8;
  put_chunk(SCDF_CHUNK_SECTIONS, size);
  for (size_t i = 0; i < n; i++) {
    struct scdf_section e;
    size_t len = strlen(s[i].name);
    memset(&e, 0, sizeof(e));
    e.addr = s[i].addr;
    e.name_len = (scdf_u32)len;
    put(&e, sizeof(e));
    put(s[i].name, len);
    put(zeros, (8 - len % 8) % 8);
  }
}

void put_thread(scdf_u64 tid, const scdf_u64 *words, size_t n, scdf_u64 dropped,
                scdf_u64 flags) {
  struct scdf_thread t;
  memset(&t, 0, sizeof(t));
  t.tid = tid;
  t.words = n;
  t.dropped = dropped;
  t.flags = flags;
  put_chunk(SCDF_CHUNK_THREAD, sizeof(t) + n * sizeof(scdf_u64));
  put(&t, sizeof(t));
  put(words, n * sizeof(scdf_u64));
}
