//===-- GuardClone.h - One guard test per call, two bodies ------*- C++ -*-===//
//
// `guard` lets code whose runtime does not record run as if it had no
// records. Testing the guard before each group of records still costs a
// test and a branch per group and the register that holds the test; with
// the body cloned, the test runs once per call and chooses between the
// instrumented body and a copy without any record.
//
//===----------------------------------------------------------------------===//

#ifndef SANCOV_DATAFLOW_GUARDCLONE_H
#define SANCOV_DATAFLOW_GUARDCLONE_H

namespace llvm {
class Function;
class Instruction;
} // namespace llvm

namespace sancov_dataflow {

/// Splits instrumented \p F right after \p On, the guard test in its entry
/// block, which each group of records branches on: the code after it runs
/// while On is true with every group taken, and a clone of it runs
/// otherwise with none. Returns false, leaving F as it was, if F's code
/// cannot be duplicated (a block whose address is taken, a call that must
/// not be duplicated, inline assembly that defines a label by name).
bool cloneBodyOnGuard(llvm::Function &F, llvm::Instruction *On);

} // namespace sancov_dataflow

#endif // SANCOV_DATAFLOW_GUARDCLONE_H
