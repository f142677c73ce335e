//===-- FieldWords.cpp - Which value words hold which field ---------------===//

#include "FieldWords.h"

#include "sancov-dataflow/abi.h"

namespace dataflow_view {

uint64_t tableWords(const std::vector<FieldDesc> &Table) {
  uint64_t N = 0;
  for (const FieldDesc &F : Table)
    N += SCDF_VALUE_WORDS(F.Size);
  // abi.h: a record that would exceed this has one word per field.
  return N > SCDF_MAX_FIELDS ? Table.size() : N;
}

static FieldWords layout(const std::vector<FieldDesc> &Table, bool Whole) {
  FieldWords L;
  L.Table = &Table;
  size_t W = 0;
  for (const FieldDesc &F : Table) {
    L.First.push_back(W);
    W += Whole ? SCDF_VALUE_WORDS(F.Size) : 1;
  }
  L.First.push_back(W);
  return L;
}

std::optional<FieldWords> fieldWords(const TypeDesc &Struct, size_t NWords) {
  for (const std::vector<FieldDesc> *T : {&Struct.Fields, &Struct.RfcFields}) {
    if (NWords == T->size())
      return layout(*T, /*Whole=*/false);
    if (NWords == tableWords(*T))
      return layout(*T, /*Whole=*/true);
  }
  return std::nullopt;
}

} // namespace dataflow_view
