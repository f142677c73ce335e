//===-- Flags.h - Findings of `summary` that deserve a look -----*- C++ -*-===//
//
// The checks over decoded call values and the ranked list of what they
// found, each finding with the calls that show it:
//  - extreme-accepted: an integer argument of at least 4 bytes that is
//    all-ones, its type's max or min, or negative passed as unsigned, in a
//    call that returned success (0, or a valid pointer);
//  - success-and-error: one function returned success and an error
//    (negative errno, ERR_PTR) for the same argument and field values;
//  - field-changed: a struct field a call got through a pointer had another
//    value when the struct was next seen at the same address (RET records
//    carry only the return value, so "at return" is the next record that
//    carries the struct: a callee's ENTRY, the call's own RET, or the ENTRY
//    of the next call of the thread).
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_VIEW_FLAGS_H
#define DATAFLOW_VIEW_FLAGS_H

#include "CallValues.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"

#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

namespace llvm {
class raw_ostream;
} // namespace llvm

namespace dataflow_view {

struct FunctionInfo;

/// A call by thread and the sequence number of its first record.
struct CallRef {
  uint64_t Tid = 0, Seq = 0;
};

struct Flag {
  /// In rank order.
  enum KindTy { ExtremeAccepted, SuccessAndError, FieldChanged };
  KindTy Kind;
  /// Within the kind, 0 first; then fewer calls first.
  unsigned Rank = 0;
  /// Order of discovery, the last tie-breaker.
  uint64_t Order = 0;
  std::string Function;
  /// What was seen, for the first call that showed it.
  std::string Detail;
  uint64_t Count = 0;
  llvm::SmallVector<CallRef, 4> Calls;

  static const char *kindName(KindTy K);
};

/// Findings grouped by kind, function and value slot; the first calls of
/// each group are kept as examples.
class FlagSet {
public:
  static constexpr unsigned MaxExamples = 4;
  /// The group (Kind, Fn, Key); Created tells whether it is new, so that
  /// its Detail is written once.
  Flag &get(Flag::KindTy Kind, const void *Fn, uint64_t Key, bool &Created);
  void addCall(Flag &F, CallRef C);
  /// Most suspicious first.
  std::vector<const Flag *> ranked() const;

private:
  std::map<std::tuple<int, const void *, uint64_t>, std::unique_ptr<Flag>>
      Groups;
  uint64_t Next = 0;
};

/// The checks that look at one finished call: extreme-accepted and
/// success-and-error.
class ResultChecks {
public:
  explicit ResultChecks(FlagSet &Flags) : Flags(Flags) {}
  void call(const Call &C, llvm::ArrayRef<Slot> Args,
            llvm::ArrayRef<Slot> Rets);

  /// Distinct argument vectors remembered per function; beyond it new
  /// ones are not checked, so memory stays bounded.
  static constexpr size_t MaxInputs = 1 << 16;

private:
  void extremes(const Call &C, llvm::ArrayRef<Slot> Args, const Slot &Ret);
  /// Remembers whether these argument values succeeded or failed.
  void outcome(const Call &C, llvm::ArrayRef<Slot> Args, const Slot &Ret);

  struct Outcomes {
    bool Success = false, Error = false;
    CallRef SuccessCall, ErrorCall;
    uint64_t SuccessRaw = 0, ErrorRaw = 0;
  };
  FlagSet &Flags;
  llvm::DenseMap<const void *, llvm::DenseMap<uint64_t, Outcomes>> Seen;
};

/// The field-changed check, which follows struct addresses through the
/// calls of each thread.
class FieldChanges {
public:
  explicit FieldChanges(FlagSet &Flags) : Flags(Flags) {}
  void thread(uint64_t Tid);
  void callBegin(const Call &C, llvm::ArrayRef<Slot> Args);
  void callEnd(const Call &C, llvm::ArrayRef<Slot> Rets);

  /// Struct addresses remembered per thread before starting afresh.
  static constexpr size_t MaxStructs = 1 << 20;

private:
  struct Sighting {
    llvm::SmallVector<Slot, 8> Fields;
    const FunctionInfo *Fn = nullptr;
    uint64_t Pc = 0;
    uint32_t Idx = 0;
    CallRef Ref;
    /// Ordinal of the call that saw it; whether that call is still open,
    /// and if not, how many calls had begun in the thread when it ended.
    uint64_t Owner = 0;
    bool Open = false, Attributable = false;
    uint64_t EndBegun = 0;
  };
  using Key = std::pair<uint64_t, const TypeDesc *>;
  struct ThreadState {
    uint64_t Begun = 0;
    std::map<Key, Sighting> Structs;
    /// Per open call: its ordinal and the structs it saw at entry.
    std::vector<std::pair<uint64_t, llvm::SmallVector<Key, 2>>> Stack;
  };
  void sight(ThreadState &T, const Call &C, llvm::ArrayRef<Slot> Slots,
             bool AtRet);
  void compare(const Sighting &Prev, const Sighting &Now, const Call &C,
               bool AtRet);

  FlagSet &Flags;
  std::map<uint64_t, ThreadState> Threads;
  ThreadState *Cur = nullptr;
};

/// "max=4294967295 (0xffffffff), p->pid=42".
std::string slotsText(const Call &C, llvm::ArrayRef<Slot> Slots);

} // namespace dataflow_view

#endif // DATAFLOW_VIEW_FLAGS_H
