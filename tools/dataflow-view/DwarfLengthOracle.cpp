//===-- DwarfLengthOracle.cpp - Record lengths from debug info ------------===//

#include "DwarfLengthOracle.h"
#include "FieldWords.h"

#include "sancov-dataflow/abi.h"

using namespace sancov_dataflow::trace;

namespace dataflow_view {

void DwarfLengthOracle::candidateLengths(const Record &R,
                                         std::vector<uint32_t> &Out) {
  const FunctionInfo *Fn = Map.lookup(R.Pc);
  if (!Fn || !Fn->HasDwarf)
    return;
  const TypeDesc *T = nullptr;
  if (R.Type == RecordType::Entry) {
    if (R.ArgIdx >= Fn->Params.size())
      return;
    T = Fn->Params[R.ArgIdx].Type;
  } else if (R.Type == RecordType::Ret) {
    T = Fn->Ret;
  } else {
    return;
  }
  const TypeDesc *S = T ? T->tabledStruct() : nullptr;
  // A Rust enum's table is its byte chunks; a compiler that built no table
  // for enums (this plugin before it did, the RFC's) made it one word.
  if (uint64_t Chunks = S ? S->enumChunks() : 0) {
    Out.push_back(static_cast<uint32_t>(Chunks));
    if (Chunks != 1)
      Out.push_back(1);
    return;
  }
  // A record without a value (size 0: optimised out, void) still got one
  // word from the v1 kernel, unless the compiler passed the table anyway.
  if (R.Size == 0 || !S)
    Out.push_back(1);
  // Our runtimes' whole values: a wide scalar, a C string (abi.h).
  if (!S && SCDF_VALUE_WORDS(R.Size) > 1)
    Out.push_back(static_cast<uint32_t>(SCDF_VALUE_WORDS(R.Size)));
  if (S) {
    Out.push_back(static_cast<uint32_t>(S->Fields.size()));
    if (S->RfcFields.size() != S->Fields.size() && !S->RfcFields.empty())
      Out.push_back(static_cast<uint32_t>(S->RfcFields.size()));
    // Our runtimes' whole values (FieldWords.h).
    if (tableWords(S->Fields) != S->Fields.size())
      Out.push_back(static_cast<uint32_t>(tableWords(S->Fields)));
  }
}

} // namespace dataflow_view
