// summary's field-changed and success-and-error flags on exact records: a
// field a callee sees changed is the caller's change; a struct a call
// returns shows the call's own change; a change first seen after another
// call ran, or after a RET showed the struct, is nobody's. ERR_PTR and a
// valid pointer returned for the same key are an error and a success.
// RUN: %clang_noplugin -g -O0 %s -o %t.exe
// RUN: llvm-nm %t.exe > %t.syms
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | %t.mk -s %t.syms -o %t.bin
// RUN: %dataflow-view summary --binary %t.exe %t.bin | FileCheck %s --match-full-lines

// TRACE: thread tid=1
// TRACE: entry pc=init idx=0 size=16 ptr=0x1000 vals=1,10
// TRACE: entry pc=inspect idx=0 size=16 ptr=0x1000 vals=2,10
// TRACE: ret pc=inspect size=4 vals=0
// TRACE: ret pc=init size=4 vals=0
// TRACE: entry pc=grab idx=0 size=16 ptr=0x1000 vals=2,10
// TRACE: ret pc=grab size=16 ptr=0x1000 vals=2,11
// TRACE: entry pc=inspect idx=0 size=16 ptr=0x1000 vals=3,11
// TRACE: ret pc=inspect size=4 vals=0
// TRACE: entry pc=other idx=0 size=4 vals=5
// TRACE: ret pc=other size=4 vals=5
// TRACE: entry pc=inspect idx=0 size=16 ptr=0x1000 vals=4,11
// TRACE: ret pc=inspect size=4 vals=0
// TRACE: entry pc=lookup idx=0 size=4 vals=7
// TRACE: ret pc=lookup size=8 ptr=0x2000 vals=0
// TRACE: entry pc=lookup idx=0 size=4 vals=7
// TRACE: ret pc=lookup size=8 ptr=0xfffffffffffffff4 vals=fault
// TRACE: entry pc=lookup idx=0 size=4 vals=8
// TRACE: ret pc=lookup size=8 ptr=0xfffffffffffffff4 vals=fault

// CHECK:      == flags ==
// CHECK-NEXT: #1 success-and-error: lookup(key=7) -> 0x2000 and 0xfffffffffffffff4  (2 calls: tid 1 seq 12, tid 1 seq 14)
// CHECK-NEXT: #2 field-changed: init: o->state 1 at entry, 2 at entry of inspect  (1 call: tid 1 seq 0)
// CHECK-NEXT: #3 field-changed: grab: o->count 10 at entry, 11 at its return  (1 call: tid 1 seq 4)
// CHECK-NEXT: == functions ==
// CHECK:      lookup: 3 calls
// CHECK-NEXT:   key: 3 values, 2 distinct, min 7, max 8; small
// CHECK-NEXT:   ret: 3 values, 2 distinct, min 0x2000, max 0xfffffffffffffff4; ERR_PTR

struct obj {
  int state;
  long count;
};
int inspect(struct obj *o) { return 0; }
int init(struct obj *o) { return inspect(o); }
struct obj *grab(struct obj *o) { return o; }
int other(int x) { return x; }
void *lookup(int key) { return 0; }
int main(void) { return 0; }
