//===-- DiffReport.cpp - What `diff` found, as text or JSON lines ---------===//

#include "DiffReport.h"
#include "Flags.h"
#include "Outputs.h"

#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace dataflow_view {

static std::string pathText(CallPath P) {
  std::string S;
  for (const std::string &N : P)
    S += (S.empty() ? "" : " > ") + N;
  return S;
}

static std::string plural(uint64_t N, StringRef One, StringRef Many) {
  return std::to_string(N) + " " + (N == 1 ? One : Many).str();
}

void DiffReport::where(const Call &C, unsigned Side) {
  OS << (Side ? "B" : "A") << " tid " << C.Tid << " seq " << C.BeginTick;
}

void DiffReport::json(StringRef Kind, const Call *A, const Call *B, CallPath PA,
                      CallPath PB, StringRef Name, StringRef TA, StringRef TB) {
  json::OStream J(OS);
  J.object([&] {
    J.attribute("kind", Kind);
    for (unsigned I = 0; I < 2; ++I) {
      const Call *C = I ? B : A;
      if (!C)
        continue;
      std::string S = I ? "b" : "a";
      J.attributeArray("path_" + S, [&] {
        for (const std::string &N : I ? PB : PA)
          J.value(N);
      });
      J.attribute("tid_" + S, static_cast<int64_t>(C->Tid));
      J.attribute("seq_" + S, static_cast<int64_t>(C->BeginTick));
      if (!(I ? TB : TA).empty())
        J.attribute("value_" + S, I ? TB : TA);
    }
    if (!Name.empty())
      J.attribute("name", Name);
  });
  OS << '\n';
}

void DiffReport::value(const Call &A, const Call &B, CallPath PA, CallPath PB,
                       const Slot &SA, const Slot &SB, StringRef Record) {
  ++Values;
  std::string Name = slotName(A, SA);
  std::string TA = slotValueText(SA), TB = slotValueText(SB);
  if (Jsonl)
    return json(Record == "ret" ? "ret_value" : "arg_value", &A, &B, PA, PB,
                Name, TA, TB);
  OS << '#' << Values << " value: " << pathText(PA);
  if (!PA.equals(PB))
    OS << " (B: " << pathText(PB) << ")";
  OS << ": " << Record << ' ' << Name << '=' << TA << " | " << Name << '=' << TB
     << "  (";
  where(A, 0);
  OS << ", ";
  where(B, 1);
  OS << ")\n";
}

void DiffReport::missing(unsigned Lacks, const Call &Has, CallPath P,
                         const Slot &S, StringRef Record) {
  ++Missing;
  std::string Name = slotName(Has, S), T = slotValueText(S);
  if (Jsonl)
    return json(Lacks ? "missing_in_b" : "missing_in_a", Lacks ? &Has : nullptr,
                Lacks ? nullptr : &Has, P, P, Name, T, T);
  OS << "missing in " << (Lacks ? "B" : "A") << ": " << pathText(P) << ": "
     << Record << ' ' << Name << '=' << T << "  (";
  where(Has, !Lacks);
  OS << ")\n";
}

/// "n=3, p=0x1000": the arguments themselves, not their fields.
static std::string argsText(const Call &C) {
  SmallVector<Slot, 8> All, Args;
  argumentSlots(C, All);
  for (const Slot &S : All)
    if (!S.Field)
      Args.push_back(S);
  return slotsText(C, Args);
}

void DiffReport::context(const Call &A, const Call &B) {
  std::string TA = CallText::name(A) + "(" + argsText(A) + ")";
  std::string TB = CallText::name(B) + "(" + argsText(B) + ")";
  if (Jsonl)
    return json("context", &A, &B, {}, {}, "", TA, TB);
  OS << "before: " << TA << " | " << TB << "  (";
  where(A, 0);
  OS << ", ";
  where(B, 1);
  OS << ")\n";
}

void DiffReport::only(unsigned Side, const Call &C, CallPath P) {
  ++Only[Side];
  if (Jsonl)
    return json(Side ? "only_in_b" : "only_in_a", Side ? nullptr : &C,
                Side ? &C : nullptr, P, P, "", "", "");
  OS << "only in " << (Side ? "B" : "A") << ": " << pathText(P) << '('
     << argsText(C) << ")  (";
  where(C, Side);
  OS << ")\n";
}

void DiffReport::finish() {
  std::string S = plural(Values, "value difference", "value differences") +
                  ", " + plural(Missing, "value", "values") +
                  " missing in one trace, " + plural(Only[0], "call", "calls") +
                  " only in A, " + plural(Only[1], "call", "calls") +
                  " only in B";
  if (Jsonl) {
    json::OStream J(OS);
    J.object([&] {
      J.attribute("kind", "total");
      J.attribute("value_differences", static_cast<int64_t>(Values));
      J.attribute("missing_values", static_cast<int64_t>(Missing));
      J.attribute("only_in_a", static_cast<int64_t>(Only[0]));
      J.attribute("only_in_b", static_cast<int64_t>(Only[1]));
    });
    OS << '\n';
  } else {
    OS << "== " << S << " ==\n";
  }
  OS.flush();
}

} // namespace dataflow_view
