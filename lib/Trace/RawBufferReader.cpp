//===-- RawBufferReader.cpp - Raw kcov_dataflow buffers -------------------===//

#include "FramedRecord.h"
#include "sancov-dataflow/TraceRawBuffer.h"
#include "sancov-dataflow/abi.h"

namespace sancov_dataflow {
namespace trace {

RecordLengthOracle::~RecordLengthOracle() = default;

std::optional<RawFormat> parseRawFormat(const std::string &Name) {
  if (Name == "v1")
    return RawFormat::V1;
  if (Name == "v2")
    return RawFormat::V2;
  if (Name == "v3")
    return RawFormat::V3;
  return std::nullopt;
}

/// The unframed formats never use more value words than a kernel table can
/// have; the scan for the next header stops there.
static constexpr uint64_t MaxScanWords = SCDF_MAX_FIELDS;

uint64_t RawBufferReader::unpackPointer(uint64_t Word2) {
  uint64_t P = Word2 & 0xffffffffffffull;
  if (P & (1ull << 47))
    P |= 0xffff000000000000ull;
  return P;
}

std::unique_ptr<RawBufferReader>
RawBufferReader::create(ByteSource &Src, RawFormat Format,
                        RecordLengthOracle *Oracle, std::string &Err) {
  if (Format == RawFormat::V1 && !Oracle) {
    Err = "decoding v1 buffers needs debug info to frame records";
    return nullptr;
  }
  uint64_t Count;
  if (!Src.readWord(0, Count)) {
    Err = Src.size() == 0
              ? "the file is empty: not a kcov_dataflow buffer"
              : "not a kcov_dataflow buffer: shorter than its 8-byte word "
                "count";
    return nullptr;
  }
  std::unique_ptr<RawBufferReader> R(new RawBufferReader(Src, Format, Oracle));
  R->Header.Flags = SCDF_FILE_KERNEL;
  uint64_t Avail = Src.size() / 8 - 1;
  R->NumWords = Count < Avail ? Count : Avail;
  R->Cursor = 1;
  if (Count > Avail)
    R->Queue.push_back(
        {Diagnostic::Error, 0,
         "truncated buffer: word 0 counts " + std::to_string(Count) +
             " record words, the file holds " + std::to_string(Avail)});
  if (Src.size() % 8)
    R->Queue.push_back({Diagnostic::Warning, Src.size() & ~uint64_t(7),
                        std::to_string(Src.size() % 8) +
                            " trailing bytes are not a whole word; ignored"});
  return R;
}

uint64_t RawBufferReader::word(uint64_t Index) {
  uint64_t W = 0;
  Src.readWord(Index * 8, W);
  return W;
}

/// The type of a v1/v2 record header: the RFC's buffers had ENTRY and RET
/// records only.
static std::optional<RecordType> unframedType(uint64_t H) {
  std::optional<RecordType> T = framedRecordType(SCDF_REC_TYPE(H));
  if (T == RecordType::Entry || T == RecordType::Ret)
    return T;
  return std::nullopt;
}

bool RawBufferReader::plausibleV1Header(uint64_t W) const {
  return (W >> 32) == 0 && ((W >> 24) & 0xf) == 0 && unframedType(W);
}

uint32_t RawBufferReader::chooseV1Length(const Record &R, bool &Guessed) {
  uint64_t Limit = NumWords + 1; // One past the last record word.
  uint64_t First = Cursor + SCDF_REC_HEADER_WORDS;
  Candidates.clear();
  Oracle->candidateLengths(R, Candidates);
  int BestScore = 0;
  uint32_t Best = 0;
  for (uint32_t N : Candidates) {
    if (N > Limit - First)
      continue;
    uint64_t End = First + N;
    int Score = 0;
    if (End == Limit) {
      Score = 3;
    } else {
      uint64_t Next = word(End);
      if (plausibleV1Header(Next))
        Score = SCDF_REC_SEQ(Next) == ((R.Seq + 1) & SCDF_REC_SEQ_MASK) ? 2 : 1;
    }
    if (Score > BestScore) {
      BestScore = Score;
      Best = N;
    }
  }
  Guessed = BestScore == 0;
  if (!Guessed)
    return Best;
  // No debug info for this record, or none of its lengths lands on a
  // record header: take the words up to the next plausible header, as the
  // RFC's own consumers did.
  uint64_t N = 0;
  while (First + N < Limit && N < MaxScanWords &&
         !plausibleV1Header(word(First + N)))
    ++N;
  return static_cast<uint32_t>(N);
}

bool RawBufferReader::next(TraceEvent &E) {
  if (State == Begin) {
    State = InRecords;
    E.Kind = TraceEvent::ThreadBegin;
    E.Thread = ThreadInfo();
    E.Thread.Words = NumWords;
    E.Thread.Offset = 0;
    return true;
  }
  if (QueueNext < Queue.size()) {
    E.Kind = TraceEvent::Diagnostic;
    E.Diag = std::move(Queue[QueueNext++]);
    return true;
  }
  if (State == Done) {
    E.Kind = TraceEvent::End;
    return false;
  }
  uint64_t Limit = NumWords + 1;
  if (Cursor >= Limit) {
    State = Done;
    E.Kind = TraceEvent::ThreadEnd;
    E.Thread = ThreadInfo();
    E.Thread.Words = NumWords;
    return true;
  }

  if (Format == RawFormat::V3) {
    // The mmap'd buffer holds the task's own records; worker sessions
    // come through read().
    uint64_t Used =
        decodeFramedRecord(Src, Cursor * 8, Limit - Cursor, "the buffer",
                           FramedAt::Words, Values, E);
    if (Used == 0)
      State = Done;
    Cursor += Used;
    return true;
  }
  return nextUnframed(E);
}

/// A v1 or v2 record: the pointer shares word 2 with arg_idx and size, and
/// the value count is in the header (v2) or must be inferred (v1).
bool RawBufferReader::nextUnframed(TraceEvent &E) {
  uint64_t Limit = NumWords + 1;
  uint64_t At = Cursor;
  uint64_t H = word(At);
  bool V1 = Format == RawFormat::V1;
  std::optional<RecordType> Type = unframedType(H);
  if (V1 ? !plausibleV1Header(H) : (H >> 32) != 0 || !Type) {
    ++Cursor;
    return diagnose(E, Diagnostic::Error, At * 8,
                    "corrupt record header " + hexWord(H) + " for the " +
                        (V1 ? "v1" : "v2") +
                        " format; skipping one word to resync");
  }
  if (Limit - At < SCDF_REC_HEADER_WORDS) {
    Cursor = Limit;
    return diagnose(E, Diagnostic::Error, At * 8,
                    "truncated record: the buffer ends " +
                        std::to_string(Limit - At) +
                        " words after the record header, before its pc and "
                        "pointer words");
  }
  Record &R = E.Rec;
  R = Record();
  R.Type = *Type;
  R.Seq = SCDF_REC_SEQ(H);
  R.Pc = word(At + 1);
  R.Offset = At * 8;
  uint64_t W2 = word(At + 2);
  R.ArgIdx = static_cast<uint32_t>(W2 >> 56);
  R.Size = static_cast<uint32_t>((W2 >> 48) & 0xff);
  R.Ptr = unpackPointer(W2);
  uint64_t NVals;
  if (V1) {
    bool Guessed = false;
    NVals = chooseV1Length(R, Guessed);
    R.GuessedLength = Guessed;
  } else {
    NVals = (H >> 24) & 0xf;
  }
  uint64_t First = At + SCDF_REC_HEADER_WORDS;
  if (NVals > Limit - First) {
    Cursor = Limit;
    return diagnose(E, Diagnostic::Error, At * 8,
                    "truncated record: " + std::string(recordTypeName(R.Type)) +
                        " needs " + std::to_string(NVals) +
                        " value words, the buffer has " +
                        std::to_string(Limit - First) + " left");
  }
  Values.resize(NVals);
  for (uint64_t I = 0; I < NVals; ++I)
    Values[I] = word(First + I);
  R.Values = Values.data();
  R.NumValues = static_cast<uint32_t>(NVals);
  Cursor = First + NVals;
  E.Kind = TraceEvent::Record;
  return true;
}

} // namespace trace
} // namespace sancov_dataflow
