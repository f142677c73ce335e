//===-- CallValues.cpp - A call's values as numbers -----------------------===//

#include "CallValues.h"
#include "DebugObject.h"
#include "DirectValue.h"
#include "FieldWords.h"

#include "sancov-dataflow/abi.h"

#include "llvm/ADT/StringExtras.h"

#include <algorithm>

using namespace llvm;

namespace dataflow_view {

static uint64_t lowBytes(uint64_t V, unsigned Bytes) {
  return Bytes >= 8 ? V : V & ((uint64_t(1) << (8 * Bytes)) - 1);
}

int64_t Slot::asSigned() const {
  if (Bytes >= 8)
    return static_cast<int64_t>(Raw);
  unsigned Shift = 64 - 8 * Bytes;
  return static_cast<int64_t>(Raw << Shift) >> Shift;
}

uint64_t Slot::key() const {
  return (uint64_t(IsRet) << 63) | (uint64_t(Idx) << 32) |
         (Field ? FieldIdx + 1 : 0);
}

static Slot::KindTy kindOf(const TypeDesc *T) {
  if (!T)
    return Slot::Other;
  switch (T->Kind) {
  case TypeDesc::Signed:
    return Slot::Signed;
  case TypeDesc::Unsigned:
    return Slot::Unsigned;
  case TypeDesc::Enum:
    return T->EnumSigned ? Slot::Signed : Slot::Unsigned;
  case TypeDesc::Bool:
    return Slot::Bool;
  case TypeDesc::Pointer:
    return Slot::Pointer;
  case TypeDesc::Struct:
  case TypeDesc::Union:
  case TypeDesc::Array:
    return Slot::Aggregate;
  default:
    return Slot::Other;
  }
}

/// A field's own bits, as ValueFormatter::field reads them.
static Slot fieldSlot(const FieldDesc &F, uint64_t Word) {
  Slot S;
  S.Field = &F;
  const TypeDesc *T = F.type();
  S.Kind = kindOf(T);
  if (F.Partial ||
      (F.BitWidth && (F.BitShift + F.BitWidth > 64 || F.Size > 8))) {
    S.Kind = Slot::Other;
    S.Raw = Word;
    return S;
  }
  if (F.BitWidth) {
    uint64_t V = Word >> F.BitShift;
    S.Bytes = std::max<unsigned>(1, (F.BitWidth + 7) / 8);
    unsigned Bits = F.BitWidth;
    if (Bits < 64)
      V &= (uint64_t(1) << Bits) - 1;
    // A signed bitfield narrower than its bytes: widen its sign first.
    if (S.Kind == Slot::Signed && Bits < 64 && (V >> (Bits - 1)) & 1)
      V |= ~uint64_t(0) << Bits;
    S.Raw = lowBytes(V, S.Bytes);
    return S;
  }
  S.Bytes = static_cast<unsigned>(std::min<uint64_t>(F.Size, 8));
  if (F.Size > 8 && S.Kind != Slot::Aggregate)
    S.Kind = Slot::Other;
  S.Raw = lowBytes(Word, S.Bytes);
  return S;
}

/// The slots of one record's value of type T.
static void valueSlots(const Value &Recorded, const TypeDesc *T, bool IsRet,
                       SmallVectorImpl<Slot> &Out) {
  if (Recorded.Size == 0)
    return;
  // A value ABI's struct in registers: its fields as a table gives them.
  std::optional<Value> Fields = directFields(T, Recorded);
  const Value &V = Fields ? *Fields : Recorded;
  Slot Base;
  Base.IsRet = IsRet;
  Base.Idx = V.Idx;
  Base.Seq = V.Seq;
  const TypeDesc *Struct = T ? T->tabledStruct() : nullptr;
  bool ByPointer = T && T->reportKind() == TypeDesc::PointerToStruct;
  if (ByPointer) {
    Slot P = Base;
    P.Kind = Slot::Pointer;
    P.Raw = V.Ptr;
    P.Pointee = Struct;
    Out.push_back(P);
    if (V.Ptr == 0)
      return;
  }
  if (Struct) {
    // Rust enums and fat pointers are chunks of bytes, not named fields.
    if (Struct->enumChunks() || Struct->RustShape == TypeDesc::Slice ||
        Struct->RustShape == TypeDesc::DynRef)
      return;
    std::optional<FieldWords> L = fieldWords(*Struct, V.Words.size());
    if (!L)
      return;
    size_t First = 0;
    for (size_t I = 0; I < L->Table->size(); ++I) {
      ArrayRef<uint64_t> W =
          ArrayRef<uint64_t>(V.Words).slice(First, L->count((*L->Table)[I]));
      First += W.size();
      if (W[0] == SCDF_UNREADABLE)
        continue;
      Slot F = fieldSlot((*L->Table)[I], W[0]);
      F.IsRet = IsRet;
      F.Idx = V.Idx;
      F.FieldIdx = I;
      F.Seq = V.Seq;
      F.ViaPointer = ByPointer;
      Out.push_back(F);
    }
    return;
  }
  Slot S = Base;
  S.Kind = kindOf(T);
  if (S.Kind == Slot::Pointer) {
    S.Raw = pointerValue(V);
    Out.push_back(S);
    return;
  }
  if (V.Words.empty() || V.Words[0] == SCDF_UNREADABLE)
    return;
  S.Bytes = std::min<unsigned>(V.Size, 8);
  if (V.Size > 8 || V.Words.size() > 1)
    S.Kind = Slot::Other;
  S.Raw = lowBytes(V.Words[0], S.Bytes);
  Out.push_back(S);
}

static const TypeDesc *paramType(const FunctionInfo *Fn, uint32_t Idx) {
  if (Fn && Fn->HasDwarf && Idx < Fn->Params.size())
    return Fn->Params[Idx].Type;
  return nullptr;
}

void argumentSlots(const Call &C, SmallVectorImpl<Slot> &Out) {
  for (const Value &V : C.Args)
    valueSlots(V, paramType(C.Fn, V.Idx), /*IsRet=*/false, Out);
}

void returnSlots(const Call &C, SmallVectorImpl<Slot> &Out) {
  if (C.HasRet)
    valueSlots(C.Ret, C.Fn && C.Fn->HasDwarf ? C.Fn->Ret : nullptr,
               /*IsRet=*/true, Out);
}

std::string slotName(const Call &C, const Slot &S) {
  std::string Name;
  if (S.IsRet)
    Name = "ret";
  else if (C.Fn && C.Fn->HasDwarf && S.Idx < C.Fn->Params.size())
    Name = C.Fn->Params[S.Idx].Name;
  else
    Name = "arg" + std::to_string(S.Idx);
  if (S.Field)
    Name += (S.ViaPointer ? "->" : ".") + S.Field->Name;
  return Name;
}

std::string slotValueText(const Slot &S) {
  std::string Hex = "0x" + utohexstr(S.Raw, /*LowerCase=*/true);
  switch (S.Kind) {
  case Slot::Pointer:
    return S.Raw ? Hex : "NULL";
  case Slot::Aggregate:
  case Slot::Other:
    return Hex;
  case Slot::Bool:
    return S.Raw == 1 ? "true" : S.Raw == 0 ? "false" : Hex;
  case Slot::Signed: {
    int64_t V = S.asSigned();
    std::string D = itostr(V);
    return V >= 0x10000 || V <= -0x10000 ? D + " (" + Hex + ")" : D;
  }
  case Slot::Unsigned:
    return S.Raw >= 0x10000 ? utostr(S.Raw) + " (" + Hex + ")" : utostr(S.Raw);
  }
  return Hex;
}

} // namespace dataflow_view
