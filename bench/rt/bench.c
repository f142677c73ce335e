/* Runtime cost benchmark: calls one small instrumented function in a loop.
 *
 *   bench MODE CALLS
 *
 * MODE picks what the function gets, and so which read path the runtime
 * takes for its values (docs/RUNTIME.md, "Fault-tolerant reads"):
 *   scalar   int f(int): two scalar records (ENTRY + RET) from stack slots
 *   stack    long g(struct S *) with S on the caller's stack
 *   global   ... with S a global of the executable
 *   heap     ... with S from malloc (brk heap)
 *   mmap     ... with S in an anonymous mapping (process_vm_readv)
 *   wide     long h(struct W *), W on the caller's stack: 12 fields, one a
 *            16-byte array read whole, one a counter that changes on every
 *            call (the shape of sqlite's and the kernel's structs)
 * Every call makes two records (ENTRY, RET); struct ENTRY records carry two
 * field values. Prints wall, user and system nanoseconds per call.
 *
 *   bench pages N
 *
 * Context, not the runtime: wall ns to touch each of N fresh pages of
 * anonymous memory, the floor of what writing any new trace page costs on
 * this machine (a 4 KiB page holds 128 scalar records).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <time.h>

struct S {
  int a;
  long b;
};
volatile long sink;
struct S global_s = {1, 2};
struct W {
  int id;
  unsigned flags;
  long count;
  char name[16];
  void *next;
  short kind;
  unsigned char state, mode;
  int refs;
  long size;
  void *owner;
  unsigned gen;
};

__attribute__((noinline)) int f(int x) { return x + 1; }
/* The store keeps -O2 from hoisting the call out of the loop. */
__attribute__((noinline)) long g(struct S *s) {
  sink = s->a;
  return s->a + s->b;
}

__attribute__((noinline)) long h(struct W *w) {
  sink = w->refs;
  return ++w->count;
}

static double now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e9 + t.tv_nsec;
}

static double tv_ns(struct timeval tv) {
  return tv.tv_sec * 1e9 + tv.tv_usec * 1e3;
}

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: bench scalar|stack|global|heap|mmap|wide CALLS\n");
    return 2;
  }
  const char *mode = argv[1];
  long n = atol(argv[2]);
  if (!strcmp(mode, "pages")) {
    char *m = mmap(0, (size_t)n * 4096, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    double t0 = now_ns();
    for (long i = 0; i < n; i++)
      m[i * 4096] = 1;
    printf("pages=%ld wall_ns_per_page=%.0f\n", n, (now_ns() - t0) / n);
    return 0;
  }
  struct S local = {1, 2};
  struct S *p = &local;
  if (!strcmp(mode, "global"))
    p = &global_s;
  else if (!strcmp(mode, "heap"))
    p = malloc(sizeof(*p));
  else if (!strcmp(mode, "mmap"))
    p = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1,
             0);
  else if (strcmp(mode, "stack") && strcmp(mode, "scalar") &&
           strcmp(mode, "wide"))
    return 2;
  p->a = 1;
  p->b = 2;
  int scalar = !strcmp(mode, "scalar");
  struct W w = {7, 3, 0, "wide-struct", 0, 2, 1, 0, 1, 4096, 0, 9};

  struct rusage r0, r1;
  getrusage(RUSAGE_SELF, &r0);
  double t0 = now_ns();
  long acc = 0;
  if (scalar)
    for (long i = 0; i < n; i++)
      acc += f((int)i);
  else if (!strcmp(mode, "wide"))
    for (long i = 0; i < n; i++)
      acc += h(&w);
  else
    for (long i = 0; i < n; i++)
      acc += g(p);
  double wall = now_ns() - t0;
  getrusage(RUSAGE_SELF, &r1);
  sink = acc;
  printf("%s calls=%ld wall_ns_per_call=%.2f user_ns_per_call=%.2f "
         "sys_ns_per_call=%.2f\n",
         mode, n, wall / n, (tv_ns(r1.ru_utime) - tv_ns(r0.ru_utime)) / n,
         (tv_ns(r1.ru_stime) - tv_ns(r0.ru_stime)) / n);
  return 0;
}
