/* dataflow-trace: the command line. */
#include "options.h"
#include "report.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * The default buffer. Recording a trivial static command from fork to
 * teardown in the whole-kernel build filled 88-90 % of 256 K words (issue
 * 13). A dynamically linked command adds the loader's opens, mmaps and page
 * faults for every library, several times that; 4 M words (32 MiB, a
 * quarter of the 16 M words the kernel allows) leaves room for about 16
 * such runs, and the default window (after exec, until exit) leaves out the
 * fork and the teardown besides.
 */
#define DEFAULT_WORDS (4ul << 20)
/* Remote capture: the merged buffer of all sessions (8 MiB) and the scratch
 * buffer of one session (512 KiB: a work item or softirq is short). */
#define DEFAULT_REMOTE_WORDS (1u << 20)
#define DEFAULT_SESSION_WORDS (64u << 10)
/* The smallest session: its REMOTE record. */
#define MIN_SESSION_WORDS SCDF_RECORD_WORDS(SCDF_REMOTE_VALS)

static void usage(FILE *out) {
  fprintf(
      out,
      "usage: %s [OPTIONS] -- CMD [ARGS...]\n"
      "  -o FILE         trace file to write (default: dataflow.trace)\n"
      "  --size WORDS    buffer size in u64 words (default: %lu)\n"
      "  --device PATH   default: /sys/kernel/debug/kcov_dataflow\n"
      "  --include-exec  also record CMD's exec (default: from after it)\n"
      "  --include-exit  also record CMD's exit (default: until it begins)\n"
      "  --cmp           also record comparison operands (code built with\n"
      "                  trace-cmp)\n"
      "  --remote        also record the work kernel threads do for CMD under\n"
      "                  its common handle (workers it spawns)\n"
      "  --remote-handle H  also record the work done under global handle H\n"
      "                  (subsystem << 56 | instance; hex or decimal; up to\n"
      "                  %u times)\n"
      "  --remote-size WORDS  buffer of all remote work (default: %u)\n"
      "  --remote-session-size WORDS  buffer of one worker session (default:\n"
      "                  %u)\n"
      "Exits with CMD's exit status (128 + N for signal N), or %d if\n"
      "recording failed.\n",
      prog, DEFAULT_WORDS, SCDF_REMOTE_MAX_HANDLES, DEFAULT_REMOTE_WORDS,
      DEFAULT_SESSION_WORDS, EXIT_RECORDING_FAILED);
}

/* A whole number, 0x-hex or decimal; 0 if s is not one. */
static int parse_u64(const char *s, scdf_u64 *v) {
  char *end;
  if (*s == '-' || *s == '+' || !*s)
    return 0;
  errno = 0;
  *v = strtoull(s, &end, 0);
  return !errno && !*end;
}

static scdf_u64 number(const char *option, const char *s, scdf_u64 min,
                       scdf_u64 max) {
  scdf_u64 v;
  if (parse_u64(s, &v) && v >= min && v <= max)
    return v;
  /* Only a u32 field's bound is worth saying; the other is past any RAM. */
  if (max > UINT32_MAX)
    die("invalid %s '%s': a number of u64 words, at least %" PRIu64, option, s,
        min);
  die("invalid %s '%s': a number of u64 words from %" PRIu64 " to %" PRIu64,
      option, s, min, max);
}

static void add_handle(struct options *o, const char *s) {
  scdf_u64 h;
  scdf_u32 i;
  if (!parse_u64(s, &h))
    die("invalid --remote-handle '%s': a number (0x-hex or decimal)", s);
  if (SCDF_HANDLE_SUBSYSTEM(h) == 0)
    die("invalid --remote-handle 0x%016" PRIx64 ": its subsystem byte (bits "
        "56..63) is 0, the common handle's; --remote records that one",
        h);
  if (h & 0x00ffffff00000000ull)
    die("invalid --remote-handle 0x%016" PRIx64 ": bits 32..55 must be zero "
        "(a global handle is subsystem << 56 | a 32-bit instance)",
        h);
  for (i = 0; i < o->num_handles; i++)
    if (o->handles[i] == h)
      die("--remote-handle 0x%016" PRIx64 " is given twice", h);
  if (o->num_handles == SCDF_REMOTE_MAX_HANDLES)
    die("too many --remote-handle options: at most %u",
        SCDF_REMOTE_MAX_HANDLES);
  o->handles[o->num_handles++] = h;
}

/* The option at argv[i], which takes no value; 0 if it is not one. */
static int flag_option(struct options *o, const char *a) {
  if (!strcmp(a, "--include-exec"))
    o->enable_flags &= ~KCOV_DF_ENABLE_AFTER_EXEC;
  else if (!strcmp(a, "--include-exit"))
    o->enable_flags &= ~KCOV_DF_ENABLE_UNTIL_EXIT;
  else if (!strcmp(a, "--cmp"))
    o->enable_flags |= KCOV_DF_ENABLE_CMP;
  else if (!strcmp(a, "--remote"))
    o->remote_common = 1;
  else
    return 0;
  return 1;
}

#define AREA_GIVEN 1
#define SESSION_GIVEN 2

/* The option a, which takes the value v; 0 if it is not one. */
static int value_option(struct options *o, const char *a, const char *v,
                        int *sizes_given) {
  if (!strcmp(a, "-o")) {
    o->out_path = v;
  } else if (!strcmp(a, "--size")) {
    o->words = number(a, v, 2, ~0ul / sizeof(scdf_u64));
    o->words_given = 1;
  } else if (!strcmp(a, "--device")) {
    o->device = v;
  } else if (!strcmp(a, "--remote-handle")) {
    add_handle(o, v);
  } else if (!strcmp(a, "--remote-size")) {
    o->remote_words = number(a, v, MIN_SESSION_WORDS, UINT32_MAX);
    *sizes_given |= AREA_GIVEN;
  } else if (!strcmp(a, "--remote-session-size")) {
    o->session_words = number(a, v, MIN_SESSION_WORDS, UINT32_MAX);
    *sizes_given |= SESSION_GIVEN;
  } else {
    return 0;
  }
  return 1;
}

void parse_options(int argc, char **argv, struct options *o) {
  int i, sizes_given = 0;
  memset(o, 0, sizeof(*o));
  o->out_path = "dataflow.trace";
  o->device = "/sys/kernel/debug/kcov_dataflow";
  o->words = DEFAULT_WORDS;
  o->enable_flags = KCOV_DF_ENABLE_AFTER_EXEC | KCOV_DF_ENABLE_UNTIL_EXIT;
  o->remote_words = DEFAULT_REMOTE_WORDS;
  o->session_words = DEFAULT_SESSION_WORDS;
  for (i = 1; i < argc && strcmp(argv[i], "--"); i++) {
    if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
      usage(stdout);
      exit(0);
    }
    if (flag_option(o, argv[i]))
      continue;
    if (i + 1 < argc && value_option(o, argv[i], argv[i + 1], &sizes_given)) {
      i++;
      continue;
    }
    fprintf(stderr, "%s: unknown argument '%s'\n", prog, argv[i]);
    usage(stderr);
    exit(EXIT_RECORDING_FAILED);
  }
  if (i + 1 >= argc) {
    usage(stderr);
    exit(EXIT_RECORDING_FAILED);
  }
  o->command = &argv[i + 1];
  if (sizes_given && !remote_wanted(o))
    die("--remote-size and --remote-session-size need --remote or "
        "--remote-handle");
  /* A smaller buffer than the default session takes a session as big. */
  if (!(sizes_given & SESSION_GIVEN) && o->session_words > o->remote_words)
    o->session_words = o->remote_words;
  if (o->session_words > o->remote_words)
    die("a remote session (%u words) cannot be larger than the remote buffer "
        "(%u words)",
        o->session_words, o->remote_words);
}
