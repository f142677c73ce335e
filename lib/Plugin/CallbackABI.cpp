//===-- CallbackABI.cpp - What every callback ABI shares ------------------===//

#include "sancov-dataflow/CallbackABI.h"
#include "sancov-dataflow/Compat.h"

#include "llvm/Analysis/TargetLibraryInfo.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/GlobalAlias.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace sancov_dataflow {

/// A weak or linkonce function can lose to another definition at link
/// time, and its symbol then names that one: for a weak kernel default
/// overridden by an __init definition, a .text reference to .init.text,
/// which modpost rejects. A private alias is resolved to this body by the
/// assembler (a section-relative relocation).
Constant *FunctionRecords::pc() {
  Constant *&PC = PCs[Identity];
  if (PC)
    return PC;
  GlobalValue *Target = Identity;
  if (Identity->isWeakForLinker())
    Target = GlobalAlias::create(GlobalValue::PrivateLinkage,
                                 Identity->getName() + ".sancov_dataflow_pc",
                                 Identity);
  PC = ConstantExpr::getPtrToInt(Target, Type::getInt64Ty(F.getContext()));
  return PC;
}

void FunctionRecords::notePassed(Value *V) {
  if (V)
    if (auto *A = dyn_cast<Argument>(V->stripPointerCasts()))
      PassedArgs.insert(A);
}

CallbackABI::CallbackABI(Module &M, FieldTableBuilder::Form TableForm)
    : M(M), Tables(M, TableForm), VoidTy(Type::getVoidTy(M.getContext())),
      Int32Ty(Type::getInt32Ty(M.getContext())),
      Int64Ty(Type::getInt64Ty(M.getContext())),
      PtrTy(PointerType::getUnqual(M.getContext())),
      U32Ext(TargetLibraryInfo::getExtAttrForI32Param(getModuleTriple(M),
                                                      /*Signed=*/false)) {}

FunctionCallee CallbackABI::declareCallback(StringRef Name, FunctionType *FTy,
                                            ArrayRef<unsigned> U32Params) {
  LLVMContext &Ctx = M.getContext();
  if (Function *Existing = M.getFunction(Name);
      Existing && Existing->getFunctionType() != FTy) {
    std::string Have, Want;
    raw_string_ostream(Have) << *Existing->getFunctionType();
    raw_string_ostream(Want) << *FTy;
    Ctx.emitError("sancov-dataflow: '" + Name + "' is declared as '" + Have +
                  "' in this module, but the callback is '" + Want + "'");
    return FunctionCallee();
  }
  AttributeList AL;
  if (U32Ext != Attribute::None)
    for (unsigned I : U32Params)
      AL = AL.addParamAttribute(Ctx, I, U32Ext);
  return M.getOrInsertFunction(Name, FTy, AL);
}

CallInst *CallbackABI::emitCallback(IRBuilder<> &IRB, FunctionCallee C,
                                    ArrayRef<Value *> Args,
                                    ArrayRef<unsigned> U32Params) {
  CallInst *CI = IRB.CreateCall(C, Args);
  // A tail call would let the backend turn it into a jump and drop the
  // caller's frame; merging two calls would lose their distinct locations.
  CI->setTailCallKind(CallInst::TCK_NoTail);
  CI->setCannotMerge();
  if (auto *F = dyn_cast<Function>(C.getCallee()))
    CI->setCallingConv(F->getCallingConv());
  if (U32Ext != Attribute::None)
    for (unsigned I : U32Params)
      CI->addParamAttr(I, U32Ext);
  return CI;
}

FieldTableBuilder::Table CallbackABI::tableFor(FunctionRecords &FR,
                                               const DeclaredType &Decl) {
  FieldTableBuilder::Table T = Tables.get(Decl);
  if (T.Array)
    FR.TablesUsed.insert(T.Array);
  return T;
}

std::unique_ptr<CallbackABI> createCallbackABI(Module &M, ABIKind Kind) {
  switch (Kind) {
  case ABIKind::KcovV2:
    return createKcovV2ABI(M);
  case ABIKind::ValuePC:
    return createValuePCABI(M);
  case ABIKind::Value:
    return createValueABI(M);
  case ABIKind::Tag:
    return createTagABI(M);
  case ABIKind::Packed:
    return createPackedABI(M);
  }
  llvm_unreachable("every ABI has an implementation");
}

} // namespace sancov_dataflow
