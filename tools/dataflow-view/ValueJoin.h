//===-- ValueJoin.h - A wide value's records as one -------------*- C++ -*-===//
//
// The value ABIs pass a value wider than 8 bytes held in registers
// (__int128, long double, a small struct) as ceil(size / 8) consecutive
// calls with the same index and size, the k-th carrying bytes [8k, 8k + 8).
// This joins their records into one record with one word per part, so the
// call tree and the formatter see one value.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_VIEW_VALUEJOIN_H
#define DATAFLOW_VIEW_VALUEJOIN_H

#include "sancov-dataflow/TraceRecord.h"

#include <vector>

namespace dataflow_view {

class ValueJoin {
public:
  /// Whether R is the first part of a value of several parts.
  static bool starts(const sancov_dataflow::trace::Record &R);
  bool pending() const { return Pending; }
  /// Whether R is the next part of the pending value (consecutive
  /// sequence number, same type, index and size); the caller checks that
  /// it was made in the same frame as first().
  bool continues(const sancov_dataflow::trace::Record &R) const;
  const sancov_dataflow::trace::Record &first() const { return Joined; }
  void start(const sancov_dataflow::trace::Record &R);
  void add(const sancov_dataflow::trace::Record &R);
  bool complete() const;
  /// The joined record (all parts, or those that came before the value was
  /// cut short); valid until the next start().
  const sancov_dataflow::trace::Record &take();

private:
  bool Pending = false;
  sancov_dataflow::trace::Record Joined;
  std::vector<uint64_t> Words;
};

} // namespace dataflow_view

#endif // DATAFLOW_VIEW_VALUEJOIN_H
