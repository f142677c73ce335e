// summary's ranking of extreme values accepted with success: a 32-bit
// all-ones first, then 64-bit all-ones (the kernel's "no limit"), a signed
// type's max, its min, a negative number passed as unsigned; within a rank
// the rarer first. Arguments narrower than 4 bytes, calls that failed and
// -1 of a signed type are not flagged.
// RUN: %clang_noplugin -g -O0 %s -o %t.exe
// RUN: llvm-nm %t.exe > %t.syms
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | %t.mk -s %t.syms -o %t.bin
// RUN: %dataflow-view summary --binary %t.exe %t.bin | FileCheck %s --match-full-lines

// TRACE: thread tid=3
// TRACE: entry pc=set_mask idx=0 size=8 vals=0xffffffffffffffff
// TRACE: ret pc=set_mask size=4 vals=0
// TRACE: entry pc=set_count idx=0 size=4 vals=0xffffffff
// TRACE: ret pc=set_count size=4 vals=0
// TRACE: entry pc=set_count idx=0 size=4 vals=0xffffffff
// TRACE: ret pc=set_count size=4 vals=0
// TRACE: entry pc=set_limit idx=0 size=4 vals=0xffffffff
// TRACE: ret pc=set_limit size=4 vals=0
// TRACE: entry pc=set_prio idx=0 size=4 vals=0x7fffffff
// TRACE: ret pc=set_prio size=4 vals=0
// TRACE: entry pc=set_prio idx=0 size=4 vals=0x80000000
// TRACE: ret pc=set_prio size=4 vals=0
// TRACE: entry pc=set_len idx=0 size=4 vals=0xffffffea
// TRACE: ret pc=set_len size=4 vals=0
// TRACE: entry pc=set_byte idx=0 size=1 vals=0xff
// TRACE: ret pc=set_byte size=4 vals=0
// TRACE: entry pc=set_prio idx=0 size=4 vals=0xffffffff
// TRACE: ret pc=set_prio size=4 vals=0
// TRACE: entry pc=set_len idx=0 size=4 vals=0xffffffff
// TRACE: ret pc=set_len size=4 vals=0xffffffea

// CHECK:      == flags ==
// CHECK-NEXT: #1 extreme-accepted: set_limit(limit=4294967295 (0xffffffff)) -> 0  [all-ones, type-max, negative-as-unsigned]  (1 call: tid 3 seq 6)
// CHECK-NEXT: #2 extreme-accepted: set_count(n=4294967295 (0xffffffff)) -> 0  [all-ones, type-max, negative-as-unsigned]  (2 calls: tid 3 seq 2, tid 3 seq 4)
// CHECK-NEXT: #3 extreme-accepted: set_mask(mask=18446744073709551615 (0xffffffffffffffff)) -> 0  [all-ones, type-max, negative-as-unsigned]  (1 call: tid 3 seq 0)
// CHECK-NEXT: #4 extreme-accepted: set_prio(prio=2147483647 (0x7fffffff)) -> 0  [type-max]  (1 call: tid 3 seq 8)
// CHECK-NEXT: #5 extreme-accepted: set_prio(prio=-2147483648 (0x80000000)) -> 0  [type-min]  (1 call: tid 3 seq 10)
// CHECK-NEXT: #6 extreme-accepted: set_len(len=4294967274 (0xffffffea)) -> 0  [negative-as-unsigned]  (1 call: tid 3 seq 12)
// CHECK-NEXT: == functions ==

typedef unsigned long u64;
int set_mask(u64 mask) { return 0; }
int set_count(unsigned n) { return 0; }
int set_limit(unsigned limit) { return 0; }
int set_prio(int prio) { return 0; }
int set_len(unsigned len) { return 0; }
int set_byte(unsigned char b) { return 0; }
int main(void) { return 0; }
