//===-- SanCovDataflow.h - The sancov-dataflow module pass ------*- C++ -*-===//
//
// Inserts kcov-dataflow callbacks at function boundaries:
//
//   void __sanitizer_cov_trace_args(u64 pc, u32 arg_idx, u32 arg_size,
//                                   void *arg_ptr, u64 *offsets,
//                                   u32 num_fields);
//   void __sanitizer_cov_trace_ret(u64 pc, u32 ret_size, void *ret_val,
//                                  u64 *offsets, u32 num_fields);
//
// (ABI A, the one the kernel RFC v2 consumes; docs/ABI.md has the contract.)
//
//===----------------------------------------------------------------------===//

#ifndef SANCOV_DATAFLOW_SANCOVDATAFLOW_H
#define SANCOV_DATAFLOW_SANCOVDATAFLOW_H

#include "sancov-dataflow/Options.h"

#include "llvm/IR/PassManager.h"

namespace sancov_dataflow {

/// The name used in pass pipelines: `sancov-dataflow<params>`.
constexpr const char *PassName = "sancov-dataflow";

/// Module flag that marks an instrumented module, so a second instance of
/// the pass (explicit pipeline plus extension point, LTO post-link) is a
/// no-op.
constexpr const char *InstrumentedFlag = "sancov-dataflow";

class SanCovDataflowPass : public llvm::PassInfoMixin<SanCovDataflowPass> {
public:
  explicit SanCovDataflowPass(Options Opts) : Opts(std::move(Opts)) {}

  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);

  void printPipeline(llvm::raw_ostream &OS,
                     llvm::function_ref<llvm::StringRef(llvm::StringRef)>);

  /// Instrumentation is mandatory: it must also run on optnone functions,
  /// and every function is optnone at -O0.
  static bool isRequired() { return true; }

private:
  Options Opts;
};

} // namespace sancov_dataflow

#endif // SANCOV_DATAFLOW_SANCOVDATAFLOW_H
