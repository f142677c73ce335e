//===-- InlinedFrames.cpp - Callees the inliner merged into F -------------===//
//
// A frame is found from any instruction whose location's inline chain
// names its call site, so a callee whose own code folded away is still a
// frame if code it inlined in turn survived. Its start is the first such
// instruction in reverse post-order. A parameter's value is the first
// record for it (in that order) that is a plain or fragment-only location
// of a value available at the start; anything else leaves it missing.
//
//===----------------------------------------------------------------------===//

#include "sancov-dataflow/InlinedFrames.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/PostOrderIterator.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/DebugProgramInstruction.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/Instructions.h"

#include <map>

using namespace llvm;

namespace sancov_dataflow {

/// True if V holds its value at \p At.
static bool isAvailableAt(const Value *V, const Instruction *At,
                          const DominatorTree &DT) {
  if (!V || isa<UndefValue>(V) || !V->getType()->isSized())
    return false;
  if (isa<Argument>(V) || isa<Constant>(V))
    return true;
  const auto *I = dyn_cast<Instruction>(V);
  return I && I != At && DT.dominates(I, At);
}

/// The location a record gives at \p At, if it is one the value ABIs
/// reproduce: the whole value, or one byte-aligned fragment of it.
static std::optional<ValueLocation::Piece>
usableRecord(DbgVariableRecord &DVR, const Instruction *At,
             const DominatorTree &DT) {
  if (DVR.isDbgDeclare() || DVR.isKillLocation() ||
      DVR.getNumVariableLocationOps() != 1)
    return std::nullopt;
  const DIExpression *Expr = DVR.getExpression();
  std::optional<DIExpression::FragmentInfo> Frag = Expr->getFragmentInfo();
  if (Expr->getNumElements() != (Frag ? 3u : 0u))
    return std::nullopt;
  Value *V = DVR.getVariableLocationOp(0);
  if (!isAvailableAt(V, At, DT))
    return std::nullopt;
  if (!Frag)
    return ValueLocation::Piece{0, V, 0, 0};
  if (Frag->OffsetInBits % 8 || Frag->SizeInBits % 8)
    return std::nullopt;
  uint64_t Offset = Frag->OffsetInBits / 8;
  return ValueLocation::Piece{Offset, V, Offset, Frag->SizeInBits / 8};
}

/// \p I, or the first place of its block records can go before if I is a
/// PHI or an exception pad; null if there is none.
static Instruction *insertionPointAt(Instruction &I) {
  if (!isa<PHINode>(I) && !I.isEHPad())
    return &I;
  BasicBlock::iterator IP = I.getParent()->getFirstInsertionPt();
  return IP == I.getParent()->end() ? nullptr : &*IP;
}

namespace {

struct FrameState {
  InlinedFrame Frame;
  unsigned Order = 0; // Position of Start in reverse post-order.
  unsigned Depth = 0; // 1 for a callee inlined into F itself.
  std::map<unsigned, ValueLocation> Locs; // Keyed by 1-based getArg().
  std::map<unsigned, const DILocalVariable *> Vars;
};

} // namespace

static void addRecord(FrameState &S, DbgVariableRecord &DVR,
                      const DominatorTree &DT) {
  const DILocalVariable *Var = DVR.getVariable();
  if (!S.Frame.Start || !Var || !Var->getArg() ||
      Var->getScope()->getSubprogram() != S.Frame.SP)
    return;
  S.Vars.try_emplace(Var->getArg(), Var);
  ValueLocation &Loc = S.Locs[Var->getArg()];
  if (Loc.Kind == ValueLocation::Direct)
    return; // The first whole record describes the value at the start.
  std::optional<ValueLocation::Piece> P =
      usableRecord(DVR, S.Frame.Start, DT);
  if (!P)
    return;
  if (P->ByteSize == 0) {
    if (Loc.Kind == ValueLocation::Missing)
      Loc = ValueLocation::direct(P->V);
    return;
  }
  if (llvm::any_of(Loc.PieceList, [&](const ValueLocation::Piece &Q) {
        return Q.ByteOffset == P->ByteOffset;
      }))
    return;
  Loc.Kind = ValueLocation::Pieces;
  Loc.PieceList.push_back(*P);
}

SmallVector<InlinedFrame, 4> collectInlinedFrames(Function &F,
                                                  const DominatorTree &DT) {
  DenseMap<const DILocation *, FrameState> States;
  SmallVector<Instruction *, 64> Order;
  ReversePostOrderTraversal<Function *> RPOT(&F);
  for (BasicBlock *BB : RPOT)
    for (Instruction &I : *BB) {
      Order.push_back(&I);
      const DILocation *Loc = I.getDebugLoc();
      SmallVector<FrameState *, 4> Chain;
      for (; Loc && Loc->getInlinedAt(); Loc = Loc->getInlinedAt()) {
        auto [It, New] = States.try_emplace(Loc->getInlinedAt());
        if (New) {
          It->second.Frame.SP = Loc->getScope()->getSubprogram();
          It->second.Frame.CallSite = Loc->getInlinedAt();
          It->second.Frame.Start = insertionPointAt(I);
          It->second.Order = Order.size() - 1;
        }
        Chain.push_back(&It->second);
      }
      for (unsigned D = 0; D < Chain.size(); ++D)
        Chain[D]->Depth = Chain.size() - D;
    }
  // Records after the frames are known: a record may precede the frame's
  // first instruction (the inliner puts them at the call site).
  for (Instruction *I : Order)
    for (DbgVariableRecord &DVR : filterDbgVars(I->getDbgRecordRange()))
      if (const DILocation *Loc = DVR.getDebugLoc())
        if (auto It = States.find(Loc->getInlinedAt()); It != States.end())
          addRecord(It->second, DVR, DT);

  SmallVector<FrameState *, 8> Sorted;
  for (auto &[CallSite, S] : States)
    Sorted.push_back(&S);
  llvm::sort(Sorted, [](const FrameState *A, const FrameState *B) {
    return std::tie(A->Order, A->Depth) < std::tie(B->Order, B->Depth);
  });
  SmallVector<InlinedFrame, 4> Frames;
  for (FrameState *S : Sorted) {
    if (!S->Frame.Start || !S->Frame.SP)
      continue;
    unsigned Count = 0;
    if (const DISubroutineType *ST = S->Frame.SP->getType())
      Count = ST->getTypeArray().size() ? ST->getTypeArray().size() - 1 : 0;
    if (!S->Vars.empty())
      Count = std::max(Count, S->Vars.rbegin()->first);
    bool Any = false;
    for (unsigned ArgNo = 1; ArgNo <= Count; ++ArgNo) {
      SourceParam P;
      P.Index = ArgNo - 1;
      if (auto It = S->Vars.find(ArgNo); It != S->Vars.end()) {
        P.Type = It->second->getType();
        P.Name = It->second->getName();
      }
      else if (const DISubroutineType *ST = S->Frame.SP->getType();
               ST && ArgNo < ST->getTypeArray().size())
        P.Type = ST->getTypeArray()[ArgNo];
      if (auto It = S->Locs.find(ArgNo); It != S->Locs.end())
        P.Loc = It->second;
      Any |= P.Loc.Kind != ValueLocation::Missing;
      S->Frame.Params.push_back(std::move(P));
    }
    if (Any)
      Frames.push_back(std::move(S->Frame));
  }
  return Frames;
}

} // namespace sancov_dataflow
