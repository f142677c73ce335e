//===-- CallPairing.cpp - Which call each record opens, extends or closes -===//
//
// The rules of CallTree.h, one function per record type.
//
//===----------------------------------------------------------------------===//

#include "CallTree.h"

#include "sancov-dataflow/abi.h"

using namespace sancov_dataflow::trace;

namespace dataflow_view {

void CallTree::onEntry(ThreadState &T, const Record &R,
                       const FrameChain &Chain) {
  Frame Inner = Chain.back();
  // ABI A and B report a callee inlined into a function (inlined-frames)
  // by its out-of-line body's address. With entry-exit, an ENTRY record
  // no PC_ENTRY opened a call for is such a callee, unless that PC_ENTRY
  // may have been dropped just before.
  bool ByAddress = T.EntryExit && !pcIsCallSite(Sites.abi()) && !T.Gap;
  if (T.Collecting) {
    Call &Top = *T.Stack.back();
    bool SameFrame = Top.Fn == Inner.Fn && Top.Site == Inner.Site &&
                     (Top.Inlined == Inner.Inlined || ByAddress);
    if (SameFrame && (Top.Args.empty() || R.ArgIdx > Top.Args.back().Idx)) {
      Top.Args.push_back(Value::from(R, Sites.abi()));
      return;
    }
    flush(T);
  }
  if (Chain.size() > 1) {
    openInlinedChain(T, R, Chain);
  } else {
    // The function's own parameters: a new call, or an inlined callee's.
    closeInlinedOnTop(T);
    Inner.Inlined = ByAddress && !T.Stack.empty();
  }
  push(T, R, Inner).Args.push_back(Value::from(R, Sites.abi()));
  T.Collecting = true;
}

void CallTree::openInlinedChain(ThreadState &T, const Record &R,
                                const FrameChain &Chain) {
  // The frames go on the innermost open call of Chain[0], opened here if
  // its start was not recorded (a function without parameters in a trace
  // without entry-exit).
  size_t Base = findCall(T, Chain.front());
  if (!Base) {
    closeInlinedOnTop(T);
    openWithoutEntry(T, R, Chain.front());
    Base = T.Stack.size();
  }
  // Keep the inlined frames of the chain already open, up to the
  // innermost, which the record starts anew.
  size_t Open = 1;
  while (Open + 1 < Chain.size() && Base + Open - 1 < T.Stack.size() &&
         T.Stack[Base + Open - 1]->Inlined &&
         T.Stack[Base + Open - 1]->Site == Chain[Open].Site)
    ++Open;
  closeAbove(T, Base + Open - 2, Call::Unfinished);
  // Frames between without records of their own (the plugin reports an
  // inlined frame only if it has parameter values).
  for (size_t I = Open; I + 1 < Chain.size(); ++I)
    openWithoutEntry(T, R, Chain[I]);
}

void CallTree::onRet(ThreadState &T, const Record &R, const FrameChain &Chain) {
  flush(T);
  // Only a function's own frame returns: an inlined callee has no RET.
  size_t Match = findCall(T, Chain.front());
  if (!Match) {
    leaf(T, R, Chain.front());
    T.RetClosed = Chain.front();
    return;
  }
  // With entry-exit, the calls above missed their PC_EXIT: unwound.
  closeAbove(T, Match - 1,
             T.Stack[Match - 1]->Exact ? Call::Unwound : Call::Unfinished);
  Call &C = *T.Stack.back();
  C.HasRet = true;
  C.Ret = Value::from(R, Sites.abi());
  // A call opened by PC_ENTRY ends at its PC_EXIT, which follows.
  if (C.Exact)
    return;
  popEnd(T, Call::Returned);
  T.RetClosed = Chain.front();
}

void CallTree::onPcEntry(ThreadState &T, const Record &R,
                         const FrameChain &Chain) {
  T.EntryExit = true;
  flush(T);
  closeInlinedOnTop(T);
  Call &C = push(T, R, Chain.front());
  C.Exact = true;
  C.Sp = R.Ptr;
  // Its ENTRY records follow.
  T.Collecting = true;
}

void CallTree::onPcExit(ThreadState &T, const Record &R,
                        const FrameChain &Chain) {
  flush(T);
  size_t Match = findCall(T, Chain.front(), /*Exact=*/true, R.Ptr);
  if (!Match) {
    // Its PC_ENTRY was lost or came before the trace began.
    leaf(T, R, Chain.front());
    return;
  }
  closeAbove(T, Match - 1, Call::Unwound);
  popEnd(T, Call::Returned);
}

void CallTree::onPcResume(ThreadState &T, const Record &R,
                          const FrameChain &Chain) {
  flush(T);
  // Without its call (its PC_ENTRY lost or before the trace began) there
  // is nothing known to be gone.
  if (size_t Match = findCall(T, Chain.front(), /*Exact=*/true, R.Ptr))
    closeAbove(T, Match - 1, Call::Unwound);
}

/// Whether A and B are one function: an inlined frame's description comes
/// from its abstract origin, the out-of-line body's from its subprogram.
static bool sameFunction(const FunctionInfo *A, const FunctionInfo *B) {
  return A && B && (A == B || A->Name == B->Name);
}

void CallTree::onCmp(ThreadState &T, const Record &R) {
  // Its values are the operands' now: a call that was collecting its
  // arguments has them all.
  flush(T);
  Comparison C;
  C.Tid = T.Tid;
  C.Depth = T.Stack.size();
  C.Tick = T.Tick;
  C.Seq = R.Seq;
  C.Pc = R.Pc;
  C.Fn = Sites.frames(R).back().Fn;
  C.In = T.Stack.empty() ? nullptr : T.Stack.back().get();
  C.OtherFunction = !C.In || !sameFunction(C.Fn, C.In->Fn);
  C.Const = R.Ptr & SCDF_CMP_CONST;
  C.Size = R.Size;
  C.Operands[0] = R.Values[0];
  C.Operands[1] = R.Values[1];
  C.Remote = T.Remote;
  select(T);
  Sink.cmp(C);
}

void CallTree::onRemote(ThreadState &T, const Record &R) {
  // The readers pass on a REMOTE record only as a session's first.
  Sessions.push_back(RemoteInfo::from(R));
  T.Remote = &Sessions.back();
  select(T);
}

} // namespace dataflow_view
