//===-- Syscalls.cpp - The kernel's syscall entry functions ---------------===//

#include "Syscalls.h"
#include "DebugObject.h"

using namespace llvm;

namespace dataflow_view {

StringRef SyscallTracker::syscallOf(StringRef Function) {
  // The architectures' wrappers (SYSCALL_DEFINE), then the generic
  // sign-extending and body functions they call.
  static const char *const Prefixes[] = {"__x64_", "__ia32_", "__arm64_",
                                         "__se_", "__do_"};
  for (const char *P : Prefixes) {
    StringRef Rest = Function;
    if (!Rest.consume_front(P))
      continue;
    Rest.consume_front("compat_");
    if (Rest.consume_front("sys_") && !Rest.empty())
      return Rest;
  }
  return "";
}

const SyscallTracker::Boundary *SyscallTracker::begin(const Call &C) {
  std::optional<Boundary> &Open = Threads[C.Tid];
  if (Open)
    return &*Open;
  StringRef Name = C.Fn ? syscallOf(C.Fn->Name) : "";
  if (Name.empty())
    return nullptr;
  ++Seen[Name.str()];
  Open = Boundary{Name.str(), C.Depth};
  return &*Open;
}

void SyscallTracker::end(const Call &C) {
  std::optional<Boundary> &Open = Threads[C.Tid];
  if (Open && Open->Depth == C.Depth)
    Open.reset();
}

} // namespace dataflow_view
