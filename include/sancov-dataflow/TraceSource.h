//===-- TraceSource.h - Random-access byte input ----------------*- C++ -*-===//
//
// The readers take their bytes from a ByteSource so that the tool streams a
// file of any size through a fixed window while the fuzz target decodes an
// in-memory buffer through the same code.
//
//===----------------------------------------------------------------------===//

#ifndef SANCOV_DATAFLOW_TRACESOURCE_H
#define SANCOV_DATAFLOW_TRACESOURCE_H

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace sancov_dataflow {
namespace trace {

class ByteSource {
public:
  virtual ~ByteSource();
  /// Copies up to N bytes at Offset into Buf; returns how many were copied
  /// (fewer only at the end of the input or on a read error).
  virtual size_t readAt(uint64_t Offset, void *Buf, size_t N) = 0;
  /// Points Data at up to N bytes at Offset, without copying them, and
  /// returns how many (fewer only at the end of the input, on a read error
  /// or beyond 1 MiB). Valid until the next read: for records of a few
  /// bytes, which cost more to copy out than to decode.
  virtual size_t peek(uint64_t Offset, size_t N, const uint8_t *&Data) = 0;
  virtual uint64_t size() const = 0;

  /// Reads a little-endian u64; false if fewer than 8 bytes are there.
  bool readWord(uint64_t Offset, uint64_t &W);
};

class MemorySource final : public ByteSource {
public:
  MemorySource(const uint8_t *Data, size_t Size) : Data(Data), Len(Size) {}
  size_t readAt(uint64_t Offset, void *Buf, size_t N) override;
  size_t peek(uint64_t Offset, size_t N, const uint8_t *&Data) override;
  uint64_t size() const override { return Len; }

private:
  const uint8_t *Data;
  size_t Len;
};

/// A regular file read through a window, so memory stays bounded however
/// large the trace is.
class FileSource final : public ByteSource {
public:
  /// Returns null and sets Err (a complete sentence) on failure.
  static std::unique_ptr<FileSource> open(const std::string &Path,
                                          std::string &Err);
  ~FileSource() override;
  size_t readAt(uint64_t Offset, void *Buf, size_t N) override;
  size_t peek(uint64_t Offset, size_t N, const uint8_t *&Data) override;
  uint64_t size() const override { return Len; }

private:
  FileSource(int FD, uint64_t Len) : FD(FD), Len(Len) {}
  bool fill(uint64_t Offset);

  int FD;
  uint64_t Len;
  std::vector<uint8_t> Window;
  uint64_t WindowStart = 0;
  size_t WindowLen = 0;
};

} // namespace trace
} // namespace sancov_dataflow

#endif // SANCOV_DATAFLOW_TRACESOURCE_H
