//===-- ValueABI.cpp - Values to value-ABI operands -----------------------===//

#include "sancov-dataflow/ValueABI.h"

#include "llvm/IR/Constants.h"
#include "llvm/IR/DataLayout.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"

#include <algorithm>

using namespace llvm;

namespace sancov_dataflow {

/// Wider values are not kept in registers: nothing past this is reported
/// by value (objects in memory with a table are reported by address).
static constexpr uint64_t MaxValueBytes = 64;
/// An object in memory without a field table has no address form: this
/// many of its bytes are loaded and passed by value.
static constexpr uint64_t MaxLoadedBytes = 16;

/// V's bytes as an integer of its store size, low bytes first; null for a
/// value without a fixed byte image (scalable vectors, tokens).
static Value *asImage(IRBuilder<> &IRB, const DataLayout &DL, Value *V) {
  Type *Ty = V->getType();
  if (!Ty->isSized())
    return nullptr;
  TypeSize Store = DL.getTypeStoreSize(Ty);
  if (Store.isScalable() || Store.getFixedValue() > MaxValueBytes)
    return nullptr;
  IntegerType *ImageTy = IRB.getIntNTy(Store.getFixedValue() * 8);
  if (Ty->isPointerTy())
    return IRB.CreateZExtOrTrunc(
        IRB.CreatePtrToInt(V, DL.getIntPtrType(Ty)), ImageTy);
  if (Ty->isIntegerTy())
    return IRB.CreateZExtOrTrunc(V, ImageTy);
  if (Ty->isFloatingPointTy() ||
      (Ty->isVectorTy() && !Ty->getScalarType()->isPointerTy())) {
    uint64_t Bits = DL.getTypeSizeInBits(Ty).getFixedValue();
    return IRB.CreateZExtOrTrunc(IRB.CreateBitCast(V, IRB.getIntNTy(Bits)),
                                 ImageTy);
  }
  // A first-class aggregate (an ABI-coerced struct, { i64, i64 } returned
  // in two registers): each element at its offset in the layout.
  auto ElementOffset = [&](unsigned I) -> uint64_t {
    if (auto *STy = dyn_cast<StructType>(Ty))
      return DL.getStructLayout(STy)->getElementOffset(I);
    return I * DL.getTypeAllocSize(cast<ArrayType>(Ty)->getElementType());
  };
  unsigned N = 0;
  if (auto *STy = dyn_cast<StructType>(Ty))
    N = STy->getNumElements();
  else if (auto *ATy = dyn_cast<ArrayType>(Ty))
    N = ATy->getNumElements();
  else
    return nullptr;
  Value *Image = nullptr;
  for (unsigned I = 0; I < N; ++I) {
    Value *E = asImage(IRB, DL, IRB.CreateExtractValue(V, I));
    if (!E)
      return nullptr;
    E = IRB.CreateZExt(E, ImageTy);
    if (uint64_t Shift = ElementOffset(I) * 8)
      E = IRB.CreateShl(E, Shift);
    Image = Image ? IRB.CreateOr(Image, E) : E;
  }
  return Image ? Image : ConstantInt::get(ImageTy, 0);
}

/// Splits the low \p Size bytes of \p Image into i64 chunks.
static SmallVector<Value *, 2> chunks(IRBuilder<> &IRB, Value *Image,
                                      uint64_t Size) {
  SmallVector<Value *, 2> Chunks;
  unsigned Bits = Image->getType()->getIntegerBitWidth();
  if (Size * 8 < Bits)
    Image = IRB.CreateTrunc(Image, IRB.getIntNTy(Size * 8));
  for (uint64_t Offset = 0; Offset < Size; Offset += 8) {
    Value *C = Offset ? IRB.CreateLShr(Image, Offset * 8) : Image;
    Chunks.push_back(IRB.CreateZExtOrTrunc(C, IRB.getInt64Ty()));
  }
  return Chunks;
}

static ValueReport byValue(IRBuilder<> &IRB, Value *Image, uint64_t Size) {
  ValueReport R;
  if (!Image || Size == 0)
    return R;
  R.Size = Size;
  R.Chunks = chunks(IRB, Image, Size);
  return R;
}

ValueReport ValueABI::inMemory(IRBuilder<> &IRB, FunctionRecords &FR,
                               const DeclaredType &Decl,
                               const ValueLocation &Loc) {
  const DataLayout &DL = M.getDataLayout();
  uint64_t Size = 0;
  switch (Decl.Kind) {
  case DeclaredType::Aggregate:
    if (FieldTableBuilder::Table T = tableFor(FR, Decl);
        T.Array && Decl.SizeInBytes) {
      ValueReport R;
      R.Size = Decl.SizeInBytes;
      R.Address = IRB.CreatePtrToInt(Loc.V, Int64Ty);
      R.Table = T;
      return R;
    }
    Size = std::min(Decl.SizeInBytes, MaxLoadedBytes);
    break;
  case DeclaredType::Pointer:
  case DeclaredType::PointerWithTable:
    // The memory holds the pointer; report its value, not the pointee.
    Size = DL.getPointerSize();
    break;
  case DeclaredType::Scalar:
    Size = Decl.SizeInBytes <= MaxValueBytes ? Decl.SizeInBytes : 0;
    break;
  case DeclaredType::Unknown:
    Size = std::min(Loc.MemSizeInBytes, MaxLoadedBytes);
    break;
  }
  if (Size == 0)
    return ValueReport();
  // The function's own argument or sret memory: readable here.
  Value *Image = IRB.CreateAlignedLoad(IRB.getIntNTy(Size * 8), Loc.V,
                                       Align(1), "sancov_dataflow.bytes");
  return byValue(IRB, Image, Size);
}

ValueReport ValueABI::direct(IRBuilder<> &IRB, FunctionRecords &FR,
                             const DeclaredType &Decl, Value *V) {
  const DataLayout &DL = M.getDataLayout();
  Type *Ty = V->getType();
  // A pointer into another address space (x86 __seg_gs, a GPU's local
  // memory) means nothing to the consumer: its bits only.
  bool GenericPointer =
      Ty->isPointerTy() && (Ty->getPointerAddressSpace() == 0 ||
                            Ty->getPointerAddressSpace() ==
                                DL.getAllocaAddrSpace());
  if (GenericPointer && Decl.Kind == DeclaredType::PointerWithTable) {
    FieldTableBuilder::Table T = tableFor(FR, Decl);
    if (T.Array && Decl.SizeInBytes) {
      ValueReport R;
      R.Size = Decl.SizeInBytes;
      R.Address = IRB.CreatePtrToInt(V, Int64Ty);
      R.Table = T;
      return R;
    }
  }
  // A pointer cannot hold an aggregate larger than itself: it is the
  // address of the aggregate (an indirect argument), not a coerced copy.
  if (GenericPointer && Decl.Kind == DeclaredType::Aggregate &&
      Decl.SizeInBytes > DL.getTypeStoreSize(Ty))
    return inMemory(IRB, FR, Decl, ValueLocation::inMemory(V));
  Value *Image = asImage(IRB, DL, V);
  if (!Image)
    return ValueReport();
  uint64_t ValueSize = Image->getType()->getIntegerBitWidth() / 8;
  uint64_t Size = ValueSize;
  if (Decl.Kind == DeclaredType::Aggregate && Decl.SizeInBytes) {
    // Laid out like the declared type. A smaller value either lost the
    // parts no caller uses (dead return value elimination shrinks
    // { i64, i32 } to i32: where it sits is unknown) or is all the members
    // of an over-aligned struct coerced into one integer.
    if (ValueSize < Decl.SizeInBytes &&
        membersEnd(Decl) > DL.getTypeAllocSize(Ty))
      return ValueReport();
    Size = std::min(ValueSize, Decl.SizeInBytes);
  } else if (Decl.Kind == DeclaredType::Scalar && Decl.SizeInBytes) {
    // A wider value can hold a narrower parameter (a truncation described
    // in DWARF); never report bytes the parameter does not have.
    Size = std::min(ValueSize, Decl.SizeInBytes);
  }
  return byValue(IRB, Image, Size);
}

ValueReport ValueABI::pieces(IRBuilder<> &IRB, const DeclaredType &Decl,
                             const ValueLocation &Loc) {
  const DataLayout &DL = M.getDataLayout();
  uint64_t End = 0;
  for (const ValueLocation::Piece &P : Loc.PieceList)
    End = std::max(End, P.ByteOffset + P.ByteSize);
  uint64_t Size = Decl.SizeInBytes ? Decl.SizeInBytes : End;
  if (Size > MaxValueBytes || End > Size)
    return ValueReport();
  // Bytes no debug record describes (padding, a field the optimiser
  // removed) read as zero.
  IntegerType *ImageTy = IRB.getIntNTy(Size * 8);
  Value *Image = nullptr;
  for (const ValueLocation::Piece &P : Loc.PieceList) {
    Value *V = asImage(IRB, DL, P.V);
    if (!V)
      return ValueReport();
    // A value holding more than its piece (an i64 carrying two int
    // fields) contributes exactly the piece's bytes.
    if (uint64_t Shift = (P.ByteOffset - P.StoreOffset) * 8)
      V = IRB.CreateLShr(V, Shift);
    V = IRB.CreateZExt(IRB.CreateTrunc(V, IRB.getIntNTy(P.ByteSize * 8)),
                       ImageTy);
    if (P.ByteOffset)
      V = IRB.CreateShl(V, P.ByteOffset * 8);
    Image = Image ? IRB.CreateOr(Image, V) : V;
  }
  return byValue(IRB, Image, Size);
}

ValueReport ValueABI::lower(IRBuilder<> &IRB, FunctionRecords &FR,
                            const DeclaredType &Decl,
                            const ValueLocation &Loc) {
  FR.notePassed(Loc.V);
  for (const ValueLocation::Piece &P : Loc.PieceList)
    FR.notePassed(P.V);
  switch (Loc.Kind) {
  case ValueLocation::Missing:
    return ValueReport();
  case ValueLocation::InMemory:
    return inMemory(IRB, FR, Decl, Loc);
  case ValueLocation::Direct:
    return direct(IRB, FR, Decl, Loc.V);
  case ValueLocation::Pieces:
    return pieces(IRB, Decl, Loc);
  }
  return ValueReport();
}

SmallVector<Value *, 6>
ValueABI::sizedOperands(std::optional<unsigned> Index, uint64_t Size,
                        Value *Val, const FieldTableBuilder::Table &T) {
  SmallVector<Value *, 6> Ops;
  if (Index)
    Ops.push_back(ConstantInt::get(Int32Ty, *Index));
  Ops.append({ConstantInt::get(Int32Ty, Size), Val,
              T.Array ? T.Array : ConstantPointerNull::get(PtrTy),
              ConstantInt::get(Int32Ty, T.NumFields)});
  return Ops;
}

FunctionType *ValueABI::sizedArgsType(ArrayRef<Type *> Prefix) {
  SmallVector<Type *, 6> Params(Prefix);
  Params.append({Int32Ty, Int32Ty, Int64Ty, PtrTy, Int32Ty});
  return FunctionType::get(VoidTy, Params, false);
}

FunctionType *ValueABI::sizedRetType(ArrayRef<Type *> Prefix) {
  SmallVector<Type *, 6> Params(Prefix);
  Params.append({Int32Ty, Int64Ty, PtrTy, Int32Ty});
  return FunctionType::get(VoidTy, Params, false);
}

bool ValueABI::emitReport(IRBuilder<> &IRB, FunctionRecords &FR,
                          std::optional<unsigned> Index,
                          const ValueReport &R) {
  if (R.Address) {
    emitCall(IRB, FR, Index, R.Size, R.Address, R.Table);
    return true;
  }
  if (R.Chunks.empty()) {
    emitCall(IRB, FR, Index, 0, ConstantInt::get(Int64Ty, 0), {});
    return false;
  }
  for (Value *C : R.Chunks)
    emitCall(IRB, FR, Index, R.Size, C, {});
  return true;
}

bool ValueABI::emitArg(IRBuilder<> &IRB, FunctionRecords &FR, unsigned Index,
                       const DeclaredType &Decl, const ValueLocation &Loc) {
  return emitReport(IRB, FR, Index, lower(IRB, FR, Decl, Loc));
}

bool ValueABI::emitRet(IRBuilder<> &IRB, FunctionRecords &FR,
                       const DeclaredType &Decl, const ValueLocation &Loc) {
  return emitReport(IRB, FR, std::nullopt, lower(IRB, FR, Decl, Loc));
}

} // namespace sancov_dataflow
