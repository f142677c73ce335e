//===-- AddressMap.cpp - Trace pcs to functions ---------------------------===//

#include "AddressMap.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using namespace llvm::object;
using sancov_dataflow::trace::ModuleInfo;
using sancov_dataflow::trace::ModuleSection;

namespace dataflow_view {

AddressMap::~AddressMap() = default;

const FunctionInfo *AddressMap::lookup(uint64_t Pc) {
  auto [It, Inserted] = Cache.try_emplace(Pc, nullptr);
  SectionedAddress Addr;
  if (Inserted)
    if (DebugObject *Obj = locate(Pc, Addr))
      It->second = Obj->functionAt(Addr);
  return It->second;
}

FrameChain AddressMap::frames(uint64_t Pc) {
  SectionedAddress Addr;
  if (DebugObject *Obj = locate(Pc, Addr))
    return Obj->framesAt(Addr);
  return {};
}

UserAddressMap::UserAddressMap(DebugObject &Main,
                               const std::vector<ModuleInfo> &Modules)
    : Main(Main) {
  bool HaveMain = false;
  for (const ModuleInfo &M : Modules) {
    Mapping Map;
    Map.Bias = M.Base;
    Map.Size = M.Size;
    Map.Path = M.Path;
    if (M.isMain() && !HaveMain) {
      Map.Obj = &Main;
      Map.Tried = true;
      HaveMain = true;
      // The executable is searched first: most records are its own.
      Mappings.insert(Mappings.begin(), Map);
      continue;
    }
    Mappings.push_back(Map);
  }
  if (!HaveMain) {
    // A trace without a module map: assume a non-PIE executable.
    Mapping Map;
    Map.Obj = &Main;
    Map.Tried = true;
    Mappings.insert(Mappings.begin(), Map);
  }
}

DebugObject *UserAddressMap::objectFor(Mapping &M) {
  if (M.Tried)
    return M.Obj;
  M.Tried = true;
  // Shared objects are looked up where the trace says they were loaded, so
  // a trace symbolises fully on the machine that recorded it.
  if (M.Path.empty() || !sys::fs::exists(M.Path))
    return nullptr;
  std::string Err;
  std::unique_ptr<DebugObject> O = DebugObject::load(M.Path, Err);
  if (!O) {
    errs() << "dataflow-view: warning: " << Err
           << "; its functions are shown as <unknown>\n";
    return nullptr;
  }
  // Its functions say where they come from (jsonl "module").
  O->ModuleName = M.Path;
  M.Obj = O.get();
  Owned.push_back(std::move(O));
  return M.Obj;
}

DebugObject *UserAddressMap::locate(uint64_t Pc, SectionedAddress &Addr) {
  for (Mapping &M : Mappings) {
    if (Pc < M.Bias)
      continue;
    // The mapping size is not used: the bias is not where a non-PIE
    // executable's mapping starts. Whether the object has code at the
    // address decides, which also keeps one module's pcs out of another.
    DebugObject *Obj = objectFor(M);
    if (!Obj || !Obj->containsCode(Pc - M.Bias))
      continue;
    Addr = SectionedAddress{Pc - M.Bias, SectionedAddress::UndefSection};
    return Obj;
  }
  return nullptr;
}

KernelAddressMap::KernelAddressMap(DebugObject &Vmlinux, uint64_t KaslrOffset,
                                   bool Canonical)
    : Vmlinux(Vmlinux), Kaslr(KaslrOffset), Canonical(Canonical) {}

void KernelAddressMap::addModule(std::string Name, uint64_t Base, uint64_t Size,
                                 DebugObject *Obj,
                                 ArrayRef<ModuleSection> Sections) {
  Module M{std::move(Name), {}, Obj};
  if (!Obj) {
    // Only to tell its pcs from other modules': they stay unknown.
    M.Ranges.push_back({Base, Size, 0, false});
    Modules.push_back(std::move(M));
    return;
  }
  Obj->ModuleName = M.Name;
  // Each section is looked up in the .ko's section of the same name, whose
  // size bounds it: the size the trace holds (/proc/modules') counts the
  // module's data too, which the kernel allocates apart from its text, so
  // with several modules loaded that range reaches into the next module's
  // text (usbcore, udc-core and dummy_hcd in kernel/e2e's usb flavour).
  // Traces before the sections chunk know .text only.
  ModuleSection Text{".text", Base};
  for (const ModuleSection &S : Sections.empty() ? ArrayRef(Text) : Sections)
    if (auto Sec = Obj->section(S.Name))
      M.Ranges.push_back({S.Addr, Sec->second, Sec->first,
                          StringRef(S.Name).starts_with(".init")});
  Modules.push_back(std::move(M));
}

DebugObject *KernelAddressMap::locate(uint64_t Pc, SectionedAddress &Addr) {
  // Which of the two the recorder stored is not always known (a trace file
  // from an older kernel, a module pc the kernel did not canonicalise):
  // try the expected form first, then the other.
  uint64_t Link = Canonical ? Pc : Pc - Kaslr;
  uint64_t Other = Canonical ? Pc - Kaslr : Pc;
  for (uint64_t A : {Link, Other}) {
    if (Vmlinux.containsCode(A)) {
      Addr = SectionedAddress{A, SectionedAddress::UndefSection};
      return &Vmlinux;
    }
    if (!Kaslr)
      break;
  }
  uint64_t Runtime = Canonical ? Pc + Kaslr : Pc;
  // Code that is still loaded first: a pc in memory an init section had
  // before it was freed belongs to whatever was loaded there later.
  for (bool Init : {false, true})
    for (const Module &M : Modules)
      for (const Range &R : M.Ranges)
        for (uint64_t A : {Pc, Runtime}) {
          if (R.Init != Init || A < R.Base || A - R.Base >= R.Size)
            continue;
          Addr = SectionedAddress{A - R.Base, R.Index};
          return M.Obj;
        }
  return nullptr;
}

} // namespace dataflow_view
