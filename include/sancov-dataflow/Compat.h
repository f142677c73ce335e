//===-- Compat.h - LLVM version differences in one place --------*- C++ -*-===//
//
// The only file of the project that may test the LLVM version. Everything else
// includes this header instead of spelling version checks of its own.
//
//===----------------------------------------------------------------------===//

#ifndef SANCOV_DATAFLOW_COMPAT_H
#define SANCOV_DATAFLOW_COMPAT_H

#include "llvm/Config/llvm-config.h"

#if __has_include("llvm/Plugins/PassPlugin.h")
#include "llvm/Plugins/PassPlugin.h"
#else
#include "llvm/Passes/PassPlugin.h"
#endif

#if LLVM_VERSION_MAJOR != 22
#error "sancov-dataflow supports LLVM 22 only"
#endif

namespace sancov_dataflow {

/// The LLVM major/minor the plugin was compiled against. Plugins share C++
/// types with their host, so a host of another major.minor cannot load it
/// safely.
constexpr unsigned BuiltForLLVMMajor = LLVM_VERSION_MAJOR;
constexpr unsigned BuiltForLLVMMinor = LLVM_VERSION_MINOR;

} // namespace sancov_dataflow

#endif // SANCOV_DATAFLOW_COMPAT_H
