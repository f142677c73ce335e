/* A program for the call-site tests: its functions call site(), which
 * prints its return address minus one (what an ABI C runtime records) as
 * a symbol line for mktrace -s: in_outer is a pc in outer's own code,
 * in_mid_leaf one in leaf inlined into mid inlined into outer, ... Built
 * -O2 so that mid and leaf are inlined. */
#include <stdio.h>

volatile int sink;
__attribute__((noinline)) void site(const char *name) {
  printf("%lx t %s\n", (unsigned long)__builtin_return_address(0) - 1, name);
}
static inline __attribute__((always_inline)) int leaf(int c, const char *at) {
  site(at);
  return c * 2;
}
static inline __attribute__((always_inline)) int mid(int b, int unused) {
  site("in_mid");
  return leaf(b + 1, "in_mid_leaf") + 1;
}
__attribute__((noinline)) int callee(int x) {
  site("in_callee");
  return x + sink;
}
__attribute__((noinline)) int outer(int a) {
  site("in_outer");
  int r = mid(a + 1, 0);
  r += callee(r);
  site("in_outer_end");
  return r;
}
__attribute__((noinline)) void noparams(void) {
  site("in_noparams");
  sink = leaf(sink, "in_noparams_leaf");
}
int main(void) {
  sink = outer(1);
  noparams();
  return 0;
}
