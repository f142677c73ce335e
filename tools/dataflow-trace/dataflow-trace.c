/*
 * dataflow-trace: records the kernel's dataflow records for one command.
 *
 *   dataflow-trace [-o FILE] [--size WORDS] [--device PATH] [--cmp]
 *                  -- CMD ARGS...
 *
 * Opens /sys/kernel/debug/kcov_dataflow (the kcov_dataflow runtime, module
 * or built in), maps a buffer of WORDS u64 words, starts CMD with recording
 * enabled for its task, and when CMD exits writes a trace file
 * (include/sancov-dataflow/abi.h) with the records, the kernel's text
 * address (_text, or _stext on arm64) and build ID, the load addresses of
 * modules and the callback ABI the runtime receives (KCOV_DF_GET_ABI; ABI
 * A for runtimes without it), so that
 * `dataflow-view --vmlinux VMLINUX --modules DIR FILE` can name everything
 * on another machine (and refuse a VMLINUX that is not the traced kernel).
 * Exits with CMD's exit status. --cmp also records the comparisons of
 * code built with trace-cmp (KCOV_DF_ENABLE_CMP).
 *
 * CMD gets the recorder's stdin, stdout and stderr and whatever else the
 * recorder itself inherited, but none of the recorder's own descriptors
 * (trace file, device): they are close-on-exec, so fd-sensitive programs
 * see the same table as without the recorder.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "sancov-dataflow/abi.h"

#define DEFAULT_WORDS (256u * 1024)
/* Where x86-64 links the kernel's _text without KASLR. */
#define X86_64_TEXT_LINK 0xffffffff81000000ull

static const char *prog = "dataflow-trace";

static void usage(FILE *out) {
  fprintf(out,
          "usage: %s [-o FILE] [--size WORDS] [--device PATH] [--cmp] -- CMD "
          "[ARGS...]\n"
          "  -o FILE        trace file to write (default: dataflow.trace)\n"
          "  --size WORDS   buffer size in u64 words (default: %u)\n"
          "  --device PATH  default: /sys/kernel/debug/kcov_dataflow\n"
          "  --cmp          also record comparisons (code built with "
          "trace-cmp)\n",
          prog, DEFAULT_WORDS);
}

static void die(const char *fmt, ...)
    __attribute__((format(printf, 1, 2), noreturn));
static void die(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "%s: ", prog);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
  exit(2);
}

static FILE *out_file;
static const char *out_path;

static void put(const void *p, size_t n) {
  if (fwrite(p, 1, n, out_file) != n)
    die("cannot write '%s': %s", out_path, strerror(errno));
}

static void put_chunk(uint32_t type, uint64_t size) {
  struct scdf_chunk c = {type, 0, size};
  put(&c, sizeof(c));
}

static void put_module(uint64_t base, uint64_t size, uint32_t flags,
                       const char *name, const uint8_t *build_id,
                       size_t build_id_len) {
  struct scdf_module m;
  size_t len = strlen(name), pad = (8 - len % 8) % 8;
  static const char zeros[8];
  memset(&m, 0, sizeof(m));
  m.base = base;
  m.size = size;
  m.flags = flags;
  m.path_len = (uint32_t)len;
  m.build_id_len = (uint8_t)build_id_len;
  if (build_id_len)
    memcpy(m.build_id, build_id, build_id_len);
  put_chunk(SCDF_CHUNK_MODULE, sizeof(m) + len + pad);
  put(&m, sizeof(m));
  put(name, len);
  put(zeros, pad);
}

/*
 * The running kernel's _text from /proc/kallsyms, or where kallsyms has no
 * _text (arm64, whose _text lies before the _stext where kallsyms starts)
 * its _stext, with *stext set. The viewer subtracts the same symbol's
 * address in vmlinux. 0 if kallsyms hides both (kptr_restrict prints zero
 * addresses).
 */
static uint64_t kernel_text(int *stext) {
  FILE *f = fopen("/proc/kallsyms", "r");
  char line[512];
  uint64_t text = 0, start = 0;
  if (!f)
    return 0;
  while (!text && fgets(line, sizeof(line), f)) {
    char type, name[256];
    unsigned long long a;
    if (sscanf(line, "%llx %c %255s", &a, &type, name) != 3)
      continue;
    if (!strcmp(name, "_text"))
      text = a;
    else if (!strcmp(name, "_stext"))
      start = a;
  }
  fclose(f);
  *stext = !text && start;
  return text ? text : start;
}

#define KERNEL_NOTES "/sys/kernel/notes"
#define NT_GNU_BUILD_ID_TYPE 3u

/*
 * The running kernel's GNU build ID, from the ELF notes the kernel exports
 * (the same bytes as vmlinux's .note.gnu.build-id), into id[32]. Returns
 * its length, 0 (with a warning) if it cannot be found: the trace is still
 * useful, only the viewer cannot check that it was given the right vmlinux.
 */
static size_t kernel_build_id(uint8_t id[32]) {
  uint8_t notes[4096];
  size_t n = 0, off = 0;
  ssize_t got;
  int nfd = open(KERNEL_NOTES, O_RDONLY | O_CLOEXEC);
  if (nfd < 0) {
    fprintf(stderr,
            "%s: warning: cannot read %s: %s; the trace has no "
            "kernel build ID, so dataflow-view cannot check the vmlinux\n",
            prog, KERNEL_NOTES, strerror(errno));
    return 0;
  }
  while (n < sizeof(notes)) {
    got = read(nfd, notes + n, sizeof(notes) - n);
    if (got < 0 && errno == EINTR)
      continue;
    if (got <= 0)
      break;
    n += (size_t)got;
  }
  close(nfd);
  /* Elf_Nhdr: namesz, descsz, type (u32 each), then name and desc, each
   * padded to 4 bytes. */
  while (off + 12 <= n) {
    uint32_t namesz, descsz, type;
    size_t name_off = off + 12, desc_off, next;
    memcpy(&namesz, notes + off, 4);
    memcpy(&descsz, notes + off + 4, 4);
    memcpy(&type, notes + off + 8, 4);
    desc_off = name_off + (((size_t)namesz + 3) & ~(size_t)3);
    next = desc_off + (((size_t)descsz + 3) & ~(size_t)3);
    if (namesz > n || descsz > n || next > n)
      break;
    if (type == NT_GNU_BUILD_ID_TYPE && namesz == 4 &&
        !memcmp(notes + name_off, "GNU", 4) && descsz > 0 && descsz <= 32) {
      memcpy(id, notes + desc_off, descsz);
      return descsz;
    }
    off = next;
  }
  fprintf(stderr,
          "%s: warning: no GNU build ID note in %s; the trace has "
          "no kernel build ID, so dataflow-view cannot check the vmlinux\n",
          prog, KERNEL_NOTES);
  return 0;
}

/* One MODULE chunk per loaded module, based at its .text section. */
static void put_kernel_modules(void) {
  FILE *f = fopen("/proc/modules", "r");
  char line[1024];
  if (!f)
    return;
  while (fgets(line, sizeof(line), f)) {
    char name[256], path[512];
    unsigned long size;
    unsigned long long text = 0;
    FILE *s;
    if (sscanf(line, "%255s %lu", name, &size) != 2)
      continue;
    snprintf(path, sizeof(path), "/sys/module/%s/sections/.text", name);
    s = fopen(path, "r");
    if (s) {
      if (fscanf(s, "%llx", &text) != 1)
        text = 0;
      fclose(s);
    }
    if (!text)
      fprintf(stderr, "%s: warning: no .text address for module %s\n", prog,
              name);
    put_module(text, size, SCDF_MODULE_KERNEL, name, NULL, 0);
  }
  fclose(f);
}

int main(int argc, char **argv) {
  const char *device = "/sys/kernel/debug/kcov_dataflow";
  unsigned long words = DEFAULT_WORDS, enable = 0;
  int i, fd, status;
  uint64_t *area, used, dropped = 0, text, abi = SCDF_ABI_KCOV_V2;
  uint8_t build_id[32];
  size_t build_id_len;
  int stext;
  pid_t child;

  out_path = "dataflow.trace";
  for (i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--")) {
      i++;
      break;
    } else if (!strcmp(argv[i], "-o") && i + 1 < argc) {
      out_path = argv[++i];
    } else if (!strcmp(argv[i], "--size") && i + 1 < argc) {
      char *end;
      errno = 0;
      words = strtoul(argv[++i], &end, 0);
      if (errno || *end || words < 2)
        die("invalid --size '%s': a number of u64 words, at least 2", argv[i]);
    } else if (!strcmp(argv[i], "--device") && i + 1 < argc) {
      device = argv[++i];
    } else if (!strcmp(argv[i], "--cmp")) {
      enable |= KCOV_DF_ENABLE_CMP;
    } else if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
      usage(stdout);
      return 0;
    } else {
      fprintf(stderr, "%s: unknown argument '%s'\n", prog, argv[i]);
      usage(stderr);
      return 2;
    }
  }
  if (i >= argc) {
    usage(stderr);
    return 2;
  }

  fd = open(device, O_RDWR | O_CLOEXEC);
  if (fd < 0)
    die("cannot open %s: %s (is the kcov_dataflow module loaded and debugfs "
        "mounted?)", device, strerror(errno));
  if (ioctl(fd, KCOV_DF_INIT_TRACE, words))
    die("KCOV_DF_INIT_TRACE(%lu words): %s", words, strerror(errno));
  area = mmap(NULL, words * sizeof(uint64_t), PROT_READ | PROT_WRITE,
              MAP_SHARED, fd, 0);
  if (area == MAP_FAILED)
    die("cannot map the buffer: %s", strerror(errno));
  /* "e": close-on-exec, so CMD does not inherit the trace file. */
  out_file = fopen(out_path, "wbe");
  if (!out_file)
    die("cannot create '%s': %s", out_path, strerror(errno));

  child = fork();
  if (child < 0)
    die("fork: %s", strerror(errno));
  if (child == 0) {
    /* Records start here: the exec of CMD is recorded too. */
    if (ioctl(fd, KCOV_DF_ENABLE, enable)) {
      fprintf(stderr, "%s: KCOV_DF_ENABLE: %s\n", prog, strerror(errno));
      _exit(127);
    }
    execvp(argv[i], &argv[i]);
    fprintf(stderr, "%s: cannot run '%s': %s\n", prog, argv[i],
            strerror(errno));
    _exit(127);
  }
  while (waitpid(child, &status, 0) < 0)
    if (errno != EINTR)
      die("waitpid: %s", strerror(errno));
  if (ioctl(fd, KCOV_DF_DISABLE, 0) && errno != EINVAL)
    fprintf(stderr, "%s: KCOV_DF_DISABLE: %s\n", prog, strerror(errno));
  if (ioctl(fd, KCOV_DF_GET_DROPPED, &dropped))
    dropped = 0; /* An RFC kernel without the extension. */
  /* The callback ABI the kernel's runtime receives; one that cannot say
   * (an RFC kernel, an older runtime) speaks ABI A. */
  if (ioctl(fd, KCOV_DF_GET_ABI, &abi))
    abi = SCDF_ABI_KCOV_V2;
  if (abi > SCDF_FILE_ABI_MASK)
    die("the kernel runtime reports callback ABI %" PRIu64 ", which this "
        "recorder does not know", abi);

  used = __atomic_load_n(&area[0], __ATOMIC_ACQUIRE);
  if (used > words - 1)
    die("corrupt buffer: %" PRIu64 " words used of %lu", used, words - 1);

  {
    struct scdf_file_header h;
    struct scdf_thread t;
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
    h.flags = SCDF_FILE_KERNEL | (uint32_t)abi << SCDF_FILE_ABI_SHIFT;
    h.pid = (uint64_t)child;
    text = kernel_text(&stext);
    build_id_len = kernel_build_id(build_id);
#if defined(__x86_64__)
    /* For viewers that predate the vmlinux chunk's base being read. */
    if (text && !stext) {
      h.flags |= SCDF_FILE_HAS_KASLR;
      h.kaslr_offset = text - X86_64_TEXT_LINK;
    }
#endif
    put(&h, sizeof(h));
    /* base 0: the text address is unknown (the viewer then assumes no
     * KASLR); the build ID alone still lets the viewer check the vmlinux. */
    if (text || build_id_len)
      put_module(text, 0, SCDF_MODULE_MAIN | (stext ? SCDF_MODULE_STEXT : 0),
                 "vmlinux", build_id, build_id_len);
    put_kernel_modules();
    memset(&t, 0, sizeof(t));
    t.tid = (uint64_t)child;
    t.words = used;
    t.dropped = dropped;
    put_chunk(SCDF_CHUNK_THREAD, sizeof(t) + used * sizeof(uint64_t));
    put(&t, sizeof(t));
    put(&area[1], used * sizeof(uint64_t));
  }
  if (fclose(out_file))
    die("cannot write '%s': %s", out_path, strerror(errno));
  fprintf(stderr, "%s: %" PRIu64 " record words written to %s", prog, used,
          out_path);
  if (dropped)
    fprintf(stderr, "; %" PRIu64 " records dropped: the buffer was full, "
            "use --size to enlarge it", dropped);
  fputc('\n', stderr);
  if (WIFSIGNALED(status))
    return 128 + WTERMSIG(status);
  return WEXITSTATUS(status);
}
