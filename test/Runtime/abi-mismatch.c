// An object instrumented for one callback ABI references that ABI's marker
// (abi.h), which only the runtime archive of that ABI defines: linking it
// against any other archive fails, and the linker names the marker.
//
// RUN: %clang_noplugin -c %s -o %t.o
// RUN: not %clang_noplugin %t.o %rtlib -o %t 2>&1 | FileCheck %s
// RUN: not %clang_noplugin %t.o %rtlib-value-pc -o %t 2>&1 | FileCheck %s
// RUN: not %clang_noplugin %t.o %rtlib-tag -o %t 2>&1 | FileCheck %s
// CHECK: {{undefined reference to .__sancov_dataflow_abi_value'|undefined symbol: __sancov_dataflow_abi_value$}}
//
// The archive of its own ABI links it.
// RUN: %clang_noplugin %t.o %rtlib-value -o %t
// RUN: env SANCOV_DATAFLOW_OUT= %t

// What the plugin's llvm.used reference amounts to: a relocation against
// the marker.
extern const unsigned char __sancov_dataflow_abi_value;
const void *volatile keep_marker = &__sancov_dataflow_abi_value;

int main(void) { return 0; }
