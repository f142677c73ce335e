// Makes a trace of N calls with a struct pointer and a scalar (3 records
// per call) for timing dataflow-view.
#include <stdio.h>
#include <stdlib.h>

struct item {
  int id;
  unsigned flags;
  long weight;
};

volatile long sink;

__attribute__((noinline)) long visit(struct item *it, int depth) {
  sink = it->weight + depth;
  return sink;
}

int main(int argc, char **argv) {
  long n = argc > 1 ? atol(argv[1]) : 1000000;
  struct item it = {1, 2, 3};
  for (long i = 0; i < n; ++i) {
    it.id = (int)i;
    visit(&it, (int)(i & 7));
  }
  return 0;
}
