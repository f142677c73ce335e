//===-- StatsOutput.cpp - Records per function ----------------------------===//

#include "Outputs.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <vector>

using namespace llvm;

namespace dataflow_view {

namespace {

class StatsOutput final : public CallSink {
public:
  explicit StatsOutput(raw_ostream &OS) : OS(OS) {}

  void callBegin(const Call &C) override {}

  void callEnd(const Call &C) override {
    Counts &N = PerFunction[CallText::name(C)];
    N.Entry += C.Args.size();
    N.Ret += C.HasRet;
    ++N.Calls;
    N.Unfinished += C.Status != Call::Returned;
  }

  void cmp(const Comparison &) override { ++Cmp; }

  void finish() override {
    std::vector<std::pair<StringRef, Counts>> Rows;
    Counts Total;
    for (const auto &E : PerFunction) {
      Rows.emplace_back(E.getKey(), E.getValue());
      Total.Entry += E.getValue().Entry;
      Total.Ret += E.getValue().Ret;
      Total.Calls += E.getValue().Calls;
      Total.Unfinished += E.getValue().Unfinished;
    }
    std::sort(Rows.begin(), Rows.end(), [](const auto &A, const auto &B) {
      uint64_t RA = A.second.Entry + A.second.Ret;
      uint64_t RB = B.second.Entry + B.second.Ret;
      return RA != RB ? RA > RB : A.first < B.first;
    });
    OS << format("%10s %10s %10s %10s %10s  %s\n", "records", "entry", "ret",
                 "calls", "unfinished", "function");
    auto Row = [&](const Counts &N, StringRef Name) {
      OS << format("%10llu %10llu %10llu %10llu %10llu  ",
                   (unsigned long long)(N.Entry + N.Ret),
                   (unsigned long long)N.Entry, (unsigned long long)N.Ret,
                   (unsigned long long)N.Calls,
                   (unsigned long long)N.Unfinished)
         << Name << '\n';
    };
    for (const auto &[Name, N] : Rows)
      Row(N, Name);
    Row(Total, "(total)");
    if (Cmp)
      OS << format("%10llu", (unsigned long long)Cmp) << " CMP records\n";
    OS.flush();
  }

private:
  struct Counts {
    uint64_t Entry = 0, Ret = 0, Calls = 0, Unfinished = 0;
  };
  raw_ostream &OS;
  StringMap<Counts> PerFunction;
  uint64_t Cmp = 0;
};

} // namespace

std::unique_ptr<CallSink> createStatsOutput(raw_ostream &OS) {
  return std::make_unique<StatsOutput>(OS);
}

} // namespace dataflow_view
