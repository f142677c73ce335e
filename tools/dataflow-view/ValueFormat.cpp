//===-- ValueFormat.cpp - Record values as source-level text --------------===//

#include "ValueFormat.h"
#include "DebugObject.h"
#include "FieldWords.h"

#include "sancov-dataflow/abi.h"

#include "llvm/ADT/APFloat.h"
#include "llvm/ADT/APInt.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Error.h"

#include <algorithm>
#include <charconv>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>

using namespace llvm;

namespace dataflow_view {

/// Decimal values at least this large (in magnitude) also get hex: flags,
/// masks and ERR_PTR-like values read better that way.
static constexpr uint64_t HexThreshold = 0x10000;
/// Nested members are expanded this many levels deep. The bytes recorded
/// bound the text; the limit only guards against cyclic (corrupt) DWARF.
static constexpr unsigned MaxDepth = 8;

static uint64_t lowBits(uint64_t V, uint64_t Bits) {
  return Bits >= 64 ? V : V & ((uint64_t(1) << Bits) - 1);
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

/// The low Bits bits of Raw in decimal, plus hex when large.
static std::string decimal(uint64_t Raw, bool Signed, uint64_t Bits) {
  std::string S;
  if (Signed) {
    int64_t V =
        signExtend(Raw, static_cast<unsigned>(std::min<uint64_t>(Bits, 64)));
    uint64_t Mag =
        V < 0 ? 0 - static_cast<uint64_t>(V) : static_cast<uint64_t>(V);
    appendDec(S, V);
    if (Mag < HexThreshold)
      return S;
  } else {
    appendDec(S, lowBits(Raw, Bits));
    if (lowBits(Raw, Bits) < HexThreshold)
      return S;
  }
  S += " (";
  appendHex(S, lowBits(Raw, Bits));
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

/// All of Bytes as one little-endian number (the host's byte order does not
/// matter).
static APInt bytesToAPInt(ArrayRef<uint8_t> Bytes) {
  SmallVector<uint64_t, 4> Parts((Bytes.size() + 7) / 8, 0);
  for (size_t I = 0; I < Bytes.size(); ++I)
    Parts[I / 8] |= uint64_t(Bytes[I]) << (8 * (I % 8));
  return APInt(static_cast<unsigned>(8 * Bytes.size()), Parts);
}

/// The bytes the record words of a value hold: word i holds bytes 8i to
/// 8i + 7 of its first Size bytes. The bytes from an unreadable word on are
/// unknown, so the image stops there; Fault says whether it did.
static SmallVector<uint8_t, 32> imageOf(ArrayRef<uint64_t> Words, uint64_t Size,
                                        bool &Fault) {
  SmallVector<uint8_t, 32> Image;
  Fault = false;
  for (size_t I = 0; I < Words.size() && 8 * I < Size; ++I) {
    if (Words[I] == SCDF_UNREADABLE) {
      Fault = true;
      break;
    }
    for (uint64_t B = 0; B < std::min<uint64_t>(Size - 8 * I, 8); ++B)
      Image.push_back(static_cast<uint8_t>(Words[I] >> (8 * B)));
  }
  return Image;
}

/// Bytes in hex, as one little-endian number.
static std::string hexBytes(ArrayRef<uint8_t> Bytes) {
  if (Bytes.size() <= 8)
    return ValueFormatter::hex(loadWord(Bytes));
  SmallString<48> S("0x");
  bytesToAPInt(Bytes).toString(S, 16, /*Signed=*/false,
                               /*formatAsCLiteral=*/false,
                               /*UpperCase=*/false);
  return std::string(S);
}

/// What is said of a value of which only the first Have of Size bytes were
/// recorded.
static std::string firstOf(size_t Have, uint64_t Size) {
  return " (first " + std::to_string(Have) + " of " + std::to_string(Size) +
         " bytes)";
}

/// An integer from all of its bytes: decimal, plus hex when large. Only
/// its low Bits bits count when Bits is not 0 (`_BitInt(37)`: the others
/// are unspecified).
static std::string intText(ArrayRef<uint8_t> Bytes, bool Signed,
                           uint64_t Bits) {
  if (!Bits || Bits > 8 * Bytes.size())
    Bits = 8 * Bytes.size();
  // The common case stays on the fast word path.
  if (Bytes.size() <= 8)
    return decimal(loadWord(Bytes), Signed, Bits);
  APInt V = bytesToAPInt(Bytes).trunc(static_cast<unsigned>(Bits));
  SmallString<48> S;
  V.toString(S, 10, Signed);
  if ((Signed ? V.abs() : V).ult(HexThreshold))
    return std::string(S);
  S += " (0x";
  V.toString(S, 16, /*Signed=*/false, /*formatAsCLiteral=*/false,
             /*UpperCase=*/false);
  S += ")";
  return std::string(S);
}

/// The format of a float of Size bytes: IEEE, except x86's long double (the
/// 80-bit x87 format, padded to 12 or 16 bytes).
static const fltSemantics *floatSemantics(uint64_t Size, bool X87) {
  if (X87 && Size >= 10)
    return &APFloat::x87DoubleExtended();
  switch (Size) {
  case 2:
    return &APFloat::IEEEhalf();
  case 4:
    return &APFloat::IEEEsingle();
  case 8:
    return &APFloat::IEEEdouble();
  case 16:
    return &APFloat::IEEEquad();
  default:
    return nullptr;
  }
}

/// Shortest text that reads back as the same value of a float wider than a
/// double, with shortestFloat's lower-case exponent.
static std::string shortestWide(const APFloat &F) {
  SmallString<64> S;
  for (unsigned P = 1; P <= 40; ++P) {
    S.clear();
    F.toString(S, P);
    APFloat Back(F.getSemantics());
    Expected<APFloat::opStatus> St =
        Back.convertFromString(S, APFloat::rmNearestTiesToEven);
    if (!St)
      consumeError(St.takeError());
    else if (Back.bitwiseIsEqual(F))
      break;
  }
  std::string Text(S);
  std::replace(Text.begin(), Text.end(), 'E', 'e');
  return Text;
}

/// A float of Size bytes from the bytes recorded of it.
static std::string floatText(ArrayRef<uint8_t> Bytes, uint64_t Size, bool X87) {
  const fltSemantics *Sem = floatSemantics(Size, X87);
  if (!Sem)
    return hexBytes(Bytes) + " (" + std::to_string(Size) + "-byte float)";
  size_t Need = APFloat::getSizeInBits(*Sem) / 8;
  if (Bytes.size() < Need)
    return hexBytes(Bytes) + " (" + std::to_string(Size) +
           "-byte float, first " + std::to_string(Bytes.size()) + " bytes)";
  APFloat F(*Sem, bytesToAPInt(Bytes.take_front(Need)));
  if (Sem == &APFloat::IEEEsingle())
    return shortestFloat(F.convertToFloat(), 9, true);
  bool Lost = false;
  APFloat D = F;
  APFloat::opStatus St =
      D.convert(APFloat::IEEEdouble(), APFloat::rmNearestTiesToEven, &Lost);
  if (Sem == &APFloat::IEEEhalf())
    return shortestFloat(D.convertToDouble(), 9, true);
  // A wide float that a double holds exactly reads as that double.
  if (Sem == &APFloat::IEEEdouble() || (St == APFloat::opOK && !Lost))
    return shortestFloat(D.convertToDouble(), 17, false);
  return shortestWide(F);
}

/// `_Complex`: two floats of half the size each, `1.5+2.5i`.
static std::string complexText(ArrayRef<uint8_t> Bytes, uint64_t Size,
                               bool X87) {
  uint64_t Half = Size / 2;
  if (Bytes.size() < Half)
    return hexBytes(Bytes) + firstOf(Bytes.size(), Size);
  std::string Re = floatText(Bytes.take_front(Half), Half, X87);
  if (Bytes.size() < Size)
    return Re + "+...i" + firstOf(Bytes.size(), Size);
  std::string Im = floatText(Bytes.slice(Half, Half), Half, X87);
  return Re + (Im[0] == '-' ? "" : "+") + Im + "i";
}

std::string ValueFormatter::escaped(StringRef S) {
  std::string Out;
  for (char C : S)
    escapeChar(Out, static_cast<unsigned char>(C), '"');
  return Out;
}

/// Bytes as a C string literal, up to the first NUL.
static std::string stringText(ArrayRef<uint8_t> Bytes) {
  std::string S = "\"";
  bool Terminated = false;
  for (uint8_t C : Bytes) {
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

/// A fat pointer's text from its parts: `&[u8] len=5 @0x5000`,
/// `&dyn Tr @0x6000 vtable=0x7000`.
static std::string fatPointerParts(const TypeDesc &S, const std::string &Ptr,
                                   const std::string &Second) {
  if (S.RustShape == TypeDesc::Slice)
    return S.Name + " len=" + Second + " @" + Ptr;
  return S.Name + " @" + Ptr + " vtable=" + Second;
}

static std::string fromBytes(const TypeDesc *T, ArrayRef<uint8_t> Bytes,
                             unsigned Depth, bool Truncated);
static std::string rustEnum(const TypeDesc &T, ArrayRef<uint8_t> Bytes,
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

/// A bitfield: its own bits of the bytes holding it, signed by its type.
static std::string bitfieldText(const FieldDesc &F, uint64_t Raw) {
  if (F.BitShift + F.BitWidth > 64 || F.Size > 8)
    return ValueFormatter::hex(Raw) + " <partial bitfield>";
  const TypeDesc *T = F.type();
  uint64_t V = Raw >> F.BitShift;
  if (F.BitWidth < 64)
    V &= (uint64_t(1) << F.BitWidth) - 1;
  bool Signed = T && (T->Kind == TypeDesc::Signed ||
                      (T->Kind == TypeDesc::Enum && T->EnumSigned));
  if (Signed)
    V = static_cast<uint64_t>(signExtend(V, static_cast<unsigned>(F.BitWidth)));
  if (T && T->Kind == TypeDesc::Enum) {
    for (const auto &[Value, Name] : T->Enumerators)
      if (lowBits(Value, 8 * T->Size) == lowBits(V, 8 * T->Size))
        return Name;
  }
  if (T && T->Kind == TypeDesc::Bool)
    return V ? "true" : "false";
  return decimal(V, Signed, 64);
}

/// A member from the bytes recorded of it (memberBytes).
static std::string fieldFromBytes(const FieldDesc &F, ArrayRef<uint8_t> Bytes,
                                  unsigned Depth, bool Truncated) {
  // An RFC table's bitfield entry may not hold all of the member's bits.
  if (F.Partial)
    return ValueFormatter::hex(loadWord(Bytes)) + " <partial bitfield>";
  if (F.BitWidth)
    return bitfieldText(F, loadWord(Bytes));
  return fromBytes(F.type(), Bytes, Depth, Truncated && Bytes.size() < F.Size);
}

/// Members of struct T that lie in Bytes, by name: `{a=1, b='q', ...}`
/// (`...` for those not recorded). Tuple-like Rust payloads drop the names.
static std::string membersText(const TypeDesc &T, ArrayRef<uint8_t> Bytes,
                               unsigned Depth, bool Truncated, bool Tuple) {
  std::string S = Tuple ? "(" : "{";
  bool Any = false, Missing = false;
  for (const FieldDesc &F : T.Fields) {
    std::optional<ArrayRef<uint8_t>> FB = memberBytes(F, Bytes, Truncated);
    if (!FB || Depth >= MaxDepth) {
      Missing = true;
      continue;
    }
    if (Any)
      S += ", ";
    Any = true;
    if (!Tuple) {
      S += F.Name;
      S += '=';
    }
    S += fieldFromBytes(F, *FB, Depth + 1, Truncated);
  }
  if (Missing)
    S += Any ? ", ..." : "...";
  S += Tuple ? ')' : '}';
  return S;
}

static std::string structText(const TypeDesc &T, ArrayRef<uint8_t> Bytes,
                              unsigned Depth, bool Truncated) {
  if (T.RustShape == TypeDesc::VariantEnum) {
    std::string E = rustEnum(T, Bytes, Depth, Truncated);
    if (!E.empty())
      return E;
  }
  if (T.RustShape == TypeDesc::Slice || T.RustShape == TypeDesc::DynRef) {
    std::string Ptr = ValueFormatter::hex(loadWord(Bytes));
    if (Bytes.size() >= 16) {
      uint64_t Second = loadWord(Bytes.slice(8));
      return fatPointerParts(T, Ptr,
                             T.RustShape == TypeDesc::Slice
                                 ? decimal(Second, false, 64)
                                 : ValueFormatter::hex(Second));
    }
    // A fat pointer nested in a struct: only its data pointer is here.
    if (Bytes.size() >= 8)
      return T.Name + " @" + Ptr;
  }
  if (!T.Complete || Depth >= MaxDepth || T.Fields.empty())
    return ValueFormatter::hex(loadWord(Bytes));
  return membersText(T, Bytes, Depth, Truncated, /*Tuple=*/false);
}

static std::string arrayText(const TypeDesc &T, ArrayRef<uint8_t> Bytes,
                             unsigned Depth) {
  const TypeDesc *E = T.target();
  if (!E || !E->Size || Depth >= MaxDepth)
    return ValueFormatter::hex(loadWord(Bytes));
  if (E->Kind == TypeDesc::Char)
    return stringText(Bytes);
  std::string S = "[";
  uint64_t Shown = 0;
  for (; Shown < T.Count && (Shown + 1) * E->Size <= Bytes.size(); ++Shown) {
    if (Shown)
      S += ", ";
    S += fromBytes(E, Bytes.slice(Shown * E->Size, E->Size), Depth + 1,
                   /*Truncated=*/false);
  }
  if (Shown < T.Count)
    S += Shown ? ", ..." : "...";
  return S + "]";
}

/// A value of type T from the bytes recorded of it: all of them, or its
/// first bytes (a struct member recorded as one word, a value cut at the
/// record's 255 bytes: Truncated), which are shown as far as they go.
static std::string fromBytes(const TypeDesc *T, ArrayRef<uint8_t> Bytes,
                             unsigned Depth, bool Truncated) {
  if (!T)
    return ValueFormatter::hex(loadWord(Bytes));
  uint64_t Size = T->Size ? T->Size : Bytes.size();
  // A word holds more bytes than a small value has.
  Bytes = Bytes.take_front(Size);
  std::string Part = Bytes.size() < Size ? firstOf(Bytes.size(), Size) : "";
  uint64_t V = loadWord(Bytes);
  switch (T->Kind) {
  case TypeDesc::Signed:
  case TypeDesc::Unsigned: {
    std::string S = intText(Bytes, T->Kind == TypeDesc::Signed,
                            Part.empty() ? T->BitSize : 0);
    S += Part;
    return S;
  }
  case TypeDesc::Bool:
    return V == 0 ? "false" : V == 1 ? "true" : hexBytes(Bytes) + " (bool)";
  case TypeDesc::Char: {
    std::string S = "'";
    escapeChar(S, V & 0xff, '\'');
    return S + "'";
  }
  case TypeDesc::UTF: {
    if (V >= 0x20 && V < 0x7f)
      return std::string("'") + static_cast<char>(V) + "'";
    char Buf[24];
    snprintf(Buf, sizeof(Buf), "U+%04" PRIX64, V);
    return Buf;
  }
  case TypeDesc::Float:
    return floatText(Bytes, Size, T->X87);
  case TypeDesc::Complex:
    return complexText(Bytes, Size, T->X87);
  case TypeDesc::Enum: {
    for (const auto &[Value, Name] : T->Enumerators)
      if (Value == V)
        return Name;
    std::string Num = decimal(V, T->EnumSigned, 8 * Bytes.size());
    return T->Name.empty() ? Num : "(enum " + T->Name + ")" + Num;
  }
  case TypeDesc::Pointer:
    return V == 0 ? "NULL" : ValueFormatter::hex(V);
  case TypeDesc::Struct:
    return structText(*T, Bytes, Depth, Truncated);
  case TypeDesc::Array:
    return arrayText(*T, Bytes, Depth);
  case TypeDesc::Void:
  case TypeDesc::Union:
  case TypeDesc::Function:
  case TypeDesc::Other:
    break;
  }
  return hexBytes(Bytes) + Part;
}

/// A Rust enum's variant from its discriminant in Bytes; null (with Err
/// set when the discriminant is there but names no variant) otherwise.
static const VariantDesc *
selectVariant(const TypeDesc &T, ArrayRef<uint8_t> Bytes, std::string &Err) {
  if (!T.HasDiscr)
    return T.Variants.size() == 1 ? &T.Variants.front() : nullptr;
  if (T.DiscrSize == 0 || T.DiscrSize > 16 ||
      T.DiscrOffset + T.DiscrSize > Bytes.size())
    return nullptr;
  ArrayRef<uint8_t> D = Bytes.slice(T.DiscrOffset, T.DiscrSize);
  uint64_t Discr = loadWord(D),
           DiscrHigh = loadWord(D.drop_front(std::min<size_t>(8, D.size())));
  for (const VariantDesc &V : T.Variants)
    if (V.HasDiscrValue && V.DiscrValue == Discr &&
        V.DiscrValueHigh == DiscrHigh)
      return &V;
  // The dataful variant of a niche-optimised enum has no value: every
  // discriminant the others do not claim is its.
  for (const VariantDesc &V : T.Variants)
    if (!V.HasDiscrValue)
      return &V;
  Err = "<unknown variant, discriminant " + hexBytes(D) + ">";
  return nullptr;
}

/// A Rust enum value from its first bytes: the variant the discriminant
/// selects, then its payload fields that lie within those bytes: `None`,
/// `Some(0x5000)`, `Rect{w=3, h=4}`, `Circle(...)` (payload not recorded).
/// Empty when the discriminant is not in those bytes.
static std::string rustEnum(const TypeDesc &T, ArrayRef<uint8_t> Bytes,
                            unsigned Depth, bool Truncated) {
  std::string Err;
  const VariantDesc *Selected = selectVariant(T, Bytes, Err);
  if (!Selected)
    return Err;
  const TypeDesc *P = Selected->type();
  if (!P || P->Kind != TypeDesc::Struct || P->Fields.empty())
    return Selected->Name;
  return Selected->Name +
         membersText(*P, Bytes, Depth, Truncated, isTupleLike(*P));
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

/// `(*p=42)`: what a pointer named Name (a return value when empty) points
/// to.
static std::string deref(const std::string &Name, const std::string &Text) {
  return " (*" + (Name.empty() ? "ret" : Name) + "=" + Text + ")";
}

/// What a pointer points to, from the first 8 bytes there: a string for
/// char pointers, the value for pointers to scalars, nothing otherwise.
static std::string pointeeText(const TypeDesc *P, uint64_t Raw,
                               const std::string &Name) {
  if (!P)
    return "";
  switch (P->Kind) {
  case TypeDesc::Char:
    return Raw == SCDF_UNREADABLE ? " <fault>"
                                  : " " + stringText(wordBytes(Raw, 8));
  case TypeDesc::Signed:
  case TypeDesc::Unsigned:
  case TypeDesc::Bool:
  case TypeDesc::UTF:
  case TypeDesc::Float:
  case TypeDesc::Complex:
  case TypeDesc::Enum:
  case TypeDesc::Pointer:
    if (!P->Size || P->Size > 8)
      return "";
    return deref(Name, Raw == SCDF_UNREADABLE
                           ? "<fault>"
                           : fromBytes(P, wordBytes(Raw, P->Size), 0, false));
  case TypeDesc::Struct:
    // A pointer to a Rust enum recorded without the enum's table (a trace
    // from before enums had tables): the runtime read its first 8 bytes.
    if (P->RustShape == TypeDesc::VariantEnum && Raw != SCDF_UNREADABLE) {
      std::string E = rustEnum(*P, wordBytes(Raw, P->Size), 0, false);
      if (!E.empty())
        return deref(Name, E);
    }
    return "";
  default:
    return "";
  }
}

/// Words as they are: `{0x2a, <fault>}`.
static std::string rawWords(ArrayRef<uint64_t> Words) {
  std::string S = "{";
  for (size_t I = 0; I < Words.size(); ++I) {
    if (I)
      S += ", ";
    S +=
        Words[I] == SCDF_UNREADABLE ? "<fault>" : ValueFormatter::hex(Words[I]);
  }
  return S + "}";
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
    return Decimal ? decimal(W, false, 64) : ValueFormatter::hex(W);
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

/// Names the words of a byte image by their byte offset: `@0`, `@8`.
static void nameImageWords(std::vector<NamedWord> *Words) {
  if (Words)
    for (size_t I = 0; I < Words->size(); ++I)
      (*Words)[I].Name = "@" + std::to_string(8 * I);
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
    nameImageWords(Words);
    SmallVector<uint8_t, 32> Image =
        imageOf(V.Words, std::min<uint64_t>(E.Size, SCDF_REC_SIZE_MASK), Fault);
    // An enum larger than a record holds is cut at 255 bytes.
    Text = rustEnum(E, Image, 0, /*Truncated=*/E.Size > Image.size());
  } else if (V.Words.size() == 1) {
    Fault = V.Words[0] == SCDF_UNREADABLE;
    if (!Fault)
      Text = rustEnum(E, wordBytes(V.Words[0], E.Size), 0, false);
    if (Words && !ByRef && !Text.empty())
      (*Words)[0].Text = Text;
  }
  std::string Ptr = ByRef ? ValueFormatter::hex(V.Ptr) : "";
  if (!Text.empty())
    return ByRef ? Ptr + deref(Name, Text) : Text;
  if (Fault)
    return ByRef ? Ptr : "<fault>";
  // No discriminant in the bytes, or a count that fits no table: the words
  // as they are.
  std::string S = rawWords(V.Words);
  if (V.Words.size() != Chunks && V.Words.size() != 1)
    S += " <" + std::to_string(V.Words.size()) +
         " values recorded, the enum's table has " + std::to_string(Chunks) +
         ">";
  return ByRef ? Ptr + " " + S : S;
}

/// Member F from its value words: all of its bytes, or the first of them
/// (a record of one word per field holds 8, ours 64: a longer member says
/// so).
static std::string memberText(const FieldDesc &F, ArrayRef<uint64_t> Words) {
  if (Words.empty() || Words[0] == SCDF_UNREADABLE)
    return "<fault>";
  bool Fault;
  SmallVector<uint8_t, 32> Bytes = imageOf(Words, F.Size, Fault);
  bool Cut = Bytes.size() < F.Size;
  std::string S = fieldFromBytes(F, Bytes, 0, Cut);
  // Numbers, floats and raw bytes say it themselves (fromBytes).
  const TypeDesc *T = F.type();
  if (Cut && Words.size() > 1 && !F.BitWidth && T &&
      (T->Kind == TypeDesc::Struct || T->Kind == TypeDesc::Array))
    S += firstOf(Bytes.size(), F.Size);
  if (Fault)
    S += " <fault>";
  return S;
}

/// A struct recorded with a table, by value or by pointer: `{x=5, y=10}`,
/// each member from its words (FieldWords.h).
static std::string structRecordText(const TypeDesc &T, const TypeDesc &Struct,
                                    const Value &V,
                                    std::vector<NamedWord> *Words) {
  std::string S;
  if (T.reportKind() == TypeDesc::PointerToStruct) {
    if (V.Ptr == 0)
      return "NULL";
    appendHex(S, V.Ptr);
    S += ' ';
  }
  // The table the record was built with: ours, or the RFC compiler's
  // (which dropped sub-byte bitfields). Anything else cannot be named.
  std::optional<FieldWords> L = fieldWords(Struct, V.Words.size());
  // Grown once rather than doubled field by field.
  S.reserve(S.size() + 24 * V.Words.size() + 2);
  S += "{";
  if (!L) {
    for (size_t I = 0; I < V.Words.size(); ++I)
      S += (I ? ", #" : "#") + std::to_string(I) + "=" +
           (V.Words[I] == SCDF_UNREADABLE ? "<fault>"
                                          : ValueFormatter::hex(V.Words[I]));
    return S + "} <" + std::to_string(V.Words.size()) +
           " fields recorded, DWARF has " +
           std::to_string(Struct.Fields.size()) + ">";
  }
  for (size_t I = 0; I < L->Table->size(); ++I) {
    const FieldDesc &F = (*L->Table)[I];
    std::string Text = memberText(F, L->of(V.Words, I));
    if (I)
      S += ", ";
    S += F.Name;
    S += '=';
    S += Text;
    if (Words)
      for (size_t K = L->First[I]; K < L->First[I + 1]; ++K) {
        size_t At = 8 * (K - L->First[I]);
        (*Words)[K].Name = At ? F.Name + "@" + std::to_string(At) : F.Name;
        if (!At)
          (*Words)[K].Text = Text;
      }
  }
  S += '}';
  return S;
}

/// A value without a table: one word (its first 8 bytes) or, for a value
/// wider than 8 bytes, one word per 8 bytes (its byte image, as an enum's
/// chunks are), formatted by type T (null: unknown).
static std::string scalarRecordText(const TypeDesc *T, const Value &V,
                                    const std::string &Name,
                                    std::vector<NamedWord> *Words) {
  // The runtime writes no value word for a NULL pointer.
  if (T && T->Kind == TypeDesc::Pointer && V.Ptr == 0)
    return "NULL";
  // Without a type, ABI A's pointer-sized value may be a pointer the
  // callback got as it is, or a scalar it got through a stack slot: show the
  // pointer and the word read there, so that neither reads as the other.
  if (!T && !V.Direct && V.Size == sizeof(uint64_t) && V.Words.size() <= 1) {
    if (V.Ptr == 0)
      return "NULL";
    uint64_t W = V.Words.empty() ? SCDF_UNREADABLE : V.Words[0];
    return ValueFormatter::hex(V.Ptr) +
           deref(Name,
                 W == SCDF_UNREADABLE ? "<fault>" : ValueFormatter::hex(W));
  }
  if (V.Words.empty())
    return "<no value>";
  // Several words: a value ABI's parts (ValueJoin.h), or ABI A's value as
  // our runtimes read it (abi.h: its first 64 bytes).
  bool Image =
      V.Words.size() > 1 && (V.Words.size() == (V.Size + 7) / 8 ||
                             V.Words.size() == SCDF_VALUE_WORDS(V.Size));
  bool String = T && T->reportKind() == TypeDesc::PointerToString;
  if (!T || (V.Words.size() > 1 &&
             (!Image || (T->Kind == TypeDesc::Pointer && !String)))) {
    // Unknown type, or words that are no image of the value: as they are.
    if (V.Words.size() == 1)
      return V.Words[0] == SCDF_UNREADABLE ? "<fault>"
                                           : ValueFormatter::hex(V.Words[0]);
    std::string S = rawWords(V.Words);
    if (T)
      S += " <" + std::to_string(V.Words.size()) +
           " values recorded for a non-struct>";
    return S;
  }
  bool Fault;
  if (String && V.Words.size() > 1) {
    // A C string: its first bytes (LayoutRules.h StringBytes).
    SmallVector<uint8_t, 32> Text = imageOf(V.Words, V.Size, Fault);
    return ValueFormatter::hex(V.Ptr) +
           (Text.empty() ? " <fault>" : " " + stringText(Text));
  }
  if (T->Kind == TypeDesc::Pointer)
    return ValueFormatter::hex(V.Ptr) +
           pointeeText(T->target(), V.Words[0], Name);
  SmallVector<uint8_t, 32> Bytes = imageOf(V.Words, V.Size, Fault);
  if (Bytes.empty())
    return Fault ? "<fault>" : "<no value>";
  std::string S = fromBytes(T, Bytes, 0, false);
  if (Image)
    nameImageWords(Words);
  else if (Words)
    (*Words)[0].Text = S;
  return S;
}

std::string ValueFormatter::format(const TypeDesc *T, const Value &V,
                                   const std::string &Name,
                                   std::vector<NamedWord> *Words) {
  if (Words) {
    Words->reserve(Words->size() + V.Words.size());
    for (size_t I = 0; I < V.Words.size(); ++I)
      Words->push_back({"#" + std::to_string(I), hex(V.Words[I]), V.Words[I]});
  }
  std::string S;
  const TypeDesc *Struct = T ? T->tabledStruct() : nullptr;
  if (V.Size == 0) {
    // A zero-sized struct (a Rust closure capturing nothing, a unit
    // struct) has no bytes to report: it is not missing.
    bool Empty = T && T->Kind == TypeDesc::Struct && T->Complete &&
                 T->Size == 0 && T->Fields.empty();
    S = Empty ? "{}" : "<optimized out>";
  } else if (Struct &&
             (Struct->RustShape == TypeDesc::Slice ||
              Struct->RustShape == TypeDesc::DynRef) &&
             V.Words.size() == 2) {
    std::string Fat = fatPointerText(*Struct, V, Words);
    if (T->reportKind() != TypeDesc::PointerToStruct)
      S = Fat;
    else
      S = V.Ptr ? hex(V.Ptr) + deref(Name, Fat) : "NULL";
  } else if (Struct && Struct->enumChunks()) {
    S = enumText(*T, *Struct, V, Name, Words);
  } else if (Struct) {
    S = structRecordText(*T, *Struct, V, Words);
  } else {
    S = scalarRecordText(T, V, Name, Words);
  }
  if (V.GuessedLength)
    S += " <guessed record length>";
  return S;
}

} // namespace dataflow_view
