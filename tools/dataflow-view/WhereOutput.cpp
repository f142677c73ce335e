//===-- WhereOutput.cpp - Every record a value appeared in ----------------===//
//
//   dataflow-view where 0xffff888000100008 --vmlinux vmlinux trace.bin
//
// Lists, in trace order, each argument, struct field and return value equal
// to VALUE, and each struct pointer whose struct contains the address VALUE
// (the address in a KASAN report usually points at a field), with the path
// of calls open at that point.
//
//===----------------------------------------------------------------------===//

#include "CallValues.h"
#include "DebugTypes.h"
#include "Outputs.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

#include <map>
#include <optional>
#include <vector>

using namespace llvm;

namespace dataflow_view {

namespace {

class WhereOutput final : public CallSink {
public:
  WhereOutput(raw_ostream &OS, uint64_t Want, bool Jsonl)
      : OS(OS), Want(Want), Jsonl(Jsonl) {}

  void thread(uint64_t Tid,
              const sancov_dataflow::trace::RemoteInfo *) override {
    Stack = &Stacks[Tid];
  }

  void callBegin(const Call &C) override {
    Stack->push_back(&C);
    if (C.NoEntry)
      return;
    Slots.clear();
    argumentSlots(C, Slots);
    for (const Slot &S : Slots)
      check(C, S, "entry");
  }

  void callEnd(const Call &C) override {
    Slots.clear();
    returnSlots(C, Slots);
    for (const Slot &S : Slots)
      check(C, S, "ret");
    Stack->pop_back();
  }

  void finish() override {
    if (!Jsonl)
      OS << Hits << (Hits == 1 ? " record" : " records") << " with 0x"
         << utohexstr(Want, true) << '\n';
    OS.flush();
  }

private:
  /// Equal at the slot's width: VALUE written as unsigned (0xffffffff) or
  /// signed (-1) matches the 32-bit all-ones value.
  bool equal(const Slot &S) const {
    if (S.Bytes >= 8)
      return S.Raw == Want;
    uint64_t Low = Want & ((uint64_t(1) << (8 * S.Bytes)) - 1);
    return S.Raw == Low && (Want == Low || Want == uint64_t(S.asSigned()));
  }

  /// VALUE's offset inside the struct a pointer slot points to, if inside.
  std::optional<uint64_t> inside(const Slot &S) const {
    if (S.Kind != Slot::Pointer || !S.Pointee || !S.Raw || Want <= S.Raw ||
        Want - S.Raw >= S.Pointee->Size)
      return std::nullopt;
    return Want - S.Raw;
  }

  void check(const Call &C, const Slot &S, StringRef Kind) {
    std::optional<uint64_t> Off;
    if (!equal(S) && !(Off = inside(S)))
      return;
    ++Hits;
    std::string Name = slotName(C, S), Text = slotValueText(S);
    if (Off)
      Text += " (+0x" + utohexstr(*Off, true) + ")";
    if (Jsonl) {
      json::OStream J(OS);
      J.object([&] {
        J.attribute("tid", static_cast<int64_t>(C.Tid));
        J.attribute("seq", static_cast<int64_t>(S.Seq));
        J.attribute("record", Kind);
        J.attributeArray("path", [&] {
          for (const Call *P : *Stack)
            J.value(CallText::name(*P));
        });
        J.attribute("name", Name);
        J.attribute("raw", "0x" + utohexstr(S.Raw, true));
        J.attribute("text", Text);
        if (Off)
          J.attribute("offset", static_cast<int64_t>(*Off));
      });
      OS << '\n';
      return;
    }
    OS << "tid " << C.Tid << " seq " << S.Seq << ' ' << Kind << ' ';
    for (size_t I = 0; I < Stack->size(); ++I)
      OS << (I ? " > " : "") << CallText::name(*(*Stack)[I]);
    OS << ": " << Name << '=' << Text << '\n';
  }

  raw_ostream &OS;
  uint64_t Want;
  bool Jsonl;
  uint64_t Hits = 0;
  SmallVector<Slot, 16> Slots;
  std::map<uint64_t, std::vector<const Call *>> Stacks;
  std::vector<const Call *> *Stack = nullptr;
};

} // namespace

std::unique_ptr<CallSink> createWhereOutput(raw_ostream &OS, uint64_t Value,
                                            bool Jsonl) {
  return std::make_unique<WhereOutput>(OS, Value, Jsonl);
}

} // namespace dataflow_view
