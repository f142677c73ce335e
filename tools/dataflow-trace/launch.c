/* dataflow-trace: running the command with recording enabled for it.
 *
 * The recording belongs to the task that issues the ioctls, so the child
 * issues them and then execs the command. It tells the parent that this
 * failed through a close-on-exec pipe: a byte before it exits, nothing
 * (end of file at the exec) when the command runs.
 */
#define _GNU_SOURCE
#include "launch.h"
#include "report.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>

/* In the child: registers the handles; 0, or -1 after a message. */
static int enable_remote(int fd, const struct options *o,
                         scdf_u64 common_handle) {
  size_t size =
      sizeof(struct scdf_remote_arg) + o->num_handles * sizeof(scdf_u64);
  struct scdf_remote_arg *arg = calloc(1, size);
  int rc;
  if (!arg) {
    complain("out of memory");
    return -1;
  }
  arg->area_words = o->remote_words;
  arg->session_words = o->session_words;
  arg->num_handles = o->num_handles;
  arg->common_handle = o->remote_common ? common_handle : 0;
  memcpy(arg->handles, o->handles, o->num_handles * sizeof(scdf_u64));
  rc = ioctl(fd, KCOV_DF_REMOTE_ENABLE, arg);
  if (rc)
    complain("KCOV_DF_REMOTE_ENABLE: %s%s", strerror(errno),
             errno == ENOTTY ? " (this kernel runtime has no remote capture)"
                             : "");
  free(arg);
  return rc ? -1 : 0;
}

/* In the child: enables recording; 0, or -1 after a message. A runtime
 * rejects the flags it does not know with EINVAL (one older than the
 * window ignored the argument): comparisons, which a runtime may lack, are
 * given up first, then the window, with one warning. */
static int enable(int fd, unsigned flags) {
  unsigned cmp = flags & KCOV_DF_ENABLE_CMP, window = flags & ~cmp;
  if (!ioctl(fd, KCOV_DF_ENABLE, (unsigned long)flags))
    return 0;
  if (errno == EINVAL && cmp &&
      !ioctl(fd, KCOV_DF_ENABLE, (unsigned long)window)) {
    warning("the kernel runtime rejects KCOV_DF_ENABLE_CMP (EINVAL): "
            "comparisons are not recorded");
    return 0;
  }
  if (errno == EINVAL && window && !ioctl(fd, KCOV_DF_ENABLE, 0ul)) {
    warning("the kernel runtime rejects KCOV_DF_ENABLE flags 0x%x (EINVAL): "
            "it has no recording window, so exec and exit are recorded "
            "too%s",
            flags, cmp ? ", and no comparisons" : "");
    return 0;
  }
  complain("KCOV_DF_ENABLE: %s", strerror(errno));
  return -1;
}

static void run_child(int fd, int status_fd, const struct options *o,
                      scdf_u64 common_handle) {
  /* Remote capture first: with a window the ioctl would not be recorded
   * anyway, without one (an older runtime) it stays out of the trace. */
  if ((remote_wanted(o) && enable_remote(fd, o, common_handle)) ||
      enable(fd, o->enable_flags)) {
    static const char failed = 1;
    /* Should the byte not get through, the parent sees exit status 127. */
    ssize_t ignored = write(status_fd, &failed, 1);
    (void)ignored;
    _exit(127);
  }
  execvp(o->command[0], o->command);
  complain("cannot run '%s': %s", o->command[0], strerror(errno));
  _exit(127);
}

pid_t launch(int fd, const struct options *o, scdf_u64 common_handle) {
  int status_pipe[2];
  char failed;
  ssize_t got;
  pid_t child;
  if (pipe2(status_pipe, O_CLOEXEC))
    die("pipe: %s", strerror(errno));
  child = fork();
  if (child < 0)
    die("fork: %s", strerror(errno));
  if (child == 0)
    run_child(fd, status_pipe[1], o, common_handle);
  close(status_pipe[1]);
  do
    got = read(status_pipe[0], &failed, 1);
  while (got < 0 && errno == EINTR);
  close(status_pipe[0]);
  if (got == 1) {
    wait_command(child);
    die("recording could not be enabled; %s was not run", o->command[0]);
  }
  return child;
}

int wait_command(pid_t child) {
  int status;
  while (waitpid(child, &status, 0) < 0)
    if (errno != EINTR)
      die("waitpid: %s", strerror(errno));
  if (WIFSIGNALED(status))
    return 128 + WTERMSIG(status);
  return WEXITSTATUS(status);
}
