// Every malformed use of the filters, summary, where and diff gets one message
// and a nonzero exit.
// RUN: %clang_noplugin -g -O0 %s -o %t.exe
// RUN: llvm-nm %t.exe > %t.syms
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | %t.mk -s %t.syms -o %t.bin
// RUN: not %dataflow-view --binary %t.exe %t.bin --range 5 2>&1 | FileCheck %s --check-prefix=RANGE
// RUN: not %dataflow-view --binary %t.exe %t.bin --range 9:2 2>&1 | FileCheck %s --check-prefix=RANGE-ORDER
// RUN: not %dataflow-view --binary %t.exe %t.bin --context 2 2>&1 | FileCheck %s --check-prefix=CONTEXT
// RUN: not %dataflow-view --binary %t.exe %t.bin --module foo 2>&1 | FileCheck %s --check-prefix=MODULE
// RUN: not %dataflow-view --binary %t.exe %t.bin --format=records --thread 1 2>&1 | FileCheck %s --check-prefix=RECORDS
// RUN: not %dataflow-view --binary %t.exe %t.bin --depth x 2>&1 | FileCheck %s --check-prefix=DEPTH
// RUN: not %dataflow-view where 2>&1 | FileCheck %s --check-prefix=WHERE-NONE
// RUN: not %dataflow-view where 0xzz --binary %t.exe %t.bin 2>&1 | FileCheck %s --check-prefix=WHERE-BAD
// RUN: not %dataflow-view summary --binary %t.exe %t.bin --format=perfetto 2>&1 | FileCheck %s --check-prefix=FORMAT
// RUN: not %dataflow-view summary --binary %t.exe %t.bin --stats 2>&1 | FileCheck %s --check-prefix=FORMAT
// RUN: not %dataflow-view summary --binary %t.exe %t.bin %t.bin 2>&1 | FileCheck %s --check-prefix=TWO
// RUN: not %dataflow-view diff --binary %t.exe %t.bin 2>&1 | FileCheck %s --check-prefix=DIFF-ONE
// RUN: not %dataflow-view diff --binary %t.exe %t.bin %t.bin --filter leaf 2>&1 | FileCheck %s --check-prefix=DIFF-FILTER
// RUN: not %dataflow-view diff --binary %t.exe %t.bin %t.bin --format=perfetto 2>&1 | FileCheck %s --check-prefix=FORMAT
// RUN: not %dataflow-view --binary %t.exe --binary-b %t.exe %t.bin 2>&1 | FileCheck %s --check-prefix=BINARY-B
// RUN: not %dataflow-view diff --binary %t.exe %t.bin %t.missing 2>&1 | FileCheck %s --check-prefix=DIFF-MISSING

// RANGE: dataflow-view: error: --range '5' is not A:B with A <= B (sequence numbers; A or B may be left out)
// RANGE-ORDER: dataflow-view: error: --range '9:2' is not A:B with A <= B
// CONTEXT: dataflow-view: error: --context needs --filter or --module to say around which calls
// MODULE: dataflow-view: error: --module needs --vmlinux (kernel modules)
// RECORDS: dataflow-view: error: --format=records prints records, not calls: --filter, --module, --syscall, --thread, --depth, --range and --context do not apply
// DEPTH: for the --depth option: 'x' value invalid for uint argument!
// WHERE-NONE: dataflow-view: error: where needs a VALUE: dataflow-view where VALUE --binary PROGRAM TRACE
// WHERE-BAD: dataflow-view: error: where: '0xzz' is not a number (decimal, 0x-hex or negative)
// FORMAT: dataflow-view: error: summary, where and diff print text or jsonl (--format), not --stats, perfetto or records
// TWO: dataflow-view: error: one trace only, not '{{.*}}' too
// DIFF-ONE: dataflow-view: error: diff needs two traces: dataflow-view diff OPTIONS A B
// DIFF-FILTER: dataflow-view: error: diff compares whole traces: --filter, --module, --syscall, --thread, --depth and --range do not apply
// BINARY-B: dataflow-view: error: --binary-b is for diff of user-space traces
// DIFF-MISSING: dataflow-view: error: {{.*}}answers-errors.c.tmp.missing{{.*}}

// TRACE: thread tid=1
// TRACE: entry pc=leaf idx=0 size=4 vals=1
// TRACE: ret pc=leaf size=4 vals=2

int leaf(int c) { return c + 1; }
int main(void) { return 0; }
