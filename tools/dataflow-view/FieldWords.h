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

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"

#include <optional>
#include <vector>

namespace dataflow_view {

/// The table a record of NWords value words was made with, and where each
/// field's words start (First has one more entry: NWords).
struct FieldWords {
  const std::vector<FieldDesc> *Table = nullptr;
  llvm::SmallVector<size_t, 16> First;

  llvm::ArrayRef<uint64_t> of(llvm::ArrayRef<uint64_t> Words, size_t I) const {
    return Words.slice(First[I], First[I + 1] - First[I]);
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
