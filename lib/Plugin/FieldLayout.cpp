//===-- FieldLayout.cpp - Declared types and field tables -----------------===//

#include "sancov-dataflow/FieldLayout.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/BinaryFormat/Dwarf.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/Module.h"

#include <algorithm>

using namespace llvm;

namespace sancov_dataflow {

static const DIType *stripQualifiers(const DIType *Ty) {
  while (const auto *D = dyn_cast_or_null<DIDerivedType>(Ty)) {
    switch (D->getTag()) {
    case dwarf::DW_TAG_typedef:
    case dwarf::DW_TAG_const_type:
    case dwarf::DW_TAG_volatile_type:
    case dwarf::DW_TAG_restrict_type:
    case dwarf::DW_TAG_atomic_type:
    case dwarf::DW_TAG_immutable_type:
      Ty = D->getBaseType();
      continue;
    default:
      return Ty;
    }
  }
  return Ty;
}

static uint64_t bytes(uint64_t Bits) { return (Bits + 7) / 8; }

/// A struct or class whose definition is in this module's debug info.
static const DICompositeType *getCompleteStruct(const DIType *Ty) {
  const auto *CT = dyn_cast_or_null<DICompositeType>(Ty);
  if (!CT || CT->isForwardDecl())
    return nullptr;
  if (CT->getTag() != dwarf::DW_TAG_structure_type &&
      CT->getTag() != dwarf::DW_TAG_class_type)
    return nullptr;
  return CT;
}

static bool isReportableMember(const DINode *Element) {
  const auto *Member = dyn_cast_or_null<DIDerivedType>(Element);
  return Member && Member->getTag() == dwarf::DW_TAG_member &&
         !Member->isStaticMember() && Member->getSizeInBits() != 0;
}

/// A Rust enum with data: a variant part and no member of its own. (DWARF
/// allows members beside a variant part, as Ada's variant records have;
/// such a struct keeps its member table.)
static bool isVariantEnum(const DICompositeType *CT) {
  bool HasVariantPart = false;
  for (const DINode *Element : CT->getElements()) {
    if (isReportableMember(Element))
      return false;
    if (const auto *Part = dyn_cast_or_null<DICompositeType>(Element);
        Part && Part->getTag() == dwarf::DW_TAG_variant_part)
      HasVariantPart = true;
  }
  return HasVariantPart;
}

/// Whether the struct would get a non-empty table.
static bool hasFields(const DICompositeType *CT) {
  if (llvm::any_of(CT->getElements(), isReportableMember))
    return true;
  return isVariantEnum(CT) && CT->getSizeInBits() != 0;
}

DeclaredType classifyDeclaredType(const DIType *Ty) {
  DeclaredType Result;
  Ty = stripQualifiers(Ty);
  if (!Ty)
    return Result;
  Result.SizeInBytes = bytes(Ty->getSizeInBits());
  Result.AlignInBytes = Ty->getAlignInBytes();
  switch (Ty->getTag()) {
  case dwarf::DW_TAG_pointer_type:
  case dwarf::DW_TAG_reference_type:
  case dwarf::DW_TAG_rvalue_reference_type: {
    const DIType *Pointee =
        stripQualifiers(cast<DIDerivedType>(Ty)->getBaseType());
    if (const DICompositeType *CT = getCompleteStruct(Pointee);
        CT && hasFields(CT)) {
      Result.Kind = DeclaredType::PointerToStruct;
      Result.Struct = CT;
      Result.SizeInBytes = bytes(CT->getSizeInBits());
      return Result;
    }
    Result.Kind = DeclaredType::Pointer;
    return Result;
  }
  case dwarf::DW_TAG_structure_type:
  case dwarf::DW_TAG_class_type:
  case dwarf::DW_TAG_union_type:
  case dwarf::DW_TAG_array_type:
    Result.Kind = DeclaredType::Aggregate;
    if (const DICompositeType *CT = getCompleteStruct(Ty); CT && hasFields(CT))
      Result.Struct = CT;
    return Result;
  default:
    // Base types, enums, member pointers: reported by value.
    Result.Kind = DeclaredType::Scalar;
    return Result;
  }
}

/// Which member of a Rust enum holds data depends on the variant, and the
/// table is constant: so it names bytes, not members. Each pair is read in
/// one load of at most 8 bytes, the most a consumer keeps per pair, so the
/// chunks lose nothing. The reported size is clamped to MaxReportedSize,
/// and so is the table: a pair beyond the reported bytes would read memory
/// the record says it does not hold, and a large enum (a variant holding
/// an array) would otherwise make every record hundreds of words long.
static FieldList computeChunks(const DICompositeType *CT) {
  FieldList Chunks;
  uint64_t Size = std::min(bytes(CT->getSizeInBits()), MaxReportedSize);
  for (uint64_t Offset = 0; Offset < Size; Offset += 8)
    Chunks.emplace_back(Offset, std::min<uint64_t>(8, Size - Offset));
  return Chunks;
}

FieldList computeFields(const DICompositeType *CT) {
  if (isVariantEnum(CT))
    return computeChunks(CT);
  FieldList Fields;
  for (const DINode *Element : CT->getElements()) {
    if (!isReportableMember(Element))
      continue;
    const auto *Member = cast<DIDerivedType>(Element);
    uint64_t SizeBits = Member->getSizeInBits();
    uint64_t OffsetBits = Member->getOffsetInBits();
    // A bitfield is widened to the bytes holding it, so no bit is lost and
    // the consumer needs no bit arithmetic.
    uint64_t First = OffsetBits / 8;
    uint64_t End = bytes(OffsetBits + SizeBits);
    Fields.emplace_back(First, End - First);
  }
  return Fields;
}

uint64_t membersEnd(const DeclaredType &Decl) {
  if (!Decl.Struct)
    return Decl.SizeInBytes;
  uint64_t End = 0;
  for (auto [Offset, Size] : computeFields(Decl.Struct))
    End = std::max(End, Offset + Size);
  return End;
}

FieldTableBuilder::Table FieldTableBuilder::get(const DICompositeType *CT) {
  auto [It, Inserted] = Cache.try_emplace(CT);
  if (!Inserted)
    return It->second;
  FieldList Fields = computeFields(CT);
  if (Fields.empty())
    return It->second;
  SmallVector<uint64_t, 16> Words;
  if (TableForm == Form::CountedPairs)
    Words.push_back(Fields.size());
  for (auto [Offset, Size] : Fields) {
    Words.push_back(Offset);
    Words.push_back(Size);
  }
  Constant *Init = ConstantDataArray::get(M.getContext(), Words);
  std::string Name = "__sancov_dataflow_fields";
  if (!CT->getName().empty())
    Name += ("." + CT->getName()).str();
  auto *GV = new GlobalVariable(M, Init->getType(), /*isConstant=*/true,
                                GlobalValue::PrivateLinkage, Init, Name);
  GV->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
  GV->setAlignment(Align(8));
  It->second = {GV, static_cast<unsigned>(Fields.size())};
  return It->second;
}

} // namespace sancov_dataflow
