//===-- ValueAbbrev.h - Shorten long aggregate values for text --*- C++ -*-===//
//
// A struct argument prints all its fields: a kernel `task_struct` makes one
// line of 8 900 characters. The text output shortens a value's text beyond
// a limit by cutting its aggregates ({...}, [...], (...)) at a field
// boundary and saying how many fields were left out:
//
//   0xffff8880 {state=0, stack=0xffffc900, usage=1, ... (412 more)}
//
// It works on the formatted text, so it never changes how a value is
// formatted: a string or char literal is never cut, and a text it cannot
// parse (unbalanced brackets) is left whole.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_VIEW_VALUEABBREV_H
#define DATAFLOW_VIEW_VALUEABBREV_H

#include <cstddef>
#include <string>

namespace dataflow_view {

/// Characters of one value's text the text output shows (about two screen
/// lines) unless --full-values.
constexpr size_t DefaultValueLimit = 200;

/// Text, or, when longer than Limit characters (0: no limit), Text with its
/// aggregates cut at the last field boundary within Limit (at the first
/// boundary if the first field alone is longer: one field is always
/// shown), each cut aggregate closed with ", ... (N more)".
std::string abbreviateValue(std::string Text, size_t Limit);

} // namespace dataflow_view

#endif // DATAFLOW_VIEW_VALUEABBREV_H
