//===-- FieldChanges.cpp - Struct fields that changed across a call -------===//

#include "DebugObject.h"
#include "Flags.h"
#include "Outputs.h"

#include "llvm/ADT/Hashing.h"

using namespace llvm;

namespace dataflow_view {

void FieldChanges::thread(uint64_t Tid) { Cur = &Threads[Tid]; }

void FieldChanges::callBegin(const Call &C, ArrayRef<Slot> Args) {
  Cur->Stack.push_back({Cur->Begun++, {}});
  sight(*Cur, C, Args, /*AtRet=*/false);
}

void FieldChanges::callEnd(const Call &C, ArrayRef<Slot> Rets) {
  ThreadState &T = *Cur;
  sight(T, C, Rets, /*AtRet=*/true);
  auto [Ordinal, Keys] = T.Stack.back();
  T.Stack.pop_back();
  for (const Key &K : Keys) {
    auto It = T.Structs.find(K);
    if (It != T.Structs.end() && It->second.Owner == Ordinal &&
        It->second.Open) {
      It->second.Open = false;
      It->second.EndBegun = T.Begun;
    }
  }
}

/// Records the structs a call's ENTRY or RET carries and compares each
/// with the last sighting at the same address.
void FieldChanges::sight(ThreadState &T, const Call &C, ArrayRef<Slot> Slots,
                         bool AtRet) {
  for (size_t I = 0; I < Slots.size(); ++I) {
    const Slot &P = Slots[I];
    if (P.Kind != Slot::Pointer || !P.Pointee || !P.Raw || P.Field)
      continue;
    Sighting Now;
    Now.Fn = C.Fn;
    Now.Pc = C.Pc;
    Now.Idx = P.Idx;
    Now.Ref = {C.Tid, C.BeginTick};
    Now.Owner = T.Stack.back().first;
    // A struct seen at return was not changed by its call after that.
    Now.Open = Now.Attributable = !AtRet;
    for (size_t J = I + 1; J < Slots.size() && Slots[J].Field &&
                           Slots[J].Idx == P.Idx && Slots[J].IsRet == P.IsRet;
         ++J)
      Now.Fields.push_back(Slots[J]);
    Key K{P.Raw, P.Pointee};
    auto It = T.Structs.find(K);
    if (It != T.Structs.end())
      compare(It->second, Now, C, AtRet);
    else if (T.Structs.size() >= MaxStructs)
      T.Structs.clear();
    T.Structs[K] = std::move(Now);
    if (!AtRet)
      T.Stack.back().second.push_back(K);
  }
}

void FieldChanges::compare(const Sighting &Prev, const Sighting &Now,
                           const Call &C, bool AtRet) {
  // Only a change between the owner's ENTRY and the next record that can
  // show it is the owner's: while it runs, or right after it returned.
  uint64_t NowOrdinal = Cur->Stack.back().first;
  if (!Prev.Attributable ||
      !(Prev.Open || (!AtRet && Prev.EndBegun == NowOrdinal)))
    return;
  for (const Slot &Old : Prev.Fields)
    for (const Slot &New : Now.Fields) {
      if (Old.Field != New.Field || Old.Raw == New.Raw)
        continue;
      Call Owner;
      Owner.Fn = Prev.Fn;
      Owner.Pc = Prev.Pc;
      bool Created;
      Flag &Fl = Flags.get(Flag::FieldChanged,
                           Prev.Fn ? static_cast<const void *>(Prev.Fn)
                                   : reinterpret_cast<const void *>(Prev.Pc),
                           hash_combine(Prev.Idx, Old.Field), Created);
      if (Created) {
        Slot A = Old;
        A.IsRet = false;
        A.Idx = Prev.Idx;
        Fl.Function = CallText::name(Owner);
        std::string Where = AtRet && Prev.Owner == NowOrdinal
                                ? "at its return"
                                : (AtRet ? "at return of " : "at entry of ") +
                                      CallText::name(C);
        Fl.Detail = Fl.Function + ": " + slotName(Owner, A) + " " +
                    slotValueText(Old) + " at entry, " + slotValueText(New) +
                    " " + Where;
      }
      Flags.addCall(Fl, Prev.Ref);
    }
}

} // namespace dataflow_view
