//===-- TextOutput.cpp - Indented call tree -------------------------------===//
//
//   main(argc=1, argv=0x7ffd5000 (*argv=0x7ffd6000)) {  // t.c:20
//     set_max_threads(p=0x7ffd1234 {pid=42, max_threads=15}, max=4294967295
//     (0xffffffff)) -> 0  // t.c:8
//   } -> 0  // main
//
// A comparison is a line in the call that made it: `cmp 0x5, 0x7 (4 bytes)`.
// A kernel worker's session is a block of its own, headed `== remote work
// for handle ... ==`.
//
// A call is printed when its argument list is complete; whether it gets
// one line (a leaf) or an opening and a closing line is known only at the
// next event, so one begun call is held back.
//
//===----------------------------------------------------------------------===//

#include "Outputs.h"
#include "ValueAbbrev.h"
#include "ValueMemo.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/raw_ostream.h"

#include <functional>

using namespace llvm;
using sancov_dataflow::trace::RemoteInfo;

namespace dataflow_view {

namespace {

class TextOutput final : public CallSink {
public:
  TextOutput(raw_ostream &OS, bool Locations, size_t ValueLimit)
      : OS(OS), Locations(Locations),
        Memo([ValueLimit](std::string &Out, const TypeDesc *T, const Value &V,
                          const std::string &Name) {
          Out = abbreviateValue(CallText::value(T, V, Name), ValueLimit);
        }) {}

  void thread(uint64_t Tid, const RemoteInfo *Remote) override {
    flush();
    if (Remote)
      OS << "== " << CallText::remote(*Remote) << " ==\n";
    else
      OS << "== thread " << Tid << " ==\n";
  }

  void callBegin(const Call &C) override {
    flush();
    Pending = &C;
  }

  void callEnd(const Call &C) override {
    if (Pending == &C) {
      Pending = nullptr;
      head(C);
      tail(C);
      location(C);
      OS << '\n';
      return;
    }
    flush();
    indent(C.Depth);
    OS << '}';
    tail(C);
    OS << "  // ";
    CallText::writeName(OS, C);
    OS << '\n';
  }

  void cmp(const Comparison &C) override {
    flush();
    indent(C.Depth);
    OS << CallText::comparison(C) << '\n';
  }

  void note(uint64_t Tid, unsigned Depth, const std::string &Msg) override {
    flush();
    indent(Depth);
    OS << "# " << Msg << '\n';
  }

  void finish() override {
    flush();
    OS.flush();
  }

private:
  void indent(unsigned Depth) { OS.indent(2 * Depth); }

  void tail(const Call &C) {
    if (C.Status == Call::Unfinished || C.Status == Call::Unwound) {
      OS << (C.Status == Call::Unwound ? " <unwound>" : " <unfinished>");
      return;
    }
    if (CallText::showsRet(C)) {
      OS << " -> ";
      CallText::writeRet(OS, C, ValueText);
    }
  }

  /// The indented `f(a=1, b=2)` of a call's line.
  void head(const Call &C) {
    indent(C.Depth);
    CallText::writeName(OS, C);
    OS << '(';
    CallText::writeArgs(OS, C, ValueText);
    OS << ')' << CallText::inlinedMark(C);
  }

  void location(const Call &C) {
    if (!Locations || !C.Fn)
      return;
    // Made once per function: a path's base name costs more than a line.
    auto [It, New] = LocationOf.try_emplace(C.Fn);
    if (New) {
      std::string L = CallText::location(C, /*Short=*/true);
      if (!L.empty())
        It->second = "  // " + L;
    }
    OS << It->second;
  }

  void flush() {
    if (!Pending)
      return;
    const Call &C = *Pending;
    Pending = nullptr;
    head(C);
    OS << " {";
    location(C);
    OS << '\n';
  }

  raw_ostream &OS;
  bool Locations;
  ValueMemo Memo;
  /// CallText's value texts, remembered.
  std::function<void(raw_ostream &, const TypeDesc *, const Value &,
                     const std::string &)>
      ValueText =
          [this](raw_ostream &OS, const TypeDesc *T, const Value &V,
                 const std::string &Name) { OS << Memo.get(T, V, Name); };
  /// "  // file:line" per function.
  DenseMap<const FunctionInfo *, std::string> LocationOf;
  const Call *Pending = nullptr;
};

} // namespace

std::unique_ptr<CallSink> createTextOutput(raw_ostream &OS, bool Locations,
                                           size_t ValueLimit) {
  return std::make_unique<TextOutput>(OS, Locations, ValueLimit);
}

} // namespace dataflow_view
