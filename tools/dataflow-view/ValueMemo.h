//===-- ValueMemo.h - Formatted values, remembered --------------*- C++ -*-===//
//
// A trace repeats itself: a loop passes the same pointer to the same
// struct, the same flags, gets the same return value. In the sqlite
// benchmark 84% of the records hold a value seen before, and formatting a
// struct's fields is most of the viewer's time. The text and JSON outputs
// therefore remember what they last wrote for each value (its abbreviated
// text; its JSON members), in a table of fixed size indexed by a hash of
// everything the text depends on: memory does not grow with the trace,
// and a value that is not remembered is formatted as before, so the output
// is the same.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_VIEW_VALUEMEMO_H
#define DATAFLOW_VIEW_VALUEMEMO_H

#include "Call.h"
#include "DebugTypes.h"

#include <functional>
#include <string>
#include <vector>

namespace dataflow_view {

class ValueMemo {
public:
  /// Makes what an output shows of a value in Out (empty on entry): it
  /// must depend on nothing but CallText::value's arguments. A string
  /// rather than a stream, so a text made whole is moved, not copied.
  using RenderFn = std::function<void(std::string &Out, const TypeDesc *T,
                                      const Value &V, const std::string &Name)>;

  explicit ValueMemo(RenderFn Render);

  /// What Render writes for the value; valid until the next call.
  const std::string &get(const TypeDesc *T, const Value &V,
                         const std::string &Name);

  /// Slots of the table.
  static constexpr size_t Slots = 4096;
  /// Texts longer than this are made anew each time rather than kept (a
  /// bound on the table's memory).
  static constexpr size_t MaxKept = 8192;

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
    std::string Text;

    bool matches(const TypeDesc *T, const Value &V,
                 const std::string &Name) const;
  };

  RenderFn Render;
  std::vector<Entry> Table;
  /// The text being made; swapped into the table when it is kept.
  std::string Scratch;
};

} // namespace dataflow_view

#endif // DATAFLOW_VIEW_VALUEMEMO_H
