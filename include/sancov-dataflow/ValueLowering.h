//===-- ValueLowering.h - Values to ABI A callback operands -----*- C++ -*-===//
//
// Turns "this value, of this declared type, is here" into the operands of an
// ABI A callback: (size, pointer, field table, field count). Scalars and
// register-passed aggregates are written to a stack slot the callback reads;
// objects in memory and pointers are passed as they are.
//
//===----------------------------------------------------------------------===//

#ifndef SANCOV_DATAFLOW_VALUELOWERING_H
#define SANCOV_DATAFLOW_VALUELOWERING_H

#include "sancov-dataflow/FieldLayout.h"
#include "sancov-dataflow/ParamMap.h"

#include "llvm/IR/IRBuilder.h"

namespace llvm {
class AllocaInst;
class DataLayout;
} // namespace llvm

namespace sancov_dataflow {

/// The operands of one callback after the pc and index.
struct Report {
  uint64_t Size = 0;
  llvm::Value *Ptr = nullptr; ///< Null means "no value".
  FieldTableBuilder::Table Table;
};

/// Lowers the reports of one function. All reports share one stack slot:
/// each callback consumes its slot before the next report overwrites it, so
/// the frame grows by the largest report only.
class ValueLowering {
public:
  /// With \p SlotsAllowed false no stack slot is created and values that
  /// would need one are reported as missing (x86-64 base-pointer hazard).
  ValueLowering(llvm::Function &F, FieldTableBuilder &Tables,
                bool SlotsAllowed);

  /// Emits the stores a report needs at \p IRB's insertion point.
  Report lower(llvm::IRBuilder<> &IRB, const DeclaredType &Decl,
               const ValueLocation &Loc);

  /// \p Ptr (a report's pointer) as the callbacks' generic `ptr`.
  llvm::Value *asCallbackPointer(llvm::IRBuilder<> &IRB,
                                 llvm::Value *Ptr) const;

  /// Sizes the shared slot; call once after the last lower().
  void finalize();

private:
  Report inMemory(const DeclaredType &Decl, const ValueLocation &Loc);
  Report direct(llvm::IRBuilder<> &IRB, const DeclaredType &Decl,
                llvm::Value *V);
  Report pieces(llvm::IRBuilder<> &IRB, const DeclaredType &Decl,
                const ValueLocation &Loc);
  bool isGenericOrStack(unsigned AddrSpace) const;
  /// Returns the shared slot, grown to hold \p Size bytes at \p A.
  llvm::AllocaInst *slot(uint64_t Size, llvm::Align A);
  FieldTableBuilder::Table tableFor(const DeclaredType &Decl);

  llvm::Function &F;
  const llvm::DataLayout &DL;
  FieldTableBuilder &Tables;
  bool SlotsAllowed;
  llvm::AllocaInst *Slot = nullptr;
  uint64_t SlotSize = 0;
  llvm::Align SlotAlign;
};

} // namespace sancov_dataflow

#endif // SANCOV_DATAFLOW_VALUELOWERING_H
