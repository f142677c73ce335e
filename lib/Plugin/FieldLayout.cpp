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
    if (!layout::isLookedThrough(D->getTag()))
      return Ty;
    Ty = D->getBaseType();
  }
  return Ty;
}

using layout::bytes;

/// A struct or class whose definition is in this module's debug info.
static const DICompositeType *getCompleteStruct(const DIType *Ty) {
  const auto *CT = dyn_cast_or_null<DICompositeType>(Ty);
  if (!CT || CT->isForwardDecl() || !layout::hasTableTag(CT->getTag()))
    return nullptr;
  return CT;
}

static bool isStringChar(const DIType *Ty) {
  const auto *B = dyn_cast_or_null<DIBasicType>(Ty);
  return B && layout::isStringChar(B->getTag(), B->getEncoding(),
                                   B->getSizeInBits(), B->getName());
}

/// An element of a DICompositeType as LayoutRules.h sees it.
static layout::Element toElement(const DINode *Node) {
  layout::Element E;
  if (!Node)
    return E;
  E.Tag = Node->getTag();
  if (const auto *Member = dyn_cast<DIDerivedType>(Node)) {
    E.IsStatic = Member->isStaticMember();
    E.OffsetInBits = Member->getOffsetInBits();
    E.SizeInBits = Member->getSizeInBits();
  }
  return E;
}

/// Whether the struct would get a non-empty table.
static bool hasFields(const DICompositeType *CT) {
  return layout::hasPairs(CT->getElements(), CT->getSizeInBits(), toElement);
}

DeclaredType classifyDeclaredType(const DIType *Ty) {
  DeclaredType Result;
  Ty = stripQualifiers(Ty);
  if (!Ty)
    return Result;
  Result.SizeInBytes = bytes(Ty->getSizeInBits());
  Result.AlignInBytes = Ty->getAlignInBytes();
  if (layout::isPointer(Ty->getTag())) {
    const DIType *Pointee =
        stripQualifiers(cast<DIDerivedType>(Ty)->getBaseType());
    if (const DICompositeType *CT = getCompleteStruct(Pointee);
        CT && hasFields(CT)) {
      Result.Kind = DeclaredType::PointerWithTable;
      Result.Struct = CT;
      Result.SizeInBytes = bytes(CT->getSizeInBits());
      return Result;
    }
    if (isStringChar(Pointee)) {
      Result.Kind = DeclaredType::PointerWithTable;
      Result.String = true;
      Result.SizeInBytes = layout::StringBytes;
      return Result;
    }
    Result.Kind = DeclaredType::Pointer;
    return Result;
  }
  if (layout::isAggregate(Ty->getTag())) {
    Result.Kind = DeclaredType::Aggregate;
    if (const DICompositeType *CT = getCompleteStruct(Ty); CT && hasFields(CT))
      Result.Struct = CT;
    return Result;
  }
  // Base types, enums, member pointers: reported by value.
  Result.Kind = DeclaredType::Scalar;
  return Result;
}

FieldList computeFields(const DICompositeType *CT) {
  FieldList Fields;
  auto Add = [&](layout::Pair P) { Fields.emplace_back(P.Offset, P.Size); };
  layout::forEachPair(
      CT->getElements(), CT->getSizeInBits(), toElement,
      [&](const DINode *, layout::Pair P) { Add(P); }, Add);
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

FieldTableBuilder::Table FieldTableBuilder::get(const DeclaredType &Decl) {
  if (Decl.String) {
    if (!StringTable.Array)
      StringTable = create({{0, layout::StringBytes}},
                           "__sancov_dataflow_string");
    return StringTable;
  }
  const DICompositeType *CT = Decl.Struct;
  if (!CT)
    return Table();
  auto [It, Inserted] = Cache.try_emplace(CT);
  if (!Inserted)
    return It->second;
  FieldList Fields = computeFields(CT);
  if (Fields.empty())
    return It->second;
  std::string Name = "__sancov_dataflow_fields";
  if (!CT->getName().empty())
    Name += ("." + CT->getName()).str();
  It->second = create(Fields, Name);
  return It->second;
}

FieldTableBuilder::Table
FieldTableBuilder::create(ArrayRef<std::pair<uint64_t, uint64_t>> Fields,
                          const Twine &Name) {
  SmallVector<uint64_t, 16> Words;
  if (TableForm == Form::CountedPairs)
    Words.push_back(Fields.size());
  for (auto [Offset, Size] : Fields) {
    Words.push_back(Offset);
    Words.push_back(Size);
  }
  Constant *Init = ConstantDataArray::get(M.getContext(), Words);
  auto *GV = new GlobalVariable(M, Init->getType(), /*isConstant=*/true,
                                GlobalValue::InternalLinkage, Init, Name);
  GV->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
  GV->setAlignment(Align(8));
  return {GV, static_cast<unsigned>(Fields.size())};
}

} // namespace sancov_dataflow
