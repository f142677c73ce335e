//===-- trace-fuzzer.cpp - libFuzzer target for the trace decoders --------===//
//
// The first input byte picks the decoder (trace file, raw v1, v2, v3); the
// rest is the input. The v1 decoder gets an oracle whose guesses come from
// the record itself, so every framing path (good guess, bad guess, scan
// for the next header) is reachable.
//
//===----------------------------------------------------------------------===//

#include "sancov-dataflow/TraceRawBuffer.h"
#include "sancov-dataflow/TraceReader.h"

#include <cstdint>
#include <cstdlib>

using namespace sancov_dataflow::trace;

namespace {
class FuzzOracle final : public RecordLengthOracle {
public:
  void candidateLengths(const Record &R, std::vector<uint32_t> &Out) override {
    if (R.Pc & 1)
      return; // "Unknown function".
    Out.push_back(R.Size % 9);
    Out.push_back(R.ArgIdx % 5);
    Out.push_back(static_cast<uint32_t>(R.Pc >> 1) & 0xffff);
  }
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  if (Size < 1)
    return 0;
  uint8_t Mode = Data[0] & 3;
  MemorySource Src(Data + 1, Size - 1);
  std::string Err;
  FuzzOracle Oracle;
  std::unique_ptr<EventStream> S;
  if (Mode == 0)
    S = TraceReader::create(Src, Err);
  else
    S = RawBufferReader::create(Src, static_cast<RawFormat>(Mode - 1), &Oracle,
                                Err);
  if (!S) {
    if (Err.empty())
      abort(); // A failed open must say why.
    return 0;
  }
  uint64_t Sum = 0;
  for (const ModuleInfo &M : S->modules())
    Sum += M.Path.size() + M.BuildId.size();
  TraceEvent E;
  uint64_t Events = 0;
  while (S->next(E)) {
    // Each event consumes input (or ends the stream): a bound well above
    // the input size catches a decoder that stops making progress.
    if (++Events > 4 * Size + 16)
      abort();
    if (E.Kind == TraceEvent::Record) {
      if (E.Rec.Offset >= Size)
        abort();
      for (uint32_t I = 0; I < E.Rec.NumValues; ++I)
        Sum += E.Rec.Values[I];
      if (E.Rec.Type == RecordType::Remote)
        Sum += RemoteInfo::from(E.Rec).Comm.size();
    } else if (E.Kind == TraceEvent::Diagnostic && E.Diag.Message.empty()) {
      abort();
    }
  }
  return static_cast<int>(Sum & 0);
}
