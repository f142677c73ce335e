//===-- PerfettoOutput.cpp - Chrome trace-event JSON ----------------------===//
//
// One B/E slice pair per call on its thread's track (a kernel worker's
// sessions on the worker's), arguments as slice args; comparisons and
// notes as instant events. The trace has no timestamps: the per-thread
// sequence number is the time axis (one record = 10 units), nudged so that
// every thread's events are strictly increasing, which keeps B/E nesting
// unambiguous for the importer.
//
//===----------------------------------------------------------------------===//

#include "DebugObject.h"
#include "Outputs.h"
#include "ValueFormat.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using sancov_dataflow::trace::RemoteInfo;

namespace dataflow_view {

namespace {

class PerfettoOutput final : public CallSink {
public:
  PerfettoOutput(raw_ostream &OS, uint64_t Pid, const std::string &Process)
      : OS(OS), Pid(Pid) {
    OS << "{\"displayTimeUnit\":\"ns\",\"traceEvents\":[\n";
    event([&](json::OStream &J) {
      J.attribute("ph", "M");
      J.attribute("name", "process_name");
      J.attribute("pid", static_cast<int64_t>(Pid));
      J.attributeObject("args", [&] { J.attribute("name", Process); });
    });
  }

  void thread(uint64_t Tid, const RemoteInfo *Remote) override {
    if (!Named.insert({Tid, 0}).second)
      return;
    // A worker's track is named by the first session on it.
    std::string Name = "thread " + std::to_string(Tid);
    if (Remote)
      Name = (Remote->Pid ? ValueFormatter::escaped(Remote->Comm)
                          : std::string("softirq")) +
             " (remote work)";
    event([&](json::OStream &J) {
      J.attribute("ph", "M");
      J.attribute("name", "thread_name");
      J.attribute("pid", static_cast<int64_t>(Pid));
      J.attribute("tid", static_cast<int64_t>(Tid));
      J.attributeObject("args", [&] { J.attribute("name", Name); });
    });
  }

  void callBegin(const Call &C) override {
    int64_t Ts = time(C.Tid, C.BeginTick * 10);
    event([&](json::OStream &J) {
      J.attribute("ph", "B");
      J.attribute("name", CallText::name(C));
      J.attribute("cat", "dataflow");
      J.attribute("ts", Ts);
      J.attribute("pid", static_cast<int64_t>(Pid));
      J.attribute("tid", static_cast<int64_t>(C.Tid));
      J.attributeObject("args", [&] {
        for (const Value &V : C.Args) {
          std::string Name = ValueFormatter::argName(C.Fn, V);
          J.attribute(
              Name, CallText::value(ValueFormatter::argType(C.Fn, V), V, Name));
        }
        if (C.Inlined)
          J.attribute("inlined", true);
        if (C.Remote) {
          J.attribute("remote_handle", CallText::handle(C.Remote->Handle));
          J.attribute("cpu", static_cast<int64_t>(C.Remote->Cpu));
        }
        J.attribute("pc", ValueFormatter::hex(C.Pc));
        std::string L = CallText::location(C, false);
        if (!L.empty())
          J.attribute("location", L);
      });
    });
  }

  void callEnd(const Call &C) override {
    int64_t Ts = time(C.Tid, C.EndTick * 10 + 1);
    event([&](json::OStream &J) {
      J.attribute("ph", "E");
      J.attribute("ts", Ts);
      J.attribute("pid", static_cast<int64_t>(Pid));
      J.attribute("tid", static_cast<int64_t>(C.Tid));
      J.attributeObject("args", [&] {
        if (C.Status != Call::Returned)
          J.attribute("status",
                      C.Status == Call::Unwound ? "unwound" : "unfinished");
        else if (std::optional<std::string> R = CallText::ret(C))
          J.attribute("return", *R);
      });
    });
  }

  void note(uint64_t Tid, unsigned Depth, const std::string &Msg) override {
    instant(Tid, Msg);
  }

  void cmp(const Comparison &C) override {
    instant(C.Tid, CallText::comparison(C));
  }

  void finish() override {
    OS << "\n]}\n";
    OS.flush();
  }

private:
  /// Strictly increasing per thread.
  int64_t time(uint64_t Tid, uint64_t Want) {
    uint64_t &Last = Named[Tid];
    uint64_t T = Want > Last ? Want : Last + 1;
    Last = T;
    return static_cast<int64_t>(T);
  }

  void instant(uint64_t Tid, const std::string &Name) {
    uint64_t &Last = Named[Tid];
    int64_t Ts = static_cast<int64_t>(++Last);
    event([&](json::OStream &J) {
      J.attribute("ph", "i");
      J.attribute("s", "t");
      J.attribute("name", Name);
      J.attribute("ts", Ts);
      J.attribute("pid", static_cast<int64_t>(Pid));
      J.attribute("tid", static_cast<int64_t>(Tid));
    });
  }

  template <typename Fn> void event(Fn Body) {
    if (!First)
      OS << ",\n";
    First = false;
    json::OStream J(OS);
    J.object([&] { Body(J); });
  }

  raw_ostream &OS;
  uint64_t Pid;
  bool First = true;
  /// Threads with a name event, and the last timestamp used on each.
  DenseMap<uint64_t, uint64_t> Named;
};

} // namespace

std::unique_ptr<CallSink> createPerfettoOutput(raw_ostream &OS, uint64_t Pid,
                                               const std::string &Process) {
  return std::make_unique<PerfettoOutput>(OS, Pid, Process);
}

} // namespace dataflow_view
