//===-- TraceReader.cpp - The sancov-dataflow trace file ------------------===//

#include "sancov-dataflow/TraceReader.h"
#include "CompactRecord.h"
#include "FramedRecord.h"
#include "sancov-dataflow/abi.h"

#include <algorithm>
#include <cstddef>
#include <cstring>

namespace sancov_dataflow {
namespace trace {

// The offsets below are the ones abi.h's structs have on every target the
// runtimes build for; decoding by offset keeps the reader independent of
// the host's struct layout and endianness.
static_assert(sizeof(scdf_file_header) == 40, "abi.h file header changed");
static_assert(offsetof(scdf_file_header, flags) == 20, "abi.h changed");
static_assert(offsetof(scdf_file_header, kaslr_offset) == 32, "abi.h changed");
static_assert(sizeof(scdf_chunk) == 16, "abi.h chunk header changed");
static_assert(sizeof(scdf_module) == 64, "abi.h module chunk changed");
static_assert(offsetof(scdf_module, build_id) == 32, "abi.h changed");
static_assert(sizeof(scdf_thread) == 32, "abi.h thread chunk changed");
static_assert(sizeof(scdf_section) == 16, "abi.h section entry changed");

static uint64_t le(const uint8_t *P, unsigned Bytes) {
  uint64_t V = 0;
  for (unsigned I = Bytes; I-- > 0;)
    V = (V << 8) | P[I];
  return V;
}

TraceReader::TraceReader(ByteSource &Src)
    : Src(Src), Compact(new CompactDecoder) {}

TraceReader::~TraceReader() = default;

bool TraceReader::hasMagic(ByteSource &Src) {
  char Magic[8];
  return Src.readAt(0, Magic, 8) == 8 &&
         std::memcmp(Magic, SCDF_FILE_MAGIC, 8) == 0;
}

std::unique_ptr<TraceReader> TraceReader::create(ByteSource &Src,
                                                 std::string &Err) {
  uint64_t Size = Src.size();
  if (Size == 0) {
    Err = "the file is empty: not a sancov-dataflow trace";
    return nullptr;
  }
  if (!hasMagic(Src)) {
    Err = "not a sancov-dataflow trace: the file does not start with \"" +
          std::string(SCDF_FILE_MAGIC) + "\"";
    return nullptr;
  }
  uint8_t H[sizeof(scdf_file_header)];
  if (Src.readAt(0, H, sizeof(H)) != sizeof(H)) {
    Err = "truncated trace: the file header needs " +
          std::to_string(sizeof(H)) + " bytes, the file has " +
          std::to_string(Size);
    return nullptr;
  }
  std::unique_ptr<TraceReader> R(new TraceReader(Src));
  FileHeader &FH = R->Header;
  FH.Version = le(H + 8, 4);
  uint64_t HeaderSize = le(H + 12, 4);
  FH.Machine = le(H + 16, 2);
  FH.PointerSize = H[18];
  uint8_t LittleEndian = H[19];
  FH.Flags = le(H + 20, 4);
  FH.Pid = le(H + 24, 8);
  FH.KaslrOffset = le(H + 32, 8);
  if (FH.Version != SCDF_FILE_VERSION) {
    Err = "unsupported trace format version " + std::to_string(FH.Version) +
          " (this dataflow-view reads version " +
          std::to_string(SCDF_FILE_VERSION) + ")";
    return nullptr;
  }
  // A larger header is a newer writer adding fields: skip them. A smaller
  // one or one past the end of the file is corrupt.
  if (HeaderSize < sizeof(H) || HeaderSize > Size || HeaderSize % 8) {
    Err = "corrupt trace header: header_size is " + std::to_string(HeaderSize) +
          " (expected " + std::to_string(sizeof(H)) +
          " or more, a multiple of 8, within the file's " +
          std::to_string(Size) + " bytes)";
    return nullptr;
  }
  if (FH.PointerSize != 8 || LittleEndian != 1) {
    Err = "unsupported trace: pointer size " + std::to_string(FH.PointerSize) +
          ", " + (LittleEndian == 1 ? "little" : "big") +
          "-endian (only 64-bit little-endian traces are supported)";
    return nullptr;
  }
  R->HeaderSize = HeaderSize;
  R->ChunkOffset = HeaderSize;
  R->scanModules();
  return R;
}

bool TraceReader::parseModule(uint64_t Offset, uint64_t PayloadSize,
                              ModuleInfo &M, std::string &Why) {
  uint8_t B[sizeof(scdf_module)];
  if (PayloadSize < sizeof(B) ||
      Src.readAt(Offset, B, sizeof(B)) != sizeof(B)) {
    Why = "module chunk shorter than its " + std::to_string(sizeof(B)) +
          "-byte descriptor";
    return false;
  }
  M.Base = le(B, 8);
  M.Size = le(B + 8, 8);
  M.Flags = le(B + 16, 4);
  uint64_t PathLen = le(B + 20, 4);
  unsigned BuildIdLen = B[24];
  if (BuildIdLen > 32) {
    Why = "module build_id_len " + std::to_string(BuildIdLen) + " exceeds 32";
    return false;
  }
  if (PathLen > PayloadSize - sizeof(B)) {
    Why = "module path_len " + std::to_string(PathLen) + " runs past the chunk";
    return false;
  }
  M.BuildId.assign(B + 32, B + 32 + BuildIdLen);
  M.Path.resize(PathLen);
  if (Src.readAt(Offset + sizeof(B), M.Path.data(), PathLen) != PathLen) {
    Why = "module path is truncated";
    return false;
  }
  return true;
}

bool TraceReader::parseSections(uint64_t Offset, uint64_t PayloadSize,
                                std::vector<ModuleSection> &Sections,
                                std::string &Why) {
  uint64_t Off = 0;
  while (Off < PayloadSize) {
    uint8_t B[sizeof(scdf_section)];
    if (PayloadSize - Off < sizeof(B) ||
        Src.readAt(Offset + Off, B, sizeof(B)) != sizeof(B)) {
      Why = "entry at payload byte " + std::to_string(Off) +
            " is shorter than its " + std::to_string(sizeof(B)) + " bytes";
      return false;
    }
    ModuleSection S;
    S.Addr = le(B, 8);
    uint64_t NameLen = le(B + 8, 4);
    Off += sizeof(B);
    if (NameLen > PayloadSize - Off) {
      Why = "section name_len " + std::to_string(NameLen) +
            " runs past the chunk";
      return false;
    }
    S.Name.resize(NameLen);
    if (Src.readAt(Offset + Off, S.Name.data(), NameLen) != NameLen) {
      Why = "section name is truncated";
      return false;
    }
    Off += (NameLen + 7) / 8 * 8;
    Sections.push_back(std::move(S));
  }
  return true;
}

void TraceReader::scanModules() {
  // Modules may be written after the records that use them (a dlopen'ed
  // library), so collect them all before decoding. Only chunk headers are
  // read; problems are left for next() to report in order.
  uint64_t Off = HeaderSize, Size = Src.size();
  // A sections chunk belongs to the module chunk right before it.
  bool AfterModule = false;
  while (Size - Off >= sizeof(scdf_chunk)) {
    uint8_t C[sizeof(scdf_chunk)];
    if (Src.readAt(Off, C, sizeof(C)) != sizeof(C))
      return;
    uint32_t Type = le(C, 4);
    uint64_t PSize = le(C + 8, 8);
    uint64_t Payload = Off + sizeof(C);
    if (PSize % 8 || PSize > Size - Payload)
      return;
    std::string Why;
    if (Type == SCDF_CHUNK_SECTIONS && AfterModule) {
      std::vector<ModuleSection> Sections;
      if (parseSections(Payload, PSize, Sections, Why))
        Modules.back().Sections = std::move(Sections);
    }
    AfterModule = false;
    if (Type == SCDF_CHUNK_MODULE) {
      ModuleInfo M;
      AfterModule = parseModule(Payload, PSize, M, Why);
      if (AfterModule)
        Modules.push_back(std::move(M));
    }
    Off = Payload + PSize;
  }
}

bool TraceReader::next(TraceEvent &E) {
  if (HasPending) {
    HasPending = false;
    E.Kind = TraceEvent::Diagnostic;
    E.Diag = std::move(Pending);
    return true;
  }
  for (;;) {
    switch (State) {
    case Done:
      E.Kind = TraceEvent::End;
      return false;
    case InRecords:
      if (Cursor >= RecordsEnd) {
        State = AtChunk;
        ChunkOffset = PayloadEnd;
        E.Kind = TraceEvent::ThreadEnd;
        E.Thread = Thread;
        return true;
      }
      return nextRecord(E);
    case AtChunk:
      if (nextChunk(E))
        return true;
      // A chunk that produces no event (a module, an unknown type): go on.
      continue;
    }
  }
}

bool TraceReader::nextChunk(TraceEvent &E) {
  uint64_t Size = Src.size();
  if (ChunkOffset == Size) {
    State = Done;
    E.Kind = TraceEvent::End;
    return true;
  }
  uint8_t C[sizeof(scdf_chunk)];
  if (Size - ChunkOffset < sizeof(C) ||
      Src.readAt(ChunkOffset, C, sizeof(C)) != sizeof(C)) {
    State = Done;
    return diagnose(E, Diagnostic::Error, ChunkOffset,
                    "truncated trace: " + std::to_string(Size - ChunkOffset) +
                        " bytes at the end are not a whole chunk header");
  }
  uint32_t Type = le(C, 4);
  uint64_t PSize = le(C + 8, 8);
  uint64_t Payload = ChunkOffset + sizeof(C);
  if (PSize % 8) {
    State = Done;
    return diagnose(E, Diagnostic::Error, ChunkOffset,
                    "corrupt chunk: payload size " + std::to_string(PSize) +
                        " is not a multiple of 8; the rest of the file is not "
                        "decoded");
  }
  bool Truncated = PSize > Size - Payload;
  PayloadEnd = Truncated ? Size : Payload + PSize;
  uint64_t Avail = PayloadEnd - Payload;

  if (Type == SCDF_CHUNK_THREAD || Type == SCDF_CHUNK_THREAD_COMPACT)
    return beginThread(Payload, Truncated, Type == SCDF_CHUNK_THREAD_COMPACT,
                       E);

  ChunkOffset = PayloadEnd;
  if (Truncated) {
    State = Done;
    return diagnose(E, Diagnostic::Error, Payload - sizeof(C),
                    "truncated trace: chunk declares " + std::to_string(PSize) +
                        " bytes, the file ends after " + std::to_string(Avail));
  }
  if (Type == SCDF_CHUNK_MODULE) {
    ModuleInfo M;
    std::string Why;
    if (!parseModule(Payload, PSize, M, Why))
      return diagnose(E, Diagnostic::Error, Payload - sizeof(C),
                      "corrupt module chunk: " + Why);
  }
  if (Type == SCDF_CHUNK_SECTIONS) {
    std::vector<ModuleSection> Sections;
    std::string Why;
    if (!parseSections(Payload, PSize, Sections, Why))
      return diagnose(E, Diagnostic::Error, Payload - sizeof(C),
                      "corrupt sections chunk: " + Why);
  }
  // Other chunk types are from newer writers: skipped, as abi.h says.
  return false;
}

bool TraceReader::beginThread(uint64_t Payload, bool Truncated, bool IsCompact,
                              TraceEvent &E) {
  uint8_t T[sizeof(scdf_thread)];
  if (PayloadEnd - Payload < sizeof(T) ||
      Src.readAt(Payload, T, sizeof(T)) != sizeof(T)) {
    State = Done;
    return diagnose(E, Diagnostic::Error, ChunkOffset,
                    "truncated trace: thread chunk ends inside its " +
                        std::to_string(sizeof(T)) + "-byte descriptor");
  }
  Thread.Tid = le(T, 8);
  Thread.Words = le(T + 8, 8);
  Thread.Dropped = le(T + 16, 8);
  Thread.Flags = le(T + 24, 8);
  Thread.Offset = ChunkOffset;
  Thread.Compact = IsCompact;
  ThreadWhere = "thread " + std::to_string(Thread.Tid) + "'s chunk";
  if (Thread.Compact && Thread.isRemote()) {
    ChunkOffset = PayloadEnd;
    return diagnose(E, Diagnostic::Error, Thread.Offset,
                    "corrupt thread chunk: thread " +
                        std::to_string(Thread.Tid) +
                        "'s compact chunk says it is a remote session (those "
                        "are the kernel's, never compact); skipped");
  }
  Cursor = FirstRecord = Payload + sizeof(T);
  // Compact chunks count bytes, the others words.
  unsigned Unit = Thread.Compact ? 1 : 8;
  uint64_t Capacity = (PayloadEnd - Cursor) / Unit;
  // Decode the records that are there; a problem is reported right after
  // the ThreadBegin event so the consumer knows the thread.
  if (Thread.Words > Capacity)
    reportOverflow(Truncated, Capacity);
  RecordsEnd = Cursor + std::min(Thread.Words, Capacity) * Unit;
  State = InRecords;
  Compact->startChunk();
  E.Kind = TraceEvent::ThreadBegin;
  E.Thread = Thread;
  return true;
}

void TraceReader::reportOverflow(bool Truncated, uint64_t Capacity) {
  const char *Units = Thread.Compact ? " record bytes" : " record words";
  HasPending = true;
  Pending.Severity = Diagnostic::Error;
  Pending.Offset = Thread.Offset;
  if (Truncated)
    Pending.Message = "truncated trace: thread " + std::to_string(Thread.Tid) +
                      "'s chunk declares " + std::to_string(Thread.Words) +
                      Units + ", the file holds " + std::to_string(Capacity);
  else
    Pending.Message = "corrupt thread chunk: " + std::to_string(Thread.Words) +
                      Units + " do not fit its payload of " +
                      std::to_string(Capacity);
}

bool TraceReader::nextRecord(TraceEvent &E) {
  const std::string &Where = ThreadWhere;
  bool SessionStart = Thread.isRemote() && Cursor == FirstRecord;
  uint64_t Bytes;
  if (Thread.Compact)
    Bytes = Compact->decode(Src, Cursor, RecordsEnd - Cursor, Where, E);
  else
    Bytes = 8 * decodeFramedRecord(
                    Src, Cursor, (RecordsEnd - Cursor) / 8, Where,
                    SessionStart ? FramedAt::SessionStart : FramedAt::Words,
                    Values, E);
  if (Bytes == 0)
    State = Done;
  Cursor += Bytes;
  if (SessionStart && E.Kind == TraceEvent::Record)
    checkSession(E.Rec);
  return true;
}

void TraceReader::checkSession(const Record &R) {
  // Reported after the record, which is decoded as it is.
  std::string Worker = "worker " + std::to_string(Thread.Tid) + "'s";
  uint64_t Follow = (RecordsEnd - Cursor) / 8;
  if (R.Type != RecordType::Remote) {
    Pending = {Diagnostic::Error, R.Offset,
               "remote thread chunk of " + Worker +
                   " session does not begin with a REMOTE record"};
    HasPending = true;
    return;
  }
  uint64_t Said = RemoteInfo::from(R).Words;
  if (Said != Follow) {
    Pending = {Diagnostic::Error, R.Offset,
               "the REMOTE record of " + Worker + " session says " +
                   std::to_string(Said) + " record words follow, its chunk " +
                   "holds " + std::to_string(Follow)};
    HasPending = true;
  }
}

} // namespace trace
} // namespace sancov_dataflow
