//===-- FunctionNames.h - Names users recognise -----------------*- C++ -*-===//

#ifndef DATAFLOW_VIEW_FUNCTIONNAMES_H
#define DATAFLOW_VIEW_FUNCTIONNAMES_H

#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>
#include <utility>

namespace dataflow_view {

/// The qualified name of a function without its parameter list, from its
/// linkage name (Itanium C++, Rust legacy and v0 mangling) or, for C, its
/// plain name. The argument list printed after it makes the demangled
/// parameter types redundant.
std::string displayFunctionName(llvm::StringRef LinkageName,
                                llvm::StringRef ShortName);

/// An Itanium thunk's linkage name (`_ZThn16_N4Both5rightEi`) split into
/// what the thunk is ("non-virtual thunk to ") and the linkage name of the
/// function it adjusts `this` for (`_ZN4Both5rightEi`); none for other
/// names.
std::optional<std::pair<llvm::StringRef, std::string>>
splitThunk(llvm::StringRef LinkageName);

} // namespace dataflow_view

#endif // DATAFLOW_VIEW_FUNCTIONNAMES_H
