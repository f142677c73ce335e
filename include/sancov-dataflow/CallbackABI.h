//===-- CallbackABI.h - One callback ABI generation -------------*- C++ -*-===//
//
// The seam between the pass and the callbacks' operand shapes. The pass
// decides where records go, which source parameter is which value and what
// its declared type is; a CallbackABI declares the callbacks and turns
// "parameter I of this frame, of this declared type, is here" into calls.
// Each generation (docs/ABI.md) is one implementation file.
//
//===----------------------------------------------------------------------===//

#ifndef SANCOV_DATAFLOW_CALLBACKABI_H
#define SANCOV_DATAFLOW_CALLBACKABI_H

#include "sancov-dataflow/FieldLayout.h"
#include "sancov-dataflow/Options.h"
#include "sancov-dataflow/ParamMap.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/IR/IRBuilder.h"

#include <memory>
#include <string>

namespace sancov_dataflow {

/// What the records of one instrumented function share, and what the pass
/// learns back from the ABI about them.
class FunctionRecords {
public:
  explicit FunctionRecords(llvm::Function &F) : F(F) {}

  /// The function the records are inserted into.
  llvm::Function &function() const { return F; }
  /// The constant address of the function the next records describe (F,
  /// or the out-of-line copy of an inlined callee), for ABIs with a pc.
  llvm::Constant *pc();
  /// Makes the next records describe \p Callee (null: F itself).
  void describe(llvm::Function *Callee) { Identity = Callee ? Callee : &F; }

  /// Arguments of F handed to a callback in any form: attributes that
  /// promise they do not escape are no longer true.
  llvm::SmallPtrSet<llvm::Argument *, 4> PassedArgs;
  llvm::SmallPtrSet<llvm::Constant *, 4> TablesUsed;
  /// Why some values of F are not reported, for the remark; empty if none.
  std::string Limitation;

  /// Notes the arguments \p V is or derives from by a cast.
  void notePassed(llvm::Value *V);

private:
  llvm::Function &F;
  llvm::Function *Identity = &F;
  llvm::DenseMap<llvm::Function *, llvm::Constant *> PCs;
};

class CallbackABI {
public:
  virtual ~CallbackABI() = default;

  /// Declares the callbacks in the module; false after an error (a
  /// conflicting declaration) was reported.
  virtual bool declare(bool Args, bool Ret) = 0;

  /// Prepares per-function state before the first record of F.
  virtual void beginFunction(FunctionRecords &FR) {}
  /// Finishes per-function state after the last record of F.
  virtual void endFunction(FunctionRecords &FR) {}

  /// Emits the record(s) of source parameter \p Index at \p IRB's insertion
  /// point, which carries the frame's debug location. Both return false if
  /// the record says "no value" (size 0).
  virtual bool emitArg(llvm::IRBuilder<> &IRB, FunctionRecords &FR,
                       unsigned Index, const DeclaredType &Decl,
                       const ValueLocation &Loc) = 0;
  /// Emits the record(s) of a return value right before a return.
  virtual bool emitRet(llvm::IRBuilder<> &IRB, FunctionRecords &FR,
                       const DeclaredType &Decl, const ValueLocation &Loc) = 0;
  /// Ends a group of records: one frame's parameters, or one return. An
  /// ABI that carries a group in one call emits it here, at \p IRB's point.
  virtual void endRecords(llvm::IRBuilder<> &IRB, FunctionRecords &FR) {}

protected:
  CallbackABI(llvm::Module &M, FieldTableBuilder::Form TableForm);

  /// Declares \p Name with type \p FTy; i32 parameters in \p U32Params get
  /// the target's extension attribute.
  llvm::FunctionCallee declareCallback(llvm::StringRef Name,
                                       llvm::FunctionType *FTy,
                                       llvm::ArrayRef<unsigned> U32Params);
  /// A call that is never a tail call (the frame must stay) and never
  /// merged with another (each has its own location).
  llvm::CallInst *emitCallback(llvm::IRBuilder<> &IRB, llvm::FunctionCallee C,
                               llvm::ArrayRef<llvm::Value *> Args,
                               llvm::ArrayRef<unsigned> U32Params);
  /// The table of \p Decl's struct in this ABI's form, or null.
  FieldTableBuilder::Table tableFor(FunctionRecords &FR,
                                    const DeclaredType &Decl);

  llvm::Module &M;
  FieldTableBuilder Tables;
  llvm::Type *VoidTy, *Int32Ty, *Int64Ty;
  llvm::PointerType *PtrTy;

private:
  llvm::Attribute::AttrKind U32Ext;
};

std::unique_ptr<CallbackABI> createKcovV2ABI(llvm::Module &M);
std::unique_ptr<CallbackABI> createValuePCABI(llvm::Module &M);
std::unique_ptr<CallbackABI> createValueABI(llvm::Module &M);
std::unique_ptr<CallbackABI> createTagABI(llvm::Module &M);
std::unique_ptr<CallbackABI> createPackedABI(llvm::Module &M);

/// The implementation of \p Kind for module \p M.
std::unique_ptr<CallbackABI> createCallbackABI(llvm::Module &M, ABIKind Kind);

} // namespace sancov_dataflow

#endif // SANCOV_DATAFLOW_CALLBACKABI_H
