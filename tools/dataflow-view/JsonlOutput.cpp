//===-- JsonlOutput.cpp - One JSON object per call ------------------------===//
//
// Written when a call ends, so a callee's line comes before its caller's;
// "seq" (the first record's sequence number) and "depth" restore the tree.
// Numbers that may exceed 2^53 (pointers, raw words) are hex strings.
//
//===----------------------------------------------------------------------===//

#include "DebugObject.h"
#include "Outputs.h"
#include "ValueFormat.h"

#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace dataflow_view {

namespace {

class JsonlOutput final : public CallSink {
public:
  explicit JsonlOutput(raw_ostream &OS) : OS(OS) {}

  void callBegin(const Call &C) override {}

  void callEnd(const Call &C) override {
    json::OStream J(OS);
    J.object([&] {
      J.attribute("tid", static_cast<int64_t>(C.Tid));
      J.attribute("seq", static_cast<int64_t>(C.Seq));
      J.attribute("depth", static_cast<int64_t>(C.Depth));
      J.attribute("pc", ValueFormatter::hex(C.Pc));
      J.attribute("function", CallText::name(C));
      if (C.Fn) {
        if (!C.Fn->LinkageName.empty())
          J.attribute("linkage_name", C.Fn->LinkageName);
        if (!C.Fn->File.empty())
          J.attribute("file", C.Fn->File);
        if (C.Fn->Line)
          J.attribute("line", static_cast<int64_t>(C.Fn->Line));
        if (!C.Fn->Module.empty())
          J.attribute("module", C.Fn->Module);
      }
      if (C.Inlined)
        J.attribute("inlined", true);
      J.attribute("status", C.Status == Call::Returned  ? "returned"
                            : C.Status == Call::Unwound ? "unwound"
                                                        : "unfinished");
      if (C.NoEntry)
        J.attribute("no_entry_records", true);
      J.attributeArray("args", [&] {
        for (const Value &V : C.Args) {
          std::string Name = ValueFormatter::argName(C.Fn, V);
          value(J, ValueFormatter::argType(C.Fn, V), V, Name, true);
        }
      });
      J.attributeBegin("return");
      const TypeDesc *RetT = C.Fn && C.Fn->HasDwarf ? C.Fn->Ret : nullptr;
      if (std::optional<std::string> R = CallText::ret(C))
        value(J, RetT, C.Ret, "", false);
      else
        J.value(nullptr);
      J.attributeEnd();
    });
    OS << '\n';
  }

  void finish() override { OS.flush(); }

private:
  void value(json::OStream &J, const TypeDesc *T, const Value &V,
             const std::string &Name, bool IsArg) {
    std::vector<NamedWord> Words;
    std::string Text = CallText::value(T, V, Name, &Words);
    J.object([&] {
      if (IsArg) {
        J.attribute("index", static_cast<int64_t>(V.Idx));
        J.attribute("name", Name);
      }
      J.attribute("size", static_cast<int64_t>(V.Size));
      J.attribute("ptr", ValueFormatter::hex(V.Ptr));
      J.attribute("text", Text);
      J.attributeArray("values", [&] {
        for (const NamedWord &W : Words)
          J.object([&] {
            J.attribute("name", W.Name);
            J.attribute("raw", ValueFormatter::hex(W.Raw));
            J.attribute("text", W.Text);
          });
      });
    });
  }

  raw_ostream &OS;
};

} // namespace

std::unique_ptr<CallSink> createJsonlOutput(raw_ostream &OS) {
  return std::make_unique<JsonlOutput>(OS);
}

} // namespace dataflow_view
