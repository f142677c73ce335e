/*
 * dataflow-trace: records the kernel's dataflow records for one command.
 *
 *   dataflow-trace [-o FILE] [--size WORDS] [--device PATH] [--include-exec]
 *                  [--include-exit] [--cmp] [--remote] [--remote-handle H]...
 *                  -- CMD ARGS...
 *
 * Opens /sys/kernel/debug/kcov_dataflow (the kcov_dataflow runtime, module
 * or built in), maps a buffer of WORDS u64 words, starts CMD with recording
 * enabled for its task from after its exec until it begins to exit (and,
 * asked to, for work kernel threads and softirqs do for it under remote
 * handles), and when CMD exits writes a trace file
 * (include/sancov-dataflow/abi.h) with the records, each remote worker
 * session as a thread chunk of its own, the kernel's text address (_text,
 * or _stext on arm64) and
 * build ID, the load addresses of modules and of their code sections
 * (before CMD and after it) and the callback ABI the runtime
 * receives (KCOV_DF_GET_ABI; ABI A for runtimes without it), so that
 * `dataflow-view --vmlinux VMLINUX --modules DIR FILE` can name everything
 * on another machine (and refuse a VMLINUX that is not the traced kernel).
 *
 * Exits with CMD's exit status, or 2 if recording failed. Records dropped
 * because a buffer was full are not a failure: the trace says where they
 * are missing, and the message says how many and which option helps.
 *
 * CMD gets the recorder's stdin, stdout and stderr and whatever else the
 * recorder itself inherited, but none of the recorder's own descriptors
 * (trace file, device): they are close-on-exec, so fd-sensitive programs
 * see the same table as without the recorder.
 */
#define _GNU_SOURCE
#include "kernel-info.h"
#include "launch.h"
#include "options.h"
#include "remote.h"
#include "report.h"
#include "trace-file.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

/* A small machine may not give the default buffer; the size before 4 M
 * words became the default is the least it falls back to. */
#define FALLBACK_MIN_WORDS (256ul << 10)

/* Allocates the buffer: o->words, or for the default size as much of it as
 * the kernel can give. Returns its size in words. */
static unsigned long init_buffer(int fd, const struct options *o) {
  unsigned long words = o->words;
  while (ioctl(fd, KCOV_DF_INIT_TRACE, words)) {
    if (errno != ENOMEM || o->words_given || words <= FALLBACK_MIN_WORDS)
      die("KCOV_DF_INIT_TRACE(%lu words): %s", words, strerror(errno));
    words /= 2;
  }
  if (words != o->words)
    warning("the kernel could not allocate %lu words; recording into %lu",
            o->words, words);
  return words;
}

/* After the command: the remote buffer, which workers may still append to
 * until their handles are unregistered. Returns 0, or -1 after a message. */
static int collect_remote(int fd, struct remote_buffer *b) {
  int rc = remote_drain(fd, b);
  if (ioctl(fd, KCOV_DF_REMOTE_DISABLE, 0) && errno != EINVAL) {
    complain("KCOV_DF_REMOTE_DISABLE: %s", strerror(errno));
    rc = -1;
  }
  return remote_drain(fd, b) ? -1 : rc;
}

/* The callback ABI the kernel's runtime receives; one that cannot say (an
 * RFC kernel, an older runtime) speaks ABI A. */
static scdf_u64 runtime_abi(int fd) {
  scdf_u64 abi;
  if (ioctl(fd, KCOV_DF_GET_ABI, &abi))
    return SCDF_ABI_KCOV_V2;
  if (abi > SCDF_FILE_ABI_MASK)
    die("the kernel runtime reports callback ABI %" PRIu64 ", which this "
        "recorder does not know",
        abi);
  return abi;
}

static void put_kernel(pid_t child, scdf_u64 abi, struct kmodules *modules) {
  int stext;
  scdf_u64 text = kernel_text(&stext);
  scdf_u8 build_id[32];
  size_t build_id_len = kernel_build_id(build_id);
  /* The header's KASLR offset is for viewers that predate the vmlinux
   * chunk's base being read: x86-64's _text only. */
  put_file_header((scdf_u64)child, abi, stext ? 0 : text);
  /* base 0: the text address is unknown (the viewer then assumes no
   * KASLR); the build ID alone still lets the viewer check the vmlinux. */
  if (text || build_id_len)
    put_module(text, 0, SCDF_MODULE_MAIN | (stext ? SCDF_MODULE_STEXT : 0),
               "vmlinux", build_id, build_id_len);
  put_kernel_modules(modules);
}

static void say_written(const struct options *o, scdf_u64 used, size_t sessions,
                        scdf_u64 dropped) {
  fprintf(stderr, "%s: %" PRIu64 " record words ", prog, used);
  if (remote_wanted(o))
    fprintf(stderr, "and %zu remote sessions ", sessions);
  fprintf(stderr, "written to %s", o->out_path);
  if (dropped && remote_wanted(o))
    fprintf(stderr,
            "; %" PRIu64 " records or remote sessions dropped: a "
            "buffer was full, use --size, --remote-size or "
            "--remote-session-size to enlarge it",
            dropped);
  else if (dropped)
    fprintf(stderr,
            "; %" PRIu64 " records dropped: the buffer was full, "
            "use --size to enlarge it",
            dropped);
  fputc('\n', stderr);
}

int main(int argc, char **argv) {
  struct options o;
  struct remote_buffer remote = {NULL, 0, 0};
  struct kmodules modules;
  unsigned long words;
  int fd, status, failed = 0;
  scdf_u64 *area, used, dropped = 0, abi;
  size_t sessions = 0;
  pid_t child;

  parse_options(argc, argv, &o);
  fd = open(o.device, O_RDWR | O_CLOEXEC);
  if (fd < 0)
    die("cannot open %s: %s (is the kcov_dataflow module loaded and debugfs "
        "mounted?)",
        o.device, strerror(errno));
  words = init_buffer(fd, &o);
  area = mmap(NULL, words * sizeof(scdf_u64), PROT_READ | PROT_WRITE,
              MAP_SHARED, fd, 0);
  if (area == MAP_FAILED)
    die("cannot map the buffer: %s", strerror(errno));
  trace_create(o.out_path);

  /* The common handle's instance: the recorder's pid, unique among the
   * recorders running. */
  /* Before the command: a module it unloads is still named, and the
   * .init.text of one loading now is seen. */
  read_kernel_modules(&modules);
  child = launch(fd, &o, (scdf_u64)getpid());
  status = wait_command(child);
  if (ioctl(fd, KCOV_DF_DISABLE, 0) && errno != EINVAL)
    complain("KCOV_DF_DISABLE: %s", strerror(errno));
  if (remote_wanted(&o) && collect_remote(fd, &remote))
    failed = 1;
  if (ioctl(fd, KCOV_DF_GET_DROPPED, &dropped))
    dropped = 0; /* An RFC kernel without the extension. */
  abi = runtime_abi(fd);
  used = __atomic_load_n(&area[0], __ATOMIC_ACQUIRE);
  if (used > words - 1)
    die("corrupt buffer: %" PRIu64 " words used of %lu", used, words - 1);

  put_kernel(child, abi, &modules);
  put_thread((scdf_u64)child, &area[1], used, dropped, 0);
  sessions = put_remote_sessions(&remote, &failed);
  trace_close();
  say_written(&o, used, sessions, dropped);
  free(remote.words);
  return failed ? EXIT_RECORDING_FAILED : status;
}
