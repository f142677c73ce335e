//===-- CallTree.cpp - ENTRY/RET records to nested calls ------------------===//

#include "CallTree.h"

#include "sancov-dataflow/abi.h"

using namespace sancov_dataflow::trace;

namespace dataflow_view {

CallSink::~CallSink() = default;

Value Value::from(const Record &R) {
  Value V;
  V.Idx = R.ArgIdx;
  V.Size = R.Size;
  V.Seq = R.Seq;
  V.Ptr = R.Ptr;
  V.Offset = R.Offset;
  V.GuessedLength = R.GuessedLength;
  V.Words.assign(R.Values, R.Values + R.NumValues);
  return V;
}

CallTree::CallTree(AddressMap &Map, CallSink &Sink) : Map(Map), Sink(Sink) {}

void CallTree::select(ThreadState &T) {
  if (!HaveSinkTid || SinkTid != T.Tid) {
    HaveSinkTid = true;
    SinkTid = T.Tid;
    Sink.thread(T.Tid);
  }
}

void CallTree::advance(ThreadState &T, uint32_t Seq) {
  // The 24-bit sequence number wraps; a gap (dropped records) moves time
  // on by the gap, anything odd by one tick so time never goes back.
  if (!T.HaveSeq) {
    T.HaveSeq = true;
    T.Tick = Seq;
  } else {
    uint32_t Delta = (Seq - T.LastSeq) & SCDF_REC_SEQ_MASK;
    T.Tick += Delta == 0 || Delta > (SCDF_REC_SEQ_MASK >> 1) ? 1 : Delta;
  }
  T.LastSeq = Seq;
}

void CallTree::threadBegin(const ThreadInfo &TI) {
  ThreadState &T = Threads[TI.Tid];
  T.Tid = TI.Tid;
  Cur = &T;
}

void CallTree::threadEnd(const ThreadInfo &TI) {
  if (!Cur)
    return;
  if (TI.Dropped) {
    select(*Cur);
    Sink.note(Cur->Tid, Cur->Stack.size(),
              std::to_string(TI.Dropped) +
                  " records dropped in this chunk (runtime buffer full); "
                  "calls around here may be incomplete");
  }
}

void CallTree::flush(ThreadState &T) {
  if (!T.Collecting)
    return;
  T.Collecting = false;
  select(T);
  Sink.callBegin(*T.Stack.back());
}

void CallTree::push(ThreadState &T, std::unique_ptr<Call> C) {
  if (T.Stack.size() >= MaxDepth)
    unwindAll(T);
  C->Tid = T.Tid;
  C->Fn = Map.lookup(C->Pc);
  C->Depth = T.Stack.size();
  T.Stack.push_back(std::move(C));
}

void CallTree::popEnd(ThreadState &T, Call::StatusTy Status) {
  flush(T);
  std::unique_ptr<Call> C = std::move(T.Stack.back());
  T.Stack.pop_back();
  C->Status = Status;
  C->EndTick = T.Tick;
  select(T);
  Sink.callEnd(*C);
}

void CallTree::unwindAll(ThreadState &T) {
  while (!T.Stack.empty())
    popEnd(T, Call::Unfinished);
}

void CallTree::record(const Record &R) {
  if (!Cur)
    return;
  ThreadState &T = *Cur;
  advance(T, R.Seq);
  switch (R.Type) {
  case RecordType::Cmp:
    flush(T);
    select(T);
    Sink.cmp(T.Tid, T.Stack.size(), T.Tick, R);
    return;
  case RecordType::Entry: {
    if (T.Collecting) {
      Call &Top = *T.Stack.back();
      if (Top.Pc == R.Pc && R.ArgIdx > Top.Args.back().Idx) {
        Top.Args.push_back(Value::from(R));
        return;
      }
      flush(T);
    }
    auto C = std::make_unique<Call>();
    C->Pc = R.Pc;
    C->BeginTick = T.Tick;
    C->Args.push_back(Value::from(R));
    push(T, std::move(C));
    T.Collecting = true;
    return;
  }
  case RecordType::Ret: {
    flush(T);
    size_t Match = T.Stack.size();
    while (Match > 0 && T.Stack[Match - 1]->Pc != R.Pc)
      --Match;
    if (Match == 0) {
      auto C = std::make_unique<Call>();
      C->Pc = R.Pc;
      C->NoEntry = true;
      C->BeginTick = T.Tick;
      C->HasRet = true;
      C->Ret = Value::from(R);
      push(T, std::move(C));
      select(T);
      Sink.callBegin(*T.Stack.back());
      popEnd(T, Call::Returned);
      return;
    }
    while (T.Stack.size() > Match)
      popEnd(T, Call::Unfinished);
    T.Stack.back()->HasRet = true;
    T.Stack.back()->Ret = Value::from(R);
    popEnd(T, Call::Returned);
    return;
  }
  }
}

void CallTree::finish() {
  for (auto &[Tid, T] : Threads)
    unwindAll(T);
  Sink.finish();
}

} // namespace dataflow_view
