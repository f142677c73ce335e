//===-- ValueFormat.h - Record values as source-level text ------*- C++ -*-===//
//
// Turns the value words of one ENTRY or RET record into text, using the
// parameter's DWARF type: integers in decimal by the base type's signedness
// (plus hex when large), pointers in hex with a peek at what they point to,
// bool, char, enumerator names, floats; struct fields by name, in the
// order of the plugin's table.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_VIEW_VALUEFORMAT_H
#define DATAFLOW_VIEW_VALUEFORMAT_H

#include "Call.h"
#include "DebugTypes.h"

#include "llvm/ADT/ArrayRef.h"

#include <string>
#include <vector>

namespace llvm {
class raw_ostream;
} // namespace llvm

namespace dataflow_view {

struct FunctionInfo;

/// One value word of a record with the name it has (a field name, or
/// "#i" when the table does not match DWARF) and its text.
struct NamedWord {
  std::string Name;
  std::string Text;
  uint64_t Raw = 0;
};

/// Formats values. Stateless apart from options.
class ValueFormatter {
public:
  /// The parameter's name: from DWARF, else "argN".
  static std::string argName(const FunctionInfo *Fn, const Value &V);
  /// The parameter's type, or null when DWARF does not say.
  static const TypeDesc *argType(const FunctionInfo *Fn, const Value &V);

  /// The text of an argument or return value of type T (null: unknown).
  /// Name is the parameter's (empty for a return value), used when showing
  /// what a pointer points to. Words, if given, receives one entry per
  /// value word.
  static std::string format(const TypeDesc *T, const Value &V,
                            const std::string &Name,
                            std::vector<NamedWord> *Words = nullptr);

  /// A value of type T held in the low Bytes bytes of Raw (a scalar, or a
  /// struct field); Depth limits nested struct expansion.
  static std::string scalar(const TypeDesc *T, uint64_t Raw, uint64_t Bytes,
                            unsigned Depth = 0);

  /// One field of a table, extracting bitfields.
  static std::string field(const FieldDesc &F, uint64_t Raw,
                           unsigned Depth = 0);

  static std::string hex(uint64_t V);

  /// A Rust enum (T.RustShape == VariantEnum) from the first bytes of its
  /// value (8 when it is a struct field, all of them when its record has the
  /// enum's chunk table); empty if they do not hold the discriminant.
  /// Payload fields not wholly in Bytes print `...`, except that when
  /// Truncated (Bytes is the start of an enum larger than a record holds)
  /// an array or struct field the end of Bytes cuts through is shown as far
  /// as it goes.
  static std::string rustEnum(const TypeDesc &T, llvm::ArrayRef<uint8_t> Bytes,
                              unsigned Depth, bool Truncated = false);
};

} // namespace dataflow_view

#endif // DATAFLOW_VIEW_VALUEFORMAT_H
