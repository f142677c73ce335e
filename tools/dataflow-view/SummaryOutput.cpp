//===-- SummaryOutput.cpp - Values per function, and what to look at ------===//
//
//   dataflow-view summary --binary PROGRAM TRACE
//
// First the flags (Flags.h), most suspicious first, each with the calls
// that show it; then the syscalls the trace has (Syscalls.h), with how
// often each was made; then per function, in the order functions were
// first called, its comparisons and, per parameter, field and return
// value: how many values, how many distinct ones, the smallest and
// largest, and their classes.
//
//===----------------------------------------------------------------------===//

#include "Flags.h"
#include "Outputs.h"
#include "Syscalls.h"
#include "ValueClasses.h"

#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

#include <map>
#include <vector>

using namespace llvm;

namespace dataflow_view {

namespace {

struct SlotStats {
  std::string Name;
  Slot Min, Max;
  uint64_t Count = 0;
  DenseSet<uint64_t> Distinct;
  unsigned Classes = 0;
  /// Distinct values are counted up to this many.
  static constexpr size_t MaxDistinct = 1024;

  void add(const Slot &S) {
    if (Count++ == 0) {
      Min = Max = S;
    } else if (S.Kind == Slot::Signed) {
      if (S.asSigned() < Min.asSigned())
        Min = S;
      if (S.asSigned() > Max.asSigned())
        Max = S;
    } else {
      if (S.Raw < Min.Raw)
        Min = S;
      if (S.Raw > Max.Raw)
        Max = S;
    }
    if (Distinct.size() < MaxDistinct)
      Distinct.insert(S.Raw);
    Classes |= classify(S);
  }
  std::string distinct() const {
    return std::to_string(Distinct.size()) +
           (Distinct.size() == MaxDistinct ? "+" : "");
  }
};

struct FunctionStats {
  std::string Name;
  uint64_t Calls = 0, Unfinished = 0, Comparisons = 0;
  std::map<uint64_t, SlotStats> Slots;
};

class SummaryOutput final : public CallSink {
public:
  SummaryOutput(raw_ostream &OS, bool Jsonl)
      : OS(OS), Jsonl(Jsonl), Results(Flags), Changes(Flags) {}

  void thread(uint64_t Tid,
              const sancov_dataflow::trace::RemoteInfo *) override {
    Changes.thread(Tid);
  }

  void callBegin(const Call &C) override {
    Syscalls.begin(C);
    Args.clear();
    argumentSlots(C, Args);
    Changes.callBegin(C, Args);
  }

  void callEnd(const Call &C) override {
    Args.clear();
    argumentSlots(C, Args);
    Rets.clear();
    returnSlots(C, Rets);
    Changes.callEnd(C, Rets);
    Results.call(C, Args, Rets);
    Syscalls.end(C);
    FunctionStats &F = statsOf(C.Fn, C.Pc, [&] { return CallText::name(C); });
    ++F.Calls;
    // Unwound (left by longjmp or an exception) did not return either.
    F.Unfinished += C.Status != Call::Returned;
    for (ArrayRef<Slot> List : {ArrayRef<Slot>(Args), ArrayRef<Slot>(Rets)})
      for (const Slot &S : List) {
        SlotStats &St = F.Slots[S.key()];
        if (St.Name.empty())
          St.Name = slotName(C, S);
        St.add(S);
      }
  }

  void cmp(const Comparison &C) override {
    auto Name = [&] { return CallText::comparisonFunction(C); };
    ++statsOf(C.Fn, C.Pc, Name).Comparisons;
  }

  void finish() override {
    std::vector<const Flag *> Ranked = Flags.ranked();
    if (Jsonl)
      printJsonl(Ranked);
    else
      printText(Ranked);
    OS.flush();
  }

private:
  /// The function Fn, or the unknown one at Pc; Name is asked once.
  FunctionStats &statsOf(const FunctionInfo *Fn, uint64_t Pc,
                         function_ref<std::string()> Name) {
    const void *K =
        Fn ? static_cast<const void *>(Fn) : reinterpret_cast<const void *>(Pc);
    auto [It, New] = Index.try_emplace(K, Functions.size());
    if (New) {
      Functions.emplace_back();
      Functions.back().Name = Name();
    }
    return Functions[It->second];
  }

  static std::string callList(const Flag &F) {
    std::string S =
        std::to_string(F.Count) + (F.Count == 1 ? " call:" : " calls:");
    for (size_t I = 0; I < F.Calls.size(); ++I)
      S += std::string(I ? "," : "") + " tid " +
           std::to_string(F.Calls[I].Tid) + " seq " +
           std::to_string(F.Calls[I].Seq);
    return F.Count > F.Calls.size() ? S + ", ..." : S;
  }

  void printText(const std::vector<const Flag *> &Ranked) {
    OS << "== flags ==\n";
    if (Ranked.empty())
      OS << "(none)\n";
    for (size_t I = 0; I < Ranked.size(); ++I)
      OS << '#' << I + 1 << ' ' << Flag::kindName(Ranked[I]->Kind) << ": "
         << Ranked[I]->Detail << "  (" << callList(*Ranked[I]) << ")\n";
    if (!Syscalls.seen().empty())
      OS << "== syscalls ==\n";
    for (const auto &[Name, Count] : Syscalls.seen())
      OS << Name << ": " << Count << (Count == 1 ? " call\n" : " calls\n");
    OS << "== functions ==\n";
    for (const FunctionStats &F : Functions) {
      OS << F.Name << ": " << F.Calls << (F.Calls == 1 ? " call" : " calls");
      if (F.Unfinished)
        OS << ", " << F.Unfinished << " unfinished";
      if (F.Comparisons)
        OS << ", " << F.Comparisons
           << (F.Comparisons == 1 ? " comparison" : " comparisons");
      OS << '\n';
      for (const auto &[Key, S] : F.Slots) {
        OS << "  " << S.Name << ": " << S.Count
           << (S.Count == 1 ? " value, " : " values, ") << S.distinct()
           << " distinct, min " << slotValueText(S.Min) << ", max "
           << slotValueText(S.Max);
        if (S.Classes)
          OS << "; " << classNames(S.Classes);
        OS << '\n';
      }
    }
  }

  /// One JSON object, Body's attributes, on a line.
  template <typename Fn> void line(Fn Body) {
    json::OStream J(OS);
    J.object([&] { Body(J); });
    OS << '\n';
  }

  void printJsonl(const std::vector<const Flag *> &Ranked) {
    for (size_t I = 0; I < Ranked.size(); ++I)
      line([&](json::OStream &J) {
        const Flag &F = *Ranked[I];
        J.attribute("flag", Flag::kindName(F.Kind));
        J.attribute("rank", static_cast<int64_t>(I + 1));
        J.attribute("function", F.Function);
        J.attribute("detail", F.Detail);
        J.attribute("occurrences", static_cast<int64_t>(F.Count));
        J.attributeArray("calls", [&] {
          for (const CallRef &C : F.Calls)
            J.object([&] {
              J.attribute("tid", static_cast<int64_t>(C.Tid));
              J.attribute("seq", static_cast<int64_t>(C.Seq));
            });
        });
      });
    for (const auto &[Name, Count] : Syscalls.seen())
      line([&](json::OStream &J) {
        J.attribute("syscall", Name);
        J.attribute("calls", static_cast<int64_t>(Count));
      });
    for (const FunctionStats &F : Functions)
      printFunctionJsonl(F);
  }

  void printFunctionJsonl(const FunctionStats &F) {
    if (F.Comparisons)
      line([&](json::OStream &J) {
        J.attribute("function", F.Name);
        J.attribute("calls", static_cast<int64_t>(F.Calls));
        J.attribute("comparisons", static_cast<int64_t>(F.Comparisons));
      });
    for (const auto &[Key, S] : F.Slots)
      line([&](json::OStream &J) {
        J.attribute("function", F.Name);
        J.attribute("calls", static_cast<int64_t>(F.Calls));
        J.attribute("name", S.Name);
        J.attribute("values", static_cast<int64_t>(S.Count));
        J.attribute("distinct", S.distinct());
        J.attribute("min", slotValueText(S.Min));
        J.attribute("max", slotValueText(S.Max));
        J.attribute("classes", classNames(S.Classes));
      });
  }

  raw_ostream &OS;
  bool Jsonl;
  FlagSet Flags;
  ResultChecks Results;
  FieldChanges Changes;
  SyscallTracker Syscalls;
  SmallVector<Slot, 16> Args, Rets;
  DenseMap<const void *, size_t> Index;
  std::vector<FunctionStats> Functions;
};

} // namespace

std::unique_ptr<CallSink> createSummaryOutput(raw_ostream &OS, bool Jsonl) {
  return std::make_unique<SummaryOutput>(OS, Jsonl);
}

} // namespace dataflow_view
