//===-- DebugObject.h - One ELF file and its debug info ---------*- C++ -*-===//
//
// An executable, shared object, vmlinux or kernel module: finds the
// function whose entry is an address (the plugin's pc is the function's own
// address) and describes its parameters from DWARF.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_VIEW_DEBUGOBJECT_H
#define DATAFLOW_VIEW_DEBUGOBJECT_H

#include "DebugTypes.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/DebugInfo/DWARF/DWARFContext.h"
#include "llvm/Object/ObjectFile.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace dataflow_view {

struct ParamInfo {
  std::string Name;
  const TypeDesc *Type = nullptr;
};

struct FunctionInfo {
  /// Demangled, qualified, without parameter types.
  std::string Name;
  std::string LinkageName;
  /// Declaration file as recorded (relative to the compilation directory
  /// when the compiler recorded it so) and line; empty/0 if unknown.
  std::string File;
  uint64_t Line = 0;
  /// DW_TAG_formal_parameter in order: index i is the plugin's arg_idx i.
  std::vector<ParamInfo> Params;
  /// Null for void.
  const TypeDesc *Ret = nullptr;
  /// False when only the symbol table named the function.
  bool HasDwarf = false;
  /// Kernel module name or shared object path (as the trace recorded it);
  /// empty for vmlinux and the main executable.
  std::string Module;
};

/// One frame of the code at a call site: the function it is in (null if
/// unknown), whether it was inlined into the frame before it in the chain,
/// and which instance it is (an inline site, else 0).
struct Frame {
  const FunctionInfo *Fn = nullptr;
  bool Inlined = false;
  /// The DW_TAG_inlined_subroutine of an inlined frame (two inline sites of
  /// one function are two frames); for an unknown function, its pc.
  uintptr_t Site = 0;
  bool operator==(const Frame &O) const {
    return Fn == O.Fn && Inlined == O.Inlined && Site == O.Site;
  }
};

/// The frames at an address, outermost (the real function) first.
using FrameChain = std::vector<Frame>;

class DebugObject {
public:
  /// Returns null and sets Err (a complete sentence) on failure.
  static std::unique_ptr<DebugObject> load(const std::string &Path,
                                           std::string &Err);

  const std::string &path() const { return Path; }
  bool hasDebugInfo() const { return HasDebugInfo; }
  llvm::ArrayRef<uint8_t> buildId() const;
  /// ELF e_machine, or 0 when unknown.
  uint16_t machine() const;

  /// The address of the symbol Name in the static symbol table, of any
  /// type (vmlinux's _text and _stext are linker-script symbols without
  /// one); none if the table lacks it.
  std::optional<uint64_t> symbolAddress(llvm::StringRef Name) const;

  /// Linked objects: whether Addr is inside an executable section.
  bool containsCode(uint64_t Addr) const;
  /// Relocatable objects (kernel modules): the named section's index and
  /// size, if it exists.
  std::optional<std::pair<uint64_t, uint64_t>>
  section(llvm::StringRef Name) const;

  /// The function whose entry is exactly Addr, or null.
  const FunctionInfo *functionAt(llvm::object::SectionedAddress Addr);

  /// The frames whose code holds Addr (a call site): the function and the
  /// callees inlined into it there, from DWARF inline info, else the
  /// function the symbol table places Addr in. Empty if neither knows.
  FrameChain framesAt(llvm::object::SectionedAddress Addr);

  /// Prints `NAME: off,size off,size ...` for every complete struct, class
  /// or Rust enum with a table, as the plugin would build it (one line per
  /// distinct name and table), for the differential layout check.
  void dumpTables(llvm::raw_ostream &OS);

  /// Name given to the functions this object describes (kernel modules,
  /// shared objects).
  std::string ModuleName;

private:
  DebugObject() = default;
  void indexUnit(llvm::DWARFUnit &U);
  llvm::DWARFDie findEntry(llvm::object::SectionedAddress Addr);
  std::optional<llvm::object::SectionedAddress> entryOf(llvm::DWARFDie SP);
  std::unique_ptr<FunctionInfo> describe(llvm::DWARFDie SP);
  void describeThunk(llvm::DWARFDie SP, llvm::StringRef Target,
                     FunctionInfo &F);
  void addRustClosureEnv(llvm::DWARFDie SP, llvm::StringRef Short,
                         std::vector<ParamInfo> &Params);
  const std::string *symbolAt(llvm::object::SectionedAddress Addr);
  /// The start of the function symbol whose bytes hold Addr.
  std::optional<llvm::object::SectionedAddress>
  symbolContaining(llvm::object::SectionedAddress Addr);
  void loadSymbols();
  const FunctionInfo *inlinedFunction(llvm::DWARFDie Origin);
  void inlinedChain(llvm::object::SectionedAddress Addr,
                    llvm::SmallVectorImpl<llvm::DWARFDie> &Dies);
  uint64_t key(llvm::object::SectionedAddress A) const;

  std::string Path;
  llvm::object::OwningBinary<llvm::object::ObjectFile> Bin;
  std::unique_ptr<llvm::DWARFContext> Ctx;
  std::unique_ptr<TypeTable> Types;
  bool HasDebugInfo = false, Relocatable = false;
  struct CodeRange {
    uint64_t Begin, End;
  };
  std::vector<CodeRange> Code;

  using Key = std::pair<uint64_t, uint64_t>; // (section or ~0, address)
  std::map<Key, llvm::DWARFDie> Entries;
  llvm::DenseSet<llvm::DWARFUnit *> Indexed;
  bool IndexedAll = false;
  struct Symbol {
    std::string Name;
    uint64_t Size = 0;
  };
  std::map<Key, Symbol> Symbols;
  bool SymbolsLoaded = false;
  std::map<Key, std::unique_ptr<FunctionInfo>> Functions;
  /// Functions of inlined frames, by their abstract origin's DIE offset.
  std::map<uint64_t, std::unique_ptr<FunctionInfo>> InlinedFunctions;
};

} // namespace dataflow_view

#endif // DATAFLOW_VIEW_DEBUGOBJECT_H
