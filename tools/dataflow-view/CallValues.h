//===-- CallValues.h - A call's values as numbers ---------------*- C++ -*-===//
//
// The analyses (summary, where) work on numbers, not on the text of the
// output formats: each argument, struct field and return value of a call
// becomes one Slot holding its raw bits, its width and how to read them
// (signed, unsigned, pointer), decoded from the record words with the
// parameter's DWARF type and the plugin's field table.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_VIEW_CALLVALUES_H
#define DATAFLOW_VIEW_CALLVALUES_H

#include "Call.h"

#include "llvm/ADT/SmallVector.h"

#include <cstdint>
#include <string>

namespace dataflow_view {

struct FieldDesc;
struct TypeDesc;

struct Slot {
  /// Aggregate: the first bytes of a struct, union or array member (they
  /// may hold addresses and padding); Other: anything else, raw.
  enum KindTy { Signed, Unsigned, Pointer, Bool, Aggregate, Other };
  KindTy Kind = Other;
  /// Value bits, zero-extended from Bytes.
  uint64_t Raw = 0;
  unsigned Bytes = 8;
  /// Parameter index (arguments) and field index in the table; Field is
  /// null for the argument or return value itself.
  bool IsRet = false;
  uint32_t Idx = 0;
  uint32_t FieldIdx = 0;
  const FieldDesc *Field = nullptr;
  /// The struct the value points to (a pointer with a field table), for
  /// telling whether an address lies inside it.
  const TypeDesc *Pointee = nullptr;
  /// The field table came with a pointer: fields are `p->f`, not `s.f`.
  bool ViaPointer = false;
  /// Sequence number of the record the value came from.
  uint32_t Seq = 0;

  /// The bits read as a signed number of the slot's width.
  int64_t asSigned() const;
  /// Stable identity of the slot within its function.
  uint64_t key() const;
};

/// Appends the slots of a call's arguments (in order, each followed by
/// its fields) or of its return value. Values the runtime could not read
/// and values without bits (optimized out, void) give no slot.
void argumentSlots(const Call &C, llvm::SmallVectorImpl<Slot> &Out);
void returnSlots(const Call &C, llvm::SmallVectorImpl<Slot> &Out);

/// "max", "p->max_threads", "s.x", "ret", "ret->pid", "arg2".
std::string slotName(const Call &C, const Slot &S);

/// Decimal by the slot's kind, plus hex when large; pointers in hex.
std::string slotValueText(const Slot &S);

} // namespace dataflow_view

#endif // DATAFLOW_VIEW_CALLVALUES_H
