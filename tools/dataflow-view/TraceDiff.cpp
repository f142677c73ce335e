//===-- TraceDiff.cpp - Align two traces' call trees ----------------------===//

#include "TraceDiff.h"
#include "DiffReport.h"
#include "Outputs.h"
#include "ValueClasses.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"

#include <deque>
#include <map>
#include <vector>

using namespace llvm;

namespace dataflow_view {

namespace {

/// One call of one side, from its entry until its exit was consumed.
struct Node {
  uint64_t Id = 0, Partner = 0; ///< Ids start at 1; 0 is no partner.
  Call C;
  std::string Name;
};

struct Event {
  bool Exit = false;
  std::shared_ptr<Node> N;
};

/// One side of a thread pair: its pending events and open calls.
struct Lane {
  std::deque<Event> Queue;
  std::vector<std::shared_ptr<Node>> Open;
  std::vector<std::string> Path;
  /// The last paired calls, for the context of the next difference.
  std::deque<std::shared_ptr<Node>> Recent;
  bool Ended = false;
};

/// Receives the calls of one trace, numbering threads as they appear.
class SideSink final : public CallSink {
public:
  SideSink(unsigned Side, std::map<unsigned, Lane[2]> &Lanes)
      : Side(Side), Lanes(Lanes) {}
  void thread(uint64_t Tid,
              const sancov_dataflow::trace::RemoteInfo *) override {
    auto [It, New] = Ordinals.try_emplace(Tid, Ordinals.size());
    Cur = &Lanes[It->second][Side];
  }
  void callBegin(const Call &C) override {
    auto N = std::make_shared<Node>();
    N->Id = ++LastId;
    N->C = C;
    N->Name = CallText::name(C);
    Live[&C] = N;
    Cur->Queue.push_back({false, N});
  }
  void callEnd(const Call &C) override {
    auto It = Live.find(&C);
    std::shared_ptr<Node> N = std::move(It->second);
    Live.erase(It);
    N->C.HasRet = C.HasRet;
    N->C.Ret = C.Ret;
    N->C.Status = C.Status;
    N->C.EndTick = C.EndTick;
    Cur->Queue.push_back({true, std::move(N)});
  }
  uint64_t queued() const {
    uint64_t N = 0;
    for (auto &[Ord, L] : Lanes)
      N += L[Side].Queue.size();
    return N;
  }

private:
  unsigned Side;
  std::map<unsigned, Lane[2]> &Lanes;
  Lane *Cur = nullptr;
  DenseMap<uint64_t, unsigned> Ordinals;
  DenseMap<const Call *, std::shared_ptr<Node>> Live;
  uint64_t LastId = 0;
};

} // namespace

struct TraceDiff::Impl {
  Impl(raw_ostream &OS, bool Jsonl, unsigned Context)
      : Report(OS, Jsonl), Sides{SideSink(0, Lanes), SideSink(1, Lanes)},
        Context(Context) {}

  std::map<unsigned, Lane[2]> Lanes;
  DiffReport Report;
  SideSink Sides[2];
  unsigned Context;

  bool step(Lane (&L)[2]);
  bool stepExit(Lane (&L)[2], unsigned S);
  bool stepEntries(Lane (&L)[2]);
  void consume(Lane &L, unsigned Side, bool Report);
  void pair(Lane (&L)[2]);
  const Node *pairedAncestor(const Lane &L) const;
  using Entries = SmallVector<const Node *, 80>;
  Entries upcoming(const Lane &L) const;
  void plan(ArrayRef<const Node *> EA, ArrayRef<const Node *> EB);
  /// Ids of the entries of each side the current plan finds extra.
  DenseSet<uint64_t> Extra[2];
  void compare(Lane (&L)[2], bool Exit);
  bool ready(const Lane &L) const {
    return L.Ended || L.Queue.size() >= 2 * TraceDiff::Window;
  }
};

TraceDiff::TraceDiff(raw_ostream &OS, bool Jsonl, unsigned Context)
    : P(std::make_unique<Impl>(OS, Jsonl, Context)) {}
TraceDiff::~TraceDiff() = default;

CallSink &TraceDiff::side(unsigned I) { return P->Sides[I]; }

uint64_t TraceDiff::run(function_ref<bool(unsigned)> Pull) {
  bool Ended[2] = {false, false};
  while (!Ended[0] || !Ended[1]) {
    // Keep the sides about equally far ahead, so that the window of
    // either is filled before it is needed.
    unsigned I = Ended[0]                                       ? 1
                 : Ended[1]                                     ? 0
                 : P->Sides[0].queued() <= P->Sides[1].queued() ? 0
                                                                : 1;
    if (!Pull(I)) {
      Ended[I] = true;
      for (auto &[Ord, L] : P->Lanes)
        L[I].Ended = true;
    }
    for (auto &[Ord, L] : P->Lanes)
      while (P->step(L))
        ;
  }
  // Threads that appeared after a side had ended.
  for (auto &[Ord, L] : P->Lanes) {
    L[0].Ended = L[1].Ended = true;
    while (P->step(L))
      ;
  }
  P->Report.finish();
  return P->Report.valueDifferences();
}

/// Takes the front event of side Side; an entry is pushed as an open call
/// (and reported as only on this side when Report), an exit pops it.
void TraceDiff::Impl::consume(Lane &L, unsigned Side, bool ReportOnly) {
  Event E = std::move(L.Queue.front());
  L.Queue.pop_front();
  if (E.Exit) {
    if (!L.Open.empty() && L.Open.back() == E.N) {
      L.Open.pop_back();
      L.Path.pop_back();
    }
    return;
  }
  L.Open.push_back(E.N);
  L.Path.push_back(E.N->Name);
  if (ReportOnly)
    Report.only(Side, E.N->C, L.Path);
}

/// One decision if the lanes hold enough events to make it.
bool TraceDiff::Impl::step(Lane (&L)[2]) {
  for (unsigned S = 0; S < 2; ++S) {
    if (L[S].Queue.empty() || !L[S].Queue.front().Exit)
      continue;
    const Node &N = *L[S].Queue.front().N;
    if (!N.Partner) {
      consume(L[S], S, false);
      return true;
    }
    return stepExit(L, S);
  }
  if (L[0].Queue.empty() || L[1].Queue.empty()) {
    // What is left on one side once the other has ended is its own.
    for (unsigned S = 0; S < 2; ++S)
      if (!L[S].Queue.empty() && L[!S].Ended && L[!S].Queue.empty()) {
        consume(L[S], S, true);
        return true;
      }
    return false;
  }
  return stepEntries(L);
}

/// Side S is at the exit of a paired call: the other side's events up to
/// its partner's exit are its own.
bool TraceDiff::Impl::stepExit(Lane (&L)[2], unsigned S) {
  Lane &O = L[!S];
  if (O.Queue.empty()) {
    if (!O.Ended)
      return false;
    consume(L[S], S, false);
    return true;
  }
  const Event &F = O.Queue.front();
  if (F.Exit && F.N->Id == L[S].Queue.front().N->Partner) {
    compare(L, /*Exit=*/true);
    consume(L[0], 0, false);
    consume(L[1], 1, false);
    return true;
  }
  if (F.Exit && F.N->Partner) {
    // Nesting the pairing cannot explain (it keeps pairs nested): give up
    // this exit rather than read the other side to its end.
    consume(L[S], S, false);
    return true;
  }
  consume(O, !S, /*Report=*/!F.Exit);
  return true;
}

const Node *TraceDiff::Impl::pairedAncestor(const Lane &L) const {
  for (auto It = L.Open.rbegin(); It != L.Open.rend(); ++It)
    if ((*It)->Partner)
      return It->get();
  return nullptr;
}

/// The next entries of L: no more than the window, and none after the
/// exit of a call open on L (they belong to another parent).
TraceDiff::Impl::Entries TraceDiff::Impl::upcoming(const Lane &L) const {
  Entries E;
  for (const Event &Ev : L.Queue) {
    if (E.size() >= TraceDiff::Window)
      break;
    if (!Ev.Exit) {
      E.push_back(Ev.N.get());
      continue;
    }
    for (const auto &O : L.Open)
      if (O == Ev.N)
        return E;
  }
  return E;
}

/// Plans which of the next entries are extra on each side: those a
/// longest common subsequence of the two sides' function names leaves out,
/// in the first half of the window (the end of a window lacks what comes
/// after it). Ties leave out A's entry first.
void TraceDiff::Impl::plan(ArrayRef<const Node *> EA,
                           ArrayRef<const Node *> EB) {
  size_t N = EA.size(), M = EB.size();
  std::vector<uint16_t> Len((N + 1) * (M + 1), 0);
  auto At = [&](size_t I, size_t J) -> uint16_t & {
    return Len[I * (M + 1) + J];
  };
  for (size_t I = N; I-- > 0;)
    for (size_t J = M; J-- > 0;)
      At(I, J) = EA[I]->Name == EB[J]->Name
                     ? At(I + 1, J + 1) + 1
                     : std::max(At(I + 1, J), At(I, J + 1));
  for (unsigned S = 0; S < 2; ++S)
    Extra[S].clear();
  size_t Half = TraceDiff::Window / 2;
  for (size_t I = 0, J = 0; I < N && J < M && (I < Half || J < Half);) {
    if (EA[I]->Name == EB[J]->Name && At(I, J) == At(I + 1, J + 1) + 1) {
      ++I;
      ++J;
    } else if (At(I + 1, J) >= At(I, J + 1)) {
      Extra[0].insert(EA[I++]->Id);
    } else {
      Extra[1].insert(EB[J++]->Id);
    }
  }
}

bool TraceDiff::Impl::stepEntries(Lane (&L)[2]) {
  const Node &A = *L[0].Queue.front().N, &B = *L[1].Queue.front().N;
  const Node *PA = pairedAncestor(L[0]), *PB = pairedAncestor(L[1]);
  bool SameParent = PA ? PB && PA->Partner == PB->Id : !PB;
  if (A.Name == B.Name && SameParent) {
    pair(L);
    return true;
  }
  if (!SameParent) {
    consume(L[0], 0, true);
    consume(L[1], 1, true);
    return true;
  }
  for (unsigned Round = 0; Round < 2; ++Round) {
    for (unsigned S = 0; S < 2; ++S)
      if (Extra[S].erase((S ? B : A).Id)) {
        consume(L[S], S, true);
        return true;
      }
    if (Round || !ready(L[0]) || !ready(L[1]))
      break;
    plan(upcoming(L[0]), upcoming(L[1]));
  }
  if (!ready(L[0]) || !ready(L[1]))
    return false;
  // The plan pairs the heads, but they differ: neither is in the other.
  consume(L[0], 0, true);
  consume(L[1], 1, true);
  return true;
}

void TraceDiff::Impl::pair(Lane (&L)[2]) {
  Node &A = *L[0].Queue.front().N, &B = *L[1].Queue.front().N;
  A.Partner = B.Id;
  B.Partner = A.Id;
  consume(L[0], 0, false);
  consume(L[1], 1, false);
  compare(L, /*Exit=*/false);
  if (!Context)
    return;
  for (unsigned S = 0; S < 2; ++S) {
    L[S].Recent.push_back(L[S].Open.back());
    if (L[S].Recent.size() > Context)
      L[S].Recent.pop_front();
  }
}

/// Addresses differ between runs and builds (ASLR, stack layout):
/// pointers are compared by what they are, NULL, ERR_PTR or valid, and
/// the first bytes of aggregate members (often addresses) not at all.
static bool differs(const Slot &X, const Slot &Y) {
  if (X.Kind == Slot::Aggregate || Y.Kind == Slot::Aggregate)
    return false;
  if (X.Kind == Slot::Pointer && Y.Kind == Slot::Pointer)
    return classify(X) != classify(Y);
  return X.Raw != Y.Raw;
}

/// Compares the arguments (after the entries were consumed: the paths end
/// with the calls) or the return values (before the exits are consumed).
void TraceDiff::Impl::compare(Lane (&L)[2], bool Exit) {
  const Call &A = Exit ? L[0].Queue.front().N->C : L[0].Open.back()->C;
  const Call &B = Exit ? L[1].Queue.front().N->C : L[1].Open.back()->C;
  SmallVector<Slot, 16> SA, SB;
  if (Exit) {
    returnSlots(A, SA);
    returnSlots(B, SB);
  } else {
    argumentSlots(A, SA);
    argumentSlots(B, SB);
  }
  StringRef Record = Exit ? "ret" : "entry";
  // Slots come in key order on both sides.
  size_t I = 0, J = 0;
  while (I < SA.size() || J < SB.size()) {
    if (J == SB.size() || (I < SA.size() && SA[I].key() < SB[J].key())) {
      Report.missing(1, A, L[0].Path, SA[I++], Record);
    } else if (I == SA.size() || SB[J].key() < SA[I].key()) {
      Report.missing(0, B, L[1].Path, SB[J++], Record);
    } else {
      const Slot &X = SA[I++], &Y = SB[J++];
      if (!differs(X, Y))
        continue;
      // The calls paired before it, once: the next difference's context
      // starts after this one.
      for (size_t K = 0; K < L[0].Recent.size(); ++K)
        if (&L[0].Recent[K]->C != &A)
          Report.context(L[0].Recent[K]->C, L[1].Recent[K]->C);
      L[0].Recent.clear();
      L[1].Recent.clear();
      Report.value(A, B, L[0].Path, L[1].Path, X, Y, Record);
    }
  }
}

} // namespace dataflow_view
