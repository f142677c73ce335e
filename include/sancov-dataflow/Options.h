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

/// The callback ABI generation to emit.
enum class CallbackABI {
  /// ABI A, the kernel RFC v2 consumer: (pc, idx, size, ptr, offsets, n).
  KcovV2,
};

struct Options {
  bool TraceArgs = true;
  bool TraceRet = true;
  CallbackABI ABI = CallbackABI::KcovV2;
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
