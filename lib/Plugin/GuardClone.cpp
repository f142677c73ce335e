//===-- GuardClone.cpp - One guard test per call, two bodies --------------===//

#include "sancov-dataflow/GuardClone.h"

#include "llvm/IR/Constants.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/InlineAsm.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/MDBuilder.h"
#include "llvm/Transforms/Utils/BasicBlockUtils.h"
#include "llvm/Transforms/Utils/Cloning.h"
#include "llvm/Transforms/Utils/Local.h"
#include "llvm/Transforms/Utils/ValueMapper.h"

using namespace llvm;

namespace sancov_dataflow {

/// Whether inline assembly defines a label by name (`name:`), which a
/// second copy would define again in the same object: the Linux kernel's
/// int3_selftest does. Numeric labels (`1:`) and names made unique per copy
/// (`%=`, which LLVM spells `${:uid}`) may repeat.
static bool definesNamedLabel(StringRef Asm) {
  SmallVector<StringRef, 16> Statements;
  SplitString(Asm, Statements, "\n;");
  auto IsSymbolChar = [](char C) {
    return isAlnum(C) || C == '_' || C == '.' || C == '$';
  };
  for (StringRef St : Statements) {
    StringRef Name = St.trim();
    size_t Colon = Name.find(':');
    if (Colon == StringRef::npos || Colon == 0)
      continue;
    Name = Name.take_front(Colon);
    if (all_of(Name, IsSymbolChar) && !all_of(Name, isDigit))
      return true;
  }
  return false;
}

/// What a second copy of \p BB would break: a block address names one
/// block, `noduplicate` calls promise a single call site, a function may
/// escape its locals only once, and a label its assembly defines by name
/// may be defined only once.
static bool canDuplicate(const BasicBlock &BB) {
  if (BB.hasAddressTaken())
    return false;
  for (const Instruction &I : BB) {
    const auto *CB = dyn_cast<CallBase>(&I);
    if (!CB)
      continue;
    if (CB->cannotDuplicate())
      return false;
    if (const auto *IA = dyn_cast<InlineAsm>(CB->getCalledOperand());
        IA && definesNamedLabel(IA->getAsmString()))
      return false;
    if (const auto *II = dyn_cast<IntrinsicInst>(CB);
        II && II->getIntrinsicID() == Intrinsic::localescape)
      return false;
  }
  return true;
}

bool cloneBodyOnGuard(Function &F, Instruction *On) {
  BasicBlock *Head = On->getParent();
  if (!all_of(F, [&](const BasicBlock &BB) { return canDuplicate(BB); }))
    return false;
  BasicBlock *Traced = Head->splitBasicBlock(std::next(On->getIterator()),
                                             "sancov_dataflow.traced");
  SmallVector<BasicBlock *, 16> Body;
  for (BasicBlock &BB : F)
    if (&BB != Head)
      Body.push_back(&BB);

  // The clone sees the guard clear; the original sees it set.
  LLVMContext &Ctx = F.getContext();
  ValueToValueMapTy VMap;
  VMap[On] = ConstantInt::getFalse(Ctx);
  SmallVector<BasicBlock *, 16> Plain;
  for (BasicBlock *BB : Body) {
    Plain.push_back(CloneBasicBlock(BB, VMap, ".plain", &F));
    VMap[BB] = Plain.back();
  }
  remapInstructionsInBlocks(Plain, VMap);
  On->replaceUsesWithIf(ConstantInt::getTrue(Ctx), [&](Use &U) {
    return cast<Instruction>(U.getUser())->getParent() != Head;
  });

  Head->getTerminator()->eraseFromParent();
  BranchInst *Br =
      BranchInst::Create(Traced, cast<BasicBlock>(VMap[Traced]), On, Head);
  // Idle is the case to be fast in.
  Br->setMetadata(LLVMContext::MD_prof,
                  MDBuilder(Ctx).createBranchWeights(1, 1000));

  // Each group's branch is now constant: fold it, drop the groups the
  // clone never runs, and join the blocks the groups had split.
  for (BasicBlock *BB : concat<BasicBlock *>(Body, Plain))
    ConstantFoldTerminator(BB, /*DeleteDeadConditions=*/true);
  removeUnreachableBlocks(F);
  for (BasicBlock &BB : make_early_inc_range(F))
    if (&BB != Head && &BB != Traced)
      MergeBlockIntoPredecessor(&BB);
  return true;
}

} // namespace sancov_dataflow
