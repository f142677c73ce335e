// Compact thread chunks (abi.h SCDF_CHUNK_THREAD_COMPACT) written by hand:
// FULL records fill slots, deltas apply zigzag varints to the changed
// words (CMP records too); a malformed delta is reported with its offset,
// the rest of its chunk is skipped, later chunks still decode, and the exit
// status is 1.
// RUN: %clang_noplugin -g -O0 %s -o %t.exe
// RUN: llvm-nm %t.exe > %t.syms
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | %t.mk -s %t.syms -o %t.bin
// RUN: not %dataflow-view --binary %t.exe %t.bin --locations=false > %t.out 2> %t.err
// RUN: FileCheck %s --input-file=%t.out
// RUN: FileCheck %s --input-file=%t.err --check-prefix=ERR

// Thread 1: use(1) -> 9 in FULL records (slots 5 and 6), then deltas:
// value 0 of slot 5 +2 (zigzag 4), of slot 6 -1 (zigzag 1); the struct in
// slot 7 changes its pointer by +16 (zigzag 0x20) and field 2 by +300
// (zigzag 600 = 0xd8 0x04).
// TRACE: thread tid=1 compact
// TRACE: entry pc=use idx=0 size=4 vals=1 slot=5
// TRACE: ret pc=use size=4 vals=9 slot=6
// TRACE: bytes 0x2c 0x00 0x04
// TRACE: bytes 0x34 0x00 0x01
// TRACE: entry pc=sum idx=0 size=24 ptr=0x1000 vals=1,2,3 slot=7
// TRACE: ret pc=sum size=8 vals=6 slot=8
// TRACE: bytes 0x3a 0x00 0x02 0x20 0xd8 0x04
// TRACE: bytes 0x44 0x00 0xd8 0x04
// CHECK:      == thread 1 ==
// CHECK-NEXT: use(x=1) -> 9
// CHECK-NEXT: use(x=3) -> 8
// CHECK-NEXT: sum(p=0x1000 {a=1, b=2, c=3}) -> 6
// CHECK-NEXT: sum(p=0x1010 {a=1, b=2, c=303}) -> 306

// Thread 2: a delta against a slot no FULL record filled.
// TRACE: thread tid=2 compact
// TRACE: entry pc=use idx=0 size=4 vals=1 slot=5
// TRACE: bytes 0x4c 0x00 0x04
// TRACE: entry pc=use idx=0 size=4 vals=7 slot=5
// ERR: dataflow-view: error: {{.*}}: offset 0x152: corrupt compact record (slot 9): a delta against a slot no full record of this chunk filled; the rest of thread 2's chunk is not decoded

// Thread 3: slot 5 of thread 1 is not thread 3's; then a varint that runs
// past the chunk's bytes.
// TRACE: thread tid=3 compact
// TRACE: bytes 0x2c 0x00 0x04
// ERR: corrupt compact record (slot 5): a delta against a slot no full record of this chunk filled
// TRACE: thread tid=4 compact
// TRACE: entry pc=use idx=0 size=4 vals=1 slot=1
// TRACE: bytes 0x0c 0x00 0x80 0x80
// ERR: corrupt compact record (slot 1): a changed word runs past the end; the rest of thread 4's chunk is not decoded

// Thread 5: an 11-byte varint; a bitmap bit past the record's values.
// TRACE: thread tid=5 compact
// TRACE: entry pc=use idx=0 size=4 vals=1 slot=1
// TRACE: bytes 0x0c 0x00 0x80 0x80 0x80 0x80 0x80 0x80 0x80 0x80 0x80 0x80 0x01
// ERR: corrupt compact record (slot 1): a varint is longer than 10 bytes
// TRACE: thread tid=6 compact
// TRACE: entry pc=sum idx=0 size=24 ptr=0x1000 vals=1,2,3 slot=7
// TRACE: bytes 0x38 0x00 0x04
// ERR: corrupt compact record (slot 7): the bitmap marks values past the record's 3
// Thread 7: FULL records cut short by the chunk's byte count; thread 8: a
// delta that changes value 0 of a record without values.
// TRACE: thread tid=7 compact words=30
// TRACE: entry pc=use idx=0 size=4 vals=1 slot=1
// ERR: truncated record: ENTRY header says 4 words, only 3 are left in thread 7's chunk
// TRACE: thread tid=8 compact words=25
// TRACE: entry pc=use idx=0 size=4 vals=1 slot=1
// ERR: truncated compact record: a full record takes at least 26 bytes, 25 are left in thread 8's chunk
// TRACE: thread tid=10 compact
// TRACE: entry pc=use idx=0 size=0 slot=1
// TRACE: bytes 0x0c 0x00 0x02
// ERR: corrupt compact record (slot 1): value 0 changed in a record without values

// Thread 11: CMP records are compact ones too: a FULL one fills slot 2,
// whose delta moves operand 0 by +1 (zigzag 2) and operand 1 by -3 (zigzag
// 5; bitmap bit 0); then a CMP with three values, malformed as in a chunk
// of words, where a compact chunk cannot go on. Thread 12: a REMOTE record
// belongs in the kernel's remote chunks only (lead, then words); thread
// 13: a compact chunk flagged as a remote session is skipped.
// TRACE: thread tid=11 compact
// TRACE: entry pc=use idx=0 size=4 vals=1 slot=1
// TRACE: cmp pc=use+4 type=5 size=4 vals=1,2 slot=2
// TRACE: bytes 0x14 0x00 0x01 0x02 0x05
// TRACE: ret pc=use size=4 vals=9 slot=4
// TRACE: cmp pc=use+4 type=5 size=4 vals=1,2,3 slot=3
// TRACE: entry pc=use idx=0 size=4 vals=5 slot=1
// CHECK:      == thread 11 ==
// CHECK-NEXT: use(x=1) {
// CHECK-NEXT:   cmp const 0x1, 0x2 (4 bytes)
// CHECK-NEXT:   cmp const 0x2, 0xffffffffffffffff (4 bytes)
// CHECK-NEXT: } -> 9  // use
// ERR: malformed CMP record with 3 value words (a CMP record has 2, the operands); the rest of thread 11's chunk is not decoded
// TRACE: thread tid=12 compact
// TRACE: bytes 0x01 0x00
// TRACE: word 0x4d0000000
// TRACE: word 0x1
// TRACE: word 0x2
// TRACE: word 0x0
// TRACE: word 0x0
// TRACE: word 0x0
// TRACE: word 0x0
// ERR: malformed REMOTE record outside the start of a remote thread chunk (it begins a worker session's chunk, and only that); the rest of thread 12's chunk is not decoded
// TRACE: thread tid=13 compact remote
// TRACE: entry pc=use idx=0 size=4 vals=1 slot=1
// ERR: corrupt thread chunk: thread 13's compact chunk says it is a remote session (those are the kernel's, never compact); skipped

// The chunks after the broken ones still decode.
// TRACE: thread tid=9 compact
// TRACE: entry pc=use idx=0 size=4 vals=42 slot=1
// CHECK-NOT:  == thread 13 ==
// CHECK:      == thread 9 ==
// CHECK-NEXT: use(x=42) <unfinished>
// ERR: dataflow-view: {{[0-9]+}} error(s) in the trace; the output above is partial

struct three { long a, b, c; };
int use(int x) { return x; }
long sum(struct three *p) { return 0; }
int main(void) { return 0; }
