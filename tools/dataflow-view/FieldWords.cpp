//===-- FieldWords.cpp - Which value words hold which field ---------------===//

#include "FieldWords.h"

namespace dataflow_view {

uint64_t tableWords(const std::vector<FieldDesc> &Table) {
  uint64_t N = 0;
  for (const FieldDesc &F : Table)
    N += SCDF_VALUE_WORDS(F.Size);
  // abi.h: a record that would exceed this has one word per field.
  return N > SCDF_MAX_FIELDS ? Table.size() : N;
}

std::optional<FieldWords> fieldWords(const TypeDesc &Struct, size_t NWords) {
  for (const std::vector<FieldDesc> *T : {&Struct.Fields, &Struct.RfcFields}) {
    if (NWords == T->size())
      return FieldWords{T, /*Whole=*/false};
    if (NWords == tableWords(*T))
      return FieldWords{T, /*Whole=*/true};
  }
  return std::nullopt;
}

} // namespace dataflow_view
