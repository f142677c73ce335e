//===-- TraceReader.h - The sancov-dataflow trace file ----------*- C++ -*-===//
//
// Decodes the trace file of abi.h: the file header, module chunks and
// thread chunks of length-framed records (a remote chunk's first record is
// the REMOTE record of its worker session). Every length read from the file
// is checked against the bytes that are really there; problems become
// Diagnostic events carrying the byte offset, and decoding goes on where
// that is safe (a corrupt record header: skip one word, as the kernel's
// uapi suggests; a truncated record or chunk: report and stop that chunk).
//
//===----------------------------------------------------------------------===//

#ifndef SANCOV_DATAFLOW_TRACEREADER_H
#define SANCOV_DATAFLOW_TRACEREADER_H

#include "sancov-dataflow/TraceRecord.h"
#include "sancov-dataflow/TraceSource.h"

#include <memory>

namespace sancov_dataflow {
namespace trace {

class CompactDecoder;

class TraceReader final : public EventStream {
public:
  /// Checks the file header and collects the module chunks. Returns null
  /// and sets Err when the input is not a trace this reader understands.
  static std::unique_ptr<TraceReader> create(ByteSource &Src, std::string &Err);
  ~TraceReader() override;

  bool next(TraceEvent &E) override;
  const FileHeader &header() const override { return Header; }
  const std::vector<ModuleInfo> &modules() const override { return Modules; }

  /// True if the input starts with the trace file magic.
  static bool hasMagic(ByteSource &Src);

private:
  explicit TraceReader(ByteSource &Src);
  void scanModules();
  /// Parses the module chunk payload at Offset; false if it is malformed.
  bool parseModule(uint64_t Offset, uint64_t PayloadSize, ModuleInfo &M,
                   std::string &Why);
  /// Parses the sections chunk payload at Offset; false if it is
  /// malformed.
  bool parseSections(uint64_t Offset, uint64_t PayloadSize,
                     std::vector<ModuleSection> &Sections, std::string &Why);
  bool nextChunk(TraceEvent &E);
  /// Starts the thread chunk (compact if IsCompact) whose payload begins
  /// at Payload; Truncated: the file ends before the chunk does.
  bool beginThread(uint64_t Payload, bool Truncated, bool IsCompact,
                   TraceEvent &E);
  /// The chunk's record count exceeds the Capacity its payload has: a
  /// pending diagnostic.
  void reportOverflow(bool Truncated, uint64_t Capacity);
  bool nextRecord(TraceEvent &E);
  /// After the first record R of a remote chunk: a diagnostic unless it is
  /// the REMOTE record that counts the chunk's other words.
  void checkSession(const Record &R);

  ByteSource &Src;
  FileHeader Header;
  std::vector<ModuleInfo> Modules;
  uint64_t HeaderSize = 0;

  enum { AtChunk, InRecords, Done } State = AtChunk;
  /// Start of the next chunk header.
  uint64_t ChunkOffset = 0;
  /// The current thread chunk: next record word, end of its records, end of
  /// the chunk payload.
  uint64_t Cursor = 0, RecordsEnd = 0, PayloadEnd = 0;
  /// Where the current thread chunk's records begin.
  uint64_t FirstRecord = 0;
  ThreadInfo Thread;
  /// "thread TID's chunk", for the current thread's messages (made once
  /// per chunk, not per record).
  std::string ThreadWhere;
  std::vector<uint64_t> Values;
  /// The slots of the current SCDF_CHUNK_THREAD_COMPACT chunk.
  std::unique_ptr<CompactDecoder> Compact;
  /// A diagnostic to produce before anything else.
  bool HasPending = false;
  Diagnostic Pending;
};

} // namespace trace
} // namespace sancov_dataflow

#endif // SANCOV_DATAFLOW_TRACEREADER_H
