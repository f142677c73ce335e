//===-- Selection.cpp - Which calls the views show ------------------------===//

#include "Selection.h"
#include "DebugObject.h"
#include "Outputs.h"
#include "Syscalls.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/Path.h"

#include <deque>
#include <map>

using namespace llvm;
using sancov_dataflow::trace::RemoteInfo;

namespace dataflow_view {

std::string moduleKey(StringRef Name) {
  std::string K = sys::path::filename(Name).str();
  for (StringRef Ext : {".ko.debug", ".ko"})
    if (StringRef(K).ends_with(Ext))
      K.resize(K.size() - Ext.size());
  for (char &C : K)
    if (C == '-')
      C = '_';
  return K;
}

bool Selection::matches(const Call &C) const {
  if (Module) {
    StringRef Mod = C.Fn && !C.Fn->Module.empty() ? StringRef(C.Fn->Module)
                                                  : StringRef("vmlinux");
    if (!C.Fn || moduleKey(Mod) != moduleKey(*Module))
      return false;
  }
  if (!Filter)
    return true;
  if (C.Fn)
    return Filter->match(C.Fn->Name) ||
           (!C.Fn->LinkageName.empty() && Filter->match(C.Fn->LinkageName));
  return Filter->match(CallText::name(C));
}

namespace {

class SelectSink final : public CallSink {
public:
  SelectSink(const Selection &S, CallSink &Out, SyscallTracker &Syscalls)
      : S(S), Out(Out), Syscalls(Syscalls) {}

  void thread(uint64_t Tid, const RemoteInfo *Remote) override {
    Cur = &Threads[Tid];
    Cur->Tid = Tid;
    Cur->Remote = Remote;
  }

  void callBegin(const Call &C) override {
    auto T = std::make_unique<Tracked>();
    T->Copy = std::make_unique<Call>(C);
    Tracked *Raw = T.get();
    if (!passesHard(C, Syscalls.begin(C))) {
      Raw->D = No;
    } else {
      Raw->Ordinal = Cur->Next++;
      decide(*Raw, S.matches(C));
    }
    Cur->Open[&C] = std::move(T);
    queue(Ev(Ev::Begin, Raw));
  }

  void callEnd(const Call &C) override {
    Syscalls.end(C);
    auto It = Cur->Open.find(&C);
    std::unique_ptr<Tracked> T = std::move(It->second);
    Cur->Open.erase(It);
    // The result is known only now; the arguments were copied at the start.
    T->Copy->HasRet = C.HasRet;
    T->Copy->Ret = C.Ret;
    T->Copy->Status = C.Status;
    T->Copy->NoEntry = C.NoEntry;
    T->Copy->EndTick = C.EndTick;
    Ev E(Ev::End, T.get());
    E.Owned = std::move(T);
    queue(std::move(E));
  }

  void cmp(const Comparison &C) override {
    if (S.Thread && C.Tid != *S.Thread)
      return;
    // Shown if the call it was made in is (that call is open, so known).
    auto It = C.In ? Cur->Open.find(C.In) : Cur->Open.end();
    if (It == Cur->Open.end() && S.choosesCalls())
      return;
    Ev E(Ev::Cmp, It == Cur->Open.end() ? nullptr : It->second.get());
    E.Compared = C;
    queue(std::move(E));
  }

  void note(uint64_t Tid, unsigned Depth, const std::string &Msg) override {
    if (S.Thread && Tid != *S.Thread)
      return;
    Ev E(Ev::Note);
    E.Msg = Msg;
    queue(std::move(E));
  }

  void finish() override {
    // No call after them: the calls still waiting for context are not
    // within the context of a match.
    for (auto &[Tid, T] : Threads) {
      for (Ev &E : T.Queue)
        if (E.T && E.T->D == Undecided)
          E.T->D = No;
      drain(T);
    }
    Out.finish();
  }

private:
  enum Decision { Undecided, Yes, No };
  struct Tracked {
    std::unique_ptr<Call> Copy;
    uint64_t Ordinal = 0;
    Decision D = Undecided;
  };
  struct Ev {
    enum KindTy { Begin, End, Cmp, Note } Kind;
    /// T: the call (Begin, End) or the call the comparison is in.
    explicit Ev(KindTy Kind, Tracked *T = nullptr) : Kind(Kind), T(T) {}
    Tracked *T;
    std::unique_ptr<Tracked> Owned;
    Comparison Compared;
    std::string Msg;
    /// The worker session the event is of (one worker's sessions share
    /// its thread).
    const RemoteInfo *Remote = nullptr;
  };
  struct ThreadSel {
    uint64_t Tid = 0;
    const RemoteInfo *Remote = nullptr;
    uint64_t Next = 0;
    std::optional<uint64_t> LastMatch;
    std::deque<Ev> Queue;
    /// Calls begun but not ended, by the CallTree's (live) Call.
    DenseMap<const Call *, std::unique_ptr<Tracked>> Open;
    unsigned Shown = 0;
  };

  /// Whether C passes --thread, --syscall, --depth and --range; Syscall
  /// is the syscall C is in, if any.
  bool passesHard(const Call &C,
                  const SyscallTracker::Boundary *Syscall) const {
    if (S.Thread && C.Tid != *S.Thread)
      return false;
    unsigned Depth = C.Depth;
    if (!S.Syscalls.empty()) {
      if (!Syscall || !S.Syscalls.count(Syscall->Name))
        return false;
      Depth -= Syscall->Depth;
    }
    if (S.MaxDepth && Depth > *S.MaxDepth)
      return false;
    return C.BeginTick >= S.RangeBegin && C.BeginTick <= S.RangeEnd;
  }

  void queue(Ev E) {
    E.Remote = Cur->Remote;
    Cur->Queue.push_back(std::move(E));
    drain(*Cur);
  }

  /// Decides the new call T and what its being a match decides for the
  /// calls before it.
  void decide(Tracked &T, bool Match) {
    uint64_t K = T.Ordinal, N = S.Context;
    if (Match) {
      T.D = Yes;
      for (Ev &E : Cur->Queue)
        if (E.T && E.T->D == Undecided && E.T->Ordinal + N >= K)
          E.T->D = Yes;
      Cur->LastMatch = K;
      return;
    }
    if (Cur->LastMatch && K - *Cur->LastMatch <= N)
      T.D = Yes;
    else if (N == 0)
      T.D = No;
    // A call N calls back saw no match in the N calls after it.
    for (Ev &E : Cur->Queue)
      if (E.T && E.T->D == Undecided && E.T->Ordinal + N <= K)
        E.T->D = No;
  }

  void drain(ThreadSel &T) {
    while (!T.Queue.empty()) {
      Ev &E = T.Queue.front();
      if (E.T && E.T->D == Undecided)
        return;
      emit(T, E);
      T.Queue.pop_front();
    }
  }

  void emit(ThreadSel &T, Ev &E) {
    if (E.T && E.T->D == No)
      return;
    if (!HaveOutTid || OutTid != T.Tid || OutRemote != E.Remote) {
      HaveOutTid = true;
      OutTid = T.Tid;
      OutRemote = E.Remote;
      Out.thread(T.Tid, E.Remote);
    }
    switch (E.Kind) {
    case Ev::Begin:
      E.T->Copy->Depth = T.Shown++;
      Out.callBegin(*E.T->Copy);
      return;
    case Ev::End:
      --T.Shown;
      Out.callEnd(*E.T->Copy);
      return;
    case Ev::Cmp:
      E.Compared.Depth = T.Shown;
      // The CallTree's call may be gone; the output knows the copy.
      E.Compared.In = E.T ? E.T->Copy.get() : nullptr;
      Out.cmp(E.Compared);
      return;
    case Ev::Note:
      Out.note(T.Tid, T.Shown, E.Msg);
      return;
    }
  }

  const Selection &S;
  CallSink &Out;
  SyscallTracker &Syscalls;
  std::map<uint64_t, ThreadSel> Threads;
  ThreadSel *Cur = nullptr;
  bool HaveOutTid = false;
  uint64_t OutTid = 0;
  const RemoteInfo *OutRemote = nullptr;
};

} // namespace

std::unique_ptr<CallSink> createSelectSink(const Selection &S, CallSink &Out,
                                           SyscallTracker &Syscalls) {
  return std::make_unique<SelectSink>(S, Out, Syscalls);
}

} // namespace dataflow_view
