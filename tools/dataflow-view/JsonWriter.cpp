//===-- JsonWriter.cpp - JSON written as it goes, without checks ----------===//

#include "JsonWriter.h"

#include "llvm/Support/JSON.h"

#include <array>
#include <charconv>

using namespace llvm;

namespace dataflow_view {

// Printable ASCII other than the quote and the backslash is written as it
// is by every JSON writer. A table: this runs over every character written.
static const std::array<bool, 256> Plain = [] {
  std::array<bool, 256> P{};
  for (unsigned C = 0x20; C < 0x7f; ++C)
    P[C] = C != '"' && C != '\\';
  return P;
}();

bool JsonWriter::plain(StringRef S) {
  for (char C : S)
    if (!Plain[static_cast<unsigned char>(C)])
      return false;
  return true;
}

void JsonWriter::notPlain(StringRef S, SmallVectorImpl<size_t> &Out) {
  for (size_t I = 0; I < S.size(); ++I)
    if (!Plain[static_cast<unsigned char>(S[I])])
      Out.push_back(I);
}

void JsonWriter::value(StringRef S) {
  if (plain(S))
    return plainValue(S);
  comma();
  json::OStream(OS).value(S);
}

// Numbers by to_chars: raw_ostream's integer formatting is general and
// several times slower.
void JsonWriter::value(int64_t N) {
  comma();
  char Buf[24];
  auto R = std::to_chars(Buf, Buf + sizeof(Buf), N);
  // operator<< copies into the buffer inline; write() is a call.
  OS << StringRef(Buf, R.ptr - Buf);
}

void JsonWriter::hex(uint64_t V) {
  comma();
  char Buf[24] = "\"0x";
  auto R = std::to_chars(Buf + 3, Buf + sizeof(Buf) - 1, V, 16);
  *R.ptr++ = '"';
  OS << StringRef(Buf, R.ptr - Buf);
}

} // namespace dataflow_view
