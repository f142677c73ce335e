//===-- ValueJoin.cpp - A wide value's records as one ---------------------===//

#include "ValueJoin.h"

#include "sancov-dataflow/abi.h"

using namespace sancov_dataflow::trace;

namespace dataflow_view {

static uint32_t parts(const Record &R) { return (R.Size + 7) / 8; }

bool ValueJoin::starts(const Record &R) {
  // A table's record (Ptr: the object) is one record whatever the size.
  return (R.Type == RecordType::Entry || R.Type == RecordType::Ret) &&
         R.Size > 8 && R.Ptr == 0 && R.NumValues == 1;
}

bool ValueJoin::continues(const Record &R) const {
  uint32_t NextSeq = (Joined.Seq + Words.size()) & SCDF_REC_SEQ_MASK;
  return Pending && starts(R) && R.Type == Joined.Type &&
         R.ArgIdx == Joined.ArgIdx && R.Size == Joined.Size &&
         R.Seq == NextSeq && !complete();
}

void ValueJoin::start(const Record &R) {
  Pending = true;
  Joined = R;
  Words.assign(R.Values, R.Values + R.NumValues);
}

void ValueJoin::add(const Record &R) { Words.push_back(R.Values[0]); }

bool ValueJoin::complete() const { return Words.size() >= parts(Joined); }

const Record &ValueJoin::take() {
  Pending = false;
  Joined.Values = Words.data();
  Joined.NumValues = static_cast<uint32_t>(Words.size());
  return Joined;
}

} // namespace dataflow_view
