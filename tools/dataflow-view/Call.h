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
  llvm::SmallVector<uint64_t, 4> Words;

  static Value from(const sancov_dataflow::trace::Record &R);
};

struct Call {
  enum StatusTy {
    Open,
    Returned,
    /// Never returned (exception, longjmp, exit, a lost record): ended when
    /// a RET of a caller was matched, or at the end of the trace.
    Unfinished,
  };
  uint64_t Tid = 0;
  uint64_t Pc = 0;
  const FunctionInfo *Fn = nullptr;
  llvm::SmallVector<Value, 4> Args;
  bool HasRet = false;
  Value Ret;
  StatusTy Status = Open;
  /// Only a RET was seen: a function without parameters has no ENTRY
  /// record in ABI A, so where it started is unknown.
  bool NoEntry = false;
  /// Open calls around this one in its thread; a SelectSink renumbers
  /// it to count only the calls it shows.
  unsigned Depth = 0;
  /// Time axis: the unwrapped per-thread sequence number of the first and
  /// the last record of the call.
  uint64_t BeginTick = 0, EndTick = 0;
  unsigned records() const { return Args.size() + (HasRet ? 1 : 0); }
};

/// Receives calls in order. callBegin comes once the argument list is
/// complete; callEnd when the call returned or was found unfinished. Calls
/// nest properly per thread.
class CallSink {
public:
  virtual ~CallSink();
  /// The following events are of thread Tid.
  virtual void thread(uint64_t Tid) {}
  virtual void callBegin(const Call &C) = 0;
  virtual void callEnd(const Call &C) = 0;
  virtual void cmp(uint64_t Tid, unsigned Depth, uint64_t Tick,
                   const sancov_dataflow::trace::Record &R) {}
  /// Something the reader should know at this point of the thread.
  virtual void note(uint64_t Tid, unsigned Depth, const std::string &Msg) {}
  virtual void finish() {}
};

} // namespace dataflow_view

#endif // DATAFLOW_VIEW_CALL_H
