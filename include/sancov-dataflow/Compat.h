//===-- Compat.h - LLVM version differences in one place --------*- C++ -*-===//
//
// The only file of the project that may test the LLVM version. Everything else
// includes this header instead of spelling version checks of its own, and
// calls the helpers below where LLVM 19 and LLVM 22 differ.
//
// Supported: LLVM 22 (the default build, clang 22 and rustc 1.95) and LLVM 19
// (Debian 12's own LLVM, for the plugin and its opt-based tests).
//
//===----------------------------------------------------------------------===//

#ifndef SANCOV_DATAFLOW_COMPAT_H
#define SANCOV_DATAFLOW_COMPAT_H

#include "llvm/Config/llvm-config.h"

#if LLVM_VERSION_MAJOR != 19 && LLVM_VERSION_MAJOR != 22
#error "sancov-dataflow supports LLVM 19 and LLVM 22"
#endif

#include "llvm/IR/Attributes.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/DebugProgramInstruction.h"
#include "llvm/IR/Module.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/Error.h"
#include "llvm/TargetParser/Triple.h"

// LLVM 22 has the plugin interface in its own directory and the
// instrumentation helpers (InstrumentationIRBuilder) in TransformUtils;
// LLVM 19 has them in Passes and Transforms.
#if __has_include("llvm/Plugins/PassPlugin.h")
#include "llvm/Plugins/PassPlugin.h"
#else
#include "llvm/Passes/PassPlugin.h"
#endif
#if __has_include("llvm/Transforms/Utils/Instrumentation.h")
#include "llvm/Transforms/Utils/Instrumentation.h"
#else
#include "llvm/Transforms/Instrumentation.h"
#endif

#include <utility>

namespace sancov_dataflow {

/// The LLVM major/minor the plugin was compiled against. Plugins share C++
/// types with their host, so a host of another major.minor cannot load it
/// safely.
constexpr unsigned BuiltForLLVMMajor = LLVM_VERSION_MAJOR;
constexpr unsigned BuiltForLLVMMinor = LLVM_VERSION_MINOR;

/// The bits of a basic type that count (N of a `_BitInt(N)`, DWARF's
/// DW_AT_bit_size), or 0 when its size says it all. LLVM 19's DIBasicType
/// does not record them.
inline uint64_t getDataSizeInBits(const llvm::DIBasicType &B) {
#if LLVM_VERSION_MAJOR >= 22
  return B.getDataSizeInBits();
#else
  (void)B;
  return 0;
#endif
}

/// The module's target triple. LLVM 22's Module holds a Triple, LLVM 19's
/// the string.
inline llvm::Triple getModuleTriple(const llvm::Module &M) {
#if LLVM_VERSION_MAJOR >= 22
  return M.getTargetTriple();
#else
  return llvm::Triple(M.getTargetTriple());
#endif
}

/// The parameter attribute that limits what a callee does with a pointer it
/// is given: `captures(...)` in LLVM 22, `nocapture` in LLVM 19.
constexpr llvm::Attribute::AttrKind CaptureLimitAttr =
#if LLVM_VERSION_MAJOR >= 22
    llvm::Attribute::Captures;
#else
    llvm::Attribute::NoCapture;
#endif

/// Reports an error the user caused (a bad pass parameter) and exits without
/// a crash report. LLVM 19 spells this report_fatal_error(E, false).
[[noreturn]] inline void reportUsageError(llvm::Error E) {
#if LLVM_VERSION_MAJOR >= 22
  llvm::reportFatalUsageError(std::move(E));
#else
  llvm::report_fatal_error(std::move(E), /*gen_crash_diag=*/false);
#endif
}

/// Registers Callback(ModulePassManager &, OptimizationLevel) at the
/// OptimizerLast extension point. LLVM 22 passes the LTO phase as a third
/// parameter, which the plugin does not need: it runs in every phase and
/// the module flag keeps it from instrumenting twice.
template <typename CallbackT>
void registerOptimizerLastCallback(llvm::PassBuilder &PB, CallbackT Callback) {
#if LLVM_VERSION_MAJOR >= 22
  PB.registerOptimizerLastEPCallback(
      [Callback](llvm::ModulePassManager &MPM, llvm::OptimizationLevel Level,
                 llvm::ThinOrFullLTOPhase) { Callback(MPM, Level); });
#else
  PB.registerOptimizerLastEPCallback(Callback);
#endif
}

/// Keeps M's debug info as debug records (#dbg_value, #dbg_declare,
/// #dbg_assign) while it lives, the only form ParamMap reads. LLVM 22 has no
/// other form. LLVM 19 also has the intrinsic calls (llvm.dbg.value, ...):
/// its pass manager converts to records for every pass unless
/// --experimental-debuginfo-iterators=false says otherwise, and this scope
/// converts in that case too (and back at its end).
class DebugRecordScope {
public:
  explicit DebugRecordScope(llvm::Module &M)
#if LLVM_VERSION_MAJOR < 22
      : Setter(M, /*NewState=*/true)
#endif
  {
  }

private:
#if LLVM_VERSION_MAJOR < 22
  llvm::ScopedDbgInfoFormatSetter<llvm::Module> Setter;
#endif
};

} // namespace sancov_dataflow

#endif // SANCOV_DATAFLOW_COMPAT_H
