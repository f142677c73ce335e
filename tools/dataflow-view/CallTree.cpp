//===-- CallTree.cpp - Records to nested calls: the per-thread stack ------===//

#include "CallTree.h"

#include "sancov-dataflow/abi.h"

using namespace sancov_dataflow::trace;

namespace dataflow_view {

CallSink::~CallSink() = default;

Value Value::from(const Record &R, CallbackAbi Abi) {
  Value V;
  V.Idx = R.ArgIdx;
  V.Size = R.Size;
  V.Seq = R.Seq;
  V.Ptr = R.Ptr;
  V.Offset = R.Offset;
  V.GuessedLength = R.GuessedLength;
  // A value ABI's table record has the object's address in Ptr.
  V.Direct = passesValues(Abi) && R.Ptr == 0;
  V.Words.assign(R.Values, R.Values + R.NumValues);
  return V;
}

CallTree::CallTree(RecordSites &Sites, CallSink &Sink)
    : Sites(Sites), Sink(Sink) {}

void CallTree::select(ThreadState &T) {
  if (SinkThread != &T) {
    SinkThread = &T;
    Sink.thread(T.Tid, T.Remote);
  }
}

void CallTree::advance(ThreadState &T, uint32_t Seq) {
  // The 24-bit sequence number wraps; a gap (dropped records) moves time
  // on by the gap, anything odd by one tick so time never goes back.
  if (!T.HaveSeq) {
    T.HaveSeq = true;
    T.Tick = Seq;
    T.Gap = true;
  } else {
    uint32_t Delta = (Seq - T.LastSeq) & SCDF_REC_SEQ_MASK;
    T.Tick += Delta == 0 || Delta > (SCDF_REC_SEQ_MASK >> 1) ? 1 : Delta;
    T.Gap = Delta != 1;
  }
  T.LastSeq = Seq;
}

void CallTree::threadBegin(const ThreadInfo &TI) {
  if (TI.isRemote()) {
    Session = std::make_unique<ThreadState>();
    Cur = Session.get();
  } else {
    Cur = &Threads[TI.Tid];
  }
  Cur->Tid = TI.Tid;
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
  if (Cur != Session.get())
    return;
  // The worker's session is over: what it left open did not return in it.
  endAll(*Cur);
  if (SinkThread == Cur)
    SinkThread = nullptr;
  Session.reset();
  Cur = nullptr;
}

void CallTree::flush(ThreadState &T) {
  if (!T.Collecting)
    return;
  T.Collecting = false;
  select(T);
  Sink.callBegin(*T.Stack.back());
}

Call &CallTree::push(ThreadState &T, const Record &R, const Frame &F) {
  if (T.Stack.size() >= MaxDepth)
    unwindAll(T);
  auto C = std::make_unique<Call>();
  C->Tid = T.Tid;
  C->Pc = R.Pc;
  C->Fn = F.Fn;
  C->Inlined = F.Inlined;
  C->Site = F.Site;
  C->Seq = R.Seq;
  C->BeginTick = T.Tick;
  C->Depth = T.Stack.size();
  C->Remote = T.Remote;
  T.Stack.push_back(std::move(C));
  return *T.Stack.back();
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

void CallTree::endAll(ThreadState &T) {
  if (T.Join.pending())
    dispatch(T, T.Join.take());
  unwindAll(T);
}

void CallTree::closeAbove(ThreadState &T, size_t Index, Call::StatusTy Status) {
  // Inlined frames directly on Stack[Index] ended with it; anything above
  // its first open callee did not return.
  size_t FirstCallee = Index + 1;
  while (FirstCallee < T.Stack.size() && T.Stack[FirstCallee]->Inlined)
    ++FirstCallee;
  while (T.Stack.size() > Index + 1)
    popEnd(T, T.Stack.size() > FirstCallee ? Status : Call::Returned);
}

void CallTree::closeInlinedOnTop(ThreadState &T) {
  // An inlined frame's end is not recorded; a callee of the function may
  // have been called from it or after it. It is shown ended rather than
  // claim a nesting the trace does not prove.
  while (!T.Stack.empty() && T.Stack.back()->Inlined)
    popEnd(T, Call::Returned);
}

size_t CallTree::findCall(const ThreadState &T, const Frame &F, bool Exact,
                          uint64_t Sp) const {
  for (size_t I = T.Stack.size(); I > 0; --I) {
    const Call &C = *T.Stack[I - 1];
    if (!C.Inlined && C.Fn == F.Fn && C.Site == F.Site &&
        (!Exact || (C.Exact && C.Sp == Sp)))
      return I;
  }
  return 0;
}

void CallTree::openWithoutEntry(ThreadState &T, const Record &R,
                                const Frame &F) {
  Call &C = push(T, R, F);
  C.NoEntry = true;
  select(T);
  Sink.callBegin(C);
}

void CallTree::leaf(ThreadState &T, const Record &R, const Frame &F) {
  closeInlinedOnTop(T);
  openWithoutEntry(T, R, F);
  if (R.Type == RecordType::Ret) {
    T.Stack.back()->HasRet = true;
    T.Stack.back()->Ret = Value::from(R, Sites.abi());
  }
  popEnd(T, Call::Returned);
}

bool CallTree::isStructPointer(const Record &R) {
  // Its record has one word per field; a NULL one's has no address.
  const FunctionInfo *Fn = Sites.function(R);
  if (!Fn || !Fn->HasDwarf)
    return false;
  const TypeDesc *T = R.Type == RecordType::Ret      ? Fn->Ret
                      : R.ArgIdx < Fn->Params.size() ? Fn->Params[R.ArgIdx].Type
                                                     : nullptr;
  return T && T->reportKind() == TypeDesc::PointerToStruct;
}

void CallTree::record(const Record &R) {
  if (!Cur)
    return;
  ThreadState &T = *Cur;
  advance(T, R.Seq);
  ValueJoin &J = T.Join;
  if (J.pending()) {
    if (J.continues(R) &&
        Sites.frames(R).back() == Sites.frames(J.first()).back()) {
      J.add(R);
      if (J.complete())
        dispatch(T, J.take());
      return;
    }
    // Cut short (a lost record): what came is shown as it is.
    dispatch(T, J.take());
  }
  if (passesValues(Sites.abi()) && ValueJoin::starts(R) &&
      !isStructPointer(R)) {
    J.start(R);
    return;
  }
  dispatch(T, R);
}

void CallTree::dispatch(ThreadState &T, const Record &R) {
  std::optional<Frame> RetClosed = std::move(T.RetClosed);
  T.RetClosed.reset();
  switch (R.Type) {
  case RecordType::Cmp:
    return onCmp(T, R);
  case RecordType::Remote:
    return onRemote(T, R);
  case RecordType::Entry:
    return onEntry(T, R, Sites.frames(R));
  case RecordType::Ret:
    return onRet(T, R, Sites.frames(R));
  case RecordType::PcEntry:
    return onPcEntry(T, R, Sites.frames(R));
  case RecordType::PcExit:
    // The RET just before closed this call already (it was not opened by
    // PC_ENTRY: entry records lost, or the trace began inside it).
    if (RetClosed && *RetClosed == Sites.frames(R).front())
      return;
    return onPcExit(T, R, Sites.frames(R));
  case RecordType::PcResume:
    return onPcResume(T, R, Sites.frames(R));
  }
}

void CallTree::finish() {
  for (auto &[Tid, T] : Threads)
    endAll(T);
  // A session whose chunk could not be read to its end.
  if (Session)
    endAll(*Session);
  Sink.finish();
}

} // namespace dataflow_view
