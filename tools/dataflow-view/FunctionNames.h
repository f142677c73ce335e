//===-- FunctionNames.h - Names users recognise -----------------*- C++ -*-===//

#ifndef DATAFLOW_VIEW_FUNCTIONNAMES_H
#define DATAFLOW_VIEW_FUNCTIONNAMES_H

#include "llvm/ADT/StringRef.h"

#include <string>

namespace dataflow_view {

/// The qualified name of a function without its parameter list, from its
/// linkage name (Itanium C++, Rust legacy and v0 mangling) or, for C, its
/// plain name. The argument list printed after it makes the demangled
/// parameter types redundant.
std::string displayFunctionName(llvm::StringRef LinkageName,
                                llvm::StringRef ShortName);

} // namespace dataflow_view

#endif // DATAFLOW_VIEW_FUNCTIONNAMES_H
