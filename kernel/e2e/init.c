/*
 * Static init for the end-to-end kernel test (one binary, several names):
 *
 *   /init                 mounts, loads modules, runs the scenario of
 *                         SCDF_MODE (from the kernel command line), prints
 *                         each trace file base64-encoded between markers on
 *                         the console, runs /bin/abuse (kernel/e2e/abuse.c;
 *                         not in sub);
 *                         in base, then records the demo once more with
 *                         the runtime and the demo built for ABI B and for
 *                         ABI C and ABI E (/lib/modules/value-pc/,
 *                         value/, packed/), and checks ABI C with
 *                         entry-exit (entry-exit/);
 *                         powers off
 *                         (base and all also record the demo's remote work
 *                         and comparisons with --remote and --cmp, its cold
 *                         function and its loading (init), and all
 *                         a dynamically linked command, /bin/dyn-hello)
 *   /bin/trigger FILE     writes "1" to FILE (runs the demo module)
 *   /bin/pipe-test        a pipe2(O_CLOEXEC), a write, a read, two closes
 *   /bin/load-module FILE loads the module FILE (finit_module)
 *   /bin/usb-plug         loads Gadget Zero (usb: plugs it into dummy_hcd's
 *                         root hub) and waits until the host has
 *                         configured it
 *
 * SCDF_MODE=usb loads the USB modules, records the plugging of Gadget Zero
 * with the USB handle of bus 1 (the hub thread's work, the URB
 * completions), prints the device's IDs as sysfs shows them, and powers
 * off.
 *
 * SCDF_MODE=rust (kernel/rust/e2e.sh) loads the runtime, then records the
 * loading of each Rust module (rust_minimal.ko, dataflow_rust_demo.ko)
 * with /bin/load-module, and powers off.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static void say(const char *fmt, const char *arg) {
  printf(fmt, arg);
  printf("\n");
  fflush(stdout);
}

static int run(char *const argv[]) {
  int status;
  pid_t pid = fork();
  if (pid == 0) {
    execv(argv[0], argv);
    say("init: cannot run %s", argv[0]);
    _exit(127);
  }
  if (pid < 0 || waitpid(pid, &status, 0) < 0)
    return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

static int load_module(const char *path) {
  int fd = open(path, O_RDONLY | O_CLOEXEC), rc;
  if (fd < 0)
    return -1;
  rc = syscall(SYS_finit_module, fd, "", 0);
  close(fd);
  if (rc)
    printf("init: loading %s failed: %s\n", path, strerror(errno));
  return rc;
}

static void unload_module(const char *name) {
  if (syscall(SYS_delete_module, name, O_NONBLOCK))
    printf("init: unloading %s failed: %s\n", name, strerror(errno));
}

/* base64 without line breaks beyond every 76 characters. */
static void dump(const char *name, const char *path) {
  static const char tbl[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  FILE *f = fopen(path, "rb");
  unsigned char in[57];
  size_t n;
  if (!f) {
    say("SCDF-TRACE-MISSING %s", name);
    return;
  }
  printf("SCDF-TRACE-BEGIN %s\n", name);
  while ((n = fread(in, 1, sizeof(in), f)) > 0) {
    char out[80];
    size_t i, o = 0;
    for (i = 0; i < n; i += 3) {
      unsigned v = in[i] << 16 | (i + 1 < n ? in[i + 1] << 8 : 0) |
                   (i + 2 < n ? in[i + 2] : 0);
      out[o++] = tbl[v >> 18 & 63];
      out[o++] = tbl[v >> 12 & 63];
      out[o++] = i + 1 < n ? tbl[v >> 6 & 63] : '=';
      out[o++] = i + 2 < n ? tbl[v & 63] : '=';
    }
    out[o] = 0;
    printf("%s\n", out);
  }
  printf("SCDF-TRACE-END %s\n", name);
  fflush(stdout);
  fclose(f);
}

static int trigger(const char *file) {
  int fd = open(file, O_WRONLY);
  if (fd < 0 || write(fd, "1", 1) != 1) {
    printf("trigger: %s: %s\n", file, strerror(errno));
    return 1;
  }
  return close(fd) != 0;
}

/* Closes both ends itself: the pipe's release (free_pipe_info) then runs
 * before the exit, inside dataflow-trace's recording window. */
static int pipe_test(void) {
  int fds[2];
  char buf[8];
  if (pipe2(fds, O_CLOEXEC) || write(fds[1], "dataflow", 8) != 8 ||
      read(fds[0], buf, 8) != 8)
    return 1;
  return close(fds[0]) || close(fds[1]);
}

/* The device Gadget Zero becomes on dummy_hcd's bus 1, port 1, and the
 * interface of its first configuration (source/sink, bConfigurationValue
 * 3), which the hub thread adds last when it configures the device. */
#define USB_DEVICE_DIR "/sys/bus/usb/devices/1-1"
#define USB_INTERFACE_DIR "/sys/bus/usb/devices/1-1:3.0"

/* Loading the gadget makes dummy_hcd report a connection on its root hub;
 * hub_event() then enumerates the device in the hub_wq kworker, inside
 * kcov_remote_start_usb(1). The recording must outlast that session (its
 * kcov_remote_stop() appends it to the remote buffer), so this waits for
 * the interface, then a second more for hub_event() to return. */
static int usb_plug(void) {
  int i;

  if (load_module("/lib/modules/g_zero.ko"))
    return 1;
  for (i = 0; i < 600; i++) {
    if (!access(USB_INTERFACE_DIR, F_OK)) {
      sleep(1);
      return 0;
    }
    usleep(100000);
  }
  say("usb-plug: no %s after 60 s", USB_INTERFACE_DIR);
  return 1;
}

static void print_sysfs(const char *name) {
  char path[128], buf[64] = "";
  FILE *f;

  snprintf(path, sizeof(path), USB_DEVICE_DIR "/%s", name);
  f = fopen(path, "r");
  if (f) {
    if (!fgets(buf, sizeof(buf), f))
      buf[0] = 0;
    fclose(f);
  }
  buf[strcspn(buf, "\n")] = 0;
  printf("SCDF-USB %s %s\n", name, f ? buf : "<missing>");
}

/* The USB modules in dependency order (their .modinfo depends=), then the
 * recorded plugging of Gadget Zero under the handle of bus 1:
 * kcov_remote_handle(KCOV_SUBSYSTEM_USB, 1), which both hub_event() and
 * the URB giveback (in dummy_hcd's timer softirq) start. */
static void usb_scenario(void) {
  static const char *const mods[] = {"usb-common", "usbcore",   "udc-core",
                                     "dummy_hcd",  "configfs",  "libcomposite",
                                     "usb_f_ss_lb"};
  char *plug[] = {"/bin/dataflow-trace", "-o", "/usb.trace",
                  "--remote-handle", "0x0100000000000001", "--",
                  "/bin/usb-plug", NULL};
  size_t i;

  for (i = 0; i < sizeof(mods) / sizeof(mods[0]); i++) {
    char ko[128];

    snprintf(ko, sizeof(ko), "/lib/modules/%s.ko", mods[i]);
    if (load_module(ko))
      return;
  }
  printf("SCDF-EXIT usb %d\n", run(plug));
  print_sysfs("idVendor");
  print_sysfs("idProduct");
  print_sysfs("devnum");
  dump("usb", "/usb.trace");
}

int main(int argc, char **argv) {
  const char *self = strrchr(argv[0], '/') ? strrchr(argv[0], '/') + 1 : argv[0];
  const char *mode;

  if (!strcmp(self, "trigger"))
    return argc > 1 ? trigger(argv[1]) : 2;
  if (!strcmp(self, "pipe-test"))
    return pipe_test();
  if (!strcmp(self, "load-module"))
    return argc > 1 ? load_module(argv[1]) != 0 : 2;
  if (!strcmp(self, "usb-plug"))
    return usb_plug();

  mount("proc", "/proc", "proc", 0, NULL);
  mount("sysfs", "/sys", "sysfs", 0, NULL);
  mount("debugfs", "/sys/kernel/debug", "debugfs", 0, NULL);
  mount("devtmpfs", "/dev", "devtmpfs", 0, NULL);
  mode = getenv("SCDF_MODE");
  if (!mode)
    mode = "base";
  say("SCDF-MODE %s", mode);

  if (!strcmp(mode, "base") || !strcmp(mode, "rust"))
    load_module("/lib/modules/kcov_dataflow.ko");
  if (!strcmp(mode, "usb")) {
    usb_scenario();
    say("SCDF-DONE %s", mode);
    sync();
    reboot(RB_POWER_OFF);
    return 0;
  }
  if (!strcmp(mode, "rust")) {
    static const char *const mods[] = {"rust_minimal", "dataflow_rust_demo"};
    size_t i;
    for (i = 0; i < sizeof(mods) / sizeof(mods[0]); i++) {
      char ko[128], trace[128];
      char *argv[] = {"/bin/dataflow-trace", "-o", trace, "--",
                      "/bin/load-module", ko, NULL};
      snprintf(ko, sizeof(ko), "/lib/modules/%s.ko", mods[i]);
      snprintf(trace, sizeof(trace), "/%s.trace", mods[i]);
      printf("SCDF-EXIT %s %d\n", mods[i], run(argv));
      dump(mods[i], trace);
    }
    say("SCDF-DONE %s", mode);
    sync();
    reboot(RB_POWER_OFF);
    return 0;
  }
  load_module("/lib/modules/dataflow_demo.ko");
  {
    char *demo[] = {"/bin/dataflow-trace", "-o", "/demo.trace", "--",
                    "/bin/trigger", "/sys/kernel/debug/dataflow_demo", NULL};
    printf("SCDF-EXIT demo %d\n", run(demo));
    dump("demo", "/demo.trace");
  }
  {
    /* NULL, ERR_PTR and wild pointers as a struct pointer argument. */
    char *wild[] = {"/bin/dataflow-trace", "-o", "/wild.trace", "--",
                    "/bin/trigger", "/sys/kernel/debug/dataflow_demo_wild",
                    NULL};
    printf("SCDF-EXIT wild %d\n", run(wild));
    dump("wild", "/wild.trace");
  }
  if (strcmp(mode, "sub")) {
    /* Remote capture: the demo's kworker (the recorder's common handle)
     * and its softirq (the global handle 0xdf00000000000001); and the
     * demo's comparisons (built with trace-cmp). */
    char *remote[] = {"/bin/dataflow-trace", "-o", "/remote.trace",
                      "--remote", "--remote-handle", "0xdf00000000000001",
                      "--", "/bin/trigger",
                      "/sys/kernel/debug/dataflow_demo_remote", NULL};
    char *cmp[] = {"/bin/dataflow-trace", "-o", "/cmp.trace", "--cmp", "--",
                   "/bin/trigger", "/sys/kernel/debug/dataflow_demo_cmp",
                   NULL};
    printf("SCDF-EXIT remote %d\n", run(remote));
    dump("remote", "/remote.trace");
    printf("SCDF-EXIT cmp %d\n", run(cmp));
    dump("cmp", "/cmp.trace");
  }
  if (strcmp(mode, "sub")) {
    /* Code outside the demo's .text: a cold function (.text.unlikely),
     * and its init (.init.text) run by a load the recorder traces. */
    char *cold[] = {"/bin/dataflow-trace", "-o", "/cold.trace", "--",
                    "/bin/trigger", "/sys/kernel/debug/dataflow_demo_cold",
                    NULL};
    char *load[] = {"/bin/dataflow-trace", "-o", "/load.trace", "--",
                    "/bin/load-module", "/lib/modules/dataflow_demo.ko", NULL};
    printf("SCDF-EXIT cold %d\n", run(cold));
    dump("cold", "/cold.trace");
    unload_module("dataflow_demo");
    printf("SCDF-EXIT load %d\n", run(load));
    dump("load", "/load.trace");
  }
  if (!strcmp(mode, "all")) {
    /* A dynamically linked command with the default buffer: the loader's
     * mappings and the C library's start-up are recorded, nothing is
     * dropped (the recorder would say so on the console). */
    char *dyn[] = {"/bin/dataflow-trace", "-o", "/dyn.trace", "--",
                   "/bin/dyn-hello", NULL};
    printf("SCDF-EXIT dyn %d\n", run(dyn));
    dump("dyn", "/dyn.trace");
  }
  if (strcmp(mode, "base")) {
    /* The whole kernel (sub: fs/pipe.c and kernel/locking/) is
     * instrumented; sub's selection also has trace-cmp's comparisons. */
    char *pipe[] = {"/bin/dataflow-trace", "-o", "/pipe.trace", "--cmp", "--",
                    "/bin/pipe-test", NULL};
    printf("SCDF-EXIT pipe %d\n", run(pipe));
    dump("pipe", "/pipe.trace");
  }
  if (strcmp(mode, "sub")) {
    /* The runtime under abuse: one ABUSE line per case, then ABUSE-DONE
     * (not in sub: its cases expect the whole kernel or none of it
     * instrumented, and all runs them with the same runtime). */
    char *abuse[] = {"/bin/abuse", (char *)mode, NULL};
    printf("SCDF-EXIT abuse %d\n", run(abuse));
  }
  if (!strcmp(mode, "base")) {
    /* The runtime and the example module built for the value ABIs
     * (run.sh), each pair in turn in place of the ABI A pair. */
    static const char *const abis[] = {"value-pc", "value", "entry-exit",
                                       "packed"};
    size_t i;
    for (i = 0; i < sizeof(abis) / sizeof(abis[0]); i++) {
      char rt[128], demo[128], trace[128], name[64];
      char *argv[] = {"/bin/dataflow-trace", "-o", trace, "--",
                      "/bin/trigger", "/sys/kernel/debug/dataflow_demo", NULL};
      unload_module("dataflow_demo");
      unload_module("kcov_dataflow");
      snprintf(rt, sizeof(rt), "/lib/modules/%s/kcov_dataflow.ko", abis[i]);
      snprintf(demo, sizeof(demo), "/lib/modules/%s/dataflow_demo.ko",
               abis[i]);
      snprintf(trace, sizeof(trace), "/demo-%s.trace", abis[i]);
      snprintf(name, sizeof(name), "demo-%s", abis[i]);
      if (load_module(rt) || load_module(demo))
        continue;
      if (!strcmp(abis[i], "entry-exit")) {
        /* ABI C with entry-exit: PC_ENTRY/PC_EXIT records, checked in
         * the guest (this branch's viewer does not read them yet). */
        char *check[] = {"/bin/abuse", "entry-exit", NULL};
        printf("SCDF-EXIT entry-exit %d\n", run(check));
        continue;
      }
      printf("SCDF-EXIT %s %d\n", name, run(argv));
      dump(name, trace);
    }
  }
  say("SCDF-DONE %s", mode);
  sync();
  reboot(RB_POWER_OFF);
  return 0;
}
