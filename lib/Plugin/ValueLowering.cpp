//===-- ValueLowering.cpp - Values to ABI A callback operands -------------===//

#include "sancov-dataflow/ValueLowering.h"

#include "llvm/IR/DataLayout.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"

#include <algorithm>

using namespace llvm;

namespace sancov_dataflow {

ValueLowering::ValueLowering(Function &F, FieldTableBuilder &Tables,
                             bool SlotsAllowed)
    : F(F), DL(F.getParent()->getDataLayout()), Tables(Tables),
      SlotsAllowed(SlotsAllowed) {}

AllocaInst *ValueLowering::slot(uint64_t Size, Align A) {
  if (!SlotsAllowed)
    return nullptr;
  if (!Slot) {
    BasicBlock &Entry = F.getEntryBlock();
    // At the very top of the entry block, so it stays a static alloca.
    IRBuilder<> AllocaIRB(&Entry, Entry.begin());
    Slot = AllocaIRB.CreateAlloca(AllocaIRB.getInt8Ty(), DL.getAllocaAddrSpace(),
                                  nullptr, "sancov_dataflow.slot");
  }
  SlotSize = std::max(SlotSize, Size);
  SlotAlign = std::max(SlotAlign, A);
  return Slot;
}

void ValueLowering::finalize() {
  if (!Slot)
    return;
  Slot->setAllocatedType(
      ArrayType::get(Type::getInt8Ty(F.getContext()), SlotSize));
  Slot->setAlignment(SlotAlign);
}

FieldTableBuilder::Table ValueLowering::tableFor(const DeclaredType &Decl) {
  return Decl.Struct ? Tables.get(Decl.Struct) : FieldTableBuilder::Table();
}

static uint64_t clampSize(uint64_t Size) {
  return std::min(Size, MaxReportedSize);
}

Report ValueLowering::inMemory(const DeclaredType &Decl,
                               const ValueLocation &Loc) {
  Report R;
  R.Ptr = Loc.V;
  switch (Decl.Kind) {
  case DeclaredType::Aggregate:
    R.Size = Decl.SizeInBytes;
    R.Table = tableFor(Decl);
    break;
  case DeclaredType::Pointer:
  case DeclaredType::PointerToStruct:
    // The memory holds the pointer; report its value, not the pointee.
    R.Size = DL.getPointerSize();
    break;
  case DeclaredType::Scalar:
    R.Size = Decl.SizeInBytes;
    break;
  case DeclaredType::Unknown:
    R.Size = Loc.MemSizeInBytes;
    break;
  }
  if (R.Size == 0)
    return Report();
  R.Size = clampSize(R.Size);
  return R;
}

Report ValueLowering::direct(IRBuilder<> &IRB, const DeclaredType &Decl,
                             Value *V) {
  Type *Ty = V->getType();
  if (Ty->isPointerTy()) {
    switch (Decl.Kind) {
    case DeclaredType::PointerToStruct: {
      Report R;
      R.Ptr = V;
      R.Size = clampSize(Decl.SizeInBytes);
      R.Table = tableFor(Decl);
      return R;
    }
    case DeclaredType::Pointer:
    case DeclaredType::Unknown: {
      Report R;
      R.Ptr = V;
      R.Size = DL.getTypeStoreSize(Ty);
      return R;
    }
    case DeclaredType::Aggregate:
      // A pointer cannot hold an aggregate larger than itself: it is the
      // address of the aggregate (an indirect argument), not a coerced copy.
      if (Decl.SizeInBytes > DL.getTypeStoreSize(Ty))
        return inMemory(Decl, ValueLocation::inMemory(V));
      break;
    case DeclaredType::Scalar:
      break;
    }
  }
  TypeSize StoreSize = DL.getTypeStoreSize(Ty);
  if (StoreSize.isScalable() || !Ty->isSized())
    return Report();
  uint64_t ValueSize = StoreSize.getFixedValue();
  // An aggregate coerced into registers is laid out like the declared type,
  // trailing padding included, so the slot is sized by the declared type.
  bool AsAggregate = Decl.Kind == DeclaredType::Aggregate;
  uint64_t ReportSize = AsAggregate && Decl.SizeInBytes ? Decl.SizeInBytes
                                                        : ValueSize;
  Align A = std::max(DL.getABITypeAlign(Ty), Align(Decl.AlignInBytes
                                                       ? Decl.AlignInBytes
                                                       : 1));
  AllocaInst *S = slot(std::max(ReportSize, ValueSize), A);
  if (!S)
    return Report();
  IRB.CreateAlignedStore(V, S, DL.getABITypeAlign(Ty));
  Report R;
  R.Ptr = S;
  R.Size = clampSize(ReportSize);
  if (AsAggregate)
    R.Table = tableFor(Decl);
  return R;
}

Report ValueLowering::pieces(IRBuilder<> &IRB, const DeclaredType &Decl,
                             const ValueLocation &Loc) {
  uint64_t End = 0, Covered = 0;
  Align A(Decl.AlignInBytes ? Decl.AlignInBytes : 1);
  for (const ValueLocation::Piece &P : Loc.PieceList) {
    uint64_t Size = DL.getTypeStoreSize(P.V->getType());
    End = std::max(End, P.ByteOffset + Size);
    Covered += Size;
    A = std::max(A, DL.getABITypeAlign(P.V->getType()));
  }
  uint64_t Size = std::max(Decl.SizeInBytes, End);
  AllocaInst *S = slot(Size, A);
  if (!S)
    return Report();
  // A piece the optimiser dropped reads as zero rather than stale stack.
  if (Covered < Size)
    IRB.CreateAlignedStore(
        Constant::getNullValue(ArrayType::get(IRB.getInt8Ty(), Size)), S,
        Align(1));
  for (const ValueLocation::Piece &P : Loc.PieceList) {
    Value *Addr = IRB.CreateConstInBoundsGEP1_64(IRB.getInt8Ty(), S,
                                                 P.ByteOffset);
    IRB.CreateAlignedStore(P.V, Addr,
                           commonAlignment(A, P.ByteOffset));
  }
  Report R;
  R.Ptr = S;
  R.Size = clampSize(Decl.SizeInBytes ? Decl.SizeInBytes : End);
  if (Decl.Kind == DeclaredType::Aggregate)
    R.Table = tableFor(Decl);
  return R;
}

Report ValueLowering::lower(IRBuilder<> &IRB, const DeclaredType &Decl,
                            const ValueLocation &Loc) {
  switch (Loc.Kind) {
  case ValueLocation::Missing:
    return Report();
  case ValueLocation::InMemory:
    return inMemory(Decl, Loc);
  case ValueLocation::Direct:
    return direct(IRB, Decl, Loc.V);
  case ValueLocation::Pieces:
    return pieces(IRB, Decl, Loc);
  }
  return Report();
}

} // namespace sancov_dataflow
