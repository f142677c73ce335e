//===-- CallTree.h - ENTRY/RET records to nested calls ----------*- C++ -*-===//
//
// Pairs records per thread:
//  - consecutive ENTRY records with the same pc and ascending arg_idx are
//    one call's argument list (a recursive call starts again at a lower
//    index);
//  - a RET with the pc of the innermost open call closes it;
//  - a RET matching an outer open call closes it and ends the calls above
//    it as unfinished (they left by longjmp, an exception, a lost record);
//  - a RET matching no open call is a call without ENTRY records (no
//    parameters, or its ENTRY records were lost) and is shown as a leaf.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_VIEW_CALLTREE_H
#define DATAFLOW_VIEW_CALLTREE_H

#include "AddressMap.h"
#include "Call.h"

#include <map>
#include <memory>
#include <vector>

namespace dataflow_view {

class CallTree {
public:
  CallTree(AddressMap &Map, CallSink &Sink);

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
    uint64_t Tick = 0;
  };
  void advance(ThreadState &T, uint32_t Seq);
  void select(ThreadState &T);
  void flush(ThreadState &T);
  void push(ThreadState &T, std::unique_ptr<Call> C);
  void popEnd(ThreadState &T, Call::StatusTy Status);
  void unwindAll(ThreadState &T);

  AddressMap &Map;
  CallSink &Sink;
  std::map<uint64_t, ThreadState> Threads;
  ThreadState *Cur = nullptr;
  bool HaveSinkTid = false;
  uint64_t SinkTid = 0;
};

} // namespace dataflow_view

#endif // DATAFLOW_VIEW_CALLTREE_H
