//===-- DirectValue.cpp - Values the value ABIs pass as they are ----------===//
//
// ABI A's record of a value without a table holds what the runtime read at
// the pointer the callback got (a pointer parameter's word is its pointee);
// the value ABIs' holds the value itself, wider ones in several words. A
// struct passed in registers comes as its bytes rather than one word per
// field: the words a table would have given (our runtimes' whole values,
// abi.h) are cut out of those bytes, so the formatter names the fields as
// for a table's record.
//
//===----------------------------------------------------------------------===//

#include "DirectValue.h"
#include "Outputs.h"
#include "ValueFormat.h"

#include "sancov-dataflow/abi.h"

namespace dataflow_view {

/// Bytes [Offset, Offset + min(Size, 8)) of the value the words hold, as a
/// table's value word; SCDF_UNREADABLE if the value does not hold them.
static uint64_t fieldWord(const Value &V, uint64_t Offset, uint64_t Size) {
  uint64_t N = std::min<uint64_t>(Size, 8);
  if (Offset + N > V.Size || Offset + N > 8 * V.Words.size())
    return SCDF_UNREADABLE;
  uint64_t W = 0;
  for (uint64_t I = 0; I < N; ++I) {
    uint64_t B = Offset + I;
    W |= ((V.Words[B / 8] >> (8 * (B % 8))) & 0xff) << (8 * I);
  }
  return W;
}

uint64_t pointerValue(const Value &V) {
  return V.Direct && !V.Words.empty() ? V.Words[0] : V.Ptr;
}

std::optional<Value> directFields(const TypeDesc *T, const Value &V) {
  if (!V.Direct || V.Size == 0 || V.Words.empty() || !T)
    return std::nullopt;
  const TypeDesc *S = T->tabledStruct();
  if (!S || S != T || S->enumChunks())
    return std::nullopt;
  Value Fields = V;
  Fields.Direct = false;
  Fields.Words.clear();
  for (const FieldDesc &F : S->Fields)
    for (uint64_t K = 0; K < SCDF_VALUE_WORDS(F.Size); ++K)
      Fields.Words.push_back(
          fieldWord(V, F.Offset + 8 * K, F.Size > 8 * K ? F.Size - 8 * K : 0));
  return Fields;
}

static std::string partsMissing(const Value &V, const std::string &Name,
                                std::vector<NamedWord> *Words) {
  // Without its last parts the value cannot be typed: the words as they
  // came.
  return ValueFormatter::format(nullptr, V, Name, Words) + " <" +
         std::to_string(V.Words.size()) + " of " +
         std::to_string((V.Size + 7) / 8) + " parts recorded>";
}

std::string CallText::value(const TypeDesc *T, const Value &V,
                            const std::string &Name,
                            std::vector<NamedWord> *Words) {
  // A pointer to a struct or to a C string comes with its table: a record
  // without the object's address is a NULL pointer's. (A string recorded
  // before strings had a table is one word, the pointer.)
  TypeDesc::ReportKind Kind = T ? T->reportKind() : TypeDesc::Scalar;
  if (!V.Direct || V.Size == 0 || V.Words.empty() ||
      Kind == TypeDesc::PointerToStruct ||
      (Kind == TypeDesc::PointerToString && V.Words.size() > 1))
    return ValueFormatter::format(T, V, Name, Words);
  if (V.Words.size() < (V.Size + 7) / 8)
    return partsMissing(V, Name, Words);
  if (T && T->Kind == TypeDesc::Pointer) {
    // The pointer itself; nothing was read at it.
    uint64_t P = pointerValue(V);
    std::string S = P ? ValueFormatter::hex(P) : "NULL";
    if (Words)
      Words->push_back(
          {"", '#', 0, NamedWord::InValueText, 0, S.size(), "", P});
    return S;
  }
  std::optional<Value> Fields = directFields(T, V);
  return ValueFormatter::format(T, Fields ? *Fields : V, Name, Words);
}

} // namespace dataflow_view
