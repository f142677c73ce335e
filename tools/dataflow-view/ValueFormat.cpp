//===-- ValueFormat.cpp - Record values as source-level text --------------===//

#include "ValueFormat.h"
#include "DebugObject.h"

#include "sancov-dataflow/abi.h"

#include "llvm/ADT/APFloat.h"
#include "llvm/ADT/APInt.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/SmallVector.h"

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

/// The first 8 of Bytes (fewer if there are fewer) as a little-endian word,
/// as the runtime loads a value.
static uint64_t loadWord(ArrayRef<uint8_t> Bytes) {
  uint64_t V = 0;
  for (size_t I = 0; I < Bytes.size() && I < 8; ++I)
    V |= uint64_t(Bytes[I]) << (8 * I);
  return V;
}

/// The first Valid bytes of a value word, little-endian.
static SmallVector<uint8_t, 8> wordBytes(uint64_t Raw, uint64_t Valid) {
  SmallVector<uint8_t, 8> Bytes;
  for (uint64_t I = 0; I < std::min<uint64_t>(Valid, 8); ++I)
    Bytes.push_back(static_cast<uint8_t>(Raw >> (8 * I)));
  return Bytes;
}

/// A fat pointer's text from its parts: `&[u8] len=5 @0x5000`,
/// `&dyn Tr @0x6000 vtable=0x7000`.
static std::string fatPointerParts(const TypeDesc &S, const std::string &Ptr,
                                   const std::string &Second) {
  if (S.RustShape == TypeDesc::Slice)
    return S.Name + " len=" + Second + " @" + Ptr;
  return S.Name + " @" + Ptr + " vtable=" + Second;
}

static std::string fieldFromBytes(const FieldDesc &F, ArrayRef<uint8_t> Bytes,
                                  unsigned Depth, bool Truncated);

/// The bytes of member F within Bytes: all of its bytes, or, when Bytes is
/// the start of a value that the record's 255 bytes cut short (Truncated),
/// the start of an array or struct member the cut runs through, which is
/// shown as far as it goes. None when F cannot be shown.
static std::optional<ArrayRef<uint8_t>>
memberBytes(const FieldDesc &F, ArrayRef<uint8_t> Bytes, bool Truncated) {
  if (F.Offset + F.Size <= Bytes.size())
    return Bytes.slice(F.Offset, F.Size);
  if (!Truncated || F.Offset >= Bytes.size() || F.BitWidth)
    return std::nullopt;
  const TypeDesc *T = F.type();
  if (!T || (T->Kind != TypeDesc::Struct && T->Kind != TypeDesc::Array))
    return std::nullopt;
  return Bytes.drop_front(F.Offset);
}

/// A value of type T from the bytes recorded of it (fewer than T->Size when
/// Truncated). Up to 8 bytes it reads as scalar() reads a word; beyond that
/// (the payload of an enum recorded with its chunk table) structs, enums,
/// arrays, fat pointers and wide integers are shown whole rather than by
/// their first 8 bytes.
static std::string fromBytes(const TypeDesc *T, ArrayRef<uint8_t> Bytes,
                             unsigned Depth, bool Truncated) {
  if (!T || Bytes.size() <= 8)
    return ValueFormatter::scalar(T, loadWord(Bytes), Bytes.size(), Depth);
  switch (T->Kind) {
  case TypeDesc::Struct: {
    if (T->RustShape == TypeDesc::VariantEnum) {
      std::string E = ValueFormatter::rustEnum(*T, Bytes, Depth, Truncated);
      if (!E.empty())
        return E;
      break;
    }
    if ((T->RustShape == TypeDesc::Slice || T->RustShape == TypeDesc::DynRef) &&
        Bytes.size() >= 16) {
      uint64_t Second = loadWord(Bytes.slice(8));
      return fatPointerParts(*T, ValueFormatter::hex(loadWord(Bytes)),
                             T->RustShape == TypeDesc::Slice
                                 ? decimal(Second, false, 8)
                                 : ValueFormatter::hex(Second));
    }
    if (!T->Complete || Depth >= MaxDepth || T->Fields.empty())
      break;
    std::string S = "{";
    bool Any = false, Missing = false;
    for (const FieldDesc &F : T->Fields) {
      std::optional<ArrayRef<uint8_t>> FB = memberBytes(F, Bytes, Truncated);
      if (!FB) {
        Missing = true;
        continue;
      }
      if (Any)
        S += ", ";
      Any = true;
      S += F.Name + "=" + fieldFromBytes(F, *FB, Depth + 1, Truncated);
    }
    if (Missing)
      S += Any ? ", ..." : "...";
    return S + "}";
  }
  case TypeDesc::Signed:
  case TypeDesc::Unsigned: {
    if (!T->Size || Bytes.size() < T->Size)
      break;
    SmallVector<uint64_t, 4> Parts((T->Size + 7) / 8, 0);
    for (uint64_t I = 0; I < T->Size; ++I)
      Parts[I / 8] |= uint64_t(Bytes[I]) << (8 * (I % 8));
    APInt V(static_cast<unsigned>(8 * T->Size), Parts);
    bool Signed = T->Kind == TypeDesc::Signed;
    SmallString<48> S;
    V.toString(S, 10, Signed);
    if ((Signed ? V.abs() : V).ult(HexThreshold))
      return std::string(S);
    S += " (0x";
    V.toString(S, 16, /*Signed=*/false, /*formatAsCLiteral=*/false,
               /*UpperCase=*/false);
    S += ')';
    return std::string(S);
  }
  case TypeDesc::Array: {
    const TypeDesc *E = T->target();
    if (!E || !E->Size || Depth >= MaxDepth)
      break;
    std::string S = "[";
    uint64_t Shown = 0;
    for (uint64_t I = 0; I < T->Count && (I + 1) * E->Size <= Bytes.size();
         ++I) {
      if (I)
        S += ", ";
      S += fromBytes(E, Bytes.slice(I * E->Size, E->Size), Depth + 1,
                     /*Truncated=*/false);
      ++Shown;
    }
    if (Shown < T->Count)
      S += Shown ? ", ...]" : "...]";
    else
      S += "]";
    return S;
  }
  default:
    break;
  }
  return ValueFormatter::scalar(T, loadWord(Bytes), Bytes.size(), Depth);
}

/// A member from the bytes recorded of it (memberBytes); bitfields as
/// field() extracts them.
static std::string fieldFromBytes(const FieldDesc &F, ArrayRef<uint8_t> Bytes,
                                  unsigned Depth, bool Truncated) {
  bool Whole = Bytes.size() == F.Size;
  if (F.BitWidth || F.Partial || (Whole && Bytes.size() <= 8))
    return ValueFormatter::field(F, loadWord(Bytes), Depth);
  return fromBytes(F.type(), Bytes, Depth, Truncated && !Whole);
}

/// A Rust enum value from its first bytes: the variant the discriminant
/// selects, then its payload fields that lie within those bytes: `None`,
/// `Some(0x5000)`, `Rect{w=3, h=4}`, `Circle(...)` (payload not recorded).
/// Empty when the discriminant is not in those bytes.
std::string ValueFormatter::rustEnum(const TypeDesc &T, ArrayRef<uint8_t> Bytes,
                                     unsigned Depth, bool Truncated) {
  const VariantDesc *Selected = nullptr;
  if (T.HasDiscr) {
    if (T.DiscrSize == 0 || T.DiscrSize > 16 ||
        T.DiscrOffset + T.DiscrSize > Bytes.size())
      return "";
    ArrayRef<uint8_t> D = Bytes.slice(T.DiscrOffset, T.DiscrSize);
    uint64_t Discr = loadWord(D),
             DiscrHigh = loadWord(D.drop_front(std::min<size_t>(8, D.size())));
    for (const VariantDesc &V : T.Variants)
      if (V.HasDiscrValue && V.DiscrValue == Discr &&
          V.DiscrValueHigh == DiscrHigh)
        Selected = &V;
    // The dataful variant of a niche-optimised enum has no value: every
    // discriminant the others do not claim is its.
    if (!Selected)
      for (const VariantDesc &V : T.Variants)
        if (!V.HasDiscrValue)
          Selected = &V;
    if (!Selected) {
      std::string S = "<unknown variant, discriminant ";
      if (DiscrHigh) {
        SmallString<40> Wide;
        APInt(128, {Discr, DiscrHigh})
            .toString(Wide, 16, /*Signed=*/false,
                      /*formatAsCLiteral=*/false, /*UpperCase=*/false);
        S += "0x" + std::string(Wide);
      } else {
        appendHex(S, Discr);
      }
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
    std::optional<ArrayRef<uint8_t>> FB = memberBytes(F, Bytes, Truncated);
    if (!FB || Depth >= MaxDepth) {
      Missing = true;
      continue;
    }
    if (Any)
      S += ", ";
    Any = true;
    if (!Tuple)
      S += F.Name + "=";
    S += fieldFromBytes(F, *FB, Depth + 1, Truncated);
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
      std::string E = rustEnum(*T, wordBytes(Raw, Valid), Depth);
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
    // A pointer to a Rust enum recorded without the enum's table (a trace
    // from before enums had tables): the runtime read its first 8 bytes.
    if (P->RustShape == TypeDesc::VariantEnum && Raw != SCDF_UNREADABLE) {
      std::string E = ValueFormatter::rustEnum(
          *P, wordBytes(Raw, std::min<uint64_t>(P->Size, 8)), 0);
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
  return fatPointerParts(S, Ptr, Second);
}

/// A Rust enum with data (E) as a parameter or return value of type T (E
/// itself, or a pointer to it). The plugin's table for it is byte chunks
/// ({0, 8}, {8, 8}, ... over the first min(size, 255) bytes), so a record
/// with one word per chunk holds the enum's bytes: the variant and its
/// whole payload are shown, `Some(7)`, `Rect{w=3, h=4}`. The words are
/// named by their byte offset (`@0`, `@8`). A record of one word (a trace
/// from before enums had tables) holds the first 8 bytes, decoded as far as
/// they go; other counts cannot be laid over the enum.
static std::string enumText(const TypeDesc &T, const TypeDesc &E,
                            const Value &V, const std::string &Name,
                            std::vector<NamedWord> *Words) {
  bool ByRef = T.reportKind() == TypeDesc::PointerToStruct;
  if (ByRef && V.Ptr == 0)
    return "NULL";
  uint64_t Chunks = E.enumChunks();
  std::string Text;
  bool Fault = false;
  if (V.Words.size() == Chunks) {
    uint64_t ImageSize = std::min<uint64_t>(E.Size, SCDF_REC_SIZE_MASK);
    SmallVector<uint8_t, 64> Image;
    for (size_t I = 0; I < Chunks; ++I) {
      if (Words)
        (*Words)[I].Name = "@" + std::to_string(8 * I);
      // The bytes from a fault on are unknown: decode what precedes it.
      if (Fault || V.Words[I] == SCDF_UNREADABLE) {
        Fault = true;
        continue;
      }
      append_range(Image, wordBytes(V.Words[I], ImageSize - 8 * I));
    }
    // An enum larger than a record holds is cut at 255 bytes.
    Text = ValueFormatter::rustEnum(E, Image, 0,
                                    /*Truncated=*/E.Size > Image.size());
  } else if (V.Words.size() == 1) {
    Fault = V.Words[0] == SCDF_UNREADABLE;
    if (!Fault)
      Text = ValueFormatter::rustEnum(
          E, wordBytes(V.Words[0], std::min<uint64_t>(E.Size, 8)), 0);
    if (Words && !ByRef && !Text.empty())
      (*Words)[0].Text = Text;
  }
  std::string Ptr = ByRef ? ValueFormatter::hex(V.Ptr) : "";
  if (!Text.empty())
    return ByRef
               ? Ptr + " (*" + (Name.empty() ? "ret" : Name) + "=" + Text + ")"
               : Text;
  if (Fault)
    return ByRef ? Ptr : "<fault>";
  // No discriminant in the bytes, or a count that fits no table: the words
  // as they are.
  std::string S = "{";
  for (size_t I = 0; I < V.Words.size(); ++I) {
    if (I)
      S += ", ";
    S += V.Words[I] == SCDF_UNREADABLE ? "<fault>"
                                       : ValueFormatter::hex(V.Words[I]);
  }
  S += "}";
  if (V.Words.size() != Chunks && V.Words.size() != 1)
    S += " <" + std::to_string(V.Words.size()) +
         " values recorded, the enum's table has " + std::to_string(Chunks) +
         ">";
  return ByRef ? Ptr + " " + S : S;
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
  if (Struct && Struct->enumChunks())
    return Note(enumText(*T, *Struct, V, Name, Words));
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
