//===-- DebugTypes.h - DWARF types as the viewer needs them -----*- C++ -*-===//
//
// A small, lazily built view of DWARF types: enough to know how many value
// words a record of that type carries, to name struct fields in exactly
// the order of the plugin's {offset, size} tables (both apply the rules of
// sancov-dataflow/LayoutRules.h), and to print values by their encoding.
//
// Everything is resolved on demand and cached per DIE, because eagerly
// following pointers from one kernel struct reaches most of vmlinux.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_VIEW_DEBUGTYPES_H
#define DATAFLOW_VIEW_DEBUGTYPES_H

#include "llvm/ADT/DenseMap.h"
#include "llvm/DebugInfo/DWARF/DWARFDie.h"

#include "sancov-dataflow/LayoutRules.h"

#include <cstdint>
#include <deque>
#include <string>
#include <vector>

namespace dataflow_view {

class TypeTable;
struct TypeDesc;

/// One entry of a field table: the {byte offset, byte size} pair the plugin
/// passes, plus what is needed to print the member.
struct FieldDesc {
  std::string Name;
  uint64_t Offset = 0; ///< Bytes from the start of the struct.
  uint64_t Size = 0;   ///< Bytes, bitfields widened to the bytes holding them.
  /// Bitfields: the member's first bit relative to Offset, and its width.
  uint64_t BitShift = 0, BitWidth = 0;
  /// RFC tables only: a bitfield read as SizeInBits / 8 whole bytes, which
  /// does not hold the whole member; printed raw.
  bool Partial = false;
  llvm::DWARFDie TypeDie;
  const TypeDesc *type() const;
  TypeTable *Owner = nullptr;
  mutable const TypeDesc *Type = nullptr;
};

/// One variant of a Rust enum (a DW_TAG_variant_part): its discriminant
/// value (none for the dataful variant of a niche-optimised enum, and for
/// the only variant of an enum without discriminant) and the struct that
/// describes its payload (DW_TAG_member of the variant).
struct VariantDesc {
  std::string Name;
  bool HasDiscrValue = false;
  /// The discriminant value's bits 0..63 and, for a discriminant wider than
  /// 8 bytes (rustc gives Option<u128> a u128 tag), bits 64..127.
  uint64_t DiscrValue = 0, DiscrValueHigh = 0;
  llvm::DWARFDie TypeDie;
  const TypeDesc *type() const;
  TypeTable *Owner = nullptr;
  mutable const TypeDesc *Type = nullptr;
};

struct TypeDesc {
  enum KindTy {
    Void,     ///< No type (void return, void pointee).
    Signed,   ///< DW_ATE_signed and anything signed but char.
    Unsigned, ///< DW_ATE_unsigned, and address-like encodings.
    Bool,
    Char, ///< DW_ATE_signed_char / unsigned_char.
    UTF,  ///< char8_t/char16_t/char32_t.
    Float,
    Complex, ///< DW_ATE_complex_float: two Floats of Size / 2 bytes.
    Enum,
    Pointer, ///< Pointers and C++ references.
    Struct,  ///< structure_type / class_type.
    Union,
    Array,
    Function,
    Other,
  };
  KindTy Kind = Void;
  uint64_t Size = 0;
  std::string Name;
  bool IsReference = false;
  /// Float, Complex: a long double in the x87 80-bit format.
  bool X87 = false;
  /// Signed, Unsigned: the bits that count (DW_AT_bit_size of `_BitInt(N)`),
  /// 0 when all of Size's do.
  uint64_t BitSize = 0;
  /// Struct: a definition, not a declaration (DW_AT_declaration).
  bool Complete = false;
  /// Enum: enumerator values (as raw bits) and names; signedness of values.
  std::vector<std::pair<uint64_t, std::string>> Enumerators;
  bool EnumSigned = false;
  /// Struct: the table as this plugin builds it, and as the RFC compiler
  /// built it (member sizes SizeInBits / 8, so sub-byte bitfields vanish).
  std::vector<FieldDesc> Fields, RfcFields;
  /// Array: element count (0 if unknown) and element type.
  uint64_t Count = 0;

  /// Struct, Rust: what the viewer can say beyond the table. Variant parts
  /// are not members (as in the plugin), so Fields stays empty for an enum;
  /// its table is the byte chunks of enumChunks().
  enum RustShapeTy {
    NotRust,
    RustStruct,  ///< A struct of a Rust compile unit.
    Slice,       ///< Fat pointer to a slice or str: data_ptr, length.
    DynRef,      ///< Fat pointer to a trait object: pointer, vtable.
    VariantEnum, ///< Has a DW_TAG_variant_part: see Variants.
  };
  RustShapeTy RustShape = NotRust;
  /// Enum: the discriminant (DW_AT_discr) if there is one (at most 16
  /// bytes are decoded), and the variants in DWARF order.
  bool HasDiscr = false;
  uint64_t DiscrOffset = 0, DiscrSize = 0;
  std::vector<VariantDesc> Variants;

  /// A struct with a variant part and no members of its own (a Rust enum):
  /// how many byte-chunk pairs the plugin's table has (LayoutRules.h); 0
  /// for other types, which have no chunk table.
  uint64_t enumChunks() const { return Chunks; }
  uint64_t Chunks = 0;

  /// Pointer: the pointee with typedefs and qualifiers stripped (Void for
  /// void *). Array: the element type.
  const TypeDesc *target() const;

  /// What the plugin's classifyDeclaredType decides for a parameter or
  /// return value of this type.
  enum ReportKind { Scalar, PointerToStruct, PointerToString, StructByValue };
  ReportKind reportKind() const;
  /// The struct whose table a record of this type carries (PointerToStruct
  /// or StructByValue), else null (a C string's table names no members).
  const TypeDesc *tabledStruct() const;

  llvm::DWARFDie TargetDie;
  TypeTable *Owner = nullptr;
  mutable const TypeDesc *Target = nullptr;
  mutable bool TargetResolved = false;
};

/// Builds TypeDescs for the DIEs of one DWARFContext.
class TypeTable {
public:
  /// X87: the target's long double is the x87 80-bit format (x86).
  TypeTable(unsigned AddressSize, bool X87)
      : AddressSize(AddressSize), X87(X87) {}
  /// The type a DIE's DW_AT_type names (through abstract origins and
  /// specifications), with typedefs and qualifiers stripped.
  const TypeDesc *typeOf(llvm::DWARFDie D);
  /// The type of a type DIE itself; an invalid DIE is void.
  const TypeDesc *get(llvm::DWARFDie D);
  const TypeDesc *voidType() { return &VoidDesc; }
  /// A pointer shown as its address only (void *).
  const TypeDesc *opaquePointer();

private:
  void fillStruct(TypeDesc &T, llvm::DWARFDie D);
  sancov_dataflow::layout::Element elementOf(llvm::DWARFDie M, bool *BitField);
  void fillEnum(TypeDesc &T, llvm::DWARFDie D);
  void fillRust(TypeDesc &T, llvm::DWARFDie D);
  uint64_t sizeOf(llvm::DWARFDie D);

  unsigned AddressSize;
  bool X87;
  TypeDesc VoidDesc, OpaquePointerDesc;
  llvm::DenseMap<const llvm::DWARFDebugInfoEntry *, TypeDesc *> Cache;
  std::deque<TypeDesc> Storage;
};

/// Typedefs, cv- and other qualifiers are looked through
/// (layout::isLookedThrough).
llvm::DWARFDie stripQualifiers(llvm::DWARFDie D);

} // namespace dataflow_view

#endif // DATAFLOW_VIEW_DEBUGTYPES_H
