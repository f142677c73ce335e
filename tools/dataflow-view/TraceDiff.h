//===-- TraceDiff.h - Align two traces' call trees --------------*- C++ -*-===//
//
// `diff A B` pairs the calls of two traces and compares their values.
// Threads are paired in the order they first appear. Within a thread
// pair, each side is a stream of call entries (arguments known) and exits
// (return value known), in trace order. Two entries pair when they call
// the same function and their nearest paired ancestors are each other's
// partners, so an inserted or missing call (a function inlined in one
// build, a branch taken in one run) leaves its callees pairable. When the
// next entries do not pair, the one whose function appears soonest among
// the other side's next entries (a bounded window) is kept and the other
// reported as only on its side. Memory is bounded by the window, the
// context and the open calls.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_VIEW_TRACEDIFF_H
#define DATAFLOW_VIEW_TRACEDIFF_H

#include "Call.h"

#include "llvm/ADT/STLFunctionalExtras.h"

#include <memory>

namespace llvm {
class raw_ostream;
} // namespace llvm

namespace dataflow_view {

class TraceDiff {
public:
  /// Context: how many paired calls before a value difference to show.
  TraceDiff(llvm::raw_ostream &OS, bool Jsonl, unsigned Context);
  ~TraceDiff();
  /// Where the CallTree of trace 0 (A) or 1 (B) sends its calls.
  CallSink &side(unsigned I);
  /// Pull(I) feeds the next event of trace I to its CallTree and returns
  /// false at its end (after the CallTree's finish()). Returns the number
  /// of value differences.
  uint64_t run(llvm::function_ref<bool(unsigned)> Pull);

  /// Entries of the other side searched for a function before giving up.
  static constexpr size_t Window = 64;

private:
  struct Impl;
  std::unique_ptr<Impl> P;
};

} // namespace dataflow_view

#endif // DATAFLOW_VIEW_TRACEDIFF_H
