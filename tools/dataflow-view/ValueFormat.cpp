//===-- ValueFormat.cpp - Record values as source-level text --------------===//

#include "ValueFormat.h"
#include "DebugObject.h"

#include "sancov-dataflow/abi.h"

#include "llvm/ADT/APFloat.h"
#include "llvm/ADT/APInt.h"

#include <charconv>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>

using namespace llvm;

namespace dataflow_view {

/// Decimal values at least this large (in magnitude) also get hex: flags,
/// masks and ERR_PTR-like values read better that way.
static constexpr uint64_t HexThreshold = 0x10000;
/// Nested struct fields are expanded this many levels deep.
static constexpr unsigned MaxDepth = 2;

static uint64_t lowBytes(uint64_t V, uint64_t Bytes) {
  return Bytes >= 8 ? V : V & ((uint64_t(1) << (8 * Bytes)) - 1);
}

static int64_t signExtend(uint64_t V, unsigned Bits) {
  if (Bits == 0 || Bits >= 64)
    return static_cast<int64_t>(V);
  uint64_t Sign = uint64_t(1) << (Bits - 1);
  V &= (Sign << 1) - 1;
  return static_cast<int64_t>((V ^ Sign) - Sign);
}

// Numbers are formatted with to_chars: printf dominated the profile of a
// large trace.
static void appendHex(std::string &S, uint64_t V) {
  char Buf[20];
  auto R = std::to_chars(Buf, Buf + sizeof(Buf), V, 16);
  S += "0x";
  S.append(Buf, R.ptr);
}

template <typename T> static void appendDec(std::string &S, T V) {
  char Buf[24];
  auto R = std::to_chars(Buf, Buf + sizeof(Buf), V);
  S.append(Buf, R.ptr);
}

std::string ValueFormatter::hex(uint64_t V) {
  std::string S;
  appendHex(S, V);
  return S;
}

static std::string decimal(uint64_t Raw, bool Signed, uint64_t Bytes) {
  std::string S;
  if (Signed) {
    int64_t V = signExtend(
        Raw, static_cast<unsigned>(8 * std::min<uint64_t>(Bytes, 8)));
    uint64_t Mag =
        V < 0 ? 0 - static_cast<uint64_t>(V) : static_cast<uint64_t>(V);
    appendDec(S, V);
    if (Mag < HexThreshold)
      return S;
  } else {
    appendDec(S, lowBytes(Raw, Bytes));
    if (lowBytes(Raw, Bytes) < HexThreshold)
      return S;
  }
  S += " (";
  appendHex(S, lowBytes(Raw, Bytes));
  S += ')';
  return S;
}

static void escapeChar(std::string &Out, unsigned C, char Quote) {
  switch (C) {
  case '\n':
    Out += "\\n";
    return;
  case '\t':
    Out += "\\t";
    return;
  case '\r':
    Out += "\\r";
    return;
  case '\0':
    Out += "\\0";
    return;
  case '\\':
    Out += "\\\\";
    return;
  default:
    break;
  }
  if (C == static_cast<unsigned char>(Quote)) {
    Out += '\\';
    Out += Quote;
  } else if (C >= 0x20 && C < 0x7f) {
    Out += static_cast<char>(C);
  } else {
    char Buf[8];
    snprintf(Buf, sizeof(Buf), "\\x%02x", C & 0xff);
    Out += Buf;
  }
}

/// Shortest text that reads back as the same value.
static std::string shortestFloat(double D, unsigned MaxDigits, bool IsFloat) {
  char Buf[64];
  for (unsigned P = 1; P <= MaxDigits; ++P) {
    snprintf(Buf, sizeof(Buf), "%.*g", P, D);
    double Back = std::strtod(Buf, nullptr);
    if (IsFloat ? static_cast<float>(Back) == static_cast<float>(D) : Back == D)
      break;
  }
  std::string S = Buf;
  // Make it read as a floating-point number.
  if (S.find_first_of(".einn") == std::string::npos)
    S += ".0";
  return S;
}

static std::string floatText(uint64_t Raw, uint64_t Size) {
  switch (Size) {
  case 2: {
    APFloat F(APFloat::IEEEhalf(), APInt(16, Raw & 0xffff));
    bool Lost;
    F.convert(APFloat::IEEEsingle(), APFloat::rmNearestTiesToEven, &Lost);
    return shortestFloat(F.convertToFloat(), 9, true);
  }
  case 4:
    return shortestFloat(
        APFloat(APFloat::IEEEsingle(), APInt(32, Raw & 0xffffffff))
            .convertToFloat(),
        9, true);
  case 8:
    return shortestFloat(
        APFloat(APFloat::IEEEdouble(), APInt(64, Raw)).convertToDouble(), 17,
        false);
  default:
    return ValueFormatter::hex(Raw) + " (" + std::to_string(Size) +
           "-byte float, first 8 bytes)";
  }
}

/// Up to Bytes bytes of Raw as a C string literal.
static std::string stringText(uint64_t Raw, uint64_t Bytes) {
  std::string S = "\"";
  uint64_t N = std::min<uint64_t>(Bytes, 8);
  bool Terminated = false;
  for (uint64_t I = 0; I < N; ++I) {
    unsigned C = (Raw >> (8 * I)) & 0xff;
    if (C == 0) {
      Terminated = true;
      break;
    }
    escapeChar(S, C, '"');
  }
  S += '"';
  if (!Terminated)
    S += "...";
  return S;
}

/// Rust tuple structs and tuple variants name their fields __0, __1, ...
static bool isTupleLike(const TypeDesc &T) {
  for (size_t I = 0; I < T.Fields.size(); ++I)
    if (T.Fields[I].Name != "__" + std::to_string(I))
      return false;
  return !T.Fields.empty();
}

/// A Rust enum value from its first Valid bytes: the variant the
/// discriminant selects, then its payload fields that lie within those
/// bytes: `None`, `Some(0x5000)`, `Rect{w=3, h=4}`, `Circle(...)` (payload
/// not recorded). Empty when the discriminant is not in those bytes.
std::string ValueFormatter::rustEnum(const TypeDesc &T, uint64_t Raw,
                                     uint64_t Valid, unsigned Depth) {
  const VariantDesc *Selected = nullptr;
  if (T.HasDiscr) {
    if (T.DiscrSize == 0 || T.DiscrSize > 8 ||
        T.DiscrOffset + T.DiscrSize > Valid)
      return "";
    uint64_t Discr = lowBytes(Raw >> (8 * T.DiscrOffset), T.DiscrSize);
    for (const VariantDesc &V : T.Variants)
      if (V.HasDiscrValue && V.DiscrValue == Discr)
        Selected = &V;
    // The dataful variant of a niche-optimised enum has no value: every
    // discriminant the others do not claim is its.
    if (!Selected)
      for (const VariantDesc &V : T.Variants)
        if (!V.HasDiscrValue)
          Selected = &V;
    if (!Selected) {
      std::string S = "<unknown variant, discriminant ";
      appendHex(S, Discr);
      return S + ">";
    }
  } else if (T.Variants.size() == 1) {
    Selected = &T.Variants.front();
  } else {
    return "";
  }
  std::string S = Selected->Name;
  const TypeDesc *P = Selected->type();
  if (!P || P->Kind != TypeDesc::Struct || P->Fields.empty())
    return S;
  bool Tuple = isTupleLike(*P);
  S += Tuple ? "(" : "{";
  bool Any = false, Missing = false;
  for (const FieldDesc &F : P->Fields) {
    if (F.Offset + F.Size > Valid || Depth >= MaxDepth) {
      Missing = true;
      continue;
    }
    if (Any)
      S += ", ";
    Any = true;
    if (!Tuple)
      S += F.Name + "=";
    S += field(F, lowBytes(Raw >> (8 * F.Offset), F.Size), Depth + 1);
  }
  if (Missing)
    S += Any ? ", ..." : "...";
  S += Tuple ? ")" : "}";
  return S;
}

std::string ValueFormatter::scalar(const TypeDesc *T, uint64_t Raw,
                                   uint64_t Bytes, unsigned Depth) {
  if (Raw == SCDF_UNREADABLE)
    return "<fault>";
  uint64_t Valid = std::min<uint64_t>(Bytes, 8);
  if (!T)
    return hex(lowBytes(Raw, Valid));
  uint64_t Size = T->Size ? T->Size : Bytes;
  std::string Trunc =
      Size > 8 && T->Kind != TypeDesc::Struct && T->Kind != TypeDesc::Array
          ? " (first 8 of " + std::to_string(Size) + " bytes)"
          : "";
  switch (T->Kind) {
  case TypeDesc::Signed:
    return decimal(Raw, true, std::min(Size, Valid)) + Trunc;
  case TypeDesc::Unsigned:
    return decimal(Raw, false, std::min(Size, Valid)) + Trunc;
  case TypeDesc::Bool: {
    uint64_t V = lowBytes(Raw, std::min(Size, Valid));
    return V == 0 ? "false" : V == 1 ? "true" : hex(V) + " (bool)";
  }
  case TypeDesc::Char: {
    std::string S = "'";
    escapeChar(S, Raw & 0xff, '\'');
    return S + "'";
  }
  case TypeDesc::UTF: {
    uint64_t V = lowBytes(Raw, std::min(Size, Valid));
    if (V >= 0x20 && V < 0x7f)
      return std::string("'") + static_cast<char>(V) + "'";
    char Buf[24];
    snprintf(Buf, sizeof(Buf), "U+%04" PRIX64, V);
    return Buf;
  }
  case TypeDesc::Float:
    return floatText(Raw, Size);
  case TypeDesc::Enum: {
    uint64_t V = lowBytes(Raw, std::min(Size, Valid));
    for (const auto &[Value, Name] : T->Enumerators)
      if (Value == V)
        return Name;
    std::string Num = decimal(V, T->EnumSigned, std::min(Size, Valid));
    return T->Name.empty() ? Num : "(enum " + T->Name + ")" + Num;
  }
  case TypeDesc::Pointer:
    return Raw == 0 ? "NULL" : hex(Raw);
  case TypeDesc::Struct: {
    if (T->RustShape == TypeDesc::VariantEnum) {
      std::string E = rustEnum(*T, Raw, Valid, Depth);
      if (!E.empty())
        return E;
    }
    // A fat pointer nested in a struct: only its data pointer is here.
    if ((T->RustShape == TypeDesc::Slice || T->RustShape == TypeDesc::DynRef) &&
        Valid >= 8)
      return T->Name + " @" + hex(Raw);
    if (!T->Complete || Depth >= MaxDepth || T->Fields.empty())
      return hex(lowBytes(Raw, Valid));
    // A nested struct arrives as its first 8 bytes: show the members that
    // lie entirely within them.
    std::string S = "{";
    bool Any = false, Missing = false;
    for (const FieldDesc &F : T->Fields) {
      if (F.Offset + F.Size > Valid) {
        Missing = true;
        continue;
      }
      if (Any)
        S += ", ";
      Any = true;
      S += F.Name + "=" +
           field(F, lowBytes(Raw >> (8 * F.Offset), F.Size), Depth + 1);
    }
    if (Missing)
      S += Any ? ", ...}" : "...}";
    else
      S += "}";
    return S;
  }
  case TypeDesc::Array: {
    const TypeDesc *E = T->target();
    if (!E || !E->Size || E->Size > 8 || Depth >= MaxDepth)
      return hex(lowBytes(Raw, Valid));
    if (E->Kind == TypeDesc::Char)
      return stringText(Raw, std::min(Size, Valid));
    std::string S = "[";
    uint64_t Shown = 0;
    for (uint64_t I = 0; I < T->Count && (I + 1) * E->Size <= Valid; ++I) {
      if (I)
        S += ", ";
      S += scalar(E, lowBytes(Raw >> (8 * I * E->Size), E->Size), E->Size,
                  Depth + 1);
      ++Shown;
    }
    if (Shown < T->Count)
      S += Shown ? ", ...]" : "...]";
    else
      S += "]";
    return S;
  }
  case TypeDesc::Void:
  case TypeDesc::Union:
  case TypeDesc::Function:
  case TypeDesc::Other:
    break;
  }
  return hex(lowBytes(Raw, Valid)) + Trunc;
}

std::string ValueFormatter::field(const FieldDesc &F, uint64_t Raw,
                                  unsigned Depth) {
  if (Raw == SCDF_UNREADABLE)
    return "<fault>";
  const TypeDesc *T = F.type();
  if (F.Partial)
    return hex(Raw) + " <partial bitfield>";
  if (F.BitWidth) {
    if (F.BitShift + F.BitWidth > 64 || F.Size > 8)
      return hex(Raw) + " <partial bitfield>";
    uint64_t V = Raw >> F.BitShift;
    if (F.BitWidth < 64)
      V &= (uint64_t(1) << F.BitWidth) - 1;
    bool Signed = T && (T->Kind == TypeDesc::Signed ||
                        (T->Kind == TypeDesc::Enum && T->EnumSigned));
    if (Signed)
      V = static_cast<uint64_t>(
          signExtend(V, static_cast<unsigned>(F.BitWidth)));
    if (T && T->Kind == TypeDesc::Enum) {
      for (const auto &[Value, Name] : T->Enumerators)
        if (lowBytes(Value, T->Size) == lowBytes(V, T->Size))
          return Name;
    }
    if (T && T->Kind == TypeDesc::Bool)
      return V ? "true" : "false";
    return decimal(V, Signed, 8);
  }
  return scalar(T, Raw, F.Size, Depth);
}

std::string ValueFormatter::argName(const FunctionInfo *Fn, const Value &V) {
  if (Fn && Fn->HasDwarf && V.Idx < Fn->Params.size())
    return Fn->Params[V.Idx].Name;
  return "arg" + std::to_string(V.Idx);
}

const TypeDesc *ValueFormatter::argType(const FunctionInfo *Fn,
                                        const Value &V) {
  if (Fn && Fn->HasDwarf && V.Idx < Fn->Params.size())
    return Fn->Params[V.Idx].Type;
  return nullptr;
}

/// What a pointer points to, from the first 8 bytes there: a string for
/// char pointers, the value for pointers to scalars, nothing otherwise.
static std::string pointeeText(const TypeDesc *P, uint64_t Raw,
                               const std::string &Name) {
  if (!P)
    return "";
  switch (P->Kind) {
  case TypeDesc::Char:
    return Raw == SCDF_UNREADABLE ? " <fault>" : " " + stringText(Raw, 8);
  case TypeDesc::Signed:
  case TypeDesc::Unsigned:
  case TypeDesc::Bool:
  case TypeDesc::UTF:
  case TypeDesc::Float:
  case TypeDesc::Enum:
  case TypeDesc::Pointer:
    if (!P->Size || P->Size > 8)
      return "";
    return " (*" + (Name.empty() ? "ret" : Name) + "=" +
           ValueFormatter::scalar(P, Raw, P->Size) + ")";
  case TypeDesc::Struct:
    // A Rust enum has no table (variant parts are not members): the
    // runtime read its first 8 bytes.
    if (P->RustShape == TypeDesc::VariantEnum && Raw != SCDF_UNREADABLE) {
      std::string E =
          ValueFormatter::rustEnum(*P, Raw, std::min<uint64_t>(P->Size, 8), 0);
      if (!E.empty())
        return " (*" + (Name.empty() ? "ret" : Name) + "=" + E + ")";
    }
    return "";
  default:
    return "";
  }
}

/// A Rust fat pointer recorded with its two-field table: `&[u8] len=5
/// @0x...`, `&dyn core::fmt::Debug @0x... vtable=0x...`. The words are
/// named ptr and len (ptr and vtable).
static std::string fatPointerText(const TypeDesc &S, const Value &V,
                                  std::vector<NamedWord> *Words) {
  auto Word = [&](size_t I, bool Decimal) {
    uint64_t W = V.Words[I];
    if (W == SCDF_UNREADABLE)
      return std::string("<fault>");
    return Decimal ? decimal(W, false, 8) : ValueFormatter::hex(W);
  };
  bool Slice = S.RustShape == TypeDesc::Slice;
  std::string Ptr = Word(0, false), Second = Word(1, Slice);
  if (Words) {
    (*Words)[0].Name = "ptr";
    (*Words)[0].Text = Ptr;
    (*Words)[1].Name = Slice ? "len" : "vtable";
    (*Words)[1].Text = Second;
  }
  if (Slice)
    return S.Name + " len=" + Second + " @" + Ptr;
  return S.Name + " @" + Ptr + " vtable=" + Second;
}

std::string ValueFormatter::format(const TypeDesc *T, const Value &V,
                                   const std::string &Name,
                                   std::vector<NamedWord> *Words) {
  std::string S;
  auto Note = [&](const std::string &N) {
    if (V.GuessedLength)
      return N + " <guessed record length>";
    return N;
  };
  if (Words)
    for (size_t I = 0; I < V.Words.size(); ++I)
      Words->push_back({"#" + std::to_string(I), hex(V.Words[I]), V.Words[I]});
  if (V.Size == 0) {
    // A zero-sized struct (a Rust closure capturing nothing, a unit
    // struct) has no bytes to report: it is not missing.
    if (T && T->Kind == TypeDesc::Struct && T->Complete && T->Size == 0 &&
        T->Fields.empty())
      return Note("{}");
    return Note("<optimized out>");
  }

  const TypeDesc *Struct = T ? T->tabledStruct() : nullptr;
  if (Struct &&
      (Struct->RustShape == TypeDesc::Slice ||
       Struct->RustShape == TypeDesc::DynRef) &&
      V.Words.size() == 2) {
    std::string Fat = fatPointerText(*Struct, V, Words);
    if (T->reportKind() == TypeDesc::PointerToStruct)
      return Note(V.Ptr ? hex(V.Ptr) + " (*" + (Name.empty() ? "ret" : Name) +
                              "=" + Fat + ")"
                        : "NULL");
    return Note(Fat);
  }
  if (Struct) {
    if (T->reportKind() == TypeDesc::PointerToStruct) {
      if (V.Ptr == 0)
        return Note("NULL");
      S = hex(V.Ptr) + " ";
    }
    // The table the record was built with: ours, or the RFC compiler's
    // (which dropped sub-byte bitfields). Anything else cannot be named.
    const std::vector<FieldDesc> *Table = nullptr;
    if (V.Words.size() == Struct->Fields.size())
      Table = &Struct->Fields;
    else if (V.Words.size() == Struct->RfcFields.size())
      Table = &Struct->RfcFields;
    S += "{";
    for (size_t I = 0; I < V.Words.size(); ++I) {
      if (I)
        S += ", ";
      std::string Name, Text;
      if (Table) {
        Name = (*Table)[I].Name;
        Text = field((*Table)[I], V.Words[I]);
      } else {
        Name = "#" + std::to_string(I);
        Text = V.Words[I] == SCDF_UNREADABLE ? "<fault>" : hex(V.Words[I]);
      }
      S += Name + "=" + Text;
      if (Words) {
        (*Words)[I].Name = Name;
        (*Words)[I].Text = Text;
      }
    }
    S += "}";
    if (!Table)
      S += " <" + std::to_string(V.Words.size()) +
           " fields recorded, DWARF has " +
           std::to_string(Struct->Fields.size()) + ">";
    return Note(S);
  }

  // The runtime writes no value word for a NULL pointer.
  if (T && T->Kind == TypeDesc::Pointer && V.Ptr == 0)
    return Note("NULL");
  if (V.Words.empty())
    return Note("<no value>");
  if (V.Words.size() > 1 || !T) {
    // Unknown type, or a scalar with several words: show them as they are.
    if (V.Words.size() == 1)
      return Note(V.Words[0] == SCDF_UNREADABLE ? "<fault>" : hex(V.Words[0]));
    S = "{";
    for (size_t I = 0; I < V.Words.size(); ++I) {
      if (I)
        S += ", ";
      S += V.Words[I] == SCDF_UNREADABLE ? "<fault>" : hex(V.Words[I]);
    }
    S += "}";
    if (T)
      S += " <" + std::to_string(V.Words.size()) +
           " values recorded for a non-struct>";
    return Note(S);
  }
  uint64_t W = V.Words[0];
  if (T->Kind == TypeDesc::Pointer) {
    return Note(hex(V.Ptr) + pointeeText(T->target(), W, Name));
  }
  S = scalar(T, W, V.Size);
  if (Words)
    (*Words)[0].Text = S;
  return Note(S);
}

} // namespace dataflow_view
