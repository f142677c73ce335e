// A small program whose function boundaries the plugin traces.
#include <stdio.h>

struct proc {
  int pid;
  unsigned max_threads;
};

// The binder bug shape: an unchecked thread limit.
__attribute__((noinline)) int set_max_threads(struct proc *p, unsigned max) {
  p->max_threads = max;
  return 0;
}

struct pair {
  int x;
  int y;
};

__attribute__((noinline)) long sum_pair(struct pair p, long scale) {
  return (long)(p.x + p.y) * scale;
}

int main(void) {
  struct proc p = {.pid = 42, .max_threads = 15};
  set_max_threads(&p, 0xffffffffu);
  struct pair q = {.x = 3, .y = 4};
  printf("sum=%ld max_threads=%u\n", sum_pair(q, 10), p.max_threads);
  return 0;
}
