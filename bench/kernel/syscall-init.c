/*
 * /init of the kernel syscall benchmark (bench/kernel/run.sh): times short
 * syscall loops in the guest and prints one line per case,
 *
 *   SCDF-BENCH <case> <recording> <iterations> <guest ns per call>
 *              <record words per call> <dropped records> <records per call>
 *
 * after SCDF-BENCH-UPTIME (/proc/uptime when init starts: the boot).
 * for recording "off" (in the `all` kernel: runtime built in, not enabled
 * for this task) and, when /sys/kernel/debug/kcov_dataflow exists, "on" (this task
 * records into a buffer big enough for every record). run.sh boots qemu
 * with -icount shift=0, which makes guest time a count of executed guest
 * instructions: the figures are instruction counts, not host noise.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "sancov-dataflow/abi.h"

#define DEVICE "/sys/kernel/debug/kcov_dataflow"
#define ITERATIONS 20000
/* Recording on: fewer calls, so that every record fits the buffer (about
   1700 words per open+close in the `all` kernel) and none is dropped. */
#define ITERATIONS_RECORDING 2000
#define BUFFER_WORDS (16ul * 1024 * 1024)

static uint64_t now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static int fds[2];
/* SCDF_BENCH_ONLY=<case> on the kernel command line: that case alone. */
static const char *only;

static void op_getppid(void) { syscall(SYS_getppid); }

static void op_pipe(void) {
  char b[8];
  if (write(fds[1], "dataflow", 8) != 8 || read(fds[0], b, 8) != 8)
    printf("SCDF-BENCH-ERROR pipe: %s\n", strerror(errno));
}

static void op_open_close(void) {
  int fd = open("/init", O_RDONLY | O_CLOEXEC);
  if (fd < 0 || close(fd))
    printf("SCDF-BENCH-ERROR open: %s\n", strerror(errno));
}

static void op_stat(void) {
  struct stat st;
  if (stat("/bin", &st))
    printf("SCDF-BENCH-ERROR stat: %s\n", strerror(errno));
}

/* The example module's bench file (examples/linux/dataflow_demo.c), when
 * the module is loaded: 100 df_eight and 100 df_set_max_threads calls per
 * write, recorded by the runtime module in a kernel that instruments
 * nothing else. */
#define DEMO_BENCH "/sys/kernel/debug/dataflow_demo_bench"
static int demo_fd = -1;

static void op_demo(void) {
  if (write(demo_fd, "1", 1) != 1)
    printf("SCDF-BENCH-ERROR demo: %s\n", strerror(errno));
}

static const struct {
  const char *name;
  void (*op)(void);
  int demo;
} cases[] = {
    {"getppid", op_getppid, 0},
    {"pipe-write-read", op_pipe, 0},
    {"open-close", op_open_close, 0},
    {"stat", op_stat, 0},
    {"demo-bench", op_demo, 1},
};

/* Records in the buffer (framed as abi.h says). */
static uint64_t count_records(volatile uint64_t *area, uint64_t used) {
  uint64_t pos = 1, n = 0;
  while (pos < 1 + used) {
    pos += SCDF_RECORD_WORDS(SCDF_REC_NVALS(area[pos]));
    n++;
  }
  return n;
}

static void load_module(const char *path) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return;
  if (syscall(SYS_finit_module, fd, "", 0))
    printf("SCDF-BENCH-ERROR loading %s: %s\n", path, strerror(errno));
  close(fd);
}

static void measure(const char *recording, int fd, volatile uint64_t *area) {
  const int iterations = area ? ITERATIONS_RECORDING : ITERATIONS;
  for (size_t c = 0; c < sizeof(cases) / sizeof(cases[0]); ++c) {
    uint64_t words = 0, records = 0, dropped = 0, t0, t1;
    if (cases[c].demo && demo_fd < 0)
      continue;
    if (only && strcmp(only, cases[c].name))
      continue;
    for (int i = 0; i < 100; ++i) /* Warm caches and the page tables. */
      cases[c].op();
    if (area) {
      __atomic_store_n(&area[0], 0, __ATOMIC_RELEASE);
      if (ioctl(fd, KCOV_DF_ENABLE, 0))
        printf("SCDF-BENCH-ERROR enable: %s\n", strerror(errno));
    }
    t0 = now_ns();
    for (int i = 0; i < iterations; ++i)
      cases[c].op();
    t1 = now_ns();
    if (area) {
      if (ioctl(fd, KCOV_DF_DISABLE, 0))
        printf("SCDF-BENCH-ERROR disable: %s\n", strerror(errno));
      words = __atomic_load_n(&area[0], __ATOMIC_ACQUIRE);
      records = count_records(area, words);
      if (ioctl(fd, KCOV_DF_GET_DROPPED, &dropped))
        dropped = ~0ull;
    }
    printf("SCDF-BENCH %s %s %d %.1f %.1f %llu %.1f\n", cases[c].name,
           recording, iterations, (double)(t1 - t0) / iterations,
           (double)words / iterations, (unsigned long long)dropped,
           (double)records / iterations);
  }
}

int main(void) {
  int fd;
  mount("proc", "/proc", "proc", 0, NULL);
  mount("sysfs", "/sys", "sysfs", 0, NULL);
  mount("debugfs", "/sys/kernel/debug", "debugfs", 0, NULL);
  {
    /* Guest time from power-on to init: the kernel's boot cost, in
       instructions under -icount. */
    char up[64] = "";
    FILE *f = fopen("/proc/uptime", "r");
    if (f && fgets(up, sizeof(up), f))
      printf("SCDF-BENCH-UPTIME %s", up);
    if (f)
      fclose(f);
  }
  if (pipe2(fds, O_CLOEXEC))
    return 1;
  only = getenv("SCDF_BENCH_ONLY");
  /* The `module` flavour of run.sh: runtime and example module. */
  load_module("/lib/modules/kcov_dataflow.ko");
  load_module("/lib/modules/dataflow_demo.ko");
  demo_fd = open(DEMO_BENCH, O_WRONLY | O_CLOEXEC);
  measure("off", -1, NULL);
  fd = open(DEVICE, O_RDWR | O_CLOEXEC);
  if (fd >= 0) {
    volatile uint64_t *area;
    if (ioctl(fd, KCOV_DF_INIT_TRACE, BUFFER_WORDS))
      printf("SCDF-BENCH-ERROR init: %s\n", strerror(errno));
    area = mmap(NULL, BUFFER_WORDS * 8, PROT_READ | PROT_WRITE, MAP_SHARED,
                fd, 0);
    if (area == MAP_FAILED)
      printf("SCDF-BENCH-ERROR mmap: %s\n", strerror(errno));
    else
      measure("on", fd, area);
  }
  printf("SCDF-BENCH-DONE\n");
  fflush(stdout);
  sync();
  reboot(RB_POWER_OFF);
  return 0;
}
