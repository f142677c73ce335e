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
#include "llvm/Support/Endian.h"
#include "llvm/Support/Error.h"

#include <algorithm>
#include <charconv>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <cstring>

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
  char Buf[20] = "0x";
  auto R = std::to_chars(Buf + 2, Buf + sizeof(Buf), V, 16);
  // By length: append(first, last) is the slower general replace.
  S.append(Buf, R.ptr - Buf);
}

template <typename T> static void appendDec(std::string &S, T V) {
  char Buf[24];
  auto R = std::to_chars(Buf, Buf + sizeof(Buf), V);
  S.append(Buf, R.ptr - Buf);
}

std::string ValueFormatter::hex(uint64_t V) {
  std::string S;
  appendHex(S, V);
  return S;
}

void NamedWord::appendName(std::string &Out) const {
  Out += Name;
  if (!Sep)
    return;
  Out += Sep;
  appendDec(Out, Number);
}

StringRef NamedWord::text(StringRef ValueText, std::string &Scratch) const {
  switch (Kind) {
  case InValueText:
    return ValueText.slice(Begin, End);
  case Owned:
    return Own;
  case Hex:
    break;
  }
  Scratch.clear();
  appendHex(Scratch, Raw);
  return Scratch;
}

// The formatter appends to one string (Out) throughout: a string per
// field, concatenated, cost twice the instructions of the text itself.

/// Appends the low Bits bits of Raw in decimal, plus hex when large.
static void decimal(std::string &Out, uint64_t Raw, bool Signed,
                    uint64_t Bits) {
  if (Signed) {
    int64_t V =
        signExtend(Raw, static_cast<unsigned>(std::min<uint64_t>(Bits, 64)));
    uint64_t Mag =
        V < 0 ? 0 - static_cast<uint64_t>(V) : static_cast<uint64_t>(V);
    appendDec(Out, V);
    if (Mag < HexThreshold)
      return;
  } else {
    appendDec(Out, lowBits(Raw, Bits));
    if (lowBits(Raw, Bits) < HexThreshold)
      return;
  }
  Out += " (";
  appendHex(Out, lowBits(Raw, Bits));
  Out += ')';
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
  // One load, not a shift per byte: this runs for every member.
  uint8_t Word[8] = {};
  if (!Bytes.empty())
    std::memcpy(Word, Bytes.data(), std::min<size_t>(Bytes.size(), 8));
  return support::endian::read64le(Word);
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
  size_t N = 0;
  while (N < Words.size() && 8 * N < Size && Words[N] != SCDF_UNREADABLE)
    ++N;
  Fault = N < Words.size() && 8 * N < Size;
  // Whole words, then cut to Size: a word at a time, not a byte.
  SmallVector<uint8_t, 32> Image(8 * N);
  for (size_t I = 0; I < N; ++I)
    support::endian::write64le(Image.data() + 8 * I, Words[I]);
  Image.truncate(std::min<uint64_t>(8 * N, Size));
  return Image;
}

/// Appends Bytes in hex, as one little-endian number.
static void hexBytes(std::string &Out, ArrayRef<uint8_t> Bytes) {
  if (Bytes.size() <= 8)
    return appendHex(Out, loadWord(Bytes));
  SmallString<48> S("0x");
  bytesToAPInt(Bytes).toString(S, 16, /*Signed=*/false,
                               /*formatAsCLiteral=*/false,
                               /*UpperCase=*/false);
  Out += S;
}

/// Appends what is said of a value of which only the first Have of Size
/// bytes were recorded.
static void firstOf(std::string &Out, size_t Have, uint64_t Size) {
  Out += " (first ";
  appendDec(Out, Have);
  Out += " of ";
  appendDec(Out, Size);
  Out += " bytes)";
}

/// Appends an integer from all of its bytes: decimal, plus hex when large.
/// Only its low Bits bits count when Bits is not 0 (`_BitInt(37)`: the
/// others are unspecified).
static void intText(std::string &Out, ArrayRef<uint8_t> Bytes, bool Signed,
                    uint64_t Bits) {
  if (!Bits || Bits > 8 * Bytes.size())
    Bits = 8 * Bytes.size();
  // The common case stays on the fast word path.
  if (Bytes.size() <= 8)
    return decimal(Out, loadWord(Bytes), Signed, Bits);
  APInt V = bytesToAPInt(Bytes).trunc(static_cast<unsigned>(Bits));
  SmallString<48> S;
  V.toString(S, 10, Signed);
  if (!(Signed ? V.abs() : V).ult(HexThreshold)) {
    S += " (0x";
    V.toString(S, 16, /*Signed=*/false, /*formatAsCLiteral=*/false,
               /*UpperCase=*/false);
    S += ")";
  }
  Out += S;
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
  size_t Need = Sem ? APFloat::getSizeInBits(*Sem) / 8 : 0;
  if (!Sem || Bytes.size() < Need) {
    std::string S;
    hexBytes(S, Bytes);
    S += " (" + std::to_string(Size) + "-byte float";
    if (Sem)
      S += ", first " + std::to_string(Bytes.size()) + " bytes";
    return S + ")";
  }
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

/// Appends a `_Complex`: two floats of half the size each, `1.5+2.5i`.
static void complexText(std::string &Out, ArrayRef<uint8_t> Bytes,
                        uint64_t Size, bool X87) {
  uint64_t Half = Size / 2;
  if (Bytes.size() < Half) {
    hexBytes(Out, Bytes);
    return firstOf(Out, Bytes.size(), Size);
  }
  Out += floatText(Bytes.take_front(Half), Half, X87);
  if (Bytes.size() < Size) {
    Out += "+...i";
    return firstOf(Out, Bytes.size(), Size);
  }
  std::string Im = floatText(Bytes.slice(Half, Half), Half, X87);
  if (Im[0] != '-')
    Out += '+';
  Out += Im;
  Out += 'i';
}

std::string ValueFormatter::escaped(StringRef S) {
  std::string Out;
  for (char C : S)
    escapeChar(Out, static_cast<unsigned char>(C), '"');
  return Out;
}

/// Appends Bytes as a C string literal, up to the first NUL.
static void stringText(std::string &Out, ArrayRef<uint8_t> Bytes) {
  Out += '"';
  bool Terminated = false;
  for (uint8_t C : Bytes) {
    if (C == 0) {
      Terminated = true;
      break;
    }
    escapeChar(Out, C, '"');
  }
  Out += '"';
  if (!Terminated)
    Out += "...";
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

static void fromBytes(std::string &Out, const TypeDesc *T,
                      ArrayRef<uint8_t> Bytes, unsigned Depth, bool Truncated);
static bool rustEnum(std::string &Out, const TypeDesc &T,
                     ArrayRef<uint8_t> Bytes, unsigned Depth, bool Truncated);

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

/// Appends a bitfield: its own bits of the bytes holding it, signed by its
/// type.
static void bitfieldText(std::string &Out, const FieldDesc &F, uint64_t Raw) {
  if (F.BitShift + F.BitWidth > 64 || F.Size > 8) {
    appendHex(Out, Raw);
    Out += " <partial bitfield>";
    return;
  }
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
      if (lowBits(Value, 8 * T->Size) == lowBits(V, 8 * T->Size)) {
        Out += Name;
        return;
      }
  }
  if (T && T->Kind == TypeDesc::Bool)
    Out += V ? "true" : "false";
  else
    decimal(Out, V, Signed, 64);
}

/// Appends a member from the bytes recorded of it (memberBytes).
static void fieldFromBytes(std::string &Out, const FieldDesc &F,
                           ArrayRef<uint8_t> Bytes, unsigned Depth,
                           bool Truncated) {
  // An RFC table's bitfield entry may not hold all of the member's bits.
  if (F.Partial) {
    appendHex(Out, loadWord(Bytes));
    Out += " <partial bitfield>";
  } else if (F.BitWidth) {
    bitfieldText(Out, F, loadWord(Bytes));
  } else {
    fromBytes(Out, F.type(), Bytes, Depth, Truncated && Bytes.size() < F.Size);
  }
}

/// Appends the members of struct T that lie in Bytes, by name: `{a=1,
/// b='q', ...}` (`...` for those not recorded). Tuple-like Rust payloads
/// drop the names.
static void membersText(std::string &Out, const TypeDesc &T,
                        ArrayRef<uint8_t> Bytes, unsigned Depth, bool Truncated,
                        bool Tuple) {
  Out += Tuple ? '(' : '{';
  bool Any = false, Missing = false;
  for (const FieldDesc &F : T.Fields) {
    std::optional<ArrayRef<uint8_t>> FB = memberBytes(F, Bytes, Truncated);
    if (!FB || Depth >= MaxDepth) {
      Missing = true;
      continue;
    }
    if (Any)
      Out += ", ";
    Any = true;
    if (!Tuple) {
      Out += F.Name;
      Out += '=';
    }
    fieldFromBytes(Out, F, *FB, Depth + 1, Truncated);
  }
  if (Missing)
    Out += Any ? ", ..." : "...";
  Out += Tuple ? ')' : '}';
}

static void structText(std::string &Out, const TypeDesc &T,
                       ArrayRef<uint8_t> Bytes, unsigned Depth,
                       bool Truncated) {
  if (T.RustShape == TypeDesc::VariantEnum &&
      rustEnum(Out, T, Bytes, Depth, Truncated))
    return;
  if (T.RustShape == TypeDesc::Slice || T.RustShape == TypeDesc::DynRef) {
    std::string Ptr = ValueFormatter::hex(loadWord(Bytes));
    if (Bytes.size() >= 16) {
      uint64_t Second = loadWord(Bytes.slice(8));
      std::string S;
      if (T.RustShape == TypeDesc::Slice)
        decimal(S, Second, false, 64);
      else
        appendHex(S, Second);
      Out += fatPointerParts(T, Ptr, S);
      return;
    }
    // A fat pointer nested in a struct: only its data pointer is here.
    if (Bytes.size() >= 8) {
      Out += T.Name + " @" + Ptr;
      return;
    }
  }
  if (!T.Complete || Depth >= MaxDepth || T.Fields.empty())
    return appendHex(Out, loadWord(Bytes));
  membersText(Out, T, Bytes, Depth, Truncated, /*Tuple=*/false);
}

static void arrayText(std::string &Out, const TypeDesc &T,
                      ArrayRef<uint8_t> Bytes, unsigned Depth) {
  const TypeDesc *E = T.target();
  if (!E || !E->Size || Depth >= MaxDepth)
    return appendHex(Out, loadWord(Bytes));
  if (E->Kind == TypeDesc::Char)
    return stringText(Out, Bytes);
  Out += '[';
  uint64_t Shown = 0;
  for (; Shown < T.Count && (Shown + 1) * E->Size <= Bytes.size(); ++Shown) {
    if (Shown)
      Out += ", ";
    fromBytes(Out, E, Bytes.slice(Shown * E->Size, E->Size), Depth + 1,
              /*Truncated=*/false);
  }
  if (Shown < T.Count)
    Out += Shown ? ", ..." : "...";
  Out += ']';
}

/// Appends a number of T's size the formatter has no better text for:
/// char, UTF, bool, enum or pointer.
static void smallScalarText(std::string &Out, const TypeDesc &T, uint64_t V,
                            ArrayRef<uint8_t> Bytes) {
  switch (T.Kind) {
  case TypeDesc::Bool:
    if (V <= 1) {
      Out += V ? "true" : "false";
    } else {
      hexBytes(Out, Bytes);
      Out += " (bool)";
    }
    return;
  case TypeDesc::Char:
    Out += '\'';
    escapeChar(Out, V & 0xff, '\'');
    Out += '\'';
    return;
  case TypeDesc::UTF: {
    if (V >= 0x20 && V < 0x7f) {
      Out += '\'';
      Out += static_cast<char>(V);
      Out += '\'';
      return;
    }
    char Buf[24];
    snprintf(Buf, sizeof(Buf), "U+%04" PRIX64, V);
    Out += Buf;
    return;
  }
  case TypeDesc::Enum:
    for (const auto &[Value, Name] : T.Enumerators)
      if (Value == V) {
        Out += Name;
        return;
      }
    if (!T.Name.empty())
      Out += "(enum " + T.Name + ")";
    return decimal(Out, V, T.EnumSigned, 8 * Bytes.size());
  default:
    if (V == 0)
      Out += "NULL";
    else
      appendHex(Out, V);
    return;
  }
}

/// Appends a value of type T from the bytes recorded of it: all of them,
/// or its first bytes (a struct member recorded as one word, a value cut at
/// the record's 255 bytes: Truncated), which are shown as far as they go.
static void fromBytes(std::string &Out, const TypeDesc *T,
                      ArrayRef<uint8_t> Bytes, unsigned Depth, bool Truncated) {
  if (!T)
    return appendHex(Out, loadWord(Bytes));
  uint64_t Size = T->Size ? T->Size : Bytes.size();
  // A word holds more bytes than a small value has.
  Bytes = Bytes.take_front(Size);
  bool Cut = Bytes.size() < Size;
  switch (T->Kind) {
  case TypeDesc::Signed:
  case TypeDesc::Unsigned:
    intText(Out, Bytes, T->Kind == TypeDesc::Signed, Cut ? 0 : T->BitSize);
    break;
  case TypeDesc::Bool:
  case TypeDesc::Char:
  case TypeDesc::UTF:
  case TypeDesc::Enum:
  case TypeDesc::Pointer:
    return smallScalarText(Out, *T, loadWord(Bytes), Bytes);
  case TypeDesc::Float:
    Out += floatText(Bytes, Size, T->X87);
    return;
  case TypeDesc::Complex:
    return complexText(Out, Bytes, Size, T->X87);
  case TypeDesc::Struct:
    return structText(Out, *T, Bytes, Depth, Truncated);
  case TypeDesc::Array:
    return arrayText(Out, *T, Bytes, Depth);
  case TypeDesc::Void:
  case TypeDesc::Union:
  case TypeDesc::Function:
  case TypeDesc::Other:
    hexBytes(Out, Bytes);
    break;
  }
  if (Cut)
    firstOf(Out, Bytes.size(), Size);
}

/// A Rust enum's variant from its discriminant in Bytes; null otherwise,
/// appending to Err what is said when the discriminant is there but names
/// no variant.
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
  Err += "<unknown variant, discriminant ";
  hexBytes(Err, D);
  Err += ">";
  return nullptr;
}

/// Appends a Rust enum value from its first bytes: the variant the
/// discriminant selects, then its payload fields that lie within those
/// bytes: `None`, `Some(0x5000)`, `Rect{w=3, h=4}`, `Circle(...)` (payload
/// not recorded). False, with nothing appended, when the discriminant is
/// not in those bytes.
static bool rustEnum(std::string &Out, const TypeDesc &T,
                     ArrayRef<uint8_t> Bytes, unsigned Depth, bool Truncated) {
  size_t Start = Out.size();
  const VariantDesc *Selected = selectVariant(T, Bytes, Out);
  if (!Selected)
    return Out.size() > Start;
  Out += Selected->Name;
  const TypeDesc *P = Selected->type();
  if (P && P->Kind == TypeDesc::Struct && !P->Fields.empty())
    membersText(Out, *P, Bytes, Depth, Truncated, isTupleLike(*P));
  return Out.size() > Start;
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

/// Appends `(*p=`, which begins what a pointer named Name (a return value
/// when empty) points to; the caller closes it with ')'.
static void derefOpen(std::string &Out, const std::string &Name) {
  Out += " (*";
  if (Name.empty())
    Out += "ret";
  else
    Out += Name;
  Out += '=';
}

/// Appends `(*p=Text)`.
static void deref(std::string &Out, const std::string &Name, StringRef Text) {
  derefOpen(Out, Name);
  Out += Text;
  Out += ')';
}

/// Appends what a pointer points to, from the first 8 bytes there: a string
/// for char pointers, the value for pointers to scalars, nothing otherwise.
static void pointeeText(std::string &Out, const TypeDesc *P, uint64_t Raw,
                        const std::string &Name) {
  if (!P)
    return;
  switch (P->Kind) {
  case TypeDesc::Char:
    if (Raw == SCDF_UNREADABLE) {
      Out += " <fault>";
    } else {
      Out += ' ';
      stringText(Out, wordBytes(Raw, 8));
    }
    return;
  case TypeDesc::Signed:
  case TypeDesc::Unsigned:
  case TypeDesc::Bool:
  case TypeDesc::UTF:
  case TypeDesc::Float:
  case TypeDesc::Complex:
  case TypeDesc::Enum:
  case TypeDesc::Pointer:
    if (!P->Size || P->Size > 8)
      return;
    derefOpen(Out, Name);
    if (Raw == SCDF_UNREADABLE)
      Out += "<fault>";
    else
      fromBytes(Out, P, wordBytes(Raw, P->Size), 0, false);
    Out += ')';
    return;
  case TypeDesc::Struct: {
    // A pointer to a Rust enum recorded without the enum's table (a trace
    // from before enums had tables): the runtime read its first 8 bytes.
    std::string E;
    if (P->RustShape == TypeDesc::VariantEnum && Raw != SCDF_UNREADABLE &&
        rustEnum(E, *P, wordBytes(Raw, P->Size), 0, false))
      deref(Out, Name, E);
    return;
  }
  default:
    return;
  }
}

/// Appends a word as it is: `0x2a` or `<fault>`.
static void rawWord(std::string &Out, uint64_t W) {
  if (W == SCDF_UNREADABLE)
    Out += "<fault>";
  else
    appendHex(Out, W);
}

/// Appends words as they are: `{0x2a, <fault>}`.
static void rawWords(std::string &Out, ArrayRef<uint64_t> Words) {
  Out += '{';
  for (size_t I = 0; I < Words.size(); ++I) {
    if (I)
      Out += ", ";
    rawWord(Out, Words[I]);
  }
  Out += '}';
}

/// A Rust fat pointer recorded with its two-field table: `&[u8] len=5
/// @0x...`, `&dyn core::fmt::Debug @0x... vtable=0x...`. The words are
/// named ptr and len (ptr and vtable).
static std::string fatPointerText(const TypeDesc &S, const Value &V,
                                  std::vector<NamedWord> *Words) {
  bool Slice = S.RustShape == TypeDesc::Slice;
  std::string Ptr, Second;
  rawWord(Ptr, V.Words[0]);
  if (!Slice || V.Words[1] == SCDF_UNREADABLE)
    rawWord(Second, V.Words[1]);
  else
    decimal(Second, V.Words[1], false, 64);
  if (Words) {
    (*Words)[0] = {"ptr", 0, 0, NamedWord::Owned, 0, 0, Ptr, V.Words[0]};
    (*Words)[1] = {Slice ? "len" : "vtable",
                   0,
                   0,
                   NamedWord::Owned,
                   0,
                   0,
                   Second,
                   V.Words[1]};
  }
  return fatPointerParts(S, Ptr, Second);
}

/// Names the words of a byte image by their byte offset: `@0`, `@8`.
static void nameImageWords(std::vector<NamedWord> *Words) {
  if (Words)
    for (size_t I = 0; I < Words->size(); ++I) {
      (*Words)[I].Sep = '@';
      (*Words)[I].Number = 8 * I;
    }
}

/// A Rust enum with data (E) as a parameter or return value of type T (E
/// itself, or a pointer to it). The plugin's table for it is byte chunks
/// ({0, 8}, {8, 8}, ... over the first min(size, 255) bytes), so a record
/// with one word per chunk holds the enum's bytes: the variant and its
/// whole payload are shown, `Some(7)`, `Rect{w=3, h=4}`. The words are
/// named by their byte offset (`@0`, `@8`). A record of one word (a trace
/// from before enums had tables) holds the first 8 bytes, decoded as far as
/// they go; other counts cannot be laid over the enum. Appended to Out.
static void enumText(std::string &Out, const TypeDesc &T, const TypeDesc &E,
                     const Value &V, const std::string &Name,
                     std::vector<NamedWord> *Words) {
  bool ByRef = T.reportKind() == TypeDesc::PointerToStruct;
  if (ByRef && V.Ptr == 0) {
    Out += "NULL";
    return;
  }
  uint64_t Chunks = E.enumChunks();
  std::string Text;
  bool Fault = false;
  if (V.Words.size() == Chunks) {
    nameImageWords(Words);
    SmallVector<uint8_t, 32> Image =
        imageOf(V.Words, std::min<uint64_t>(E.Size, SCDF_REC_SIZE_MASK), Fault);
    // An enum larger than a record holds is cut at 255 bytes.
    rustEnum(Text, E, Image, 0, /*Truncated=*/E.Size > Image.size());
  } else if (V.Words.size() == 1) {
    Fault = V.Words[0] == SCDF_UNREADABLE;
    if (!Fault)
      rustEnum(Text, E, wordBytes(V.Words[0], E.Size), 0, false);
    if (Words && !ByRef && !Text.empty()) {
      (*Words)[0].Kind = NamedWord::Owned;
      (*Words)[0].Own = Text;
    }
  }
  if (ByRef)
    appendHex(Out, V.Ptr);
  if (!Text.empty()) {
    if (ByRef)
      deref(Out, Name, Text);
    else
      Out += Text;
    return;
  }
  if (Fault) {
    if (!ByRef)
      Out += "<fault>";
    return;
  }
  // No discriminant in the bytes, or a count that fits no table: the words
  // as they are.
  if (ByRef)
    Out += ' ';
  rawWords(Out, V.Words);
  if (V.Words.size() != Chunks && V.Words.size() != 1)
    Out += " <" + std::to_string(V.Words.size()) +
           " values recorded, the enum's table has " + std::to_string(Chunks) +
           ">";
}

/// Appends member F held whole in word W if it is an integer or a pointer,
/// as fromBytes would from W's bytes; false otherwise. Most members are:
/// this skips the byte image and the dispatch.
static bool wordMemberText(std::string &Out, const FieldDesc &F, uint64_t W) {
  const TypeDesc *T = F.type();
  if (!T || F.BitWidth || F.Partial || !F.Size || F.Size > 8 ||
      T->Size != F.Size)
    return false;
  switch (T->Kind) {
  case TypeDesc::Signed:
  case TypeDesc::Unsigned: {
    uint64_t Bits = 8 * F.Size;
    if (T->BitSize && T->BitSize < Bits)
      Bits = T->BitSize;
    decimal(Out, W, T->Kind == TypeDesc::Signed, Bits);
    return true;
  }
  case TypeDesc::Pointer:
    W = lowBits(W, 8 * F.Size);
    if (W == 0)
      Out += "NULL";
    else
      appendHex(Out, W);
    return true;
  default:
    return false;
  }
}

/// Appends member F from its value words: all of its bytes, or the first
/// of them (a record of one word per field holds 8, ours 64: a longer
/// member says so).
static void memberText(std::string &Out, const FieldDesc &F,
                       ArrayRef<uint64_t> Words) {
  if (Words.empty() || Words[0] == SCDF_UNREADABLE) {
    Out += "<fault>";
    return;
  }
  if (wordMemberText(Out, F, Words[0]))
    return;
  bool Fault;
  SmallVector<uint8_t, 32> Bytes = imageOf(Words, F.Size, Fault);
  bool Cut = Bytes.size() < F.Size;
  fieldFromBytes(Out, F, Bytes, 0, Cut);
  // Numbers, floats and raw bytes say it themselves (fromBytes).
  const TypeDesc *T = F.type();
  if (Cut && Words.size() > 1 && !F.BitWidth && T &&
      (T->Kind == TypeDesc::Struct || T->Kind == TypeDesc::Array))
    firstOf(Out, Bytes.size(), F.Size);
  if (Fault)
    Out += " <fault>";
}

/// Appends a record's words that no table names: `{#0=0x1, #1=<fault>}
/// <2 fields recorded, DWARF has 3>`.
static void unnamedFields(std::string &Out, const TypeDesc &Struct,
                          const Value &V) {
  Out += '{';
  for (size_t I = 0; I < V.Words.size(); ++I) {
    Out += I ? ", #" : "#";
    appendDec(Out, I);
    Out += '=';
    rawWord(Out, V.Words[I]);
  }
  Out += "} <" + std::to_string(V.Words.size()) +
         " fields recorded, DWARF has " + std::to_string(Struct.Fields.size()) +
         ">";
}

/// Appends a struct recorded with a table, by value or by pointer: `{x=5,
/// y=10}`, each member from its words (FieldWords.h).
static void structRecordText(std::string &Out, const TypeDesc &T,
                             const TypeDesc &Struct, const Value &V,
                             std::vector<NamedWord> *Words) {
  if (T.reportKind() == TypeDesc::PointerToStruct) {
    if (V.Ptr == 0) {
      Out += "NULL";
      return;
    }
    appendHex(Out, V.Ptr);
    Out += ' ';
  }
  // The table the record was built with: ours, or the RFC compiler's
  // (which dropped sub-byte bitfields). Anything else cannot be named.
  std::optional<FieldWords> L = fieldWords(Struct, V.Words.size());
  if (!L)
    return unnamedFields(Out, Struct, V);
  // Grown once rather than doubled field by field.
  Out.reserve(Out.size() + 24 * V.Words.size() + 2);
  Out += '{';
  size_t First = 0;
  for (size_t I = 0; I < L->Table->size(); ++I) {
    const FieldDesc &F = (*L->Table)[I];
    if (I)
      Out += ", ";
    Out += F.Name;
    Out += '=';
    size_t Start = Out.size(), Count = L->count(F);
    memberText(Out, F, ArrayRef<uint64_t>(V.Words).slice(First, Count));
    if (Words)
      for (size_t K = First; K < First + Count; ++K) {
        NamedWord &W = (*Words)[K];
        W.Name = F.Name;
        W.Number = 8 * (K - First);
        W.Sep = W.Number ? '@' : 0;
        if (!W.Number) {
          W.Kind = NamedWord::InValueText;
          W.Begin = Start;
          W.End = Out.size();
        }
      }
    First += Count;
  }
  Out += '}';
}

/// Whether V's words are no image of a value of type T (null: unknown):
/// they are then shown as they are.
static bool wordsAsTheyAre(const TypeDesc *T, const Value &V, bool Image,
                           bool String) {
  return !T || (V.Words.size() > 1 &&
                (!Image || (T->Kind == TypeDesc::Pointer && !String)));
}

/// Appends a value without a table: one word (its first 8 bytes) or, for a
/// value wider than 8 bytes, one word per 8 bytes (its byte image, as an
/// enum's chunks are), formatted by type T (null: unknown).
static void scalarRecordText(std::string &Out, const TypeDesc *T,
                             const Value &V, const std::string &Name,
                             std::vector<NamedWord> *Words) {
  // The runtime writes no value word for a NULL pointer.
  if (T && T->Kind == TypeDesc::Pointer && V.Ptr == 0) {
    Out += "NULL";
    return;
  }
  // Without a type, ABI A's pointer-sized value may be a pointer the
  // callback got as it is, or a scalar it got through a stack slot: show the
  // pointer and the word read there, so that neither reads as the other.
  if (!T && !V.Direct && V.Size == sizeof(uint64_t) && V.Words.size() <= 1) {
    if (V.Ptr == 0) {
      Out += "NULL";
      return;
    }
    appendHex(Out, V.Ptr);
    derefOpen(Out, Name);
    rawWord(Out, V.Words.empty() ? SCDF_UNREADABLE : V.Words[0]);
    Out += ')';
    return;
  }
  if (V.Words.empty()) {
    Out += "<no value>";
    return;
  }
  // Several words: a value ABI's parts (ValueJoin.h), or ABI A's value as
  // our runtimes read it (abi.h: its first 64 bytes).
  bool Image =
      V.Words.size() > 1 && (V.Words.size() == (V.Size + 7) / 8 ||
                             V.Words.size() == SCDF_VALUE_WORDS(V.Size));
  bool String = T && T->reportKind() == TypeDesc::PointerToString;
  if (wordsAsTheyAre(T, V, Image, String)) {
    if (V.Words.size() == 1)
      return rawWord(Out, V.Words[0]);
    rawWords(Out, V.Words);
    if (T)
      Out += " <" + std::to_string(V.Words.size()) +
             " values recorded for a non-struct>";
    return;
  }
  bool Fault;
  if (String && V.Words.size() > 1) {
    // A C string: its first bytes (LayoutRules.h StringBytes).
    SmallVector<uint8_t, 32> Text = imageOf(V.Words, V.Size, Fault);
    appendHex(Out, V.Ptr);
    if (Text.empty()) {
      Out += " <fault>";
    } else {
      Out += ' ';
      stringText(Out, Text);
    }
    return;
  }
  if (T->Kind == TypeDesc::Pointer) {
    appendHex(Out, V.Ptr);
    return pointeeText(Out, T->target(), V.Words[0], Name);
  }
  SmallVector<uint8_t, 32> Bytes = imageOf(V.Words, V.Size, Fault);
  if (Bytes.empty()) {
    Out += Fault ? "<fault>" : "<no value>";
    return;
  }
  size_t Start = Out.size();
  fromBytes(Out, T, Bytes, 0, false);
  if (Image)
    nameImageWords(Words);
  else if (Words) {
    (*Words)[0].Kind = NamedWord::InValueText;
    (*Words)[0].Begin = Start;
    (*Words)[0].End = Out.size();
  }
}

/// Appends a Rust fat pointer value of type T with table Struct.
static void fatPointerValue(std::string &Out, const TypeDesc &T,
                            const TypeDesc &Struct, const Value &V,
                            const std::string &Name,
                            std::vector<NamedWord> *Words) {
  std::string Fat = fatPointerText(Struct, V, Words);
  if (T.reportKind() != TypeDesc::PointerToStruct) {
    Out += Fat;
  } else if (V.Ptr) {
    appendHex(Out, V.Ptr);
    deref(Out, Name, Fat);
  } else {
    Out += "NULL";
  }
}

std::string ValueFormatter::format(const TypeDesc *T, const Value &V,
                                   const std::string &Name,
                                   std::vector<NamedWord> *Words) {
  if (Words) {
    Words->reserve(Words->size() + V.Words.size());
    for (size_t I = 0; I < V.Words.size(); ++I) {
      NamedWord &W = Words->emplace_back();
      W.Sep = '#';
      W.Number = I;
      W.Raw = V.Words[I];
    }
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
    fatPointerValue(S, *T, *Struct, V, Name, Words);
  } else if (Struct && Struct->enumChunks()) {
    enumText(S, *T, *Struct, V, Name, Words);
  } else if (Struct) {
    structRecordText(S, *T, *Struct, V, Words);
  } else {
    scalarRecordText(S, T, V, Name, Words);
  }
  if (V.GuessedLength)
    S += " <guessed record length>";
  return S;
}

} // namespace dataflow_view
