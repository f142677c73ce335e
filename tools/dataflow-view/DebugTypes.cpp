//===-- DebugTypes.cpp - DWARF types as the viewer needs them -------------===//

#include "DebugTypes.h"

#include "sancov-dataflow/LayoutRules.h"

#include "llvm/BinaryFormat/Dwarf.h"
#include "llvm/DebugInfo/DWARF/DWARFFormValue.h"
#include "llvm/DebugInfo/DWARF/DWARFUnit.h"
#include "llvm/Support/LEB128.h"

#include <algorithm>
#include <tuple>

using namespace llvm;
namespace layout = sancov_dataflow::layout;

namespace dataflow_view {

/// Reference chains longer than this are treated as corrupt DWARF.
static constexpr unsigned MaxHops = 64;

DWARFDie stripQualifiers(DWARFDie D) {
  for (unsigned Hop = 0; D && Hop < MaxHops; ++Hop) {
    if (!sancov_dataflow::layout::isLookedThrough(D.getTag()))
      return D;
    D = D.resolveReferencedType(dwarf::DW_AT_type);
  }
  return DWARFDie();
}

const TypeDesc *FieldDesc::type() const {
  if (!Type)
    Type = Owner->get(TypeDie);
  return Type;
}

const TypeDesc *VariantDesc::type() const {
  if (!Type)
    Type = Owner->get(TypeDie);
  return Type;
}

const TypeDesc *TypeDesc::target() const {
  if (!TargetResolved) {
    TargetResolved = true;
    Target = Owner ? Owner->get(TargetDie) : nullptr;
  }
  return Target;
}

/// Whether the plugin builds a non-empty table for this struct: one of
/// members, or of byte chunks for a Rust enum (fillStruct applies
/// LayoutRules.h).
static bool hasTable(const TypeDesc &T) {
  return T.Kind == TypeDesc::Struct && T.Complete &&
         (!T.Fields.empty() || T.enumChunks() != 0);
}

TypeDesc::ReportKind TypeDesc::reportKind() const {
  if (Kind == Pointer) {
    const TypeDesc *P = target();
    if (P && hasTable(*P))
      return PointerToStruct;
    if (P && P->Kind == Char)
      return PointerToString;
    return Scalar;
  }
  if (hasTable(*this))
    return StructByValue;
  return Scalar;
}

const TypeDesc *TypeDesc::tabledStruct() const {
  switch (reportKind()) {
  case PointerToStruct:
    return target();
  case StructByValue:
    return this;
  case PointerToString:
  case Scalar:
    break;
  }
  return nullptr;
}

const TypeDesc *TypeTable::typeOf(DWARFDie D) {
  // A parameter's or subprogram's type may live on the DIE it refers to
  // (an out-of-line copy of an inlined function, a C++ method definition).
  for (unsigned Hop = 0; D && Hop < MaxHops; ++Hop) {
    if (D.find(dwarf::DW_AT_type))
      return get(D.resolveReferencedType(dwarf::DW_AT_type));
    DWARFDie Next =
        D.getAttributeValueAsReferencedDie(dwarf::DW_AT_abstract_origin);
    if (!Next)
      Next = D.getAttributeValueAsReferencedDie(dwarf::DW_AT_specification);
    D = Next;
  }
  return &VoidDesc;
}

/// DW_AT_data_member_location as a constant or a DW_OP_plus_uconst /
/// DW_OP_constu expression (DWARF 2 producers).
static uint64_t memberLocation(DWARFDie M) {
  std::optional<DWARFFormValue> V = M.find(dwarf::DW_AT_data_member_location);
  if (!V)
    return 0;
  if (std::optional<uint64_t> C = V->getAsUnsignedConstant())
    return *C;
  if (std::optional<ArrayRef<uint8_t>> B = V->getAsBlock())
    if (B->size() >= 2 &&
        ((*B)[0] == dwarf::DW_OP_plus_uconst || (*B)[0] == dwarf::DW_OP_constu))
      return decodeULEB128(B->data() + 1, nullptr, B->end());
  return 0;
}

/// A subrange with a constant element count: not a flexible or
/// variable-length array.
static bool hasConstantBound(DWARFDie Sub) {
  std::optional<DWARFFormValue> Count = Sub.find(dwarf::DW_AT_count);
  if (Count && Count->getAsUnsignedConstant())
    return true;
  std::optional<DWARFFormValue> Upper = Sub.find(dwarf::DW_AT_upper_bound);
  return Upper && Upper->getAsSignedConstant();
}

uint64_t TypeTable::sizeOf(DWARFDie D) {
  D = stripQualifiers(D);
  if (!D)
    return 0;
  // A flexible array member has no bytes in its struct (the plugin skips
  // it), where getTypeSize counts one element.
  if (D.getTag() == dwarf::DW_TAG_array_type && !D.find(dwarf::DW_AT_byte_size))
    for (DWARFDie Sub : D.children())
      if (Sub.getTag() == dwarf::DW_TAG_subrange_type && !hasConstantBound(Sub))
        return 0;
  return D.getTypeSize(AddressSize).value_or(0);
}

/// A child of a struct DIE as LayoutRules.h sees it. Static members are
/// DWARF 4 DW_TAG_member with DW_AT_external or DW_AT_declaration (DWARF 5
/// uses DW_TAG_variable). \p BitField tells whether it has DW_AT_bit_size.
layout::Element TypeTable::elementOf(DWARFDie M, bool *BitField) {
  layout::Element E;
  E.Tag = M.getTag();
  if (E.Tag != dwarf::DW_TAG_member)
    return E;
  E.IsStatic =
      M.find(dwarf::DW_AT_external) || M.find(dwarf::DW_AT_declaration);
  if (E.IsStatic)
    return E;
  DWARFDie MT = M.resolveReferencedType(dwarf::DW_AT_type);
  uint64_t Loc = memberLocation(M);
  E.OffsetInBits = Loc * 8;
  std::optional<uint64_t> BitSize =
      dwarf::toUnsigned(M.find(dwarf::DW_AT_bit_size));
  if (BitField)
    *BitField = BitSize.has_value();
  if (!BitSize) {
    E.SizeInBits = sizeOf(MT) * 8;
    return E;
  }
  E.SizeInBits = *BitSize;
  if (std::optional<uint64_t> DBO =
          dwarf::toUnsigned(M.find(dwarf::DW_AT_data_bit_offset))) {
    E.OffsetInBits = *DBO;
  } else if (std::optional<uint64_t> BO =
                 dwarf::toUnsigned(M.find(dwarf::DW_AT_bit_offset))) {
    // DWARF 2/3: counted from the most significant bit of a storage unit
    // of DW_AT_byte_size bytes (little-endian targets only).
    uint64_t Unit =
        dwarf::toUnsigned(M.find(dwarf::DW_AT_byte_size)).value_or(sizeOf(MT));
    if (Unit * 8 >= *BO + E.SizeInBits)
      E.OffsetInBits = Loc * 8 + Unit * 8 - *BO - E.SizeInBits;
  }
  return E;
}

void TypeTable::fillStruct(TypeDesc &T, DWARFDie D) {
  T.Complete = !dwarf::toUnsigned(D.find(dwarf::DW_AT_declaration)).value_or(0);
  if (!T.Complete)
    return;
  auto ToElement = [&](DWARFDie M) { return elementOf(M, nullptr); };
  auto OnMember = [&](DWARFDie M, layout::Pair P) {
    bool BitField = false;
    layout::Element E = elementOf(M, &BitField);
    FieldDesc F;
    const char *Name = M.getShortName();
    F.Name = Name && *Name ? Name : "<anon>";
    F.TypeDie = M.resolveReferencedType(dwarf::DW_AT_type);
    F.Owner = this;
    F.Offset = P.Offset;
    F.Size = P.Size;
    if (BitField) {
      F.BitShift = E.OffsetInBits % 8;
      F.BitWidth = E.SizeInBits;
    }
    T.Fields.push_back(F);
    // The RFC compiler: SizeInBits / 8 bytes at OffsetInBits / 8, so a
    // bitfield narrower than a byte has size 0 and is dropped.
    if (E.SizeInBits / 8) {
      FieldDesc R = F;
      R.Size = E.SizeInBits / 8;
      R.BitShift = R.BitWidth = 0;
      R.Partial = BitField;
      T.RfcFields.push_back(R);
    }
  };
  auto OnChunk = [&](layout::Pair) { ++T.Chunks; };
  layout::forEachPair(D.children(), T.Size * 8, ToElement, OnMember, OnChunk);
}

static bool isRustUnit(DWARFDie D) {
  DWARFUnit *U = D.getDwarfUnit();
  if (!U)
    return false;
  return dwarf::toUnsigned(U->getUnitDIE().find(dwarf::DW_AT_language))
             .value_or(0) == dwarf::DW_LANG_Rust;
}

/// A variant's DW_AT_discr_value, as the raw bits of the discriminant: low
/// and high 64 bits. A discriminant wider than 8 bytes has a block value
/// (its bytes, little-endian on the targets supported).
static std::optional<std::pair<uint64_t, uint64_t>>
discrValue(DWARFDie V, uint64_t DiscrSize) {
  std::optional<DWARFFormValue> F = V.find(dwarf::DW_AT_discr_value);
  if (!F)
    return std::nullopt;
  uint64_t Lo = 0, Hi = 0;
  if (F->getForm() == dwarf::DW_FORM_sdata) {
    int64_t S = F->getAsSignedConstant().value_or(0);
    Lo = static_cast<uint64_t>(S);
    Hi = S < 0 ? ~uint64_t(0) : 0;
  } else if (std::optional<uint64_t> U = F->getAsUnsignedConstant()) {
    Lo = *U;
  } else if (std::optional<ArrayRef<uint8_t>> B = F->getAsBlock();
             B && B->size() <= 16) {
    for (size_t I = 0; I < B->size(); ++I)
      (I < 8 ? Lo : Hi) |= uint64_t((*B)[I]) << (8 * (I % 8));
  } else {
    return std::nullopt;
  }
  auto Mask = [](uint64_t Bytes) {
    return Bytes >= 8 ? ~uint64_t(0) : (uint64_t(1) << (8 * Bytes)) - 1;
  };
  if (DiscrSize) {
    Lo &= Mask(DiscrSize);
    Hi = DiscrSize > 8 ? Hi & Mask(DiscrSize - 8) : 0;
  }
  return std::make_pair(Lo, Hi);
}

// Rust shapes: slices and trait objects are fat pointers that rustc
// describes as structs (`&[u8]` {data_ptr, length}, `&dyn Trait` {pointer,
// vtable}); enums with data are structs holding a DW_TAG_variant_part whose
// DW_AT_discr names the (artificial) discriminant member and whose
// DW_TAG_variant children each hold one member, the variant's payload
// struct. Fields stay as the plugin's member rules make them (empty for an
// enum, whose table is made of byte chunks: enumChunks()).
void TypeTable::fillRust(TypeDesc &T, DWARFDie D) {
  if (!isRustUnit(D))
    return;
  T.RustShape = TypeDesc::RustStruct;
  auto Named = [&](size_t I, StringRef N) {
    return I < T.Fields.size() && T.Fields[I].Name == N;
  };
  if (T.Fields.size() == 2 && Named(0, "data_ptr") && Named(1, "length")) {
    T.RustShape = TypeDesc::Slice;
    return;
  }
  if (T.Fields.size() == 2 && Named(0, "pointer") && Named(1, "vtable") &&
      T.Name.find("dyn ") != std::string::npos) {
    T.RustShape = TypeDesc::DynRef;
    return;
  }
  for (DWARFDie Part : D.children()) {
    if (Part.getTag() != dwarf::DW_TAG_variant_part)
      continue;
    T.RustShape = TypeDesc::VariantEnum;
    if (DWARFDie Discr =
            Part.getAttributeValueAsReferencedDie(dwarf::DW_AT_discr)) {
      T.HasDiscr = true;
      T.DiscrOffset = memberLocation(Discr);
      T.DiscrSize = sizeOf(Discr.resolveReferencedType(dwarf::DW_AT_type));
    }
    for (DWARFDie V : Part.children()) {
      if (V.getTag() != dwarf::DW_TAG_variant)
        continue;
      VariantDesc VD;
      VD.Owner = this;
      if (auto DV = discrValue(V, T.DiscrSize)) {
        VD.HasDiscrValue = true;
        std::tie(VD.DiscrValue, VD.DiscrValueHigh) = *DV;
      }
      for (DWARFDie M : V.children()) {
        if (M.getTag() != dwarf::DW_TAG_member)
          continue;
        const char *N = M.getShortName();
        VD.Name = N ? N : "?";
        VD.TypeDie = M.resolveReferencedType(dwarf::DW_AT_type);
        break;
      }
      T.Variants.push_back(std::move(VD));
    }
    return;
  }
}

void TypeTable::fillEnum(TypeDesc &T, DWARFDie D) {
  DWARFDie Under = stripQualifiers(D.resolveReferencedType(dwarf::DW_AT_type));
  if (Under)
    if (std::optional<uint64_t> Enc =
            dwarf::toUnsigned(Under.find(dwarf::DW_AT_encoding)))
      T.EnumSigned =
          *Enc == dwarf::DW_ATE_signed || *Enc == dwarf::DW_ATE_signed_char;
  uint64_t Mask = T.Size >= 8 || T.Size == 0
                      ? ~uint64_t(0)
                      : (uint64_t(1) << (8 * T.Size)) - 1;
  for (DWARFDie E : D.children()) {
    if (E.getTag() != dwarf::DW_TAG_enumerator)
      continue;
    std::optional<DWARFFormValue> V = E.find(dwarf::DW_AT_const_value);
    if (!V)
      continue;
    uint64_t Raw;
    if (V->getForm() == dwarf::DW_FORM_sdata) {
      int64_t S = V->getAsSignedConstant().value_or(0);
      if (S < 0)
        T.EnumSigned = true;
      Raw = static_cast<uint64_t>(S);
    } else {
      Raw = V->getAsUnsignedConstant().value_or(0);
    }
    const char *Name = E.getShortName();
    T.Enumerators.emplace_back(Raw & Mask, Name ? Name : "?");
  }
}

const TypeDesc *TypeTable::opaquePointer() {
  if (!OpaquePointerDesc.Owner) {
    OpaquePointerDesc.Kind = TypeDesc::Pointer;
    OpaquePointerDesc.Size = AddressSize;
    OpaquePointerDesc.Owner = this;
  }
  return &OpaquePointerDesc;
}

const TypeDesc *TypeTable::get(DWARFDie D) {
  D = stripQualifiers(D);
  if (!D)
    return &VoidDesc;
  auto [It, Inserted] = Cache.try_emplace(D.getDebugInfoEntry(), nullptr);
  if (!Inserted)
    return It->second;
  TypeDesc &T = Storage.emplace_back();
  It->second = &T;
  T.Owner = this;
  if (const char *N = D.getShortName())
    T.Name = N;
  T.Size = sizeOf(D);
  // The plugin's classes first (LayoutRules.h): one pointer level, and the
  // composite types that get a table.
  if (layout::isPointer(D.getTag())) {
    T.Kind = TypeDesc::Pointer;
    T.IsReference = D.getTag() != dwarf::DW_TAG_pointer_type;
    T.TargetDie = D.resolveReferencedType(dwarf::DW_AT_type);
    return &T;
  }
  if (layout::hasTableTag(D.getTag())) {
    T.Kind = TypeDesc::Struct;
    fillStruct(T, D);
    if (T.Complete)
      fillRust(T, D);
    return &T;
  }
  switch (D.getTag()) {
  case dwarf::DW_TAG_base_type: {
    uint64_t Enc = dwarf::toUnsigned(D.find(dwarf::DW_AT_encoding)).value_or(0);
    T.BitSize = dwarf::toUnsigned(D.find(dwarf::DW_AT_bit_size)).value_or(0);
    switch (Enc) {
    case dwarf::DW_ATE_signed:
      T.Kind = TypeDesc::Signed;
      break;
    case dwarf::DW_ATE_boolean:
      T.Kind = TypeDesc::Bool;
      break;
    case dwarf::DW_ATE_signed_char:
    case dwarf::DW_ATE_unsigned_char:
      // Only plain char is text (a pointer to it is a C string).
      T.Kind = layout::isStringChar(D.getTag(), Enc, 8 * T.Size, T.Name)
                   ? TypeDesc::Char
               : Enc == dwarf::DW_ATE_signed_char ? TypeDesc::Signed
                                                  : TypeDesc::Unsigned;
      break;
    case dwarf::DW_ATE_UTF:
      T.Kind = TypeDesc::UTF;
      break;
    case dwarf::DW_ATE_float:
    case dwarf::DW_ATE_complex_float:
      T.Kind = Enc == dwarf::DW_ATE_float ? TypeDesc::Float : TypeDesc::Complex;
      // Only long double is x87 (__float128 is IEEE quad on x86 too).
      T.X87 = X87 && T.Name.find("long double") != std::string::npos;
      break;
    default:
      T.Kind = TypeDesc::Unsigned;
      break;
    }
    break;
  }
  case dwarf::DW_TAG_enumeration_type:
    T.Kind = TypeDesc::Enum;
    fillEnum(T, D);
    break;
  case dwarf::DW_TAG_union_type:
    T.Kind = TypeDesc::Union;
    break;
  case dwarf::DW_TAG_array_type: {
    T.Kind = TypeDesc::Array;
    T.TargetDie = D.resolveReferencedType(dwarf::DW_AT_type);
    uint64_t Elem = sizeOf(T.TargetDie);
    T.Count = Elem ? T.Size / Elem : 0;
    break;
  }
  case dwarf::DW_TAG_subroutine_type:
    T.Kind = TypeDesc::Function;
    break;
  default:
    T.Kind = TypeDesc::Other;
    break;
  }
  return &T;
}

} // namespace dataflow_view
