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
  return Tables.get(Decl);
}

bool ValueLowering::isGenericOrStack(unsigned AddrSpace) const {
  return AddrSpace == 0 || AddrSpace == DL.getAllocaAddrSpace();
}

Value *ValueLowering::asCallbackPointer(IRBuilder<> &IRB, Value *Ptr) const {
  auto *PtrTy = PointerType::getUnqual(F.getContext());
  unsigned AS = Ptr->getType()->getPointerAddressSpace();
  if (AS == 0)
    return Ptr;
  // The stack is reachable through generic pointers (GPU private memory is
  // cast to the flat space); other spaces keep their bits only.
  if (AS == DL.getAllocaAddrSpace())
    return IRB.CreateAddrSpaceCast(Ptr, PtrTy);
  return IRB.CreateIntToPtr(
      IRB.CreatePtrToInt(Ptr, DL.getIntPtrType(Ptr->getType())), PtrTy);
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
  case DeclaredType::PointerWithTable:
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

/// V in a form every backend can store: some (s390x, powerpc) cannot store
/// bfloat, so its bits are stored as an integer of the same width.
static Value *storable(IRBuilder<> &IRB, const DataLayout &DL, Value *V) {
  Type *Ty = V->getType();
  if (!Ty->getScalarType()->isBFloatTy())
    return V;
  TypeSize Bits = DL.getTypeSizeInBits(Ty);
  if (Bits.isScalable())
    return V;
  return IRB.CreateBitCast(V, IRB.getIntNTy(Bits.getFixedValue()));
}

Report ValueLowering::direct(IRBuilder<> &IRB, const DeclaredType &Decl,
                             Value *V) {
  Type *Ty = V->getType();
  // A pointer into another address space (x86 __seg_gs, a GPU's local
  // memory) means nothing to the callback, which reads through generic
  // pointers: its bits are reported, never a table of what it points to.
  if (Ty->isPointerTy() && !isGenericOrStack(Ty->getPointerAddressSpace())) {
    Report R;
    R.Ptr = V;
    R.Size = clampSize(DL.getTypeStoreSize(Ty));
    return R;
  }
  if (Ty->isPointerTy()) {
    switch (Decl.Kind) {
    case DeclaredType::PointerWithTable: {
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
  // A coerced aggregate fills its declared size, or at least holds all its
  // members (an over-aligned struct coerced into one integer). A smaller
  // value is what is left after the optimiser dropped the parts no caller
  // uses (dead return value elimination shrinks { i64, i32 } to i32):
  // where it sits in the struct is unknown, so there is nothing correct to
  // report.
  bool Shrunk = AsAggregate && ValueSize < Decl.SizeInBytes;
  if (Shrunk && membersEnd(Decl) > DL.getTypeAllocSize(Ty))
    return Report();
  uint64_t ReportSize = ValueSize;
  if (AsAggregate && Decl.SizeInBytes && !Shrunk)
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
  // LLVM leaves the padding bits of an i1 (or i24) store unspecified.
  if (Ty->isIntegerTy() && !DL.typeSizeEqualsStoreSize(Ty))
    V = IRB.CreateZExt(V, IRB.getIntNTy(ValueSize * 8));
  IRB.CreateAlignedStore(storable(IRB, DL, V), S, DL.getABITypeAlign(Ty));
  Report R;
  R.Ptr = S;
  R.Size = clampSize(ReportSize);
  if (AsAggregate)
    R.Table = tableFor(Decl);
  return R;
}

/// V as an integer of the same width, for selecting bytes of it.
static Value *asInteger(IRBuilder<> &IRB, const DataLayout &DL, Value *V) {
  Type *Ty = V->getType();
  if (Ty->isIntegerTy())
    return V;
  if (Ty->isPointerTy())
    return IRB.CreatePtrToInt(V, DL.getIntPtrType(Ty));
  TypeSize Bits = DL.getTypeSizeInBits(Ty);
  if ((Ty->isFloatingPointTy() || Ty->isVectorTy()) && !Bits.isScalable())
    return IRB.CreateBitCast(V, IRB.getIntNTy(Bits.getFixedValue()));
  return nullptr;
}

Report ValueLowering::pieces(IRBuilder<> &IRB, const DeclaredType &Decl,
                             const ValueLocation &Loc) {
  uint64_t End = 0, Described = 0;
  Align A(Decl.AlignInBytes ? Decl.AlignInBytes : 1);
  for (const ValueLocation::Piece &P : Loc.PieceList) {
    End = std::max(End, P.ByteOffset + P.ByteSize);
    Described += P.ByteSize;
    A = std::max(A, DL.getABITypeAlign(P.V->getType()));
  }
  uint64_t ReportSize = Decl.SizeInBytes ? Decl.SizeInBytes : End;
  AllocaInst *Slot = slot(std::max(ReportSize, End), A);
  if (!Slot)
    return Report();
  // Bytes no debug record describes (padding, a field the optimiser
  // removed) read as zero rather than as stale stack contents.
  if (Described < ReportSize)
    IRB.CreateAlignedStore(
        Constant::getNullValue(ArrayType::get(IRB.getInt8Ty(), ReportSize)),
        Slot, Align(1));
  for (const ValueLocation::Piece &P : Loc.PieceList) {
    Value *V = P.V;
    // A value holding more than its piece (an i64 carrying two int fields)
    // contributes exactly the piece's bytes, so pieces never overwrite
    // each other.
    if (P.StoreOffset != P.ByteOffset ||
        DL.getTypeStoreSize(V->getType()) != P.ByteSize) {
      V = asInteger(IRB, DL, V);
      if (!V)
        return Report();
      if (uint64_t Shift = (P.ByteOffset - P.StoreOffset) * 8)
        V = IRB.CreateLShr(V, Shift);
      V = IRB.CreateTrunc(V, IRB.getIntNTy(P.ByteSize * 8));
    }
    Value *Addr =
        IRB.CreateConstInBoundsGEP1_64(IRB.getInt8Ty(), Slot, P.ByteOffset);
    IRB.CreateAlignedStore(storable(IRB, DL, V), Addr,
                           commonAlignment(A, P.ByteOffset));
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
