//===-- InlinedFrames.h - Callees the inliner merged into F -----*- C++ -*-===//
//
// Each call site the inliner expanded into F (at any depth) is a frame of
// its own: the callee's subprogram, the call site's location (the
// `inlinedAt` its instructions carry), where its code starts, and its
// parameters as the inliner described them with debug records.
//
//===----------------------------------------------------------------------===//

#ifndef SANCOV_DATAFLOW_INLINEDFRAMES_H
#define SANCOV_DATAFLOW_INLINEDFRAMES_H

#include "sancov-dataflow/ParamMap.h"

#include "llvm/ADT/SmallVector.h"

namespace llvm {
class DILocation;
class DISubprogram;
class DominatorTree;
class Function;
class Instruction;
} // namespace llvm

namespace sancov_dataflow {

struct InlinedFrame {
  const llvm::DISubprogram *SP = nullptr;
  /// The call site; the frame's instructions carry it as inlinedAt.
  const llvm::DILocation *CallSite = nullptr;
  /// The frame's first instruction: its records go right before it.
  llvm::Instruction *Start = nullptr;
  /// One per declared parameter, numbered from 0 in the callee.
  llvm::SmallVector<SourceParam, 4> Params;
};

/// The inlined frames of F whose code survived and that have at least one
/// parameter value available at their start, outer frames before the
/// frames inlined into them.
llvm::SmallVector<InlinedFrame, 4>
collectInlinedFrames(llvm::Function &F, const llvm::DominatorTree &DT);

} // namespace sancov_dataflow

#endif // SANCOV_DATAFLOW_INLINEDFRAMES_H
