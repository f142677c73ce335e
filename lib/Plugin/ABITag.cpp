//===-- ABITag.cpp - ABI D, three operands with a tag ---------------------===//
//
//   void __sanitizer_cov_trace_args(u64 tag, u64 val, const u64 *offsets);
//   void __sanitizer_cov_trace_ret(u64 size, u64 val, const u64 *offsets);
//
// tag = (arg_idx << 32) | size. offsets is null for a value, else a table
// whose first word is its number of {offset, size} pairs. arg_idx is the
// source parameter index, as in every other ABI (docs/ABI.md says why).
//
//===----------------------------------------------------------------------===//

#include "sancov-dataflow/ValueABI.h"

#include "llvm/IR/Constants.h"

using namespace llvm;

namespace sancov_dataflow {
namespace {

class TagABI : public ValueABI {
public:
  explicit TagABI(Module &M)
      : ValueABI(M, FieldTableBuilder::Form::CountedPairs) {}

  bool declare(bool Args, bool Ret) override {
    FunctionType *FTy =
        FunctionType::get(VoidTy, {Int64Ty, Int64Ty, PtrTy}, false);
    if (Args)
      TraceArgs = declareCallback("__sanitizer_cov_trace_args", FTy, {});
    if (Ret)
      TraceRet = declareCallback("__sanitizer_cov_trace_ret", FTy, {});
    return (!Args || TraceArgs) && (!Ret || TraceRet);
  }

private:
  void emitCall(IRBuilder<> &IRB, FunctionRecords &FR,
                std::optional<unsigned> Index, uint64_t Size, Value *Val,
                const FieldTableBuilder::Table &T) override {
    uint64_t Tag = Index ? (uint64_t(*Index) << 32) | Size : Size;
    Value *Ops[] = {ConstantInt::get(Int64Ty, Tag), Val,
                    T.Array ? T.Array : ConstantPointerNull::get(PtrTy)};
    emitCallback(IRB, Index ? TraceArgs : TraceRet, Ops, {});
  }

  FunctionCallee TraceArgs, TraceRet;
};

} // namespace

std::unique_ptr<CallbackABI> createTagABI(Module &M) {
  return std::make_unique<TagABI>(M);
}

} // namespace sancov_dataflow
