//===-- AddressMap.h - Trace pcs to functions -------------------*- C++ -*-===//
//
// Maps the pc of a record to the object that holds the function and the
// address inside it:
//  - user space: pc minus the load bias of the module the trace's module
//    chunks place it in (PIE executables and shared objects), the main
//    executable being the one given with --binary;
//  - kernel: vmlinux at the link-time address (the pc with the KASLR offset
//    removed), or a module's section (.text, .text.unlikely, .init.text,
//    ...) at pc minus where the trace says that section was loaded.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_VIEW_ADDRESSMAP_H
#define DATAFLOW_VIEW_ADDRESSMAP_H

#include "DebugObject.h"

#include "sancov-dataflow/TraceRecord.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"

#include <memory>
#include <string>
#include <vector>

namespace dataflow_view {

class AddressMap {
public:
  virtual ~AddressMap();
  /// The function whose entry is the record's pc, or null.
  const FunctionInfo *lookup(uint64_t Pc);
  /// The frames at a call-site pc (ABI C and D, entry-exit records),
  /// outermost first; empty if no object knows the address.
  FrameChain frames(uint64_t Pc);

protected:
  /// The object holding Pc and the address inside it, or null.
  virtual DebugObject *locate(uint64_t Pc,
                              llvm::object::SectionedAddress &Addr) = 0;

private:
  llvm::DenseMap<uint64_t, const FunctionInfo *> Cache;
};

class UserAddressMap final : public AddressMap {
public:
  /// Main is the --binary object; Modules the trace's module chunks.
  UserAddressMap(
      DebugObject &Main,
      const std::vector<sancov_dataflow::trace::ModuleInfo> &Modules);

protected:
  DebugObject *locate(uint64_t Pc,
                      llvm::object::SectionedAddress &Addr) override;

private:
  struct Mapping {
    uint64_t Bias = 0, Size = 0;
    std::string Path;
    DebugObject *Obj = nullptr;
    bool Tried = false;
  };
  DebugObject *objectFor(Mapping &M);

  DebugObject &Main;
  std::vector<Mapping> Mappings;
  std::vector<std::unique_ptr<DebugObject>> Owned;
};

class KernelAddressMap final : public AddressMap {
public:
  /// Canonical: the trace's pcs have the KASLR offset removed (trace files,
  /// v3 buffers); otherwise they are runtime addresses (v1/v2 buffers).
  KernelAddressMap(DebugObject &Vmlinux, uint64_t KaslrOffset, bool Canonical);
  /// A module whose .text was loaded at Base and its code sections at
  /// Sections' addresses (empty: only .text is known), described by Obj
  /// (may be null when no .ko was found: its pcs are then reported
  /// unknown).
  void addModule(
      std::string Name, uint64_t Base, uint64_t Size, DebugObject *Obj,
      llvm::ArrayRef<sancov_dataflow::trace::ModuleSection> Sections = {});

protected:
  DebugObject *locate(uint64_t Pc,
                      llvm::object::SectionedAddress &Addr) override;

private:
  /// One loaded section of a module: Size bytes from Base are the .ko's
  /// section Index. Init: an init section, which the kernel frees once
  /// the module's init has returned (its address may be another module's
  /// since).
  struct Range {
    uint64_t Base, Size, Index;
    bool Init;
  };
  struct Module {
    std::string Name;
    std::vector<Range> Ranges;
    DebugObject *Obj;
  };
  DebugObject &Vmlinux;
  uint64_t Kaslr;
  bool Canonical;
  std::vector<Module> Modules;
};

} // namespace dataflow_view

#endif // DATAFLOW_VIEW_ADDRESSMAP_H
