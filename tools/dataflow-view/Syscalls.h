//===-- Syscalls.h - The kernel's syscall entry functions -------*- C++ -*-===//
//
// A whole-kernel build instruments the syscall wrappers, so each syscall a
// task makes is a call of __x64_sys_NAME (or of its arm64, ia32 and compat
// siblings), with __se_sys_NAME and __do_sys_NAME nested in it where they
// were not inlined. The outermost entry function of such a nest is the
// syscall's boundary: the calls below it are the syscall's work.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_VIEW_SYSCALLS_H
#define DATAFLOW_VIEW_SYSCALLS_H

#include "Call.h"

#include "llvm/ADT/StringRef.h"

#include <map>
#include <optional>
#include <string>

namespace dataflow_view {

class SyscallTracker {
public:
  /// NAME if Function is a syscall entry function, else empty.
  static llvm::StringRef syscallOf(llvm::StringRef Function);

  /// The outermost open syscall entry call of a thread.
  struct Boundary {
    std::string Name;
    unsigned Depth = 0;
  };
  /// Call C begins (calls nest properly per thread): the syscall it is in,
  /// or opens, or null.
  const Boundary *begin(const Call &C);
  void end(const Call &C);
  /// The syscalls seen: their outermost entry calls, per name.
  const std::map<std::string, uint64_t> &seen() const { return Seen; }

private:
  std::map<uint64_t, std::optional<Boundary>> Threads;
  std::map<std::string, uint64_t> Seen;
};

} // namespace dataflow_view

#endif // DATAFLOW_VIEW_SYSCALLS_H
