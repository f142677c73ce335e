//===-- CallText.cpp - Text shared by the output formats ------------------===//

#include "DebugObject.h"
#include "Outputs.h"
#include "ValueAbbrev.h"
#include "ValueFormat.h"

#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdio>

using namespace llvm;

namespace dataflow_view {

std::string CallText::name(const Call &C) {
  if (C.Fn)
    return C.Fn->Name;
  std::string S;
  raw_string_ostream OS(S);
  writeName(OS, C);
  return S;
}

void CallText::writeName(raw_ostream &OS, const Call &C) {
  if (C.Fn)
    OS << C.Fn->Name;
  else
    OS << ValueFormatter::hex(C.Pc) << " <unknown>";
}

std::string CallText::location(const Call &C, bool Short) {
  if (!C.Fn || C.Fn->File.empty())
    return "";
  std::string File = Short ? sys::path::filename(C.Fn->File).str() : C.Fn->File;
  return C.Fn->Line ? File + ":" + std::to_string(C.Fn->Line) : File;
}

/// The text Write (writeArgs, writeRet) makes of C, each value abbreviated
/// to ValueLimit (0: whole).
static std::string abbreviatedText(const Call &C, size_t ValueLimit,
                                   void (*Write)(raw_ostream &, const Call &,
                                                 CallText::ValueTextFn)) {
  std::string S;
  raw_string_ostream OS(S);
  Write(OS, C,
        [&](raw_ostream &OS, const TypeDesc *T, const Value &V,
            const std::string &Name) {
          OS << abbreviateValue(CallText::value(T, V, Name), ValueLimit);
        });
  return S;
}

std::string CallText::args(const Call &C, size_t ValueLimit) {
  return abbreviatedText(C, ValueLimit, writeArgs);
}

void CallText::writeArgs(raw_ostream &OS, const Call &C, ValueTextFn Text) {
  if (C.Args.empty()) {
    // ABI A has no record for a call without parameters; a call without
    // ENTRY records of a function that has parameters lost them, or they
    // were not recorded (an inlined frame with no parameter values).
    bool HasParams = !C.Fn || !C.Fn->HasDwarf || !C.Fn->Params.empty();
    if (HasParams)
      OS << "...";
    return;
  }
  bool First = true;
  for (const Value &V : C.Args) {
    if (!First)
      OS << ", ";
    First = false;
    std::string Name = ValueFormatter::argName(C.Fn, V);
    OS << Name << '=';
    Text(OS, ValueFormatter::argType(C.Fn, V), V, Name);
  }
}

std::optional<std::string> CallText::ret(const Call &C, size_t ValueLimit) {
  if (!showsRet(C))
    return std::nullopt;
  return abbreviatedText(C, ValueLimit, writeRet);
}

const TypeDesc *CallText::retType(const Call &C) {
  return C.Fn && C.Fn->HasDwarf ? C.Fn->Ret : nullptr;
}

bool CallText::showsRet(const Call &C) {
  // Size 0 is void, unless DWARF says the function returns something:
  // then the value was not available (a RBX-clobbering asm, undef).
  return C.HasRet && (C.Ret.Size != 0 || retType(C));
}

void CallText::writeRet(raw_ostream &OS, const Call &C, ValueTextFn Text) {
  if (!showsRet(C))
    return;
  if (C.Ret.Size == 0)
    OS << "<optimized out>";
  else
    Text(OS, retType(C), C.Ret, "");
}

const char *CallText::inlinedMark(const Call &C) {
  return C.Inlined ? " [inlined]" : "";
}

std::string CallText::comparisonFunction(const Comparison &C) {
  return C.Fn ? C.Fn->Name : ValueFormatter::hex(C.Pc) + " <unknown>";
}

std::string CallText::comparison(const Comparison &C) {
  std::string S = C.Const ? "cmp const " : "cmp ";
  S += ValueFormatter::hex(C.Operands[0]) + ", " +
       ValueFormatter::hex(C.Operands[1]) + " (" + std::to_string(C.Size) +
       (C.Size == 1 ? " byte)" : " bytes)");
  if (C.OtherFunction)
    S += " in " + comparisonFunction(C);
  return S;
}

std::string CallText::handle(uint64_t H) {
  char Buf[24];
  snprintf(Buf, sizeof(Buf), "0x%016llx", static_cast<unsigned long long>(H));
  return Buf;
}

std::string CallText::remote(const sancov_dataflow::trace::RemoteInfo &R) {
  std::string S = "remote work for handle " + handle(R.Handle) + " in ";
  // In a softirq the comm is the interrupted task's, not a worker's.
  if (R.Pid == 0)
    return S + "softirq (cpu " + std::to_string(R.Cpu) + ")";
  return S + ValueFormatter::escaped(R.Comm) + " (pid " +
         std::to_string(R.Pid) + ", cpu " + std::to_string(R.Cpu) + ")";
}

} // namespace dataflow_view
