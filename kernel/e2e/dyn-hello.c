/*
 * A dynamically linked command for the whole-kernel e2e guest: the dynamic
 * loader maps the C library, then the program opens, reads and prints a
 * file. dataflow-trace records it with its default buffer
 * (test/Kernel/dyn.test).
 */
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

int main(void) {
  char buf[64];
  int fd = open("/etc/dyn-hello", O_RDONLY);
  ssize_t n = fd < 0 ? -1 : read(fd, buf, sizeof(buf));
  if (n <= 0)
    return 1;
  fwrite(buf, 1, (size_t)n, stdout);
  return close(fd) != 0;
}
