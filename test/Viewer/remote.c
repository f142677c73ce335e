// Remote capture: each kernel worker session (a remote thread chunk, its
// REMOTE record first) is a block of its own, headed by the handle and the
// worker; its tree ends with the chunk, so a call left open is unfinished
// there even when the same worker has another session. A softirq (pid 0)
// is named as one.
// RUN: %clang_noplugin -g -O0 -fno-pie -no-pie %s -o %t.vmlinux
// RUN: llvm-nm %t.vmlinux > %t.syms
// RUN: %mktrace-build -o %t.mk
// RUN: %trace-lines %s | %t.mk -s %t.syms -o %t.bin
// RUN: %dataflow-view --vmlinux %t.vmlinux %t.bin --locations=false | FileCheck %s --match-full-lines
// RUN: %dataflow-view --vmlinux %t.vmlinux %t.bin --thread 12 --locations=false | FileCheck %s --check-prefix=WORKER --match-full-lines
// RUN: %dataflow-view --vmlinux %t.vmlinux %t.bin --format=jsonl | FileCheck %s --check-prefix=JSONL
// RUN: %dataflow-view --vmlinux %t.vmlinux %t.bin --format=perfetto | FileCheck %s --check-prefix=PERFETTO
// RUN: %dataflow-view --vmlinux %t.vmlinux %t.bin --format=records | FileCheck %s --check-prefix=RECORDS

// TRACE: header kernel pid=77
// TRACE: module main path=vmlinux
// TRACE: thread tid=77
// TRACE: entry pc=queue_it idx=0 size=4 vals=5
// TRACE: ret pc=queue_it size=4 vals=0
// TRACE: thread tid=12 remote
// TRACE: remote handle=0x0100000000000001 pid=12 cpu=0 comm=kworker/0:1
// TRACE: entry pc=work_fn idx=0 size=4 vals=5
// TRACE: entry pc=helper idx=0 size=4 vals=7
// TRACE: ret pc=helper size=4 vals=8
// TRACE: ret pc=work_fn size=4 vals=8
// TRACE: thread tid=12 remote
// TRACE: remote handle=0x0100000000000001 pid=12 cpu=0 comm=kworker/0:1
// TRACE: entry pc=work_fn idx=0 size=4 vals=6
// TRACE: thread tid=0 remote
// TRACE: remote handle=0x05000000000004d2 pid=0 cpu=1 comm=sh
// TRACE: entry pc=helper idx=0 size=4 vals=2
// TRACE: ret pc=helper size=4 vals=3

// CHECK:      == thread 77 ==
// CHECK-NEXT: queue_it(n=5) -> 0
// CHECK-NEXT: == remote work for handle 0x0100000000000001 in kworker/0:1 (pid 12, cpu 0) ==
// CHECK-NEXT: work_fn(n=5) {
// CHECK-NEXT:   helper(x=7) -> 8
// CHECK-NEXT: } -> 8  // work_fn
// CHECK-NEXT: == remote work for handle 0x0100000000000001 in kworker/0:1 (pid 12, cpu 0) ==
// CHECK-NEXT: work_fn(n=6) <unfinished>
// CHECK-NEXT: == remote work for handle 0x05000000000004d2 in softirq (cpu 1) ==
// CHECK-NEXT: helper(x=2) -> 3
// CHECK-EMPTY:

// WORKER:      == remote work for handle 0x0100000000000001 in kworker/0:1 (pid 12, cpu 0) ==
// WORKER-NEXT: work_fn(n=5) {
// WORKER-NEXT:   helper(x=7) -> 8
// WORKER-NEXT: } -> 8  // work_fn
// WORKER-NEXT: == remote work for handle 0x0100000000000001 in kworker/0:1 (pid 12, cpu 0) ==
// WORKER-NEXT: work_fn(n=6) <unfinished>
// WORKER-EMPTY:

// JSONL:      {"tid":77,"seq":0,"depth":0,{{.*}}"function":"queue_it",{{.*}}"status":"returned",
// JSONL-NOT:  "remote"
// JSONL-SAME: }
// JSONL-NEXT: {"tid":12,"seq":2,"depth":1,{{.*}}"function":"helper",{{.*}}"remote":{"handle":"0x0100000000000001","comm":"kworker/0:1","pid":12,"cpu":0},"status":"returned",
// JSONL-NEXT: {"tid":12,"seq":1,"depth":0,{{.*}}"function":"work_fn",{{.*}}"remote":{"handle":"0x0100000000000001","comm":"kworker/0:1","pid":12,"cpu":0},"status":"returned",
// JSONL-NEXT: {"tid":12,"seq":1,"depth":0,{{.*}}"function":"work_fn",{{.*}}"status":"unfinished",
// JSONL-NEXT: {"tid":0,"seq":1,"depth":0,{{.*}}"function":"helper",{{.*}}"remote":{"handle":"0x05000000000004d2","comm":"sh","pid":0,"cpu":1},"status":"returned",

// PERFETTO: "name":"thread_name","pid":77,"tid":77,"args":{"name":"thread 77"}
// PERFETTO: "name":"thread_name","pid":77,"tid":12,"args":{"name":"kworker/0:1 (remote work)"}
// PERFETTO: "ph":"B","name":"work_fn",{{.*}}"tid":12,"args":{"n":"5","remote_handle":"0x0100000000000001","cpu":0,
// PERFETTO: "name":"thread_name","pid":77,"tid":0,"args":{"name":"softirq (remote work)"}

// RECORDS:      ENTRY seq=0 pc={{.*}} (queue_it) idx=0 size=4 ptr=0x0 values=[0x5]
// RECORDS-NEXT: RET seq=1 {{.*}}
// RECORDS-NEXT: REMOTE seq=0 pc=0x100000000000001 size=0 ptr=0xc values=[0x2f72656b726f776b 0x313a30 0x0 0x10]

int helper(int x) { return x + 1; }
int work_fn(int n) { return helper(n + 2); }
int queue_it(int n) { return 0; }
int main(void) { return 0; }
