//===-- CompactRecord.h - Records of a compact thread chunk -----*- C++ -*-===//
//
// abi.h's SCDF_CHUNK_THREAD_COMPACT: FULL records are framed records behind
// a 2-byte lead and fill a slot; delta records name a slot and carry only
// the words that changed. The decoder keeps the slots of one chunk.
//
//===----------------------------------------------------------------------===//

#ifndef SANCOV_DATAFLOW_LIB_TRACE_COMPACTRECORD_H
#define SANCOV_DATAFLOW_LIB_TRACE_COMPACTRECORD_H

#include "sancov-dataflow/TraceRecord.h"
#include "sancov-dataflow/TraceSource.h"

#include <string>
#include <vector>

namespace sancov_dataflow {
namespace trace {

class CompactDecoder {
public:
  /// A new chunk: every slot is empty.
  void startChunk();

  /// Decodes the record at byte Offset of Src, with Left bytes before the
  /// end of Where. Makes E the record or a diagnostic and returns how many
  /// bytes to move on: the record's; Left after a corrupt or truncated
  /// record (nothing after it can be decoded); 0 when Src could not be
  /// read (stop decoding).
  uint64_t decode(ByteSource &Src, uint64_t Offset, uint64_t Left,
                  const std::string &Where, TraceEvent &E);

private:
  struct Slot {
    uint64_t Chunk = 0; ///< Valid while equal to the decoder's Chunk.
    Record Rec;         ///< Values point into Vals.
    std::vector<uint64_t> Vals;
  };

  uint64_t decodeFull(ByteSource &Src, uint64_t Offset, uint64_t Left,
                      uint32_t SlotNo, const std::string &Where, TraceEvent &E);
  uint64_t decodeDelta(ByteSource &Src, uint64_t Offset, uint64_t Left,
                       uint32_t Lead, const std::string &Where, TraceEvent &E);
  /// Applies the changed words of Buf[Pos..Size) to S; false if Buf ends
  /// inside them or a varint is too long.
  static bool applyDelta(const uint8_t *Buf, size_t Size, size_t &Pos,
                         uint32_t Lead, Slot &S, std::string &Why);

  std::vector<Slot> Slots;
  uint64_t Chunk = 0;
  uint32_t NextSeq = 0;
  std::vector<uint64_t> Values;
};

} // namespace trace
} // namespace sancov_dataflow

#endif // SANCOV_DATAFLOW_LIB_TRACE_COMPACTRECORD_H
