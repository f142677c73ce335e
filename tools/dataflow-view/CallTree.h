//===-- CallTree.h - Records to nested calls --------------------*- C++ -*-===//
//
// Pairs records per thread into calls, by the frames their pcs name
// (RecordSites):
//  - consecutive ENTRY records of one frame with ascending arg_idx are one
//    call's argument list (a recursive call starts again at a lower index);
//  - a record in a callee inlined into a function opens the inlined frames
//    of its chain under that function's innermost open call; they end when
//    a record outside them comes;
//  - a RET closes the innermost open call of its function and ends the
//    calls above it as unfinished (longjmp, an exception, a lost record);
//    a RET matching no open call is a call without ENTRY records (no
//    parameters in ABI A, or its ENTRY records were lost): a leaf;
//  - with entry-exit records, a PC_ENTRY opens a call and the PC_EXIT with
//    its stack pointer closes it, unwinding the calls above it; a
//    PC_RESUME (a catch, setjmp's second return) unwinds the calls above
//    the call with its stack pointer, which goes on: the tree is exact,
//    parameterless functions included;
//  - a CMP record belongs to the innermost open call;
//  - a remote thread chunk (a kernel worker's session, begun by its REMOTE
//    record) is a tree of its own, whose open calls end with the chunk.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_VIEW_CALLTREE_H
#define DATAFLOW_VIEW_CALLTREE_H

#include "Call.h"
#include "RecordSites.h"
#include "ValueJoin.h"

#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace dataflow_view {

class CallTree {
public:
  CallTree(RecordSites &Sites, CallSink &Sink);

  void threadBegin(const sancov_dataflow::trace::ThreadInfo &T);
  void record(const sancov_dataflow::trace::Record &R);
  void threadEnd(const sancov_dataflow::trace::ThreadInfo &T);
  /// Ends every open call as unfinished.
  void finish();

  /// Beyond this many open calls in a thread (a trace whose RET records
  /// never match), everything open is ended as unfinished.
  static constexpr size_t MaxDepth = 10000;

private:
  struct ThreadState {
    uint64_t Tid = 0;
    std::vector<std::unique_ptr<Call>> Stack;
    /// The top call may still receive arguments; callBegin not sent yet.
    bool Collecting = false;
    bool HaveSeq = false;
    uint32_t LastSeq = 0;
    /// Records may be missing right before the current one.
    bool Gap = false;
    uint64_t Tick = 0;
    ValueJoin Join;
    /// PC_ENTRY records came: calls are opened by them.
    bool EntryExit = false;
    /// The previous record was a RET that closed a call not opened by
    /// PC_ENTRY, of this function: its PC_EXIT has nothing left to close.
    std::optional<Frame> RetClosed;
    /// A worker session: its REMOTE record's, once that came.
    const sancov_dataflow::trace::RemoteInfo *Remote = nullptr;
  };
  void advance(ThreadState &T, uint32_t Seq);
  void select(ThreadState &T);
  void flush(ThreadState &T);
  Call &push(ThreadState &T, const sancov_dataflow::trace::Record &R,
             const Frame &F);
  void popEnd(ThreadState &T, Call::StatusTy Status);
  void unwindAll(ThreadState &T);
  /// Passes on a joined value still pending, then ends every open call.
  void endAll(ThreadState &T);
  /// Ends the calls above Stack[Index]: inlined frames of Stack[Index]
  /// itself as returned, the others with Status.
  void closeAbove(ThreadState &T, size_t Index, Call::StatusTy Status);
  void closeInlinedOnTop(ThreadState &T);
  /// Index + 1 of the innermost open (non-inlined) call of F, 0 if none;
  /// with Exact, only a call opened by PC_ENTRY at stack pointer Sp.
  size_t findCall(const ThreadState &T, const Frame &F, bool Exact = false,
                  uint64_t Sp = 0) const;
  /// Opens a call whose argument list is not recorded and known complete.
  void openWithoutEntry(ThreadState &T, const sancov_dataflow::trace::Record &R,
                        const Frame &F);
  /// A call without ENTRY records that is over with R (a RET or PC_EXIT).
  void leaf(ThreadState &T, const sancov_dataflow::trace::Record &R,
            const Frame &F);

  /// R's value is a pointer to a struct (so never one of several parts).
  bool isStructPointer(const sancov_dataflow::trace::Record &R);
  void dispatch(ThreadState &T, const sancov_dataflow::trace::Record &R);
  void onEntry(ThreadState &T, const sancov_dataflow::trace::Record &R,
               const FrameChain &Chain);
  /// Opens the inlined frames of Chain but the innermost on the call of
  /// Chain[0] (ABI C and D).
  void openInlinedChain(ThreadState &T, const sancov_dataflow::trace::Record &R,
                        const FrameChain &Chain);
  void onRet(ThreadState &T, const sancov_dataflow::trace::Record &R,
             const FrameChain &Chain);
  void onPcEntry(ThreadState &T, const sancov_dataflow::trace::Record &R,
                 const FrameChain &Chain);
  void onPcExit(ThreadState &T, const sancov_dataflow::trace::Record &R,
                const FrameChain &Chain);
  void onPcResume(ThreadState &T, const sancov_dataflow::trace::Record &R,
                  const FrameChain &Chain);
  void onCmp(ThreadState &T, const sancov_dataflow::trace::Record &R);
  void onRemote(ThreadState &T, const sancov_dataflow::trace::Record &R);

  RecordSites &Sites;
  CallSink &Sink;
  std::map<uint64_t, ThreadState> Threads;
  /// The worker session being read, apart from the worker's other sessions.
  std::unique_ptr<ThreadState> Session;
  /// Every session's REMOTE record, for the calls that point to theirs.
  std::deque<sancov_dataflow::trace::RemoteInfo> Sessions;
  ThreadState *Cur = nullptr;
  /// The thread the sink was last told of.
  const ThreadState *SinkThread = nullptr;
};

} // namespace dataflow_view

#endif // DATAFLOW_VIEW_CALLTREE_H
