//===-- Call.h - One call reconstructed from records ------------*- C++ -*-===//

#ifndef DATAFLOW_VIEW_CALL_H
#define DATAFLOW_VIEW_CALL_H

#include "sancov-dataflow/TraceRecord.h"

#include "llvm/ADT/SmallVector.h"

#include <cstdint>
#include <string>

namespace dataflow_view {

struct FunctionInfo;

/// The parts of an ENTRY or RET record a printer needs, owned.
struct Value {
  uint32_t Idx = 0;
  uint32_t Size = 0;
  uint32_t Seq = 0;
  uint64_t Ptr = 0;
  uint64_t Offset = 0;
  bool GuessedLength = false;
  /// A value ABI's value without a table: Words are the value's own bytes
  /// (word k holds bytes [8k, 8k + 8)), not what was read at a pointer.
  bool Direct = false;
  llvm::SmallVector<uint64_t, 4> Words;

  static Value from(const sancov_dataflow::trace::Record &R,
                    sancov_dataflow::trace::CallbackAbi Abi);
};

struct Call {
  enum StatusTy {
    Open,
    Returned,
    /// Never returned (exception, longjmp, exit, a lost record): ended when
    /// a RET of a caller was matched, or at the end of the trace.
    Unfinished,
    /// Left without returning: the PC_EXIT of a caller came first (longjmp,
    /// exception unwinding).
    Unwound,
  };
  uint64_t Tid = 0;
  /// The first record's pc: the function's address (ABI A, B) or a call
  /// site in it (ABI C, D, entry-exit).
  uint64_t Pc = 0;
  const FunctionInfo *Fn = nullptr;
  /// An inlined frame: nested under the frame it was inlined into; it has
  /// no RET and ends when the records leave it.
  bool Inlined = false;
  /// Frame::Site of the frame the call runs in.
  uintptr_t Site = 0;
  /// Opened by a PC_ENTRY record, so closed only by the PC_EXIT with the
  /// same stack pointer (Sp) or by unwinding.
  bool Exact = false;
  uint64_t Sp = 0;
  /// Sequence number of the call's first record.
  uint32_t Seq = 0;
  llvm::SmallVector<Value, 4> Args;
  bool HasRet = false;
  Value Ret;
  StatusTy Status = Open;
  /// No ENTRY record opened the call: only a RET was seen (a function
  /// without parameters has no ENTRY record in ABI A, so where it started
  /// is unknown), or it was opened because a callee inlined into it
  /// reported.
  bool NoEntry = false;
  /// Open calls around this one in its thread; a SelectSink renumbers
  /// it to count only the calls it shows.
  unsigned Depth = 0;
  /// Time axis: the unwrapped per-thread sequence number of the first and
  /// the last record of the call.
  uint64_t BeginTick = 0, EndTick = 0;
  /// The kernel worker session the call ran in (Tid is the worker's pid),
  /// or null for the traced task's own calls.
  const sancov_dataflow::trace::RemoteInfo *Remote = nullptr;
  unsigned records() const { return Args.size() + (HasRet ? 1 : 0); }
};

/// A comparison (a CMP record), in the call that made it.
struct Comparison {
  uint64_t Tid = 0;
  /// Open calls around it: it belongs to the innermost.
  unsigned Depth = 0;
  uint64_t Tick = 0;
  uint32_t Seq = 0;
  /// The call site of the comparison.
  uint64_t Pc = 0;
  /// The function whose code compared (the innermost frame at Pc), or null.
  const FunctionInfo *Fn = nullptr;
  /// Fn is not the innermost open call's function (a call the trace has no
  /// start of, such as one without parameters), so it is named.
  bool OtherFunction = false;
  /// One operand was a constant (KCOV's type bit 0).
  bool Const = false;
  /// Bytes of each operand.
  uint32_t Size = 0;
  uint64_t Operands[2] = {0, 0};
  const sancov_dataflow::trace::RemoteInfo *Remote = nullptr;
  /// The innermost open call as the CallTree passed it, or null.
  const Call *In = nullptr;
};

/// Receives calls in order. callBegin comes once the argument list is
/// complete; callEnd when the call returned or was found unfinished. Calls
/// nest properly per thread.
class CallSink {
public:
  virtual ~CallSink();
  /// The following events are of thread Tid: the traced task's, or with
  /// Remote a kernel worker's session for it (a block of its own).
  virtual void thread(uint64_t Tid,
                      const sancov_dataflow::trace::RemoteInfo *Remote) {}
  virtual void callBegin(const Call &C) = 0;
  virtual void callEnd(const Call &C) = 0;
  virtual void cmp(const Comparison &C) {}
  /// Something the reader should know at this point of the thread.
  virtual void note(uint64_t Tid, unsigned Depth, const std::string &Msg) {}
  virtual void finish() {}
};

} // namespace dataflow_view

#endif // DATAFLOW_VIEW_CALL_H
