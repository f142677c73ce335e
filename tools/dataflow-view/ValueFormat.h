//===-- ValueFormat.h - Record values as source-level text ------*- C++ -*-===//
//
// Turns the value words of one ENTRY or RET record into text, using the
// parameter's DWARF type: integers in decimal by the base type's signedness
// (plus hex when large), pointers in hex with a peek at what they point to,
// bool, char, enumerator names, floats, complex numbers; struct fields by
// name, in the order of the plugin's table. Every value is formatted from
// the bytes its words hold, by one formatter.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_VIEW_VALUEFORMAT_H
#define DATAFLOW_VIEW_VALUEFORMAT_H

#include "Call.h"
#include "DebugTypes.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace llvm {
class raw_ostream;
} // namespace llvm

namespace dataflow_view {

struct FunctionInfo;

/// One value word of a record with the name it has (a field name, or
/// "#i" when the table does not match DWARF) and its text. Both are kept
/// as parts rather than strings: the jsonl output writes them for every
/// value not remembered, and building them cost more than the text.
struct NamedWord {
  /// The name: Name, then Sep and Number unless Sep is 0 (`#0`, `@8`,
  /// `pad@8`). Name points into the type or is a literal.
  llvm::StringRef Name;
  char Sep = 0;
  uint64_t Number = 0;
  /// The text: the word in hex, the characters [Begin, End) of the
  /// value's text, or Own.
  enum TextKind { Hex, InValueText, Owned } Kind = Hex;
  size_t Begin = 0, End = 0;
  std::string Own;
  uint64_t Raw = 0;

  /// Appends the name.
  void appendName(std::string &Out) const;
  /// The text; Scratch holds it when it is made here.
  llvm::StringRef text(llvm::StringRef ValueText, std::string &Scratch) const;
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

  static std::string hex(uint64_t V);
  /// S with what is not printable ASCII escaped as in a C string.
  static std::string escaped(llvm::StringRef S);
};

} // namespace dataflow_view

#endif // DATAFLOW_VIEW_VALUEFORMAT_H
