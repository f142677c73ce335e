// Opting Rust functions out. rustc 1.95 has no attribute that gives LLVM's
// nosanitize_coverage, so functions are left alone through an ignorelist,
// passed in SANCOV_DATAFLOW_OPTIONS (rustc parses -Cllvm-args before it
// loads plugins). Lists are SpecialCaseList files; `fun:` is matched
// against the LLVM function name, which is the mangled symbol: v0
// (`_RNvCs<hash>_6ignore4skip`, the crate hash varies: use a glob) or
// legacy (`_ZN6ignore4skip17h<hash>E`), and then against the demangled name
// without the legacy hash (`ignore::skip`). `src:` is matched against the
// LLVM module name, which rustc makes `<crate>.<hash>-cgu.<n>`:
// `src:ignore.*` is the whole crate.
//
// REQUIRES: rustc
// RUN: rm -rf %t && mkdir -p %t
//
// Nothing ignored.
// no-entry-exit: the calls this test checks stay in the order and at the
// depth they had without the user-space default's entry-exit records.
// RUN: env SANCOV_DATAFLOW_OPTIONS=no-entry-exit %rustc -Copt-level=2 -Cdebuginfo=2 %s -Clink-arg=%rtlib -o %t/all
// RUN: env SANCOV_DATAFLOW_OUT=%t/all.bin %t/all
// RUN: %dataflow-view --binary %t/all %t/all.bin --locations=false --filter '^ignore::' | FileCheck %s --check-prefix=ALL --match-full-lines
// ALL:      ignore::keep(x=1) -> 2
// ALL-NEXT: ignore::skip(x=2) -> 4
// ALL-NEXT: ignore::skip_generic::<u8>(x=3) -> 6
// ALL-NEXT: ignore::skip_generic::<u64>(x=4) -> 8
// ALL-NEXT: ignore::main()
//
// v0 names, with globs for the crate hash and the generic arguments.
// RUN: printf 'fun:_RNvCs*_6ignore4skip\nfun:_RINvCs*_6ignore12skip_generic*\n' > %t/v0.txt
// RUN: env SANCOV_DATAFLOW_OPTIONS="ignorelist=%t/v0.txt;no-entry-exit" %rustc -Copt-level=2 -Cdebuginfo=2 %s -Clink-arg=%rtlib -o %t/v0
// RUN: env SANCOV_DATAFLOW_OUT=%t/v0.bin %t/v0
// RUN: %dataflow-view --binary %t/v0 %t/v0.bin --locations=false --filter '^ignore::' | FileCheck %s --check-prefix=KEEP --match-full-lines
// KEEP:      ignore::keep(x=1) -> 2
// KEEP-NEXT: ignore::main()
//
// The same at -O0 (every function of std instantiated here is recorded
// too; only the listed ones disappear).
// RUN: env SANCOV_DATAFLOW_OPTIONS="ignorelist=%t/v0.txt;no-entry-exit" %rustc -Copt-level=0 -Cdebuginfo=2 %s -Clink-arg=%rtlib -o %t/v0.O0
// RUN: env SANCOV_DATAFLOW_OUT=%t/v0.O0.bin %t/v0.O0
// RUN: %dataflow-view --binary %t/v0.O0 %t/v0.O0.bin --locations=false --filter '^ignore::' | FileCheck %s --check-prefix=KEEP --match-full-lines
//
// Legacy names.
// RUN: printf 'fun:_ZN6ignore4skip17h*\nfun:_ZN6ignore12skip_generic17h*\n' > %t/legacy.txt
// RUN: env SANCOV_DATAFLOW_OPTIONS="ignorelist=%t/legacy.txt;no-entry-exit" %rustc -Zunstable-options -Csymbol-mangling-version=legacy -Copt-level=2 -Cdebuginfo=2 %s -Clink-arg=%rtlib -o %t/legacy
// RUN: env SANCOV_DATAFLOW_OUT=%t/legacy.bin %t/legacy
// RUN: %dataflow-view --binary %t/legacy %t/legacy.bin --locations=false --filter '^ignore::' | FileCheck %s --check-prefix=KEEP --match-full-lines
//
// Demangled names, as the viewer prints them: exact, and a glob for the
// generic instances (v0: `ignore::skip_generic::<u8>`; legacy mangling
// names no generic arguments: `ignore::skip_generic`), in both manglings
// (the legacy hash suffix `::h0123...` is not part of the name matched).
// `ignore::skip` does not match `ignore::skip_generic`: no glob there.
// RUN: printf 'fun:ignore::skip\nfun:ignore::skip_generic*\n' > %t/demangled.txt
// RUN: env SANCOV_DATAFLOW_OPTIONS="ignorelist=%t/demangled.txt;no-entry-exit" %rustc -Copt-level=2 -Cdebuginfo=2 %s -Clink-arg=%rtlib -o %t/demangled
// RUN: env SANCOV_DATAFLOW_OUT=%t/demangled.bin %t/demangled
// RUN: %dataflow-view --binary %t/demangled %t/demangled.bin --locations=false --filter '^ignore::' | FileCheck %s --check-prefix=KEEP --match-full-lines
// RUN: env SANCOV_DATAFLOW_OPTIONS="ignorelist=%t/demangled.txt;no-entry-exit" %rustc -Zunstable-options -Csymbol-mangling-version=legacy -Copt-level=2 -Cdebuginfo=2 %s -Clink-arg=%rtlib -o %t/demangled-legacy
// RUN: env SANCOV_DATAFLOW_OUT=%t/demangled-legacy.bin %t/demangled-legacy
// RUN: %dataflow-view --binary %t/demangled-legacy %t/demangled-legacy.bin --locations=false --filter '^ignore::' | FileCheck %s --check-prefix=KEEP --match-full-lines
// Only skip itself: the generic instances stay.
// RUN: printf 'fun:ignore::skip\n' > %t/just-skip.txt
// RUN: env SANCOV_DATAFLOW_OPTIONS="ignorelist=%t/just-skip.txt;no-entry-exit" %rustc -Copt-level=2 -Cdebuginfo=2 %s -Clink-arg=%rtlib -o %t/just-skip
// RUN: env SANCOV_DATAFLOW_OUT=%t/just-skip.bin %t/just-skip
// RUN: %dataflow-view --binary %t/just-skip %t/just-skip.bin --locations=false --filter '^ignore::' | FileCheck %s --check-prefix=NOSKIP --match-full-lines
// NOSKIP:      ignore::keep(x=1) -> 2
// NOSKIP-NEXT: ignore::skip_generic::<u8>(x=3) -> 6
// NOSKIP-NEXT: ignore::skip_generic::<u64>(x=4) -> 8
// NOSKIP-NEXT: ignore::main()
//
// A whole crate by module name: no call to the callbacks is left, so the
// linker takes nothing from the runtime archive. An allowlist of functions
// needs src:* too.
// RUN: printf 'src:ignore.*\n' > %t/crate.txt
// RUN: env SANCOV_DATAFLOW_OPTIONS="ignorelist=%t/crate.txt;no-entry-exit" %rustc -Copt-level=2 -Cdebuginfo=2 %s -Clink-arg=%rtlib -o %t/crate
// RUN: llvm-nm %t/crate | FileCheck %s --check-prefix=NONE
// NONE-NOT: __sanitizer_cov_trace_args
// RUN: printf 'src:*\nfun:_RNvCs*_6ignore4keep\n' > %t/allow.txt
// RUN: env SANCOV_DATAFLOW_OPTIONS="allowlist=%t/allow.txt;no-entry-exit" %rustc -Copt-level=2 -Cdebuginfo=2 %s -Clink-arg=%rtlib -o %t/allow
// RUN: env SANCOV_DATAFLOW_OUT=%t/allow.bin %t/allow
// RUN: %dataflow-view --binary %t/allow %t/allow.bin --locations=false --filter '^ignore::' | FileCheck %s --check-prefix=ONLY --match-full-lines
// ONLY:      ignore::keep(x=1) -> 2
// ONLY-NOT: {{.}}
//
// Other options travel the same way; a bad one stops rustc with the
// plugin's message.
// RUN: env SANCOV_DATAFLOW_OPTIONS="no-args;no-entry-exit" %rustc -Copt-level=2 -Cdebuginfo=2 %s -Clink-arg=%rtlib -o %t/noargs
// RUN: env SANCOV_DATAFLOW_OUT=%t/noargs.bin %t/noargs
// RUN: %dataflow-view --binary %t/noargs %t/noargs.bin --locations=false --filter '^ignore::' | FileCheck %s --check-prefix=NOARGS --match-full-lines
// NOARGS:      ignore::keep(...) -> 2
// NOARGS-NEXT: ignore::skip(...) -> 4
// RUN: env SANCOV_DATAFLOW_OPTIONS="bogus" not %rustc -Copt-level=2 %s -o %t/bad 2>&1 | FileCheck %s --check-prefix=BAD
// BAD: sancov-dataflow: invalid parameter 'bogus' {{.*}} (in SANCOV_DATAFLOW_OPTIONS)

use std::hint::black_box;

#[inline(never)]
pub fn keep(x: u32) -> u32 {
    black_box(x * 2)
}

#[inline(never)]
pub fn skip(x: u32) -> u32 {
    black_box(x * 2)
}

#[inline(never)]
pub fn skip_generic<T: Into<u64>>(x: T) -> u64 {
    black_box(x.into() * 2)
}

fn main() {
    let s = keep(black_box(1)) + skip(black_box(2));
    let g = skip_generic(black_box(3u8)) + skip_generic(black_box(4u64));
    black_box(s as u64 + g);
}
