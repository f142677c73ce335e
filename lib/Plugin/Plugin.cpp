//===-- Plugin.cpp - Pass plugin entry point and registration -------------===//
//
// Registers sancov-dataflow in two ways:
//  - at the OptimizerLast extension point of every default pipeline, where
//    clang schedules its own sanitizers (after inlining), with options from
//    -mllvm -sancov-dataflow=..., else SANCOV_DATAFLOW_OPTIONS, else the
//    defaults;
//  - as `sancov-dataflow<params>` for explicit pipelines (opt -passes=,
//    rustc -Cpasses=).
// The module flag set by the first instance makes every later one a no-op.
//
//===----------------------------------------------------------------------===//

#include "sancov-dataflow/Compat.h"
#include "sancov-dataflow/SanCovDataflow.h"

#include "llvm-c/Core.h"
#include "llvm/IR/PassInstrumentation.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/ErrorHandling.h"

#include <cstdio>
#include <cstdlib>
#include <string>

extern "C" LLVM_ATTRIBUTE_WEAK void LLVMGetVersion(unsigned *Major,
                                                   unsigned *Minor,
                                                   unsigned *Patch);

using namespace llvm;
using namespace sancov_dataflow;

/// -sancov-dataflow=. Created on first use, not at load time: a static
/// constructor runs inside dlopen, before the host's version is checked, and
/// registering an option with another LLVM's registry crashes there.
static cl::opt<std::string> &clOptions() {
  static cl::opt<std::string> Opt(
      "sancov-dataflow",
      cl::desc("sancov-dataflow parameters for the automatically scheduled "
               "pass, e.g. 'args;ret;ignorelist=FILE' (same grammar as "
               "sancov-dataflow<...>)"),
      cl::value_desc("params"));
  return Opt;
}

static constexpr const char *OptionsEnvVar = "SANCOV_DATAFLOW_OPTIONS";

namespace {
/// Stands in for the pass when its options are invalid. The pipeline is
/// built before the compiler can take a diagnostic (a fatal error there is
/// a crash report in clang), so the error is reported on the module.
class OptionErrorPass : public PassInfoMixin<OptionErrorPass> {
public:
  explicit OptionErrorPass(std::string Message) : Message(std::move(Message)) {}
  PreservedAnalyses run(Module &M, ModuleAnalysisManager &) {
    M.getContext().emitError(Message);
    return PreservedAnalyses::all();
  }
  static bool isRequired() { return true; }

private:
  std::string Message;
};
} // namespace

/// Adds the instance for the default pipelines, with options from
/// -sancov-dataflow, else the environment, else the defaults, at every
/// optimisation level.
static void addDefaultPipelinePass(ModulePassManager &MPM, OptimizationLevel) {
  StringRef Source, Text;
  if (clOptions().getNumOccurrences()) {
    Source = "-sancov-dataflow";
    Text = clOptions();
  } else if (const char *Env = std::getenv(OptionsEnvVar)) {
    Source = OptionsEnvVar;
    Text = Env;
  } else {
    MPM.addPass(SanCovDataflowPass(Options()));
    return;
  }
  Expected<Options> Opts = parseOptions(Text);
  if (!Opts) {
    MPM.addPass(OptionErrorPass(toString(Opts.takeError()) + " (in " +
                                Source.str() + ")"));
    return;
  }
  MPM.addPass(SanCovDataflowPass(std::move(*Opts)));
}

static void registerCallbacks(PassBuilder &PB) {
  registerOptimizerLastCallback(PB, addDefaultPipelinePass);
  PB.registerPipelineParsingCallback(
      [](StringRef Name, ModulePassManager &MPM,
         ArrayRef<PassBuilder::PipelineElement>) {
        if (!PassBuilder::checkParametrizedPassName(Name, PassName))
          return false;
        Expected<Options> Opts =
            PassBuilder::parsePassParameters(parseOptions, Name, PassName);
        if (!Opts)
          reportUsageError(Opts.takeError());
        MPM.addPass(SanCovDataflowPass(std::move(*Opts)));
        return true;
      });
  if (PassInstrumentationCallbacks *PIC = PB.getPassInstrumentationCallbacks())
    PIC->addClassToPassName(SanCovDataflowPass::name(), PassName);
}

/// A plugin shares C++ types with the compiler that loads it, so a host of
/// another LLVM major.minor (e.g. a rustc built on a newer LLVM) would crash
/// in unpredictable ways. Say so instead, before touching any C++ API.
static bool hostLLVMMatches() {
  unsigned Major = 0, Minor = 0, Patch = 0;
  std::string Host = "LLVM older than 16";
  // Weak: LLVM 15 and older lack it, and the host would otherwise fail in
  // the dynamic linker with "undefined symbol" before we can say why.
  if (LLVMGetVersion) {
    LLVMGetVersion(&Major, &Minor, &Patch);
    if (Major == BuiltForLLVMMajor && Minor == BuiltForLLVMMinor)
      return true;
    Host = "LLVM " + std::to_string(Major) + "." + std::to_string(Minor) +
           "." + std::to_string(Patch);
  }
  std::fprintf(stderr,
               "sancov-dataflow: this plugin was built for LLVM %u.%u but "
               "the compiler loading it uses %s; rebuild the plugin against "
               "that compiler's LLVM (for rustc: `rustc -vV` shows its LLVM "
               "version)\n",
               BuiltForLLVMMajor, BuiltForLLVMMinor, Host.c_str());
  return false;
}

extern "C" LLVM_ATTRIBUTE_WEAK PassPluginLibraryInfo llvmGetPassPluginInfo() {
  if (!hostLLVMMatches())
    // An API version no host accepts: the loader reports the failure.
    return {0, "SanCovDataflow", LLVM_VERSION_STRING, nullptr};
  clOptions(); // Registered now, before the host parses -mllvm options.
  return {LLVM_PLUGIN_API_VERSION, "SanCovDataflow", LLVM_VERSION_STRING,
          registerCallbacks};
}
