//===-- DwarfLengthOracle.h - Record lengths from debug info ----*- C++ -*-===//
//
// The RFC's first record format does not store how many value words a
// record has; the kernel wrote one per table field for a struct pointer or
// struct value and one otherwise. The function (pc), the parameter
// (arg_idx) and its DWARF type tell which, with the same rules the plugin
// uses for its tables, plus the RFC compiler's table size as a second
// guess. The decoder checks each guess against the next record header.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_VIEW_DWARFLENGTHORACLE_H
#define DATAFLOW_VIEW_DWARFLENGTHORACLE_H

#include "AddressMap.h"

#include "sancov-dataflow/TraceRawBuffer.h"

namespace dataflow_view {

class DwarfLengthOracle final
    : public sancov_dataflow::trace::RecordLengthOracle {
public:
  explicit DwarfLengthOracle(AddressMap &Map) : Map(Map) {}
  void candidateLengths(const sancov_dataflow::trace::Record &R,
                        std::vector<uint32_t> &Out) override;

private:
  AddressMap &Map;
};

} // namespace dataflow_view

#endif // DATAFLOW_VIEW_DWARFLENGTHORACLE_H
