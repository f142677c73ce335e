//===-- RecordSites.h - The frames a record was made in ---------*- C++ -*-===//
//
// What a record's pc names depends on the callback ABI: ABI A and B pass
// the function's address, ABI C and D and the entry-exit and CMP records a
// call site (return address minus one) inside the function or inside a
// callee inlined into it. Both come out as a frame chain, so the call tree
// pairs records by frame whatever the ABI.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_VIEW_RECORDSITES_H
#define DATAFLOW_VIEW_RECORDSITES_H

#include "AddressMap.h"

#include "sancov-dataflow/TraceRecord.h"

#include <array>
#include <unordered_map>

namespace dataflow_view {

class RecordSites {
public:
  RecordSites(AddressMap &Map, sancov_dataflow::trace::CallbackAbi Abi)
      : Map(Map), Abi(Abi) {}

  /// The frames of a record, outermost first, never empty: a pc no object
  /// knows is one frame of unknown function, told apart by its pc.
  const FrameChain &frames(const sancov_dataflow::trace::Record &R);
  /// The innermost frame's function, or null (unknown pc, REMOTE record,
  /// whose pc is a handle).
  const FunctionInfo *function(const sancov_dataflow::trace::Record &R);
  sancov_dataflow::trace::CallbackAbi abi() const { return Abi; }

private:
  const FrameChain &lookup(uint64_t Pc, bool CallSite);

  AddressMap &Map;
  sancov_dataflow::trace::CallbackAbi Abi;
  /// Chains by pc; a node's address stays valid as the maps grow.
  std::unordered_map<uint64_t, FrameChain> Entries, CallSites;
  /// The chains found last, direct-mapped by pc: a run of records comes
  /// from a few functions, and this costs less than a hash map's look-up.
  struct Recent {
    uint64_t Pc = 0;
    bool CallSite = false;
    const FrameChain *Chain = nullptr;
  };
  std::array<Recent, 256> RecentChains;
};

} // namespace dataflow_view

#endif // DATAFLOW_VIEW_RECORDSITES_H
