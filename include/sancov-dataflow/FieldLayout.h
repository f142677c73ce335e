//===-- FieldLayout.h - Declared types and field tables ---------*- C++ -*-===//
//
// Where a parameter's declared DWARF type is classified, and where the
// constant {offset, size} field tables handed to the callbacks are built.
//
//===----------------------------------------------------------------------===//

#ifndef SANCOV_DATAFLOW_FIELDLAYOUT_H
#define SANCOV_DATAFLOW_FIELDLAYOUT_H

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/IR/DebugInfoMetadata.h"

#include "sancov-dataflow/LayoutRules.h"

#include <cstdint>
#include <utility>

namespace llvm {
class Constant;
class Module;
} // namespace llvm

namespace sancov_dataflow {

/// How a parameter or return value is reported, as decided by its declared
/// type. The IR type alone cannot tell `struct box { void *p; }` passed by
/// value from a pointer to that struct; the declared type can.
struct DeclaredType {
  enum KindTy {
    /// No debug info: the IR type decides.
    Unknown,
    /// Integer, floating point, enum, and anything else reported by value.
    Scalar,
    /// A pointer or reference whose pointee has no field table.
    Pointer,
    /// A pointer or reference whose pointee has a field table: a complete
    /// struct or class (a Rust enum with data included), or a C string.
    PointerWithTable,
    /// A struct, class, union or array passed or returned by value.
    Aggregate,
  };
  KindTy Kind = Unknown;
  /// The struct or Rust enum whose table is passed (PointerWithTable,
  /// Aggregate).
  const llvm::DICompositeType *Struct = nullptr;
  /// PointerWithTable: a pointer to plain char, passed with the string
  /// table (LayoutRules.h).
  bool String = false;
  /// Bytes of the object reported: the pointee for PointerWithTable, the
  /// value itself otherwise (0 when DWARF does not say).
  uint64_t SizeInBytes = 0;
  /// Alignment of the value in bytes, when DWARF records one.
  uint64_t AlignInBytes = 0;
};

/// Classifies a declared type. Typedefs and qualifiers (const, volatile,
/// restrict, _Atomic) are looked through on both sides of one pointer level.
DeclaredType classifyDeclaredType(const llvm::DIType *Ty);

/// One {byte offset, byte size} pair per member, in DWARF member order.
using FieldList = llvm::SmallVector<std::pair<uint64_t, uint64_t>, 8>;

/// The fields of a struct or class as the callbacks see them, by the rules
/// of LayoutRules.h (members, or byte chunks for a Rust enum with data).
FieldList computeFields(const llvm::DICompositeType *CT);

/// The end of the last reported member of \p Decl's struct (its size if it
/// has no table). A coerced value at least this long holds every member,
/// whatever the struct's own (over-aligned) size.
uint64_t membersEnd(const DeclaredType &Decl);

/// Builds each struct's (and Rust enum's) table once per module, on first use,
/// as an internal unnamed_addr constant [2N x i64], or [1 + 2N x i64] with N
/// first for an ABI that passes no field count. Internal, not private: the
/// symbol names the struct in an object's or a vmlinux's symbol table, where
/// the differential check (dataflow-view --dump-tables --emitted) finds it.
class FieldTableBuilder {
public:
  struct Table {
    llvm::Constant *Array = nullptr;
    unsigned NumFields = 0;
  };
  enum class Form { Pairs, CountedPairs };

  FieldTableBuilder(llvm::Module &M, Form F) : M(M), TableForm(F) {}

  /// The table a record of \p Decl carries: its struct's, the string
  /// table, or an empty Table (no reportable fields).
  Table get(const DeclaredType &Decl);

private:
  llvm::Module &M;
  Form TableForm;
  Table create(llvm::ArrayRef<std::pair<uint64_t, uint64_t>> Fields,
               const llvm::Twine &Name);
  llvm::DenseMap<const llvm::DICompositeType *, Table> Cache;
  Table StringTable;
};

} // namespace sancov_dataflow

#endif // SANCOV_DATAFLOW_FIELDLAYOUT_H
