//===-- ValueMemo.h - Formatted values, remembered --------------*- C++ -*-===//
//
// A trace repeats itself: a loop passes the same pointer to the same
// struct, the same flags, gets the same return value. In the sqlite
// benchmark 84% of the records hold a value seen before, and formatting a
// struct's fields is most of the viewer's time. The text and JSON outputs
// therefore remember the text last made of each value, in a table of fixed
// size indexed by a hash of everything the text depends on: memory does
// not grow with the trace, and a value that is not remembered is
// formatted as before, so the output is the same.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_VIEW_VALUEMEMO_H
#define DATAFLOW_VIEW_VALUEMEMO_H

#include "Call.h"
#include "ValueFormat.h"

#include <string>
#include <vector>

namespace dataflow_view {

/// A value's text (abbreviated as asked), and its words (NamedWord) when
/// asked for.
struct FormattedValue {
  std::string Text;
  std::vector<NamedWord> Words;
};

class ValueMemo {
public:
  /// Texts abbreviated to Limit characters (abbreviateValue; 0: whole);
  /// with WithWords, the words too.
  ValueMemo(size_t Limit, bool WithWords);

  /// CallText::value(T, V, Name) as the constructor said; valid until the
  /// next call.
  const FormattedValue &get(const TypeDesc *T, const Value &V,
                            const std::string &Name);

  /// Slots of the table.
  static constexpr size_t Slots = 4096;
  /// Texts longer than this are made anew each time rather than kept (a
  /// bound on the table's memory; in text they are abbreviated anyway).
  static constexpr size_t MaxKept = 4096;

private:
  struct Entry {
    bool Valid = false;
    /// What the text depends on (CallText::value).
    const TypeDesc *T = nullptr;
    std::string Name;
    uint32_t Size = 0;
    uint64_t Ptr = 0;
    bool Direct = false, Guessed = false;
    llvm::SmallVector<uint64_t, 8> Words;
    FormattedValue Out;

    bool matches(const TypeDesc *T, const Value &V,
                 const std::string &Name) const;
  };

  void format(const TypeDesc *T, const Value &V, const std::string &Name,
              FormattedValue &Out) const;

  size_t Limit;
  bool WithWords;
  std::vector<Entry> Table;
  /// The result when it is not kept.
  FormattedValue Scratch;
};

} // namespace dataflow_view

#endif // DATAFLOW_VIEW_VALUEMEMO_H
