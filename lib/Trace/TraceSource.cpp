//===-- TraceSource.cpp - Random-access byte input ------------------------===//

#include "sancov-dataflow/TraceSource.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sancov_dataflow {
namespace trace {

ByteSource::~ByteSource() = default;

bool ByteSource::readWord(uint64_t Offset, uint64_t &W) {
  uint8_t B[8];
  if (readAt(Offset, B, 8) != 8)
    return false;
  // Assembled byte by byte: the format is little-endian on every host.
  W = 0;
  for (int I = 7; I >= 0; --I)
    W = (W << 8) | B[I];
  return true;
}

size_t MemorySource::readAt(uint64_t Offset, void *Buf, size_t N) {
  if (Offset >= Len)
    return 0;
  size_t Avail = std::min<uint64_t>(N, Len - Offset);
  std::memcpy(Buf, Data + Offset, Avail);
  return Avail;
}

size_t MemorySource::peek(uint64_t Offset, size_t N, const uint8_t *&Out) {
  if (Offset >= Len)
    return 0;
  Out = Data + Offset;
  return std::min<uint64_t>(N, Len - Offset);
}

static constexpr size_t WindowSize = 1 << 20;

std::unique_ptr<FileSource> FileSource::open(const std::string &Path,
                                             std::string &Err) {
  int FD = ::open(Path.c_str(), O_RDONLY | O_CLOEXEC);
  if (FD < 0) {
    Err = "cannot open '" + Path + "': " + std::strerror(errno);
    return nullptr;
  }
  struct stat St;
  if (fstat(FD, &St) != 0 || !S_ISREG(St.st_mode)) {
    Err = "'" + Path + "' is not a regular file";
    ::close(FD);
    return nullptr;
  }
  return std::unique_ptr<FileSource>(
      new FileSource(FD, static_cast<uint64_t>(St.st_size)));
}

FileSource::~FileSource() { ::close(FD); }

bool FileSource::fill(uint64_t Offset) {
  Window.resize(WindowSize);
  size_t Got = 0;
  while (Got < WindowSize) {
    ssize_t R = ::pread(FD, Window.data() + Got, WindowSize - Got,
                        static_cast<off_t>(Offset + Got));
    if (R < 0 && errno == EINTR)
      continue;
    if (R <= 0)
      break;
    Got += static_cast<size_t>(R);
  }
  WindowStart = Offset;
  WindowLen = Got;
  return Got > 0;
}

size_t FileSource::readAt(uint64_t Offset, void *Buf, size_t N) {
  auto *Out = static_cast<uint8_t *>(Buf);
  size_t Done = 0;
  while (Done < N) {
    uint64_t At = Offset + Done;
    if (At >= Len)
      break;
    if (At < WindowStart || At >= WindowStart + WindowLen)
      if (!fill(At))
        break;
    size_t Avail = std::min<uint64_t>(N - Done, WindowStart + WindowLen - At);
    std::memcpy(Out + Done, Window.data() + (At - WindowStart), Avail);
    Done += Avail;
  }
  return Done;
}

size_t FileSource::peek(uint64_t Offset, size_t N, const uint8_t *&Data) {
  if (Offset < WindowStart || Offset + N > WindowStart + WindowLen) {
    if (Offset >= Len)
      return 0;
    N = std::min<uint64_t>({N, Len - Offset, WindowSize});
    if (!fill(Offset))
      return 0;
    N = std::min<uint64_t>(N, WindowLen);
  }
  Data = Window.data() + (Offset - WindowStart);
  return N;
}

} // namespace trace
} // namespace sancov_dataflow
