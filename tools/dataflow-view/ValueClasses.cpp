//===-- ValueClasses.cpp - What kind of number a value is -----------------===//

#include "ValueClasses.h"

#include <iterator>

namespace dataflow_view {

/// The kernel's MAX_ERRNO: ERR_PTR values and errno returns are -1..-4095.
static constexpr int64_t MaxErrno = 4095;

static uint64_t allOnes(unsigned Bytes) {
  return Bytes >= 8 ? ~uint64_t(0) : (uint64_t(1) << (8 * Bytes)) - 1;
}

static bool isErrPtr(uint64_t P) {
  return static_cast<int64_t>(P) < 0 && static_cast<int64_t>(P) >= -MaxErrno;
}

/// Small and large only mean something for int and wider: small is below
/// 256, large uses the upper half of the type's bits.
static unsigned magnitude(uint64_t Mag, unsigned Bytes) {
  if (Bytes < 4 || Mag == 0)
    return 0;
  if (Mag < 0x100)
    return VC_Small;
  return Mag >> (Bytes * 4) ? unsigned(VC_Large) : 0u;
}

unsigned classify(const Slot &S) {
  uint64_t Ones = allOnes(S.Bytes), SignBit = Ones ^ (Ones >> 1);
  unsigned C = 0;
  switch (S.Kind) {
  case Slot::Pointer:
    if (S.Raw == 0)
      return VC_Null;
    return isErrPtr(S.Raw) ? unsigned(VC_ErrPtr) : 0u;
  case Slot::Signed: {
    int64_t V = S.asSigned();
    if (V == -1)
      C |= VC_MinusOne;
    if (S.Raw == (Ones >> 1))
      C |= VC_TypeMax;
    if (S.Raw == SignBit)
      C |= VC_TypeMin;
    if (S.IsRet && !S.Field && V < 0 && V >= -MaxErrno)
      C |= VC_Errno;
    C |= magnitude(V < 0 ? 0 - static_cast<uint64_t>(V) : uint64_t(V), S.Bytes);
    if (V == -1)
      C &= ~VC_Small;
    break;
  }
  case Slot::Unsigned:
    if (S.Raw == Ones)
      C |= VC_AllOnes | VC_TypeMax;
    if ((S.Raw & SignBit) && S.Bytes >= 4)
      C |= VC_NegativeUnsigned;
    C |= magnitude(S.Raw, S.Bytes);
    break;
  case Slot::Bool:
  case Slot::Aggregate:
  case Slot::Other:
    if (S.Raw == Ones)
      C |= VC_AllOnes;
    break;
  }
  if (S.Raw == 0)
    C |= VC_Zero;
  return C;
}

std::string classNames(unsigned Classes) {
  static const char *const Names[] = {
      "zero",     "-1",       "all-ones",
      "type-max", "type-min", "NULL",
      "ERR_PTR",  "-errno",   "negative-as-unsigned",
      "small",    "large"};
  std::string S;
  for (unsigned I = 0; I < std::size(Names); ++I)
    if (Classes & (1u << I))
      S += (S.empty() ? "" : ", ") + std::string(Names[I]);
  return S;
}

unsigned extremeClasses(const Slot &S, unsigned &Rank) {
  if (S.IsRet || S.Field || S.Bytes < 4 ||
      (S.Kind != Slot::Signed && S.Kind != Slot::Unsigned))
    return 0;
  unsigned C = classify(S);
  // Ranked by how rarely a legitimate caller passes the value.
  static const unsigned Order[] = {VC_AllOnes, VC_TypeMax, VC_TypeMin,
                                   VC_NegativeUnsigned};
  for (unsigned I = 0; I < std::size(Order); ++I)
    if (C & Order[I]) {
      Rank = I;
      return C & (VC_AllOnes | VC_TypeMax | VC_TypeMin | VC_NegativeUnsigned);
    }
  return 0;
}

bool isSuccess(const Slot &Ret) {
  if (Ret.Field)
    return false;
  if (Ret.Kind == Slot::Pointer)
    return Ret.Raw != 0 && !isErrPtr(Ret.Raw);
  return (Ret.Kind == Slot::Signed || Ret.Kind == Slot::Unsigned) &&
         Ret.Raw == 0;
}

bool isError(const Slot &Ret) {
  if (Ret.Field)
    return false;
  if (Ret.Kind == Slot::Pointer)
    return isErrPtr(Ret.Raw);
  if (Ret.Kind != Slot::Signed)
    return false;
  int64_t V = Ret.asSigned();
  return V < 0 && V >= -MaxErrno;
}

} // namespace dataflow_view
