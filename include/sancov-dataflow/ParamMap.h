//===-- ParamMap.h - Source parameters to IR values -------------*- C++ -*-===//
//
// Maps each source-level parameter of a function to the IR values that hold
// it at entry, using the debug records that describe the parameter and the
// way the target lowered it (split into fragments, coerced, passed in
// memory). Without debug info the IR arguments are taken in order.
//
//===----------------------------------------------------------------------===//

#ifndef SANCOV_DATAFLOW_PARAMMAP_H
#define SANCOV_DATAFLOW_PARAMMAP_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>

namespace llvm {
class DIType;
class Function;
class Value;
} // namespace llvm

namespace sancov_dataflow {

/// Where a parameter's value is at function entry.
struct ValueLocation {
  enum KindTy {
    /// Optimised out, poison, or not available where the call goes.
    Missing,
    /// One IR value holds the whole parameter (possibly ABI-coerced).
    Direct,
    /// Fragments, each an IR value at a byte offset of the parameter.
    Pieces,
    /// The parameter lives in memory at this address at entry (x86 byval,
    /// an indirect argument pointer, an sret buffer).
    InMemory,
  };
  /// V's bytes are stored at StoreOffset of the parameter's object; only
  /// [ByteOffset, ByteOffset + ByteSize) of it is described by V (a value may
  /// hold more bits than its piece, e.g. one i64 holding two int fields).
  struct Piece {
    uint64_t StoreOffset;
    llvm::Value *V;
    uint64_t ByteOffset;
    uint64_t ByteSize;
  };

  KindTy Kind = Missing;
  llvm::Value *V = nullptr;
  llvm::SmallVector<Piece, 4> PieceList;
  /// Bytes at the InMemory address when no declared type says (byval).
  uint64_t MemSizeInBytes = 0;

  static ValueLocation direct(llvm::Value *V) {
    ValueLocation L;
    L.Kind = Direct;
    L.V = V;
    return L;
  }
  static ValueLocation inMemory(llvm::Value *Addr, uint64_t Size = 0) {
    ValueLocation L;
    L.Kind = InMemory;
    L.V = Addr;
    L.MemSizeInBytes = Size;
    return L;
  }
};

struct SourceParam {
  /// 0-based source parameter index (DILocalVariable::getArg() - 1).
  unsigned Index = 0;
  /// Declared type; null without debug info.
  const llvm::DIType *Type = nullptr;
  /// Source name, for remarks; empty without debug info.
  llvm::StringRef Name;
  ValueLocation Loc;
};

struct ParamMap {
  llvm::SmallVector<SourceParam, 8> Params;
};

/// Collects every source parameter of F in order, one entry per parameter,
/// including the ones with no available value.
ParamMap mapSourceParams(llvm::Function &F);

/// The sret argument of F, if any.
llvm::Value *getSRetArg(llvm::Function &F);

} // namespace sancov_dataflow

#endif // SANCOV_DATAFLOW_PARAMMAP_H
