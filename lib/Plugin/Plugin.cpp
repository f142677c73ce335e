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

using namespace llvm;
using namespace sancov_dataflow;

static cl::opt<std::string> ClOptions(
    "sancov-dataflow",
    cl::desc("sancov-dataflow parameters for the automatically scheduled "
             "pass, e.g. 'args;ret;ignorelist=FILE' (same grammar as "
             "sancov-dataflow<...>)"),
    cl::value_desc("params"));

static constexpr const char *OptionsEnvVar = "SANCOV_DATAFLOW_OPTIONS";

/// Options for the instance added to the default pipelines.
static Options optionsForDefaultPipeline() {
  StringRef Source, Text;
  if (ClOptions.getNumOccurrences()) {
    Source = "-sancov-dataflow";
    Text = ClOptions;
  } else if (const char *Env = std::getenv(OptionsEnvVar)) {
    Source = OptionsEnvVar;
    Text = Env;
  } else {
    return Options();
  }
  Expected<Options> Opts = parseOptions(Text);
  if (!Opts)
    reportFatalUsageError(toString(Opts.takeError()) + " (in " + Source + ")");
  return *Opts;
}

static void registerCallbacks(PassBuilder &PB) {
  PB.registerOptimizerLastEPCallback(
      [](ModulePassManager &MPM, OptimizationLevel, ThinOrFullLTOPhase) {
        MPM.addPass(SanCovDataflowPass(optionsForDefaultPipeline()));
      });
  PB.registerPipelineParsingCallback(
      [](StringRef Name, ModulePassManager &MPM,
         ArrayRef<PassBuilder::PipelineElement>) {
        if (!PassBuilder::checkParametrizedPassName(Name, PassName))
          return false;
        Expected<Options> Opts =
            PassBuilder::parsePassParameters(parseOptions, Name, PassName);
        if (!Opts)
          reportFatalUsageError(Opts.takeError());
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
  LLVMGetVersion(&Major, &Minor, &Patch);
  if (Major == BuiltForLLVMMajor && Minor == BuiltForLLVMMinor)
    return true;
  std::fprintf(stderr,
               "sancov-dataflow: this plugin was built for LLVM %u.%u but "
               "the compiler loading it uses LLVM %u.%u.%u; rebuild the "
               "plugin against that compiler's LLVM (for rustc: "
               "`rustc -vV` shows its LLVM version)\n",
               BuiltForLLVMMajor, BuiltForLLVMMinor, Major, Minor, Patch);
  return false;
}

extern "C" LLVM_ATTRIBUTE_WEAK PassPluginLibraryInfo llvmGetPassPluginInfo() {
  if (!hostLLVMMatches())
    // An API version no host accepts: the loader reports the failure.
    return {0, "SanCovDataflow", LLVM_VERSION_STRING, nullptr};
  return {LLVM_PLUGIN_API_VERSION, "SanCovDataflow", LLVM_VERSION_STRING,
          registerCallbacks};
}
