//===-- FramedRecord.cpp - What the record decoders share -----------------===//

#include "FramedRecord.h"
#include "sancov-dataflow/abi.h"

#include <cstdio>

namespace sancov_dataflow {
namespace trace {

std::string hexWord(uint64_t V) {
  char Buf[32];
  snprintf(Buf, sizeof(Buf), "0x%llx", static_cast<unsigned long long>(V));
  return Buf;
}

bool diagnose(TraceEvent &E, Diagnostic::SeverityTy S, uint64_t Offset,
              std::string Msg) {
  E.Kind = TraceEvent::Diagnostic;
  E.Diag.Severity = S;
  E.Diag.Offset = Offset;
  E.Diag.Message = std::move(Msg);
  return true;
}

/// What makes a well-framed record of Type not what its header says, or
/// empty.
static std::string malformed(RecordType Type, uint32_t NVals,
                             bool SessionStart) {
  std::string Count = std::to_string(NVals) + " value words";
  if (Type == RecordType::Cmp && NVals != 2)
    return "CMP record with " + Count + " (a CMP record has 2, the operands)";
  if (Type == RecordType::Remote && !SessionStart)
    return "REMOTE record outside the start of a remote thread chunk (it "
           "begins a worker session's chunk, and only that)";
  if (Type == RecordType::Remote && NVals != SCDF_REMOTE_VALS)
    return "REMOTE record with " + Count +
           " (a REMOTE record has 4: comm, comm, cpu, record words)";
  return "";
}

/// How decoding goes on after a bad record at At, for its message: Skip,
/// unless nothing after it can be decoded.
static std::string goesOn(FramedAt At, const std::string &Where,
                          const char *Skip) {
  if (At == FramedAt::Compact)
    return "the rest of " + Where + " is not decoded";
  return Skip;
}

uint64_t decodeFramedRecord(ByteSource &Src, uint64_t Offset, uint64_t Left,
                            const std::string &Where, FramedAt At,
                            std::vector<uint64_t> &Values, TraceEvent &E) {
  uint64_t H;
  if (!Src.readWord(Offset, H)) {
    diagnose(E, Diagnostic::Error, Offset, "read error inside " + Where);
    return 0;
  }
  std::optional<RecordType> Type = framedRecordType(SCDF_REC_TYPE(H));
  if (!Type || (H >> 24 & 0xf) != 0) {
    diagnose(E, Diagnostic::Error, Offset,
             "corrupt record header " + hexWord(H) +
                 " (not a framed ENTRY/RET/CMP/REMOTE/PC_ENTRY/PC_EXIT/"
                 "PC_RESUME header); " +
                 goesOn(At, Where, "skipping one word to resync"));
    return 1;
  }
  uint32_t NVals = SCDF_REC_NVALS(H);
  uint64_t Need = SCDF_RECORD_WORDS(static_cast<uint64_t>(NVals));
  if (Need > Left) {
    diagnose(E, Diagnostic::Error, Offset,
             "truncated record: " + std::string(recordTypeName(*Type)) +
                 " header says " + std::to_string(Need) + " words, only " +
                 std::to_string(Left) + " are left in " + Where);
    return Left;
  }
  if (std::string Why = malformed(*Type, NVals, At == FramedAt::SessionStart);
      !Why.empty()) {
    diagnose(E, Diagnostic::Error, Offset,
             "malformed " + Why + "; " + goesOn(At, Where, "skipped"));
    return Need;
  }
  Record &R = E.Rec;
  R = Record();
  R.Type = *Type;
  R.Seq = SCDF_REC_SEQ(H);
  R.ArgIdx = SCDF_REC_IDX(H);
  R.Size = SCDF_REC_SIZE(H);
  R.Offset = Offset;
  Values.resize(NVals);
  bool OK = Src.readWord(Offset + 8, R.Pc) && Src.readWord(Offset + 16, R.Ptr);
  for (uint32_t I = 0; OK && I < NVals; ++I)
    OK = Src.readWord(Offset + 24 + 8 * uint64_t(I), Values[I]);
  if (!OK) {
    diagnose(E, Diagnostic::Error, Offset, "read error inside a record");
    return 0;
  }
  R.Values = Values.data();
  R.NumValues = NVals;
  E.Kind = TraceEvent::Record;
  return Need;
}

} // namespace trace
} // namespace sancov_dataflow
