//===-- Options.h - sancov-dataflow option grammar --------------*- C++ -*-===//
//
// One grammar for the three places options come from: pipeline parameters
// (`sancov-dataflow<args;ret>`), `-mllvm -sancov-dataflow=...`, and the
// SANCOV_DATAFLOW_OPTIONS environment variable (rustc cannot pass plugin
// options any other way).
//
//===----------------------------------------------------------------------===//

#ifndef SANCOV_DATAFLOW_OPTIONS_H
#define SANCOV_DATAFLOW_OPTIONS_H

#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <string>
#include <vector>

namespace sancov_dataflow {

/// The callback ABI generation to emit (docs/ABI.md; abi.h has the
/// prototypes). Each is implemented by one CallbackABI subclass.
enum class ABIKind {
  /// A, `abi=kcov-v2`, the kernel RFC v2: (pc, idx, size, ptr, offsets, n).
  KcovV2,
  /// B, `abi=value-pc`: (pc, idx, size, val, offsets, n).
  ValuePC,
  /// C, `abi=value`: (idx, size, val, offsets, n), inlined frames.
  Value,
  /// D, `abi=tag`: (tag = idx << 32 | size, val, counted offsets).
  Tag,
  /// E, `abi=packed`: B's values, up to five per call, with a descriptor.
  Packed,
};

/// The `abi=` spelling of \p K.
llvm::StringRef abiName(ABIKind K);

/// A switch whose default depends on the module or the ABI.
enum class Tristate { Auto, On, Off };

/// \p T resolved: On or Off as given, \p Default when Auto.
inline bool isOn(Tristate T, bool Default) {
  return T == Tristate::Auto ? Default : T == Tristate::On;
}

struct Options {
  bool TraceArgs = true;
  bool TraceRet = true;
  ABIKind ABI = ABIKind::KcovV2;
  /// `entry-exit` / `no-entry-exit`: __sanitizer_cov_trace_pc_entry/exit
  /// at every entry and return (LLVM 23's trace-pc-entry-exit), and
  /// __sanitizer_cov_trace_pc_resume where a function resumes after an
  /// exception or a longjmp. By default on wherever the ABI marker is
  /// referenced: there a runtime of ours, which defines the hooks, is
  /// linked, and the hooks make the call tree exact.
  Tristate EntryExit = Tristate::Auto;
  /// `guard`: every callback of a call is skipped while the runtime's
  /// __sancov_dataflow_guard byte, loaded once at entry, is zero: the call
  /// runs a copy of the body without them (GuardClone.h).
  bool Guard = false;
  /// `abi-marker` / `no-abi-marker`; by default user-space (PIC or PIE)
  /// modules that are not built for the kernel code model get the marker.
  Tristate Marker = Tristate::Auto;
  /// `inlined-frames` / `no-inlined-frames`: records for the callees the
  /// inliner merged; by default on for the ABIs without a pc (C, D).
  Tristate InlinedFrames = Tristate::Auto;
  /// SpecialCaseList files, in the format of -fsanitize-coverage-allowlist.
  /// Given more than once, the lists are merged, as clang merges repeated
  /// -fsanitize-coverage-allowlist= flags.
  std::vector<std::string> AllowLists;
  std::vector<std::string> IgnoreLists;

  /// Prints the parameter string that parses back to these options.
  void print(llvm::raw_ostream &OS) const;
};

/// Parses `;`-separated parameters. Neither `args` nor `ret` means both;
/// naming one selects only the ones named. Errors name the offending token.
llvm::Expected<Options> parseOptions(llvm::StringRef Params);

} // namespace sancov_dataflow

#endif // SANCOV_DATAFLOW_OPTIONS_H
