// The traced command sees the recorder's stdin, stdout and stderr and
// nothing of the recorder's own: not the trace file (issue 13: it was fd 4
// in the command, fopen without close-on-exec), not the device. This
// program lists the descriptors it inherited; under the recorder the list
// must be the same as without it.
// RUN: %clang_noplugin -O1 %s -o %t.lister
// RUN: %fake-kcov-build -o %t.fake-kcov.so
// RUN: rm -f %t.dev && truncate -s 1024 %t.dev
// RUN: %t.lister > %t.out && mv %t.out %t.expected
// RUN: env FAKE_KCOV_DEVICE=%t.dev LD_PRELOAD=%t.fake-kcov.so %dataflow-trace --device %t.dev --size 128 -o %t.trace -- %t.lister > %t.out 2> %t.err
// RUN: diff %t.expected %t.out
// RUN: FileCheck %s --input-file=%t.out
// RUN: FileCheck %s --check-prefix=RECORDER --input-file=%t.err
// CHECK: open fds: 0 1 2{{$}}
// CHECK-NOT: fd
// RECORDER: dataflow-trace: 0 record words written to {{.*}}.trace{{$}}
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <unistd.h>

int main(void) {
  long max = sysconf(_SC_OPEN_MAX);
  char path[64], target[PATH_MAX];
  if (max < 0 || max > 65536)
    max = 65536;
  // fcntl and readlink open nothing, so the list is exactly what was
  // inherited (opendir("/proc/self/fd") would add its own descriptor).
  printf("open fds:");
  for (int fd = 0; fd < max; ++fd)
    if (fcntl(fd, F_GETFD) >= 0)
      printf(" %d", fd);
  printf("\n");
  for (int fd = 3; fd < max; ++fd) {
    if (fcntl(fd, F_GETFD) < 0)
      continue;
    snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
    ssize_t n = readlink(path, target, sizeof(target) - 1);
    target[n < 0 ? 0 : n] = 0;
    printf("fd %d -> %s\n", fd, target);
  }
  return 0;
}
