//===-- InlineFrames.cpp - The frames at a call site ----------------------===//
//
// ABIs C and D and the entry-exit records carry no function address: their
// pc is a call site (the callback's return address minus one) in the
// instrumented function or in a callee inlined into it. DWARF's inline
// info (the DW_TAG_inlined_subroutine DIEs whose ranges hold the address)
// gives the chain of frames there; each inlined frame is named, and its
// parameters numbered, by its own abstract origin, as the plugin numbers
// them.
//
//===----------------------------------------------------------------------===//

#include "DebugObject.h"

#include "llvm/DebugInfo/DWARF/DWARFCompileUnit.h"

using namespace llvm;
using namespace llvm::object;

namespace dataflow_view {

const FunctionInfo *DebugObject::inlinedFunction(DWARFDie Origin) {
  auto [It, Inserted] = InlinedFunctions.try_emplace(Origin.getOffset());
  if (Inserted)
    It->second = describe(Origin);
  return It->second.get();
}

/// The DIEs of the frames at Addr, innermost first, ending with the
/// subprogram; empty if DWARF does not cover Addr.
void DebugObject::inlinedChain(SectionedAddress Addr,
                               SmallVectorImpl<DWARFDie> &Dies) {
  if (!HasDebugInfo)
    return;
  if (!Relocatable) {
    if (DWARFCompileUnit *CU = Ctx->getCompileUnitForCodeAddress(Addr.Address))
      CU->getInlinedChainForAddress(Addr.Address, Dies);
    return;
  }
  // A kernel module's sections all start at 0 and it has no address map:
  // try each unit, and take a chain whose function is in Addr's section.
  for (const std::unique_ptr<DWARFUnit> &U : Ctx->compile_units()) {
    U->getInlinedChainForAddress(Addr.Address, Dies);
    std::optional<SectionedAddress> Entry =
        Dies.empty() ? std::nullopt : entryOf(Dies.back());
    if (Entry && Entry->SectionIndex == Addr.SectionIndex)
      return;
    Dies.clear();
  }
}

FrameChain DebugObject::framesAt(SectionedAddress Addr) {
  FrameChain Chain;
  SmallVector<DWARFDie, 4> Dies;
  inlinedChain(Addr, Dies);
  if (!Dies.empty()) {
    // Innermost first, ending with the subprogram.
    DWARFDie SP = Dies.back();
    std::optional<SectionedAddress> Entry = entryOf(SP);
    const FunctionInfo *Fn = Entry ? functionAt(*Entry) : nullptr;
    Chain.push_back({Fn, false, Fn ? 0 : Addr.Address});
    for (size_t I = Dies.size() - 1; I-- > 0;) {
      DWARFDie Origin = Dies[I].getAttributeValueAsReferencedDie(
          dwarf::DW_AT_abstract_origin);
      const FunctionInfo *Callee = inlinedFunction(Origin ? Origin : Dies[I]);
      Chain.push_back(
          {Callee, true,
           reinterpret_cast<uintptr_t>(Dies[I].getDebugInfoEntry())});
    }
    return Chain;
  }
  if (std::optional<SectionedAddress> Start = symbolContaining(Addr))
    Chain.push_back({functionAt(*Start), false, 0});
  return Chain;
}

} // namespace dataflow_view
