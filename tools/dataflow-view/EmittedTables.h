//===-- EmittedTables.h - The field tables a binary carries -----*- C++ -*-===//
//
// The plugin's tables are internal constants named
// `__sancov_dataflow_fields.<Struct>` (docs/ABI.md), so an object, a linked
// program or a vmlinux lists them in its symbol table. Read back, they are
// the other side of the differential layout check: what the plugin
// emitted, against what the viewer derives from DWARF (--dump-tables).
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_VIEW_EMITTEDTABLES_H
#define DATAFLOW_VIEW_EMITTEDTABLES_H

#include "llvm/Support/Error.h"

namespace llvm {
class raw_ostream;
} // namespace llvm

namespace dataflow_view {

/// Prints `NAME: off,size off,size ...` for every table symbol of the
/// object at \p Path (one line per distinct name and table), in the format
/// of DebugObject::dumpTables. ABI D's counted tables lose their count.
llvm::Error dumpEmittedTables(llvm::StringRef Path, llvm::raw_ostream &OS);

} // namespace dataflow_view

#endif // DATAFLOW_VIEW_EMITTEDTABLES_H
