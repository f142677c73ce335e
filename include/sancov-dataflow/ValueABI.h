//===-- ValueABI.h - What the value ABIs (B, C, D) share --------*- C++ -*-===//
//
// The value ABIs pass values rather than the address of a copy: no stack
// slot, no store. A value of up to 8 bytes is one call; a wider value held
// in registers is one call per 8 bytes, all with the value's size; an
// object in memory or behind a pointer to a struct is passed by address
// with its field table. They differ only in the operands of one call,
// which each implementation spells in emitCall.
//
//===----------------------------------------------------------------------===//

#ifndef SANCOV_DATAFLOW_VALUEABI_H
#define SANCOV_DATAFLOW_VALUEABI_H

#include "sancov-dataflow/CallbackABI.h"

#include <optional>

namespace sancov_dataflow {

/// One parameter or return value as the value ABIs report it.
struct ValueReport {
  /// Bytes of the value or object; 0: nothing to report.
  uint64_t Size = 0;
  /// The value's bytes, 8 per i64, low bytes first (no table).
  llvm::SmallVector<llvm::Value *, 2> Chunks;
  /// The object's address as an i64 (with a table).
  llvm::Value *Address = nullptr;
  FieldTableBuilder::Table Table;
};

class ValueABI : public CallbackABI {
public:
  bool emitArg(llvm::IRBuilder<> &IRB, FunctionRecords &FR, unsigned Index,
               const DeclaredType &Decl, const ValueLocation &Loc) override;
  bool emitRet(llvm::IRBuilder<> &IRB, FunctionRecords &FR,
               const DeclaredType &Decl, const ValueLocation &Loc) override;

protected:
  using CallbackABI::CallbackABI;

  /// B's and C's operands after B's pc: [arg_idx,] size, val, offsets,
  /// num_fields; and their callback types, with \p Prefix first.
  llvm::SmallVector<llvm::Value *, 6>
  sizedOperands(std::optional<unsigned> Index, uint64_t Size,
                llvm::Value *Val, const FieldTableBuilder::Table &Table);
  llvm::FunctionType *sizedArgsType(llvm::ArrayRef<llvm::Type *> Prefix);
  llvm::FunctionType *sizedRetType(llvm::ArrayRef<llvm::Type *> Prefix);

  /// Emits one call: of parameter \p Index, or of the return value when
  /// \p Index is empty. \p Val is an i64; \p Table may be empty.
  virtual void emitCall(llvm::IRBuilder<> &IRB, FunctionRecords &FR,
                        std::optional<unsigned> Index, uint64_t Size,
                        llvm::Value *Val,
                        const FieldTableBuilder::Table &Table) = 0;

private:
  bool emitReport(llvm::IRBuilder<> &IRB, FunctionRecords &FR,
                  std::optional<unsigned> Index, const ValueReport &R);
  ValueReport lower(llvm::IRBuilder<> &IRB, FunctionRecords &FR,
                    const DeclaredType &Decl, const ValueLocation &Loc);
  ValueReport inMemory(llvm::IRBuilder<> &IRB, FunctionRecords &FR,
                       const DeclaredType &Decl, const ValueLocation &Loc);
  ValueReport direct(llvm::IRBuilder<> &IRB, FunctionRecords &FR,
                     const DeclaredType &Decl, llvm::Value *V);
  ValueReport pieces(llvm::IRBuilder<> &IRB, const DeclaredType &Decl,
                     const ValueLocation &Loc);
};

} // namespace sancov_dataflow

#endif // SANCOV_DATAFLOW_VALUEABI_H
