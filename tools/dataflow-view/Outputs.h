//===-- Outputs.h - The output formats --------------------------*- C++ -*-===//

#ifndef DATAFLOW_VIEW_OUTPUTS_H
#define DATAFLOW_VIEW_OUTPUTS_H

#include "Call.h"
#include "ValueFormat.h"

#include "llvm/ADT/STLFunctionalExtras.h"

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace llvm {
class raw_ostream;
} // namespace llvm

namespace dataflow_view {

/// Text shared by the formats.
struct CallText {
  /// Writes the text of a value of args() or ret(): Name is the
  /// parameter's (empty for a return value).
  using ValueTextFn =
      llvm::function_ref<void(llvm::raw_ostream &OS, const TypeDesc *T,
                              const Value &V, const std::string &Name)>;

  /// The function's name, or "0x<pc> <unknown>".
  static std::string name(const Call &C);
  static void writeName(llvm::raw_ostream &OS, const Call &C);
  /// "file:line" of the function's declaration (file's base name when
  /// Short), or empty.
  static std::string location(const Call &C, bool Short);
  /// "p=0x1000 {pid=42}, max=4294967295 (0xffffffff)". ValueLimit > 0
  /// abbreviates each value's text beyond that many characters
  /// (abbreviateValue).
  static std::string args(const Call &C, size_t ValueLimit = 0);
  /// args(), each value's text written by Text.
  static void writeArgs(llvm::raw_ostream &OS, const Call &C, ValueTextFn Text);
  /// The return value's text; nothing for void, a missing RET or an
  /// unfinished call.
  static std::optional<std::string> ret(const Call &C, size_t ValueLimit = 0);
  /// Whether ret() has a text.
  static bool showsRet(const Call &C);
  /// The type ret() formats the return value by; null when unknown.
  static const TypeDesc *retType(const Call &C);
  /// ret()'s text, the value's written by Text; nothing unless showsRet.
  static void writeRet(llvm::raw_ostream &OS, const Call &C, ValueTextFn Text);
  /// ValueFormatter::format for a value of any ABI (value ABIs' values
  /// without a table are the value itself, in one word per 8 bytes).
  static std::string value(const TypeDesc *T, const Value &V,
                           const std::string &Name,
                           std::vector<NamedWord> *Words = nullptr);
  /// " [inlined]" for an inlined frame, else empty.
  static const char *inlinedMark(const Call &C);
  /// "cmp 0x5, 0x7 (4 bytes)", "cmp const 0x10, 0x3 (1 byte)"; then
  /// " in FUNCTION" if another function than the open call's compared.
  static std::string comparison(const Comparison &C);
  /// The name of the function that compared, or "0x<pc> <unknown>".
  static std::string comparisonFunction(const Comparison &C);
  /// "remote work for handle 0x0100000000000001 in kworker/0:1 (pid 12,
  /// cpu 0)", or "... in softirq (cpu 0)".
  static std::string remote(const sancov_dataflow::trace::RemoteInfo &R);
  /// A handle as KCOV writes them: 16 hex digits, the subsystem first.
  static std::string handle(uint64_t H);
};

/// Indented call tree, one line per leaf call, `{` / `}` around callees;
/// values longer than ValueLimit characters abbreviated (0: never).
std::unique_ptr<CallSink> createTextOutput(llvm::raw_ostream &OS,
                                           bool Locations, size_t ValueLimit);
/// One JSON object per call, written when the call ends.
std::unique_ptr<CallSink> createJsonlOutput(llvm::raw_ostream &OS);
/// Chrome trace-event JSON (ui.perfetto.dev, chrome://tracing).
std::unique_ptr<CallSink> createPerfettoOutput(llvm::raw_ostream &OS,
                                               uint64_t Pid,
                                               const std::string &Process);
/// Records and calls per function, most records first.
std::unique_ptr<CallSink> createStatsOutput(llvm::raw_ostream &OS);
/// `summary`: ranked flags, then value statistics per function.
std::unique_ptr<CallSink> createSummaryOutput(llvm::raw_ostream &OS,
                                              bool Jsonl);
/// `where VALUE`: every argument, field and return equal to Value.
std::unique_ptr<CallSink> createWhereOutput(llvm::raw_ostream &OS,
                                            uint64_t Value, bool Jsonl);

} // namespace dataflow_view

#endif // DATAFLOW_VIEW_OUTPUTS_H
