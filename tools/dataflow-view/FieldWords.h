//===-- FieldWords.h - Which value words hold which field -------*- C++ -*-===//
//
// A record of a struct with a table holds one value word per field (the
// RFC's runtimes, older traces) or, from our runtimes, SCDF_VALUE_WORDS of
// each field's size (abi.h section 2: whole values up to 64 bytes). The
// two agree when every field is at most 8 bytes; the record's word count
// tells them apart.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_VIEW_FIELDWORDS_H
#define DATAFLOW_VIEW_FIELDWORDS_H

#include "DebugTypes.h"

#include "sancov-dataflow/abi.h"

#include <optional>
#include <vector>

namespace dataflow_view {

/// The table a record of NWords value words was made with, and how many
/// words each field has: its fields' words follow each other in the
/// table's order.
struct FieldWords {
  const std::vector<FieldDesc> *Table = nullptr;
  /// Our runtimes' whole values rather than one word per field.
  bool Whole = false;

  size_t count(const FieldDesc &F) const {
    return Whole ? SCDF_VALUE_WORDS(F.Size) : 1;
  }
};

/// Value words our runtimes write for a table's fields.
uint64_t tableWords(const std::vector<FieldDesc> &Table);

/// The layout of a record of Struct with NWords value words: over its
/// table or the RFC compiler's, one word per field or whole values;
/// nothing if NWords fits none.
std::optional<FieldWords> fieldWords(const TypeDesc &Struct, size_t NWords);

} // namespace dataflow_view

#endif // DATAFLOW_VIEW_FIELDWORDS_H
