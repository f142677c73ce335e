//===-- Selection.h - Which calls the views show ----------------*- C++ -*-===//
//
// A CallSink between the CallTree and an output that passes on only the
// selected calls, renumbering their depth to count selected ancestors:
//  - a call *matches* if its function matches --filter and --module;
//  - it is *selected* if it matches or is within --context calls of a match
//    (counting, per thread in the order calls begin, only calls that pass
//    --thread, --syscall, --depth and --range).
// A comparison goes with the call it was made in; one outside any call
// only when calls are not chosen by what they are (--thread and --depth
// alone).
// Calls are decided in order; with --context a call waits until the
// context calls after it have begun, so memory stays bounded by the
// context and the open calls.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_VIEW_SELECTION_H
#define DATAFLOW_VIEW_SELECTION_H

#include "Call.h"

#include "llvm/Support/Regex.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>

namespace dataflow_view {

struct Selection {
  std::optional<llvm::Regex> Filter;
  /// Kernel module name ('-' and '_' alike); "vmlinux" is the kernel image.
  std::optional<std::string> Module;
  std::optional<uint64_t> Thread;
  /// Deepest nesting level shown, 0 being a thread's outermost calls.
  std::optional<unsigned> MaxDepth;
  /// Calls whose first record's (unwrapped, per-thread) sequence number is
  /// in [RangeBegin, RangeEnd].
  uint64_t RangeBegin = 0, RangeEnd = UINT64_MAX;
  unsigned Context = 0;
  /// Kernel: only the calls in syscalls of these names (SyscallTracker);
  /// MaxDepth then counts from the syscall's entry call.
  std::set<std::string> Syscalls;

  bool empty() const { return !choosesCalls() && !Thread && !MaxDepth; }
  /// Whether calls are chosen by their function or place in the trace.
  bool choosesCalls() const {
    return Filter || Module || !Syscalls.empty() || RangeBegin != 0 ||
           RangeEnd != UINT64_MAX || Context != 0;
  }
  /// Whether a call's function passes --filter and --module.
  bool matches(const Call &C) const;
};

/// Kernel module names use '-' and '_' interchangeably.
std::string moduleKey(llvm::StringRef Name);

class SyscallTracker;

/// Syscalls sees every call, so that the caller can say which syscalls the
/// trace has.
std::unique_ptr<CallSink> createSelectSink(const Selection &S, CallSink &Out,
                                           SyscallTracker &Syscalls);

} // namespace dataflow_view

#endif // DATAFLOW_VIEW_SELECTION_H
