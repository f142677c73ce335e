//===-- JsonlOutput.cpp - One JSON object per call ------------------------===//
//
// Written when a call ends, so a callee's line comes before its caller's;
// "seq" (the first record's sequence number) and "depth" restore the tree.
// The comparisons a call made are in its "events"; one made outside any
// call is a line of its own. Numbers that may exceed 2^53 (pointers, raw
// words) are hex strings.
//
//===----------------------------------------------------------------------===//

#include "DebugObject.h"
#include "JsonWriter.h"
#include "Outputs.h"
#include "ValueFormat.h"
#include "ValueMemo.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/raw_ostream.h"

#include <map>
#include <vector>

using namespace llvm;
using sancov_dataflow::trace::RemoteInfo;

namespace dataflow_view {

namespace {

class JsonlOutput final : public CallSink {
public:
  explicit JsonlOutput(raw_ostream &OS)
      : OS(OS), Memo([this](std::string &Out, const TypeDesc *T, const Value &V,
                            const std::string &Name) {
          valueMembers(MembersOS, T, V, Name);
          MembersOS.flush();
          Out.swap(Members);
          Members.clear();
        }) {
    MembersOS.SetBufferSize(4096);
  }

  void thread(uint64_t Tid, const RemoteInfo *Remote) override {
    Open = &Threads[Tid];
  }

  void callBegin(const Call &C) override { Open->emplace_back(); }

  void cmp(const Comparison &C) override {
    if (C.Depth == 0 || C.Depth != Open->size()) {
      JsonWriter J(OS);
      J.objectBegin();
      J.attribute("tid", static_cast<int64_t>(C.Tid));
      J.attribute("depth", static_cast<int64_t>(C.Depth));
      if (C.Remote)
        remote(J, *C.Remote);
      comparisonFields(J, C);
      J.objectEnd();
      OS << '\n';
      return;
    }
    Events &E = Open->back();
    if (E.Cmps.size() < MaxEvents)
      E.Cmps.push_back(C);
    else
      ++E.Omitted;
  }

  void callEnd(const Call &C) override {
    Events Evs = std::move(Open->back());
    Open->pop_back();
    JsonWriter J(OS);
    J.objectBegin();
    J.attribute("tid", static_cast<int64_t>(C.Tid));
    J.attribute("seq", static_cast<int64_t>(C.Seq));
    J.attribute("depth", static_cast<int64_t>(C.Depth));
    J.key("pc");
    J.hex(C.Pc);
    function(J, C);
    if (C.Inlined)
      J.attribute("inlined", true);
    if (C.Remote)
      remote(J, *C.Remote);
    J.attribute("status", C.Status == Call::Returned  ? "returned"
                          : C.Status == Call::Unwound ? "unwound"
                                                      : "unfinished");
    if (C.NoEntry)
      J.attribute("no_entry_records", true);
    J.key("args");
    J.arrayBegin();
    for (const Value &V : C.Args) {
      std::string Name = ValueFormatter::argName(C.Fn, V);
      value(J, ValueFormatter::argType(C.Fn, V), V, Name, true);
    }
    J.arrayEnd();
    J.key("return");
    if (CallText::showsRet(C))
      value(J, CallText::retType(C), C.Ret, "", false);
    else
      J.null();
    events(J, Evs);
    J.objectEnd();
    OS << '\n';
  }

  void finish() override { OS.flush(); }

  /// Comparisons kept per call, so memory stays bounded in a long loop.
  static constexpr size_t MaxEvents = 1 << 16;

private:
  struct Events {
    std::vector<Comparison> Cmps;
    uint64_t Omitted = 0;
  };

  void function(JsonWriter &J, const Call &C) {
    if (!C.Fn)
      return J.attribute("function", CallText::name(C));
    // Made once per function: its name and path are most of a short line.
    auto [It, New] = FunctionJson.try_emplace(C.Fn);
    if (New) {
      raw_string_ostream S(It->second);
      JsonWriter FJ(S);
      functionMembers(FJ, *C.Fn);
    }
    J.members(It->second);
  }

  static void functionMembers(JsonWriter &J, const FunctionInfo &Fn) {
    J.attribute("function", Fn.Name);
    if (!Fn.LinkageName.empty())
      J.attribute("linkage_name", Fn.LinkageName);
    if (!Fn.File.empty())
      J.attribute("file", Fn.File);
    if (Fn.Line)
      J.attribute("line", static_cast<int64_t>(Fn.Line));
    if (!Fn.Module.empty())
      J.attribute("module", Fn.Module);
  }

  static void events(JsonWriter &J, const Events &Evs) {
    if (!Evs.Cmps.empty()) {
      J.key("events");
      J.arrayBegin();
      for (const Comparison &Cmp : Evs.Cmps) {
        J.objectBegin();
        comparisonFields(J, Cmp);
        J.objectEnd();
      }
      J.arrayEnd();
    }
    if (Evs.Omitted)
      J.attribute("events_omitted", static_cast<int64_t>(Evs.Omitted));
  }

  static void remote(JsonWriter &J, const RemoteInfo &R) {
    J.key("remote");
    J.objectBegin();
    J.attribute("handle", CallText::handle(R.Handle));
    J.attribute("comm", ValueFormatter::escaped(R.Comm));
    J.attribute("pid", static_cast<int64_t>(R.Pid));
    J.attribute("cpu", static_cast<int64_t>(R.Cpu));
    J.objectEnd();
  }

  static void comparisonFields(JsonWriter &J, const Comparison &C) {
    J.attribute("event", "cmp");
    J.attribute("seq", static_cast<int64_t>(C.Seq));
    J.key("pc");
    J.hex(C.Pc);
    J.attribute("function", CallText::comparisonFunction(C));
    J.attribute("const", C.Const);
    J.attribute("size", static_cast<int64_t>(C.Size));
    J.key("operands");
    J.arrayBegin();
    J.hex(C.Operands[0]);
    J.hex(C.Operands[1]);
    J.arrayEnd();
  }

  /// A value's members after its index and name: what ValueMemo keeps.
  void valueMembers(raw_ostream &OS, const TypeDesc *T, const Value &V,
                    const std::string &Name) {
    Words.clear();
    std::string Text = CallText::value(T, V, Name, &Words);
    JsonWriter J(OS);
    J.attribute("size", static_cast<int64_t>(V.Size));
    J.key("ptr");
    J.hex(V.Ptr);
    // A word's text is mostly a part of the value's: plain unless it holds
    // one of the value's characters that are not.
    NotPlain.clear();
    JsonWriter::notPlain(Text, NotPlain);
    J.key("text");
    NotPlain.empty() ? J.plainValue(Text) : J.value(Text);
    J.key("values");
    J.arrayBegin();
    for (const NamedWord &W : Words) {
      J.objectBegin();
      if (W.Sep) {
        WordName.clear();
        W.appendName(WordName);
        J.attribute("name", WordName);
      } else {
        J.attribute("name", W.Name);
      }
      J.key("raw");
      J.hex(W.Raw);
      J.key("text");
      StringRef WT = W.text(Text, WordText);
      if (W.Kind == NamedWord::Hex ||
          (W.Kind == NamedWord::InValueText && plainPart(W.Begin, W.End)))
        J.plainValue(WT);
      else
        J.value(WT);
      J.objectEnd();
    }
    J.arrayEnd();
  }

  /// Whether characters [Begin, End) of the value's text are plain.
  bool plainPart(size_t Begin, size_t End) const {
    auto It = llvm::lower_bound(NotPlain, Begin);
    return It == NotPlain.end() || *It >= End;
  }

  void value(JsonWriter &J, const TypeDesc *T, const Value &V,
             const std::string &Name, bool IsArg) {
    J.objectBegin();
    if (IsArg) {
      J.attribute("index", static_cast<int64_t>(V.Idx));
      J.attribute("name", Name);
    }
    J.members(Memo.get(T, V, Name));
    J.objectEnd();
  }

  raw_ostream &OS;
  /// valueMembers, remembered.
  ValueMemo Memo;
  /// What valueMembers writes, buffered: unbuffered, every character of a
  /// value would be a call of its own.
  std::string Members;
  raw_string_ostream MembersOS{Members};
  /// valueMembers' words and their name and text, kept to reuse their
  /// buffers.
  std::vector<NamedWord> Words;
  std::string WordName, WordText;
  /// Where the value's text is not plain (JsonWriter::notPlain).
  SmallVector<size_t, 16> NotPlain;
  /// functionMembers per function.
  DenseMap<const FunctionInfo *, std::string> FunctionJson;
  /// Per thread, the comparisons of each open call.
  std::map<uint64_t, std::vector<Events>> Threads;
  std::vector<Events> *Open = nullptr;
};

} // namespace

std::unique_ptr<CallSink> createJsonlOutput(raw_ostream &OS) {
  return std::make_unique<JsonlOutput>(OS);
}

} // namespace dataflow_view
