/* Runtime under load (bench/reliability/runtime-load.sh, test
 * runtime-load.test): THREADS threads each call f CALLS times; every 97th
 * call passes a bad struct pointer instead (NULL, 0x8, a PROT_NONE page, a
 * struct straddling into that page), the others a struct whose fields are
 * derived from (thread, call). Halfway through, thread 0 forks; the child
 * calls in_child() FORK_CALLS times and exits. check-load.py checks the
 * dumps of the traces against exactly this.
 *
 *   runtime-load THREADS CALLS
 *
 * Built with the plugin (-g for the struct's field table) and linked with
 * the runtime. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#define FORK_CALLS 1000

struct rec {
  long seq;      /* the call number */
  int thread;    /* the thread number */
  short low;     /* seq & 0x7fff */
  char tag;      /* 'A' + thread */
};

static long calls;

__attribute__((noinline)) long f(struct rec *r, long seq) {
  __asm__ volatile("" ::"r"(r) : "memory");
  return seq ^ 0x5a5a;
}

__attribute__((noinline)) int in_child(int k) {
  __asm__ volatile("" ::: "memory");
  return k + 1;
}

/* guard: a thread's own readable page followed by a PROT_NONE page. */
static struct rec *bad_pointer(char *guard, long i) {
  switch ((i / 97) % 4) {
  case 0: return NULL;
  case 1: return (struct rec *)8;
  case 2: return (struct rec *)(guard + 4096);
  default: {
    /* seq on the good page, the rest on the PROT_NONE one */
    struct rec *r = (struct rec *)(guard + 4096 - 8);
    r->seq = i;
    return r;
  }
  }
}

static void *worker(void *arg) {
  long t = (long)arg;
  long sum = 0;
  char *guard = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (guard == MAP_FAILED || mprotect(guard + 4096, 4096, PROT_NONE))
    abort();
  for (long i = 0; i < calls; i++) {
    struct rec r = {i, (int)t, (short)(i & 0x7fff), (char)('A' + t)};
    struct rec *p = (i % 97 == 13) ? bad_pointer(guard, i) : &r;
    if (t == 0 && i == calls / 2) {
      pid_t pid = fork();
      if (pid == 0) {
        int s = 0;
        for (int k = 0; k < FORK_CALLS; k++)
          s += in_child(k);
        _exit(s == 0);
      }
      int st;
      waitpid(pid, &st, 0);
      if (!WIFEXITED(st) || WEXITSTATUS(st) != 0)
        abort();
    }
    sum += f(p, i);
  }
  return (void *)sum;
}

int main(int argc, char **argv) {
  if (argc != 3)
    return 2;
  int threads = atoi(argv[1]);
  calls = atol(argv[2]);
  pthread_t tid[64];
  for (long t = 0; t < threads && t < 64; t++)
    pthread_create(&tid[t], NULL, worker, (void *)t);
  for (long t = 0; t < threads && t < 64; t++)
    pthread_join(tid[t], NULL);
  printf("done %d threads x %ld calls\n", threads, calls);
  return 0;
}
