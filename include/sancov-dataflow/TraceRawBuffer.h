//===-- TraceRawBuffer.h - Raw kcov_dataflow buffers ------------*- C++ -*-===//
//
// Decodes a dump of the kernel's mmap'd u64 buffer (word 0 = number of
// record words after it) in the three record formats the kcov-dataflow
// kernel series used:
//
//   v1  RFC v2 of 3 June: header = type<<28 | seq, word 2 =
//       arg_idx<<56 | size<<48 | (ptr & 0xffffffffffff). The number of
//       value words is not stored; a RecordLengthOracle (DWARF) says how
//       many there should be, and each guess is checked against the next
//       record header.
//   v2  v2 of 11 June: as v1 plus the value count in header bits 24..27.
//   v3  the fork's uapi header: the framing of abi.h (nvals in 32..47, size
//       and arg_idx in the header, the full pointer in word 2).
//
//===----------------------------------------------------------------------===//

#ifndef SANCOV_DATAFLOW_TRACERAWBUFFER_H
#define SANCOV_DATAFLOW_TRACERAWBUFFER_H

#include "sancov-dataflow/TraceRecord.h"
#include "sancov-dataflow/TraceSource.h"

#include <memory>
#include <optional>

namespace sancov_dataflow {
namespace trace {

enum class RawFormat { V1, V2, V3 };

/// Parses "v1", "v2" or "v3".
std::optional<RawFormat> parseRawFormat(const std::string &Name);

/// Says how many value words an unframed (v1) record should have.
class RecordLengthOracle {
public:
  virtual ~RecordLengthOracle();
  /// Appends plausible value counts for R (whose Values are not set yet),
  /// most likely first. Appending nothing means "unknown".
  virtual void candidateLengths(const Record &R,
                                std::vector<uint32_t> &Out) = 0;
};

class RawBufferReader final : public EventStream {
public:
  /// Oracle is required for V1 and ignored otherwise. Returns null and sets
  /// Err if the input cannot be a buffer dump.
  static std::unique_ptr<RawBufferReader> create(ByteSource &Src,
                                                 RawFormat Format,
                                                 RecordLengthOracle *Oracle,
                                                 std::string &Err);

  bool next(TraceEvent &E) override;
  const FileHeader &header() const override { return Header; }
  const std::vector<ModuleInfo> &modules() const override { return Modules; }

  /// The pointer of a v1/v2 record: 48 bits, sign-extended from bit 47 so
  /// kernel addresses come back canonical.
  static uint64_t unpackPointer(uint64_t Word2);

private:
  RawBufferReader(ByteSource &Src, RawFormat Format, RecordLengthOracle *O)
      : Src(Src), Format(Format), Oracle(O) {}
  uint64_t word(uint64_t Index);
  bool plausibleV1Header(uint64_t W) const;
  /// Picks the value count of the v1 record at Cursor.
  uint32_t chooseV1Length(const Record &R, bool &Guessed);
  bool nextUnframed(TraceEvent &E);

  ByteSource &Src;
  RawFormat Format;
  RecordLengthOracle *Oracle;
  FileHeader Header;
  std::vector<ModuleInfo> Modules;
  /// Record words available (after word 0), and the next one to decode;
  /// both count from word 1.
  uint64_t NumWords = 0, Cursor = 0;
  enum { Begin, InRecords, Done } State = Begin;
  std::vector<uint64_t> Values;
  std::vector<uint32_t> Candidates;
  /// Diagnostics found by create(), produced after ThreadBegin.
  std::vector<Diagnostic> Queue;
  size_t QueueNext = 0;
};

} // namespace trace
} // namespace sancov_dataflow

#endif // SANCOV_DATAFLOW_TRACERAWBUFFER_H
