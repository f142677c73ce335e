//===-- Flags.cpp - Ranked findings; checks of finished calls -------------===//

#include "Flags.h"
#include "Outputs.h"
#include "ValueClasses.h"

#include "llvm/ADT/Hashing.h"

#include <algorithm>

using namespace llvm;

namespace dataflow_view {

const char *Flag::kindName(KindTy K) {
  switch (K) {
  case ExtremeAccepted:
    return "extreme-accepted";
  case SuccessAndError:
    return "success-and-error";
  case FieldChanged:
    return "field-changed";
  }
  return "?";
}

Flag &FlagSet::get(Flag::KindTy Kind, const void *Fn, uint64_t Key,
                   bool &Created) {
  std::unique_ptr<Flag> &F = Groups[{Kind, Fn, Key}];
  Created = !F;
  if (Created) {
    F = std::make_unique<Flag>();
    F->Kind = Kind;
    F->Order = Next++;
  }
  return *F;
}

void FlagSet::addCall(Flag &F, CallRef C) {
  ++F.Count;
  if (F.Calls.size() < MaxExamples)
    F.Calls.push_back(C);
}

std::vector<const Flag *> FlagSet::ranked() const {
  std::vector<const Flag *> R;
  for (const auto &G : Groups)
    R.push_back(G.second.get());
  std::sort(R.begin(), R.end(), [](const Flag *A, const Flag *B) {
    // A rare finding before a habit of the code.
    return std::tie(A->Kind, A->Rank, A->Count, A->Order) <
           std::tie(B->Kind, B->Rank, B->Count, B->Order);
  });
  return R;
}

std::string slotsText(const Call &C, ArrayRef<Slot> Slots) {
  std::string S;
  for (const Slot &V : Slots)
    S += (S.empty() ? "" : ", ") + slotName(C, V) + "=" + slotValueText(V);
  return S;
}

static CallRef refOf(const Call &C) { return {C.Tid, C.BeginTick}; }

static const void *fnKey(const Call &C) {
  return C.Fn ? static_cast<const void *>(C.Fn)
              : reinterpret_cast<const void *>(C.Pc);
}

void ResultChecks::call(const Call &C, ArrayRef<Slot> Args,
                        ArrayRef<Slot> Rets) {
  if (Rets.empty() || C.Status != Call::Returned)
    return;
  const Slot &Ret = Rets.front();
  if (isSuccess(Ret))
    extremes(C, Args, Ret);
  if ((isSuccess(Ret) || isError(Ret)) && !C.NoEntry)
    outcome(C, Args, Ret);
}

void ResultChecks::extremes(const Call &C, ArrayRef<Slot> Args,
                            const Slot &Ret) {
  for (const Slot &A : Args) {
    unsigned Rank;
    unsigned Classes = extremeClasses(A, Rank);
    if (!Classes)
      continue;
    bool Created;
    // One finding per parameter and kind of extreme.
    Flag &F = Flags.get(Flag::ExtremeAccepted, fnKey(C),
                        hash_combine(A.key(), Rank), Created);
    if (Created) {
      // A 32-bit -1 reaching an unsigned parameter is the classic sign
      // conversion bug; 64-bit all-ones is the kernel's usual "no limit"
      // (U64_MAX, ULONG_MAX).
      F.Rank = 2 * Rank + (A.Bytes >= 8);
      F.Function = CallText::name(C);
      F.Detail = F.Function + "(" + slotName(C, A) + "=" + slotValueText(A) +
                 ") -> " + slotValueText(Ret) + "  [" + classNames(Classes) +
                 "]";
    }
    Flags.addCall(F, refOf(C));
  }
}

void ResultChecks::outcome(const Call &C, ArrayRef<Slot> Args,
                           const Slot &Ret) {
  bool Success = isSuccess(Ret), Error = isError(Ret);
  hash_code H = hash_value(Args.size());
  for (const Slot &A : Args)
    H = hash_combine(H, A.key(), A.Raw);
  auto &Inputs = Seen[fnKey(C)];
  auto It = Inputs.find(H);
  if (It == Inputs.end()) {
    if (Inputs.size() >= MaxInputs)
      return;
    It = Inputs.try_emplace(H).first;
  }
  Outcomes &O = It->second;
  bool Had = O.Success && O.Error;
  if (Success && !O.Success) {
    O.Success = true;
    O.SuccessCall = refOf(C);
    O.SuccessRaw = Ret.Raw;
  } else if (Error && !O.Error) {
    O.Error = true;
    O.ErrorCall = refOf(C);
    O.ErrorRaw = Ret.Raw;
  }
  if (Had || !O.Success || !O.Error)
    return;
  bool Created;
  Flag &F = Flags.get(Flag::SuccessAndError, fnKey(C), 0, Created);
  if (Created) {
    Slot S = Ret, E = Ret;
    S.Raw = O.SuccessRaw;
    E.Raw = O.ErrorRaw;
    F.Function = CallText::name(C);
    F.Detail = F.Function + "(" + slotsText(C, Args) + ") -> " +
               slotValueText(S) + " and " + slotValueText(E);
  }
  // Both calls of each argument vector that returned both.
  Flags.addCall(F, O.SuccessCall);
  Flags.addCall(F, O.ErrorCall);
}

} // namespace dataflow_view
