//===-- LayoutRules.h - The field-table rules, once ------------*- C++ -*-===//
//
// The rules that turn a DWARF struct into the {byte offset, byte size}
// table the callbacks carry. The plugin applies them to DI metadata
// (lib/Plugin/FieldLayout.cpp) and the viewer to DWARF DIEs
// (tools/dataflow-view/DebugTypes.cpp) to know which member got which pair;
// each side only adapts its representation to the few facts asked here
// (tags, sizes, offsets in bits, whether a member is static), so the two
// cannot drift apart.
//
// Plain C++17: DWARF numbers, integers and names only, no LLVM IR or DebugInfo
// types, so both the plugin (no libLLVM) and the viewer can include it.
//
//===----------------------------------------------------------------------===//

#ifndef SANCOV_DATAFLOW_LAYOUTRULES_H
#define SANCOV_DATAFLOW_LAYOUTRULES_H

#include "llvm/ADT/StringRef.h"
#include "llvm/BinaryFormat/Dwarf.h"

#include <algorithm>
#include <cstdint>

namespace sancov_dataflow {

/// ABI A packs the size into 8 bits; the kernel RFC v2 does not clamp it.
/// Reports are clamped to it, and so are the tables of Rust enums, which
/// cover the object's bytes rather than its members.
constexpr uint64_t MaxReportedSize = 255;

namespace layout {

constexpr uint64_t bytes(uint64_t Bits) { return (Bits + 7) / 8; }

/// Typedefs and qualifiers, looked through on both sides of one pointer
/// level.
constexpr bool isLookedThrough(unsigned Tag) {
  switch (Tag) {
  case llvm::dwarf::DW_TAG_typedef:
  case llvm::dwarf::DW_TAG_const_type:
  case llvm::dwarf::DW_TAG_volatile_type:
  case llvm::dwarf::DW_TAG_restrict_type:
  case llvm::dwarf::DW_TAG_atomic_type:
  case llvm::dwarf::DW_TAG_immutable_type:
    return true;
  default:
    return false;
  }
}

/// Pointers and references: one level is followed to a struct's table;
/// a pointer to a pointer is a plain pointer.
constexpr bool isPointer(unsigned Tag) {
  return Tag == llvm::dwarf::DW_TAG_pointer_type ||
         Tag == llvm::dwarf::DW_TAG_reference_type ||
         Tag == llvm::dwarf::DW_TAG_rvalue_reference_type;
}

/// A pointer to plain `char` is a C string: it is reported as an object of
/// StringBytes bytes with the one-pair table {0, StringBytes}, so that our
/// runtimes record its first StringBytes bytes (abi.h's whole values) and
/// the RFC's its first 8. A reader shows it up to the first NUL. `signed
/// char` and `unsigned char` are int8_t and uint8_t far more often than
/// text, and Rust has no such type (`c_char` is `i8`).
constexpr uint64_t StringBytes = 64;
inline bool isStringChar(unsigned Tag, unsigned Encoding, uint64_t SizeInBits,
                         llvm::StringRef Name) {
  return Tag == llvm::dwarf::DW_TAG_base_type && SizeInBits == 8 &&
         (Encoding == llvm::dwarf::DW_ATE_signed_char ||
          Encoding == llvm::dwarf::DW_ATE_unsigned_char) &&
         Name == "char";
}

/// The composite types that get a table (when complete and non-empty).
constexpr bool hasTableTag(unsigned Tag) {
  return Tag == llvm::dwarf::DW_TAG_structure_type ||
         Tag == llvm::dwarf::DW_TAG_class_type;
}

/// Reported as an aggregate passed by value (with a table only for a
/// hasTableTag type).
constexpr bool isAggregate(unsigned Tag) {
  return hasTableTag(Tag) || Tag == llvm::dwarf::DW_TAG_union_type ||
         Tag == llvm::dwarf::DW_TAG_array_type;
}

/// One element of a struct as the rules see it: its tag, whether it is a
/// static member, and its bits (for a bitfield, DW_AT_bit_size and the
/// offset of its first bit; else the member type's size).
struct Element {
  unsigned Tag = 0;
  bool IsStatic = false;
  uint64_t OffsetInBits = 0;
  uint64_t SizeInBits = 0;
};

/// A member that gets a pair: DW_TAG_member only (inheritance and variant
/// parts are not members), not static, not of size zero.
constexpr bool isReportableMember(const Element &E) {
  return E.Tag == llvm::dwarf::DW_TAG_member && !E.IsStatic &&
         E.SizeInBits != 0;
}

struct Pair {
  uint64_t Offset = 0, Size = 0;
};

/// A member's pair: a bitfield is widened to the bytes holding it, so no
/// bit is lost and the consumer needs no bit arithmetic; a member of
/// aggregate type is one pair spanning it.
constexpr Pair memberPair(const Element &E) {
  uint64_t First = E.OffsetInBits / 8;
  return {First, bytes(E.OffsetInBits + E.SizeInBits) - First};
}

/// A Rust enum with data: a variant part and no member of its own. (DWARF
/// allows members beside a variant part, as Ada's variant records have;
/// such a struct keeps its member table.)
template <typename Range, typename ToElement>
bool isVariantEnum(const Range &Elements, ToElement ToElem) {
  bool HasVariantPart = false;
  for (const auto &X : Elements) {
    Element E = ToElem(X);
    if (isReportableMember(E))
      return false;
    if (E.Tag == llvm::dwarf::DW_TAG_variant_part)
      HasVariantPart = true;
  }
  return HasVariantPart;
}

/// Which member of a Rust enum holds data depends on the variant, and the
/// table is constant: so it names bytes, not members: {0, 8}, {8, 8}, ...,
/// the last pair holding the remaining 1 to 8 bytes. Each pair is read in
/// one load of at most 8 bytes, the most a consumer keeps per pair, so the
/// chunks lose nothing. The table stops at MaxReportedSize, as the
/// reported size does: a pair beyond the reported bytes would read memory
/// the record says it does not hold, and a large enum (a variant holding
/// an array) would otherwise make every record hundreds of words long.
constexpr uint64_t chunkCount(uint64_t SizeInBytes) {
  return (std::min(SizeInBytes, MaxReportedSize) + 7) / 8;
}
constexpr Pair chunk(uint64_t SizeInBytes, uint64_t Index) {
  uint64_t Size = std::min(SizeInBytes, MaxReportedSize);
  uint64_t Offset = Index * 8;
  return {Offset, std::min<uint64_t>(8, Size - Offset)};
}

/// The table of a complete struct or class with \p SizeInBits bits: calls
/// \p EmitMember(element, pair) for each reportable member in order, or,
/// for a Rust enum with data, \p EmitChunk(pair) for each byte chunk.
template <typename Range, typename ToElement, typename EmitMember,
          typename EmitChunk>
void forEachPair(const Range &Elements, uint64_t SizeInBits,
                 ToElement ToElem, EmitMember OnMember, EmitChunk OnChunk) {
  if (isVariantEnum(Elements, ToElem)) {
    uint64_t Size = bytes(SizeInBits);
    for (uint64_t I = 0, N = chunkCount(Size); I < N; ++I)
      OnChunk(chunk(Size, I));
    return;
  }
  for (const auto &X : Elements) {
    Element E = ToElem(X);
    if (isReportableMember(E))
      OnMember(X, memberPair(E));
  }
}

/// Whether forEachPair would produce at least one pair.
template <typename Range, typename ToElement>
bool hasPairs(const Range &Elements, uint64_t SizeInBits, ToElement ToElem) {
  for (const auto &X : Elements)
    if (isReportableMember(ToElem(X)))
      return true;
  return isVariantEnum(Elements, ToElem) && SizeInBits != 0;
}

} // namespace layout
} // namespace sancov_dataflow

#endif // SANCOV_DATAFLOW_LAYOUTRULES_H
