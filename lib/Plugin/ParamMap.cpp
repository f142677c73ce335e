//===-- ParamMap.cpp - Source parameters to IR values ---------------------===//
//
// The value a parameter had at entry is described by the first debug record
// for it in the entry block (later records describe reassignments). Records
// are used as follows:
//   #dbg_value / #dbg_assign, plain expression   -> the IR value is the
//       parameter, possibly ABI-coerced (one i64 holding a small struct);
//   the same with only DW_OP_LLVM_fragment        -> one piece of it;
//   bits selected by shifts and truncations      -> a piece (little-endian:
//       SROA describes a struct coerced to one i64 this way);
//   the same with DW_OP_deref                     -> the parameter lives at
//       that address (aarch64 indirect aggregates);
//   #dbg_declare on an incoming pointer           -> the parameter lives there
//       (x86 byval, rustc's indirect by-value structs);
//   #dbg_declare on an -O0 stack slot             -> the slot is written after
//       entry, so the slot itself is useless; the incoming arguments stored
//       into it by the prologue are the parameter's pieces instead.
// Computed expressions, inlined callees' records and values defined outside
// the entry block give no location.
//
//===----------------------------------------------------------------------===//

#include "sancov-dataflow/ParamMap.h"
#include "sancov-dataflow/Compat.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/BinaryFormat/Dwarf.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/DebugProgramInstruction.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"

#include <map>
#include <optional>

using namespace llvm;

namespace sancov_dataflow {

Value *getSRetArg(Function &F) {
  for (Argument &A : F.args())
    if (A.hasStructRetAttr())
      return &A;
  return nullptr;
}

/// True if V holds its final value at some point of the entry block.
static bool isUsableAtEntry(const Value *V, const BasicBlock &Entry) {
  if (!V || isa<UndefValue>(V))
    return false;
  if (isa<Argument>(V) || isa<Constant>(V))
    return true;
  const auto *I = dyn_cast<Instruction>(V);
  return I && I->getParent() == &Entry && !I->isTerminator() &&
         !isa<PHINode>(I);
}

/// The load of a byval argument's whole memory in the entry block (how -O0
/// takes a `_BitInt(200)`): the entry value, since nothing writes that
/// memory before the prologue is done.
static bool isByValLoad(const Value *V) {
  const auto *Load = dyn_cast<LoadInst>(V);
  if (!Load || Load->isVolatile() ||
      Load->getParent() != &Load->getFunction()->getEntryBlock())
    return false;
  const auto *Arg = dyn_cast<Argument>(Load->getPointerOperand());
  return Arg && Arg->hasByValAttr();
}

/// A value the -O0 prologue stores into a parameter's stack slot: the
/// incoming argument, a cast of it (bool is stored as a zext to i8), or a
/// byval argument's loaded memory.
static bool isPrologueValue(const Value *V, const BasicBlock &Entry) {
  if (isa<Argument>(V) || isByValLoad(V))
    return true;
  const auto *Cast = dyn_cast<CastInst>(V);
  return Cast && Cast->getParent() == &Entry &&
         isa<Argument>(Cast->getOperand(0));
}

/// -O0 normalises a `_BitInt(N)` before it stores the parameter: the value
/// truncated to N bits and extended back (`sext (trunc x to iN)`). Those N
/// bits are x's, and the declared type has no others (its DW_AT_bit_size
/// tells a reader which bits count), so x stands for the stored value.
static Value *stripBitNormalization(Value *V) {
  auto *Ext = dyn_cast<CastInst>(V);
  if (!Ext || !(isa<SExtInst>(Ext) || isa<ZExtInst>(Ext)))
    return V;
  auto *Trunc = dyn_cast<TruncInst>(Ext->getOperand(0));
  if (!Trunc || Trunc->getOperand(0)->getType() != Ext->getType())
    return V;
  return Trunc->getOperand(0);
}

namespace {

/// One debug record, resolved to what it says about the entry value.
struct ResolvedRecord {
  ValueLocation Loc;
  /// Set for DW_OP_LLVM_fragment records: the piece's byte offset and size.
  std::optional<std::pair<uint64_t, uint64_t>> Fragment;
  /// Bits of the value below the described ones (DW_OP_shr, extract_bits).
  uint64_t ShiftBits = 0;
  /// The record says the value is gone (poison, undef, empty location).
  /// A Missing location that is not Killed is one we cannot reproduce.
  bool Killed = false;
};

struct ParamState {
  const DILocalVariable *Var = nullptr;
  /// A whole-value record decided the location (even if it said Missing).
  bool Decided = false;
  /// A piece was described in a way we cannot reproduce: reporting the
  /// others would show made-up bytes for it.
  bool LostPiece = false;
  ValueLocation Loc;
  /// Byte offsets of the fragments described so far, usable or not.
  SmallVector<uint64_t, 4> FragmentsSeen;
};

/// What a location expression selects from its value, if it only selects:
/// a right shift and truncations (optionally marked as a stack value).
/// Result bit I is bit ShiftBits + I of the value for I < ValidBits.
struct BitSelection {
  uint64_t ShiftBits = 0;
  uint64_t WidthBits = 0;
  uint64_t ValidBits = 0;
  /// Bits above ValidBits are zero (an unsigned DW_OP_LLVM_convert widened
  /// the value); otherwise they are not known.
  bool ZeroExtended = false;
  bool Deref = false;
  std::optional<std::pair<uint64_t, uint64_t>> FragmentBits;
};

} // namespace

static std::optional<BitSelection> decodeExpression(const DIExpression *Expr,
                                                    uint64_t ValueBits) {
  BitSelection Sel;
  Sel.WidthBits = Sel.ValidBits = ValueBits;
  // A DW_OP_constu is only accepted as the shift amount of a DW_OP_shr.
  std::optional<uint64_t> PendingConst;
  for (const DIExpression::ExprOperand &Op : Expr->expr_ops()) {
    if (PendingConst && Op.getOp() != dwarf::DW_OP_shr)
      return std::nullopt;
    switch (Op.getOp()) {
    case dwarf::DW_OP_LLVM_fragment:
      Sel.FragmentBits = {Op.getArg(0), Op.getArg(1)};
      break;
    case dwarf::DW_OP_LLVM_arg:
      if (Op.getArg(0) != 0)
        return std::nullopt;
      break;
    case dwarf::DW_OP_deref:
      if (Expr->getNumElements() != 1)
        return std::nullopt;
      Sel.Deref = true;
      break;
    case dwarf::DW_OP_constu:
      PendingConst = Op.getArg(0);
      break;
    case dwarf::DW_OP_shr: {
      if (!PendingConst)
        return std::nullopt;
      // value_or rather than *: gcc 12 does not see that the check above
      // engages PendingConst and warns -Wmaybe-uninitialized. Same value.
      uint64_t Shift = PendingConst.value_or(0);
      Sel.ShiftBits += Shift;
      Sel.ValidBits -= std::min(Sel.ValidBits, Shift);
      PendingConst.reset();
      break;
    }
    case dwarf::DW_OP_LLVM_convert:
      // Narrowing keeps the low bits; widening adds bits not from the value,
      // zeros for an unsigned conversion.
      if (Op.getArg(0) > Sel.ValidBits)
        Sel.ZeroExtended = Op.getArg(1) == dwarf::DW_ATE_unsigned;
      Sel.WidthBits = Op.getArg(0);
      Sel.ValidBits = std::min(Sel.ValidBits, Sel.WidthBits);
      break;
    case dwarf::DW_OP_LLVM_extract_bits_zext:
    case dwarf::DW_OP_LLVM_extract_bits_sext:
      if (Op.getArg(0) + Op.getArg(1) > Sel.ValidBits)
        return std::nullopt;
      Sel.ShiftBits += Op.getArg(0);
      Sel.WidthBits = Sel.ValidBits = Op.getArg(1);
      break;
    case dwarf::DW_OP_stack_value:
      break;
    default:
      return std::nullopt;
    }
  }
  if (PendingConst || Sel.ShiftBits >= ValueBits)
    return std::nullopt;
  return Sel;
}

/// A `_BitInt(N)` described as the low N bits of a value as wide as its
/// type, zero-extended back (`DW_OP_LLVM_convert` N, then the width): the
/// bits above N are padding the type does not have, and its
/// DW_AT_bit_size tells a reader to ignore them, so the value as it is
/// stands for the parameter.
static bool isBitIntPadding(const BitSelection &Sel, uint64_t ValueBits,
                            const DILocalVariable *Var) {
  const DIType *Ty = Var ? Var->getType() : nullptr;
  for (const auto *D = dyn_cast_or_null<DIDerivedType>(Ty);
       D && D->getTag() == dwarf::DW_TAG_typedef;
       D = dyn_cast_or_null<DIDerivedType>(Ty))
    Ty = D->getBaseType();
  const auto *B = dyn_cast_or_null<DIBasicType>(Ty);
  return B && Sel.ZeroExtended && !Sel.ShiftBits &&
         Sel.WidthBits == ValueBits && Sel.ValidBits < ValueBits &&
         B->getSizeInBits() == ValueBits &&
         getDataSizeInBits(*B) == Sel.ValidBits;
}

namespace {

class ParamMapper {
public:
  explicit ParamMapper(Function &F)
      : F(F), Entry(F.getEntryBlock()), DL(F.getParent()->getDataLayout()) {}

  ParamMap run();

private:
  ParamMap positional();
  void dropReassignments(ParamMap &Map);

  ResolvedRecord resolve(DbgVariableRecord &DVR);
  ValueLocation resolveStackSlot(AllocaInst *Slot, bool Deref);
  /// Adds the incoming arguments stored into [Begin, End) of Slot, moved by
  /// Shift bytes, to Loc's pieces.
  void collectPrologueStores(const AllocaInst *Slot, uint64_t Begin,
                             uint64_t End, uint64_t Shift, unsigned Depth,
                             ValueLocation &Loc);
  void add(ParamState &S, const ResolvedRecord &R, bool InEntryBlock);

  Function &F;
  BasicBlock &Entry;
  const DataLayout &DL;
};

} // namespace

ParamMap ParamMapper::positional() {
  ParamMap Map;
  unsigned Index = 0;
  for (Argument &A : F.args()) {
    if (A.hasStructRetAttr())
      continue; // Hidden: reported as the return value.
    SourceParam P;
    P.Index = Index++;
    if (Type *InMem = A.getPointeeInMemoryValueType())
      P.Loc = ValueLocation::inMemory(&A, DL.getTypeAllocSize(InMem));
    else
      P.Loc = ValueLocation::direct(&A);
    Map.Params.push_back(P);
  }
  return Map;
}

void ParamMapper::collectPrologueStores(const AllocaInst *Slot, uint64_t Begin,
                                        uint64_t End, uint64_t Shift,
                                        unsigned Depth, ValueLocation &Loc) {
  for (Instruction &I : Entry) {
    Value *Dest = nullptr, *Src = nullptr;
    uint64_t Len = 0;
    if (auto *SI = dyn_cast<StoreInst>(&I); SI && !SI->isVolatile()) {
      Dest = SI->getPointerOperand();
    } else if (auto *MC = dyn_cast<MemCpyInst>(&I); MC && Depth == 0) {
      // -O0 copies an argument coerced to a type larger than the struct
      // through a temporary: follow one such copy.
      auto *C = dyn_cast<ConstantInt>(MC->getLength());
      if (!C || MC->isVolatile())
        continue;
      Dest = MC->getRawDest();
      Src = MC->getRawSource();
      Len = C->getZExtValue();
    } else {
      continue;
    }
    APInt Offset(DL.getIndexTypeSizeInBits(Dest->getType()), 0);
    if (Dest->stripAndAccumulateConstantOffsets(DL, Offset, true) != Slot ||
        Offset.isNegative())
      continue;
    uint64_t At = Offset.getZExtValue();
    if (Src) {
      APInt SrcOffset(DL.getIndexTypeSizeInBits(Src->getType()), 0);
      auto *Tmp = dyn_cast<AllocaInst>(
          Src->stripAndAccumulateConstantOffsets(DL, SrcOffset, true));
      if (Tmp && !SrcOffset.isNegative() && SrcOffset.getZExtValue() == 0)
        collectPrologueStores(Tmp, 0, Len, At, Depth + 1, Loc);
      continue;
    }
    if (At < Begin || At >= End)
      continue;
    Value *Stored = stripBitNormalization(cast<StoreInst>(I).getValueOperand());
    uint64_t Size = DL.getTypeStoreSize(Stored->getType());
    if (auto *Reload = dyn_cast<LoadInst>(Stored);
        Reload && Depth == 0 && !Reload->isVolatile() &&
        !isPrologueValue(Reload, Entry)) {
      // -O0 passes a vector coerced to another type (v2sf as double)
      // through a temporary it reloads with the vector's type: follow one
      // such reload, as a copy of the temporary's first Size bytes.
      APInt SrcOffset(DL.getIndexTypeSizeInBits(Reload->getType()), 0);
      auto *Tmp = dyn_cast<AllocaInst>(
          Reload->getPointerOperand()->stripAndAccumulateConstantOffsets(
              DL, SrcOffset, true));
      if (Tmp && Tmp != Slot && SrcOffset.isZero() && At >= Begin)
        collectPrologueStores(Tmp, 0, Size, At - Begin + Shift, Depth + 1, Loc);
      continue;
    }
    if (!isPrologueValue(Stored, Entry))
      continue;
    if (At + Size > End) {
      // The coerced type is larger than the struct (aarch64: [2 x i64] for
      // a 12-byte struct, i64 for a 3-byte one) and only the struct's bytes
      // are copied on: the leading bytes of the value are the piece. A
      // piece selects bytes in little-endian order.
      if (!DL.isLittleEndian())
        continue;
      Size = End - At;
    }
    uint64_t ByteOffset = At - Begin + Shift;
    if (llvm::any_of(Loc.PieceList, [&](const ValueLocation::Piece &P) {
          return P.ByteOffset == ByteOffset;
        }))
      continue; // The first store is the prologue's.
    Loc.Kind = ValueLocation::Pieces;
    Loc.PieceList.push_back({ByteOffset, Stored, ByteOffset, Size});
  }
}

ValueLocation ParamMapper::resolveStackSlot(AllocaInst *Slot, bool Deref) {
  ValueLocation Loc;
  collectPrologueStores(Slot, 0, UINT64_MAX, 0, 0, Loc);
  if (Deref) {
    // The slot holds the address of the parameter's object.
    for (const ValueLocation::Piece &P : Loc.PieceList)
      if (P.ByteOffset == 0 && P.V->getType()->isPointerTy())
        return ValueLocation::inMemory(P.V);
    return ValueLocation();
  }
  if (Loc.Kind == ValueLocation::Pieces && Loc.PieceList.size() == 1 &&
      Loc.PieceList[0].ByteOffset == 0)
    return ValueLocation::direct(Loc.PieceList[0].V);
  return Loc;
}

ResolvedRecord ParamMapper::resolve(DbgVariableRecord &DVR) {
  ResolvedRecord R;
  const DIExpression *Expr = DVR.getExpression();
  if (std::optional<DIExpression::FragmentInfo> Frag =
          Expr->getFragmentInfo()) {
    R.Fragment = {Frag->OffsetInBits / 8, Frag->SizeInBits / 8};
    if (Frag->OffsetInBits % 8 || Frag->SizeInBits % 8)
      return R; // A sub-byte piece cannot be stored on its own.
  }
  if (DVR.isDbgAssign() && DVR.isKillLocation() && !DVR.isKillAddress() &&
      !R.Fragment && DVR.getAddressExpression()->getNumElements() == 0) {
    // Assignment tracking (clang -O2 -g) on an address-taken parameter:
    // the variable lives in its stack slot, which the prologue fills.
    if (auto *Slot = dyn_cast<AllocaInst>(DVR.getAddress());
        Slot && Slot->getParent() == &Entry)
      R.Loc = resolveStackSlot(Slot, /*Deref=*/false);
    return R;
  }
  if (DVR.isKillLocation()) {
    R.Killed = true;
    return R;
  }
  if (DVR.getNumVariableLocationOps() != 1)
    return R;
  Value *V = DVR.getVariableLocationOp(0);
  if (!isUsableAtEntry(V, Entry) || !V->getType()->isSized())
    return R;
  TypeSize ValueBits = DL.getTypeSizeInBits(V->getType());
  if (ValueBits.isScalable())
    return R;
  std::optional<BitSelection> Sel =
      decodeExpression(Expr, ValueBits.getFixedValue());
  if (!Sel)
    return R;
  R.ShiftBits = Sel->ShiftBits;
  // Pieces select bits by byte offset: little-endian targets only.
  bool Selects = Sel->ShiftBits || Sel->ValidBits != ValueBits;
  bool Extends = Sel->ValidBits != Sel->WidthBits;
  if (Selects && !DL.isLittleEndian())
    return R;

  if (DVR.isDbgDeclare()) {
    if (R.Fragment || Selects || Extends)
      return R;
    if (isa<Argument>(V) && V->getType()->isPointerTy() && !Sel->Deref) {
      R.Loc = ValueLocation::inMemory(V);
      return R;
    }
    if (auto *Slot = dyn_cast<AllocaInst>(V))
      R.Loc = resolveStackSlot(Slot, Sel->Deref);
    return R;
  }

  if (Sel->Deref) {
    if (V->getType()->isPointerTy() && !R.Fragment)
      R.Loc = ValueLocation::inMemory(V);
    return R;
  }
  if (R.Fragment) {
    uint64_t FragBits = R.Fragment->second * 8;
    // The piece's bits must all come from the value, from a byte boundary.
    if (FragBits > Sel->ValidBits || Sel->ShiftBits % 8 ||
        R.Fragment->first * 8 < Sel->ShiftBits)
      return R;
  } else if (Sel->ShiftBits) {
    return R; // The parameter would start below the value.
  } else if (Sel->ValidBits != Sel->WidthBits &&
             !isBitIntPadding(*Sel, ValueBits, DVR.getVariable())) {
    // Only a zero-extension that stays within the value's own stored bytes
    // (bool: i1 stored as a zero-extended byte) is reproduced by a store.
    if (!Sel->ZeroExtended || Sel->ValidBits != ValueBits ||
        Sel->WidthBits != DL.getTypeStoreSizeInBits(V->getType()))
      return R;
  }
  R.Loc = ValueLocation::direct(V);
  return R;
}

void ParamMapper::add(ParamState &S, const ResolvedRecord &R,
                      bool InEntryBlock) {
  if (!InEntryBlock) {
    // Outside the entry block only the incoming arguments themselves are
    // certain to be the entry value.
    if (S.Decided || !S.FragmentsSeen.empty() || R.Fragment ||
        R.Loc.Kind == ValueLocation::Missing || !isa<Argument>(R.Loc.V))
      return;
    S.Loc = R.Loc;
    S.Decided = true;
    return;
  }
  if (R.Fragment) {
    auto [Offset, Size] = *R.Fragment;
    if (S.Decided || llvm::is_contained(S.FragmentsSeen, Offset))
      return; // Only the first record describes the entry value.
    S.FragmentsSeen.push_back(Offset);
    if (R.Loc.Kind == ValueLocation::Direct) {
      S.Loc.Kind = ValueLocation::Pieces;
      S.Loc.PieceList.push_back(
          {Offset - R.ShiftBits / 8, R.Loc.V, Offset, Size});
    } else {
      // A piece we cannot reproduce, or one the optimiser removed (poison):
      // the other pieces next to made-up bytes would show a value the
      // program never had (a slice's pointer as 0), so the whole parameter
      // has no value.
      S.LostPiece = true;
    }
    return;
  }
  if (S.Decided || !S.FragmentsSeen.empty())
    return;
  S.Loc = R.Loc;
  S.Decided = true;
}

/// `ashr (shl X, K), K`: X's low bits sign-extended in place, how a
/// _BitInt(37) passed in an i64 is brought to its value.
static const Value *signExtendedInPlace(const Value *V) {
  const auto *AShr = dyn_cast<BinaryOperator>(V);
  if (!AShr || AShr->getOpcode() != Instruction::AShr)
    return nullptr;
  const auto *Shl = dyn_cast<BinaryOperator>(AShr->getOperand(0));
  if (!Shl || Shl->getOpcode() != Instruction::Shl ||
      Shl->getOperand(1) != AShr->getOperand(1) ||
      !isa<ConstantInt>(Shl->getOperand(1)))
    return nullptr;
  return Shl->getOperand(0);
}

/// A value computed from incoming arguments (or a byval argument's memory)
/// only by conversions.
static bool isConvertedArgument(const Value *V) {
  while (true) {
    if (isa<CastInst>(V) || isa<FreezeInst>(V))
      V = cast<Instruction>(V)->getOperand(0);
    else if (const Value *X = signExtendedInPlace(V))
      V = X;
    else
      return isa<Argument>(V) || isByValLoad(V);
  }
}

void ParamMapper::dropReassignments(ParamMap &Map) {
  // The first record of a parameter is normally its entry value, but when a
  // reassignment immediately follows the entry, with no instruction in
  // between, the optimiser removes the entry record as redundant and the
  // reassigned value comes first (`a = 0;`, `a = b;`). Reporting that would
  // name a value the caller never passed, so such records are dropped:
  //  - callers of a function visible outside its module are unknown, so a
  //    constant or a value computed in the function cannot be an entry
  //    value (only local functions get constant-propagated parameters);
  //  - an incoming argument is the entry value of one parameter only.
  if (!F.hasLocalLinkage())
    for (SourceParam &P : Map.Params)
      if (P.Loc.Kind == ValueLocation::Direct && !isConvertedArgument(P.Loc.V))
        P.Loc = ValueLocation();

  SmallVector<Argument *, 8> IRArgs;
  for (Argument &A : F.args())
    if (!A.hasStructRetAttr())
      IRArgs.push_back(&A);
  // When every parameter is one IR argument, argument N is parameter N.
  bool OneToOne = IRArgs.size() == Map.Params.size() &&
                  llvm::none_of(Map.Params, [](const SourceParam &P) {
                    return P.Loc.Kind == ValueLocation::Pieces;
                  });
  DenseMap<Value *, unsigned> Claims;
  for (SourceParam &P : Map.Params)
    if (P.Loc.V && isa<Argument>(P.Loc.V))
      ++Claims[P.Loc.V];
  for (SourceParam &P : Map.Params) {
    if (!P.Loc.V || !isa<Argument>(P.Loc.V) || Claims[P.Loc.V] < 2)
      continue;
    bool Owner =
        OneToOne && P.Index < IRArgs.size() && IRArgs[P.Index] == P.Loc.V;
    if (!Owner)
      P.Loc = ValueLocation();
  }
}

ParamMap ParamMapper::run() {
  DISubprogram *SP = F.getSubprogram();
  if (!SP)
    return positional();

  SmallVector<const DIType *, 8> Declared;
  if (const DISubroutineType *ST = SP->getType()) {
    auto Types = ST->getTypeArray();
    for (unsigned I = 1, E = Types.size(); I < E && Types[I]; ++I)
      Declared.push_back(Types[I]);
  }

  std::map<unsigned, ParamState> States; // Keyed by 1-based getArg().
  auto Visit = [&](BasicBlock &BB) {
    bool InEntry = &BB == &Entry;
    for (Instruction &I : BB)
      for (DbgVariableRecord &DVR : filterDbgVars(I.getDbgRecordRange())) {
        const DILocalVariable *Var = DVR.getVariable();
        if (!Var || !Var->getArg())
          continue;
        if (DVR.getDebugLoc() && DVR.getDebugLoc()->getInlinedAt())
          continue; // A parameter of an inlined callee.
        if (Var->getScope()->getSubprogram() != SP)
          continue;
        std::optional<ResolvedRecord> R = resolve(DVR);
        ParamState &S = States[Var->getArg()];
        S.Var = Var;

        if (R)
          add(S, *R, InEntry);
      }
  };
  Visit(Entry);
  for (BasicBlock &BB : F)
    if (&BB != &Entry)
      Visit(BB);

  if (Declared.empty() && States.empty())
    return positional(); // Line tables only: no parameter information.

  unsigned Count = Declared.size();
  if (!States.empty())
    Count = std::max(Count, States.rbegin()->first);
  ParamMap Map;
  for (unsigned ArgNo = 1; ArgNo <= Count; ++ArgNo) {
    SourceParam P;
    P.Index = ArgNo - 1;
    auto It = States.find(ArgNo);
    if (It != States.end()) {
      P.Type = It->second.Var->getType();
      P.Name = It->second.Var->getName();
      if (!It->second.LostPiece)
        P.Loc = It->second.Loc;
    }
    if (!P.Type && ArgNo <= Declared.size())
      P.Type = Declared[ArgNo - 1];
    Map.Params.push_back(std::move(P));
  }
  dropReassignments(Map);
  return Map;
}

ParamMap mapSourceParams(Function &F) { return ParamMapper(F).run(); }

} // namespace sancov_dataflow
