//===-- CallText.cpp - Text shared by the output formats ------------------===//

#include "DebugObject.h"
#include "Outputs.h"
#include "ValueAbbrev.h"
#include "ValueFormat.h"

#include "llvm/Support/Path.h"

#include <cstdio>

using namespace llvm;

namespace dataflow_view {

std::string CallText::name(const Call &C) {
  if (C.Fn)
    return C.Fn->Name;
  return ValueFormatter::hex(C.Pc) + " <unknown>";
}

std::string CallText::location(const Call &C, bool Short) {
  if (!C.Fn || C.Fn->File.empty())
    return "";
  std::string File = Short ? sys::path::filename(C.Fn->File).str() : C.Fn->File;
  return C.Fn->Line ? File + ":" + std::to_string(C.Fn->Line) : File;
}

std::string CallText::args(const Call &C, size_t ValueLimit) {
  if (C.Args.empty()) {
    // ABI A has no record for a call without parameters; a call without
    // ENTRY records of a function that has parameters lost them, or they
    // were not recorded (an inlined frame with no parameter values).
    bool HasParams = !C.Fn || !C.Fn->HasDwarf || !C.Fn->Params.empty();
    return HasParams ? "..." : "";
  }
  std::string S;
  for (const Value &V : C.Args) {
    if (!S.empty())
      S += ", ";
    std::string Name = ValueFormatter::argName(C.Fn, V);
    S += Name + "=" +
         abbreviateValue(value(ValueFormatter::argType(C.Fn, V), V, Name),
                         ValueLimit);
  }
  return S;
}

std::optional<std::string> CallText::ret(const Call &C, size_t ValueLimit) {
  if (!C.HasRet)
    return std::nullopt;
  const TypeDesc *T = C.Fn && C.Fn->HasDwarf ? C.Fn->Ret : nullptr;
  if (C.Ret.Size == 0) {
    // Size 0 is void, unless DWARF says the function returns something:
    // then the value was not available (a RBX-clobbering asm, undef).
    if (T)
      return std::string("<optimized out>");
    return std::nullopt;
  }
  return abbreviateValue(value(T, C.Ret, ""), ValueLimit);
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
