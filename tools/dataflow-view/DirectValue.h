//===-- DirectValue.h - Values the value ABIs pass as they are --*- C++ -*-===//
//
// A value ABI's record of a value without a table (Value::Direct) holds
// the value itself, not what was read at a pointer as in ABI A. These read
// such a value the way ABI A's record of it reads, for the formatter and
// for the analyses alike.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_VIEW_DIRECTVALUE_H
#define DATAFLOW_VIEW_DIRECTVALUE_H

#include "Call.h"

#include <optional>

namespace dataflow_view {

struct TypeDesc;

/// The address a pointer-typed value holds: the record's pointer, or for
/// a value without a table its own first word.
uint64_t pointerValue(const Value &V);

/// A struct of type T passed in registers, as its bytes: the value with
/// the words of each field of T's table (abi.h), cut out of those bytes
/// (SCDF_UNREADABLE for a field whose bytes were not recorded); nothing
/// if V is not such a value.
std::optional<Value> directFields(const TypeDesc *T, const Value &V);

} // namespace dataflow_view

#endif // DATAFLOW_VIEW_DIRECTVALUE_H
