//===-- ABIValue.cpp - ABI C, values identified by their call site --------===//
//
//   void __sanitizer_cov_trace_args(u32 arg_idx, u32 size, u64 val,
//                                   u64 *offsets, u32 num_fields);
//   void __sanitizer_cov_trace_ret(u32 size, u64 val, u64 *offsets,
//                                  u32 num_fields);
//
// No pc: the consumer takes its return address minus one, which the call's
// !dbg location (the frame's subprogram, with the inlinedAt chain of an
// inlined frame) lets DWARF resolve to the frame.
//
//===----------------------------------------------------------------------===//

#include "sancov-dataflow/ValueABI.h"

#include "llvm/IR/Constants.h"

using namespace llvm;

namespace sancov_dataflow {
namespace {

class ValueOnlyABI : public ValueABI {
public:
  explicit ValueOnlyABI(Module &M)
      : ValueABI(M, FieldTableBuilder::Form::Pairs) {}

  bool declare(bool Args, bool Ret) override {
    if (Args)
      TraceArgs = declareCallback("__sanitizer_cov_trace_args",
                                  sizedArgsType({}), ArgsU32);
    if (Ret)
      TraceRet = declareCallback("__sanitizer_cov_trace_ret",
                                 sizedRetType({}), RetU32);
    return (!Args || TraceArgs) && (!Ret || TraceRet);
  }

private:
  void emitCall(IRBuilder<> &IRB, FunctionRecords &FR,
                std::optional<unsigned> Index, uint64_t Size, Value *Val,
                const FieldTableBuilder::Table &T) override {
    emitCallback(IRB, Index ? TraceArgs : TraceRet,
                 sizedOperands(Index, Size, Val, T),
                 Index ? ArrayRef<unsigned>(ArgsU32) : RetU32);
  }

  static constexpr unsigned ArgsU32[] = {0, 1, 4};
  static constexpr unsigned RetU32[] = {0, 3};
  FunctionCallee TraceArgs, TraceRet;
};

} // namespace

std::unique_ptr<CallbackABI> createValueABI(Module &M) {
  return std::make_unique<ValueOnlyABI>(M);
}

} // namespace sancov_dataflow
