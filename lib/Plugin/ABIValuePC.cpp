//===-- ABIValuePC.cpp - ABI B, values with the function's pc -------------===//
//
//   void __sanitizer_cov_trace_args(u64 pc, u32 arg_idx, u32 size, u64 val,
//                                   u64 *offsets, u32 num_fields);
//   void __sanitizer_cov_trace_ret(u64 pc, u32 size, u64 val,
//                                  u64 *offsets, u32 num_fields);
//
//===----------------------------------------------------------------------===//

#include "sancov-dataflow/ValueABI.h"

#include "llvm/IR/Constants.h"

using namespace llvm;

namespace sancov_dataflow {
namespace {

class ValuePCABI : public ValueABI {
public:
  explicit ValuePCABI(Module &M)
      : ValueABI(M, FieldTableBuilder::Form::Pairs) {}

  bool declare(bool Args, bool Ret) override {
    if (Args)
      TraceArgs = declareCallback("__sanitizer_cov_trace_args",
                                  sizedArgsType({Int64Ty}), ArgsU32);
    if (Ret)
      TraceRet = declareCallback("__sanitizer_cov_trace_ret",
                                 sizedRetType({Int64Ty}), RetU32);
    return (!Args || TraceArgs) && (!Ret || TraceRet);
  }

private:
  void emitCall(IRBuilder<> &IRB, FunctionRecords &FR,
                std::optional<unsigned> Index, uint64_t Size, Value *Val,
                const FieldTableBuilder::Table &T) override {
    SmallVector<Value *, 6> Ops = {FR.pc()};
    Ops.append(sizedOperands(Index, Size, Val, T));
    emitCallback(IRB, Index ? TraceArgs : TraceRet, Ops,
                 Index ? ArrayRef<unsigned>(ArgsU32) : RetU32);
  }

  static constexpr unsigned ArgsU32[] = {1, 2, 5};
  static constexpr unsigned RetU32[] = {1, 4};
  FunctionCallee TraceArgs, TraceRet;
};

} // namespace

std::unique_ptr<CallbackABI> createValuePCABI(Module &M) {
  return std::make_unique<ValuePCABI>(M);
}

} // namespace sancov_dataflow
