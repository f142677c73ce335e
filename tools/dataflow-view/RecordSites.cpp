//===-- RecordSites.cpp - The frames a record was made in -----------------===//

#include "RecordSites.h"

using namespace sancov_dataflow::trace;

namespace dataflow_view {

const FrameChain &RecordSites::frames(const Record &R) {
  bool CallSite = R.Type == RecordType::PcEntry ||
                  R.Type == RecordType::PcExit ||
                  R.Type == RecordType::PcResume ||
                  R.Type == RecordType::Cmp || pcIsCallSite(Abi);
  Recent &Slot = RecentChains[(R.Pc ^ R.Pc >> 8) % RecentChains.size()];
  if (!Slot.Chain || Slot.Pc != R.Pc || Slot.CallSite != CallSite)
    Slot = {R.Pc, CallSite, &lookup(R.Pc, CallSite)};
  return *Slot.Chain;
}

const FrameChain &RecordSites::lookup(uint64_t Pc, bool CallSite) {
  auto [It, Inserted] = (CallSite ? CallSites : Entries).try_emplace(Pc);
  FrameChain &Chain = It->second;
  if (!Inserted)
    return Chain;
  if (CallSite)
    Chain = Map.frames(Pc);
  else if (const FunctionInfo *Fn = Map.lookup(Pc))
    Chain.push_back({Fn, false, 0});
  if (Chain.empty())
    Chain.push_back({nullptr, false, static_cast<uintptr_t>(Pc)});
  return Chain;
}

const FunctionInfo *RecordSites::function(const Record &R) {
  if (R.Type == RecordType::Remote)
    return nullptr;
  return frames(R).back().Fn;
}

} // namespace dataflow_view
