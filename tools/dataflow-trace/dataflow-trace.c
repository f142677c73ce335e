/*
 * dataflow-trace: records the kernel's dataflow records for one command.
 *
 *   dataflow-trace [-o FILE] [--size WORDS] [--device PATH] -- CMD ARGS...
 *
 * Opens /sys/kernel/debug/kcov_dataflow (the kcov_dataflow runtime, module
 * or built in), maps a buffer of WORDS u64 words, starts CMD with recording
 * enabled for its task, and when CMD exits writes a trace file
 * (include/sancov-dataflow/abi.h) with the records, the kernel's text
 * address, the load addresses of modules and the callback ABI the runtime
 * receives (KCOV_DF_GET_ABI; ABI A for runtimes without it), so that
 * `dataflow-view --vmlinux VMLINUX --modules DIR FILE` can name everything
 * on another machine. Exits with CMD's exit status.
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
          "usage: %s [-o FILE] [--size WORDS] [--device PATH] -- CMD [ARGS...]\n"
          "  -o FILE        trace file to write (default: dataflow.trace)\n"
          "  --size WORDS   buffer size in u64 words (default: %u)\n"
          "  --device PATH  default: /sys/kernel/debug/kcov_dataflow\n",
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
                       const char *name) {
  struct scdf_module m;
  size_t len = strlen(name), pad = (8 - len % 8) % 8;
  static const char zeros[8];
  memset(&m, 0, sizeof(m));
  m.base = base;
  m.size = size;
  m.flags = flags;
  m.path_len = (uint32_t)len;
  put_chunk(SCDF_CHUNK_MODULE, sizeof(m) + len + pad);
  put(&m, sizeof(m));
  put(name, len);
  put(zeros, pad);
}

/* The running kernel's _text, 0 if kallsyms hides it. */
static uint64_t kernel_text(void) {
  FILE *f = fopen("/proc/kallsyms", "r");
  char line[512];
  uint64_t addr = 0;
  if (!f)
    return 0;
  while (fgets(line, sizeof(line), f)) {
    char type, name[256];
    unsigned long long a;
    if (sscanf(line, "%llx %c %255s", &a, &type, name) == 3 &&
        !strcmp(name, "_text")) {
      addr = a;
      break;
    }
  }
  fclose(f);
  return addr;
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
    put_module(text, size, SCDF_MODULE_KERNEL, name);
  }
  fclose(f);
}

int main(int argc, char **argv) {
  const char *device = "/sys/kernel/debug/kcov_dataflow";
  unsigned long words = DEFAULT_WORDS;
  int i, fd, status;
  uint64_t *area, used, dropped = 0, text, abi = SCDF_ABI_KCOV_V2;
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
  out_file = fopen(out_path, "wb");
  if (!out_file)
    die("cannot create '%s': %s", out_path, strerror(errno));

  child = fork();
  if (child < 0)
    die("fork: %s", strerror(errno));
  if (child == 0) {
    /* Records start here: the exec of CMD is recorded too. */
    if (ioctl(fd, KCOV_DF_ENABLE, 0)) {
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
    text = kernel_text();
#if defined(__x86_64__)
    if (text) {
      h.flags |= SCDF_FILE_HAS_KASLR;
      h.kaslr_offset = text - X86_64_TEXT_LINK;
    }
#endif
    put(&h, sizeof(h));
    if (text)
      put_module(text, 0, SCDF_MODULE_MAIN, "vmlinux");
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
