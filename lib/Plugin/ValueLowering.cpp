//===-- ValueLowering.cpp - Values to ABI A callback operands -------------===//

#include "sancov-dataflow/ValueLowering.h"

#include "llvm/IR/DataLayout.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"

#include "llvm/ADT/STLExtras.h"

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
    Slot =
        AllocaIRB.CreateAlloca(AllocaIRB.getInt8Ty(), DL.getAllocaAddrSpace(),
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
  uint64_t ReportSize = ValueSize;
  if (AsAggregate && Decl.SizeInBytes)
    ReportSize = Decl.SizeInBytes;
  else if (Decl.Kind == DeclaredType::Scalar && Decl.SizeInBytes)
    // A wider value can hold a narrower parameter (a truncation described
    // in DWARF); never report bytes the parameter does not have.
    ReportSize = std::min(ValueSize, Decl.SizeInBytes);
  Align A = std::max(DL.getABITypeAlign(Ty),
                     Align(Decl.AlignInBytes ? Decl.AlignInBytes : 1));
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
  // One store per distinct (value, offset); a value holding several pieces
  // (an i64 described as two int fields) is stored once. Stores go in
  // ascending offset order, and a store must not overwrite a piece stored
  // before it: a value wider than its piece writes beyond the piece.
  struct Store {
    uint64_t Offset, Size;
    Value *V;
  };
  SmallVector<Store, 4> Stores;
  for (const ValueLocation::Piece &P : Loc.PieceList) {
    bool Seen = false;
    for (const Store &S : Stores)
      Seen |= S.V == P.V && S.Offset == P.StoreOffset;
    if (!Seen)
      Stores.push_back(
          {P.StoreOffset, DL.getTypeStoreSize(P.V->getType()), P.V});
  }
  llvm::stable_sort(Stores, [](const Store &A, const Store &B) {
    return A.Offset < B.Offset;
  });
  uint64_t End = 0, Described = 0;
  Align A(Decl.AlignInBytes ? Decl.AlignInBytes : 1);
  for (const ValueLocation::Piece &P : Loc.PieceList) {
    Described += P.ByteSize;
    bool After = false;
    for (const Store &S : Stores) {
      if (S.V == P.V && S.Offset == P.StoreOffset) {
        After = true;
        continue;
      }
      if (After && S.Offset < P.ByteOffset + P.ByteSize &&
          P.ByteOffset < S.Offset + S.Size)
        return Report(); // Cannot be laid out with whole-value stores.
    }
  }
  for (const Store &S : Stores) {
    End = std::max(End, S.Offset + S.Size);
    A = std::max(A, DL.getABITypeAlign(S.V->getType()));
  }
  uint64_t ReportSize = Decl.SizeInBytes ? Decl.SizeInBytes : End;
  AllocaInst *Slot = slot(std::max(ReportSize, End), A);
  if (!Slot)
    return Report();
  // Bytes no debug record describes (padding, a field the optimiser found
  // dead) read as zero rather than as stale stack contents.
  if (Described < ReportSize)
    IRB.CreateAlignedStore(
        Constant::getNullValue(ArrayType::get(IRB.getInt8Ty(), ReportSize)),
        Slot, Align(1));
  for (const Store &S : Stores) {
    Value *Addr =
        IRB.CreateConstInBoundsGEP1_64(IRB.getInt8Ty(), Slot, S.Offset);
    IRB.CreateAlignedStore(S.V, Addr, commonAlignment(A, S.Offset));
  }
  Report R;
  R.Ptr = Slot;
  R.Size = clampSize(ReportSize);
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
