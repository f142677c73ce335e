//===-- FramedRecord.h - What the record decoders share ---------*- C++ -*-===//
//
// The trace file's thread chunks and the v3 raw kernel buffer frame records
// alike (abi.h: header, pc, pointer, nvals values), so one decoder reads
// both; the unframed v1/v2 buffers share its helpers.
//
//===----------------------------------------------------------------------===//

#ifndef SANCOV_DATAFLOW_LIB_TRACE_FRAMEDRECORD_H
#define SANCOV_DATAFLOW_LIB_TRACE_FRAMEDRECORD_H

#include "sancov-dataflow/TraceRecord.h"
#include "sancov-dataflow/TraceSource.h"

#include <string>
#include <vector>

namespace sancov_dataflow {
namespace trace {

std::string hexWord(uint64_t V);

/// Makes E a diagnostic at byte Offset of the input; returns true, as
/// next() does when it produced an event.
bool diagnose(TraceEvent &E, Diagnostic::SeverityTy S, uint64_t Offset,
              std::string Msg);

/// Where a framed record sits: what may be there and how decoding goes on
/// after a bad one.
enum class FramedAt {
  /// A thread chunk of words or a v3 buffer: a corrupt header skips one
  /// word to resync, a malformed record is skipped.
  Words,
  /// The first record of a remote thread chunk, the only place for a
  /// REMOTE record; otherwise as Words.
  SessionStart,
  /// Behind the lead of a compact record (CompactRecord.h), which has no
  /// way to resync: the messages of a corrupt header and a malformed record
  /// say that the rest of the chunk is not decoded.
  Compact,
};

/// Decodes the record whose header word is at byte Offset of Src, with
/// Left words (the header's included) before the end of Where ("thread 5's
/// chunk", "the buffer"), keeping its values in Values. Makes E the record
/// or a diagnostic and returns how many words to move on: the record's, 1
/// after a corrupt header (to resync, as the kernel uapi suggests), Left
/// after a truncated record, 0 when Src could not be read (stop decoding).
/// A REMOTE record anywhere but at SessionStart, and a CMP or REMOTE record
/// with another number of values than its type has, is a diagnostic and
/// skipped (the record's words are returned).
uint64_t decodeFramedRecord(ByteSource &Src, uint64_t Offset, uint64_t Left,
                            const std::string &Where, FramedAt At,
                            std::vector<uint64_t> &Values, TraceEvent &E);

} // namespace trace
} // namespace sancov_dataflow

#endif // SANCOV_DATAFLOW_LIB_TRACE_FRAMEDRECORD_H
