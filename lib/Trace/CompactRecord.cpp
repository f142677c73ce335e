//===-- CompactRecord.cpp - Records of a compact thread chunk -------------===//

#include "CompactRecord.h"
#include "FramedRecord.h"
#include "sancov-dataflow/abi.h"

#include <algorithm>

namespace sancov_dataflow {
namespace trace {

void CompactDecoder::startChunk() {
  // Slots of earlier chunks stay allocated but no longer match.
  ++Chunk;
  NextSeq = 0;
}

uint64_t CompactDecoder::decode(ByteSource &Src, uint64_t Offset, uint64_t Left,
                                const std::string &Where, TraceEvent &E) {
  const uint8_t *L;
  if (Left < SCDF_CREC_LEAD_BYTES) {
    diagnose(E, Diagnostic::Error, Offset,
             "truncated compact record: " + std::to_string(Left) +
                 " byte left in " + Where);
    return Left;
  }
  if (Src.peek(Offset, SCDF_CREC_LEAD_BYTES, L) != SCDF_CREC_LEAD_BYTES) {
    diagnose(E, Diagnostic::Error, Offset, "read error inside " + Where);
    return 0;
  }
  uint32_t Lead = L[0] | uint32_t(L[1]) << 8;
  if (Lead & SCDF_CREC_FULL)
    return decodeFull(Src, Offset, Left, Lead >> SCDF_CREC_SLOT_SHIFT, Where,
                      E);
  return decodeDelta(Src, Offset, Left, Lead, Where, E);
}

uint64_t CompactDecoder::decodeFull(ByteSource &Src, uint64_t Offset,
                                    uint64_t Left, uint32_t SlotNo,
                                    const std::string &Where, TraceEvent &E) {
  uint64_t At = Offset + SCDF_CREC_LEAD_BYTES;
  if (Left - SCDF_CREC_LEAD_BYTES < 8 * SCDF_REC_HEADER_WORDS) {
    diagnose(
        E, Diagnostic::Error, Offset,
        "truncated compact record: a full record takes at least " +
            std::to_string(SCDF_CREC_LEAD_BYTES + 8 * SCDF_REC_HEADER_WORDS) +
            " bytes, " + std::to_string(Left) + " are left in " + Where);
    return Left;
  }
  uint64_t Words =
      decodeFramedRecord(Src, At, (Left - SCDF_CREC_LEAD_BYTES) / 8, Where,
                         FramedAt::Compact, Values, E);
  // After a bad FULL record nothing can be decoded (its message says so):
  // a skipped one would leave its slot stale for the deltas that follow.
  if (E.Kind != TraceEvent::Record)
    return Words == 0 ? 0 : Left;
  Record &R = E.Rec;
  R.Offset = Offset;
  NextSeq = (R.Seq + 1) & SCDF_REC_SEQ_MASK;
  if (Slots.empty())
    Slots.resize(SCDF_CREC_SLOTS);
  Slot &S = Slots[SlotNo];
  // Too many values to be the base of a delta: the slot stays empty.
  S.Chunk = R.NumValues <= SCDF_CREC_DELTA_MAX_VALS ? Chunk : 0;
  S.Rec = R;
  S.Vals.assign(Values.begin(), Values.end());
  S.Rec.Values = S.Vals.data();
  return SCDF_CREC_LEAD_BYTES + 8 * Words;
}

static bool readVarint(const uint8_t *Buf, size_t Size, size_t &Pos,
                       uint64_t &V) {
  uint64_t Z = 0;
  for (unsigned I = 0; I < SCDF_CREC_VARINT_MAX; ++I) {
    if (Pos >= Size)
      return false;
    uint8_t B = Buf[Pos++];
    // The tenth byte holds bit 63 only.
    if (I == SCDF_CREC_VARINT_MAX - 1 && B > 1)
      return false;
    Z |= uint64_t(B & 0x7f) << (7 * I);
    if (!(B & 0x80)) {
      V = (Z >> 1) ^ (0 - (Z & 1));
      return true;
    }
  }
  return false;
}

bool CompactDecoder::applyDelta(const uint8_t *Buf, size_t Size, size_t &Pos,
                                uint32_t Lead, Slot &S, std::string &Why) {
  uint32_t NV = S.Rec.NumValues;
  uint64_t D;
  auto Next = [&](uint64_t &Word) {
    if (!readVarint(Buf, Size, Pos, D)) {
      Why = Pos >= Size ? "a changed word runs past the end"
                        : "a varint is longer than 10 bytes";
      return false;
    }
    Word += D;
    return true;
  };
  if ((Lead & SCDF_CREC_PTR_CHANGED) && !Next(S.Rec.Ptr))
    return false;
  if ((Lead & SCDF_CREC_VAL0_CHANGED) && !Next(S.Vals[0]))
    return false;
  const size_t Map = SCDF_CREC_LEAD_BYTES;
  for (uint32_t I = 1; I < NV; ++I)
    if ((Buf[Map + (I - 1) / 8] >> ((I - 1) % 8) & 1) && !Next(S.Vals[I]))
      return false;
  return true;
}

uint64_t CompactDecoder::decodeDelta(ByteSource &Src, uint64_t Offset,
                                     uint64_t Left, uint32_t Lead,
                                     const std::string &Where, TraceEvent &E) {
  uint32_t SlotNo = Lead >> SCDF_CREC_SLOT_SHIFT;
  auto Corrupt = [&](const std::string &Why) {
    diagnose(E, Diagnostic::Error, Offset,
             "corrupt compact record (slot " + std::to_string(SlotNo) +
                 "): " + Why + "; the rest of " + Where + " is not decoded");
    return Left;
  };
  if (Slots.empty() || Slots[SlotNo].Chunk != Chunk)
    return Corrupt("a delta against a slot no full record of this chunk "
                   "filled");
  Slot &S = Slots[SlotNo];
  uint32_t NV = S.Rec.NumValues;
  if ((Lead & SCDF_CREC_VAL0_CHANGED) && NV == 0)
    return Corrupt("value 0 changed in a record without values");
  size_t MapBytes = NV > 1 ? (NV + 6) / 8 : 0;
  uint64_t Max = SCDF_CREC_LEAD_BYTES + MapBytes +
                 uint64_t(SCDF_CREC_VARINT_MAX) * (NV + 1);
  size_t Size = std::min(Max, Left);
  const uint8_t *Buf;
  if (Src.peek(Offset, Size, Buf) != Size) {
    diagnose(E, Diagnostic::Error, Offset, "read error inside " + Where);
    return 0;
  }
  if (Size < SCDF_CREC_LEAD_BYTES + MapBytes)
    return Corrupt("the changed-words bitmap runs past the end");
  if (NV > 1 && (NV - 1) % 8 &&
      Buf[SCDF_CREC_LEAD_BYTES + MapBytes - 1] >> ((NV - 1) % 8))
    return Corrupt("the bitmap marks values past the record's " +
                   std::to_string(NV));
  size_t Pos = SCDF_CREC_LEAD_BYTES + MapBytes;
  std::string Why;
  if (!applyDelta(Buf, Size, Pos, Lead, S, Why))
    return Corrupt(Why);
  Record &R = E.Rec;
  R = S.Rec;
  R.Seq = NextSeq;
  R.Offset = Offset;
  NextSeq = (NextSeq + 1) & SCDF_REC_SEQ_MASK;
  E.Kind = TraceEvent::Record;
  return Pos;
}

} // namespace trace
} // namespace sancov_dataflow
