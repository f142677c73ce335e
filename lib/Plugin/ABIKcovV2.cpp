//===-- ABIKcovV2.cpp - ABI A, the kernel RFC v2's pointer ABI ------------===//
//
//   void __sanitizer_cov_trace_args(u64 pc, u32 arg_idx, u32 arg_size,
//                                   void *arg_ptr, u64 *offsets,
//                                   u32 num_fields);
//   void __sanitizer_cov_trace_ret(u64 pc, u32 ret_size, void *ret_val,
//                                  u64 *offsets, u32 num_fields);
//
// ptr points at `size` bytes holding the value: a stack slot for scalars and
// register-passed aggregates (ValueLowering), the object itself for pointers
// to structs, structs in memory and sret buffers. A pointer without a known
// pointee layout is passed as is with size 8. Size 0 and a null ptr mean
// "no value".
//
//===----------------------------------------------------------------------===//

#include "sancov-dataflow/CallbackABI.h"
#include "sancov-dataflow/Compat.h"
#include "sancov-dataflow/ValueLowering.h"

#include "llvm/IR/Constants.h"
#include "llvm/IR/InlineAsm.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"
#include "llvm/TargetParser/Triple.h"

using namespace llvm;

namespace sancov_dataflow {

/// True if inline asm in F reads, writes or clobbers RBX. ABI A's escaping
/// stack slot may force a realigned frame (KASAN redzones do), and x86-64
/// then reserves RBX as base pointer, which such asm makes impossible.
static bool inlineAsmUsesBasePointerX86(const Function &F) {
  auto IsRBX = [](StringRef C) {
    return C == "b" || C.equals_insensitive("{rbx}") ||
           C.equals_insensitive("{ebx}") || C.equals_insensitive("{bx}") ||
           C.equals_insensitive("{bl}") || C.equals_insensitive("{bh}");
  };
  for (const BasicBlock &BB : F)
    for (const Instruction &I : BB) {
      const auto *CB = dyn_cast<CallBase>(&I);
      const auto *IA =
          CB ? dyn_cast<InlineAsm>(CB->getCalledOperand()) : nullptr;
      if (!IA)
        continue;
      for (const InlineAsm::ConstraintInfo &CI : IA->ParseConstraints()) {
        if (llvm::any_of(CI.Codes, IsRBX))
          return true;
        // "=b,r" in GCC syntax becomes alternatives: any may be chosen.
        for (const InlineAsm::SubConstraintInfo &Alt : CI.multipleAlternatives)
          if (llvm::any_of(Alt.Codes, IsRBX))
            return true;
      }
    }
  return false;
}

/// True if a stack slot in F would make ASan/KASAN name F's symbol: a
/// function with an instrumented stack variable gets a frame record holding
/// its address, by symbol. A weak function's symbol may name another
/// definition at link time (a weak kernel default overridden by an __init
/// one: a .text reference to .init.text, which modpost rejects). Our slot is
/// often such a function's only stack variable, so it gets none.
static bool slotWouldNameWeakSymbol(const Function &F) {
  return F.isWeakForLinker() && F.hasFnAttribute(Attribute::SanitizeAddress);
}

namespace {

class KcovV2ABI : public CallbackABI {
public:
  explicit KcovV2ABI(Module &M)
      : CallbackABI(M, FieldTableBuilder::Form::Pairs),
        IsX86_64(getModuleTriple(M).getArch() == Triple::x86_64) {}

  bool declare(bool Args, bool Ret) override {
    if (Args)
      TraceArgs = declareCallback(
          "__sanitizer_cov_trace_args",
          FunctionType::get(VoidTy,
                            {Int64Ty, Int32Ty, Int32Ty, PtrTy, PtrTy, Int32Ty},
                            false),
          ArgsU32);
    if (Ret)
      TraceRet = declareCallback(
          "__sanitizer_cov_trace_ret",
          FunctionType::get(VoidTy, {Int64Ty, Int32Ty, PtrTy, PtrTy, Int32Ty},
                            false),
          RetU32);
    return (!Args || TraceArgs) && (!Ret || TraceRet);
  }

  void beginFunction(FunctionRecords &FR) override {
    Function &F = FR.function();
    if (IsX86_64 && inlineAsmUsesBasePointerX86(F))
      FR.Limitation = "inline asm uses RBX";
    else if (slotWouldNameWeakSymbol(F))
      FR.Limitation = "a weak function under AddressSanitizer";
    if (!FR.Limitation.empty())
      FR.Limitation += ", so values needing a stack slot are not reported";
    Lower.emplace(F, Tables, FR.Limitation.empty());
  }

  void endFunction(FunctionRecords &FR) override {
    Lower->finalize();
    Lower.reset();
  }

  bool emitArg(IRBuilder<> &IRB, FunctionRecords &FR, unsigned Index,
               const DeclaredType &Decl, const ValueLocation &Loc) override {
    return emit(IRB, FR, TraceArgs,
                {FR.pc(), ConstantInt::get(Int32Ty, Index)},
                Lower->lower(IRB, Decl, Loc), ArgsU32);
  }

  bool emitRet(IRBuilder<> &IRB, FunctionRecords &FR, const DeclaredType &Decl,
               const ValueLocation &Loc) override {
    return emit(IRB, FR, TraceRet, {FR.pc()}, Lower->lower(IRB, Decl, Loc),
                RetU32);
  }

private:
  bool emit(IRBuilder<> &IRB, FunctionRecords &FR, FunctionCallee Callee,
            ArrayRef<Value *> Prefix, const Report &R,
            ArrayRef<unsigned> U32Params) {
    SmallVector<Value *, 6> Args(Prefix);
    Args.push_back(ConstantInt::get(Int32Ty, R.Size));
    Args.push_back(R.Ptr && R.Size ? Lower->asCallbackPointer(IRB, R.Ptr)
                                   : ConstantPointerNull::get(PtrTy));
    Args.push_back(R.Table.Array ? R.Table.Array
                                 : ConstantPointerNull::get(PtrTy));
    Args.push_back(ConstantInt::get(Int32Ty, R.Table.NumFields));
    if (isa_and_nonnull<Argument>(R.Ptr))
      FR.notePassed(R.Ptr);
    if (R.Table.Array)
      FR.TablesUsed.insert(R.Table.Array);
    emitCallback(IRB, Callee, Args, U32Params);
    return R.Ptr && R.Size;
  }

  static constexpr unsigned ArgsU32[] = {1, 2, 5};
  static constexpr unsigned RetU32[] = {1, 4};
  bool IsX86_64;
  FunctionCallee TraceArgs, TraceRet;
  std::optional<ValueLowering> Lower;
};

} // namespace

std::unique_ptr<CallbackABI> createKcovV2ABI(Module &M) {
  return std::make_unique<KcovV2ABI>(M);
}

} // namespace sancov_dataflow
