//===-- JsonWriter.h - JSON written as it goes, without checks --*- C++ -*-===//
//
// json::OStream checks every key and value for UTF-8, keeps a stack of
// scopes and makes a json::Value of each value: in a JSON line per call
// that was most of the viewer's time. This writer keeps only whether a
// comma is due. Its output is json::OStream's without indentation; a
// string that needs escaping or may not be UTF-8 is written by
// json::OStream itself, so both escape alike.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_VIEW_JSONWRITER_H
#define DATAFLOW_VIEW_JSONWRITER_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdint>

namespace dataflow_view {

class JsonWriter {
public:
  explicit JsonWriter(llvm::raw_ostream &OS) : OS(OS) {}

  void objectBegin() { open('{'); }
  void objectEnd() { close('}'); }
  void arrayBegin() { open('['); }
  void arrayEnd() { close(']'); }

  /// `"Key":`; the value comes next. Key is a literal: no escaping.
  void key(llvm::StringRef Key) {
    comma();
    OS << '"' << Key << "\":";
    Comma = false;
  }

  void value(llvm::StringRef S);
  /// A string plain() said needs no escaping.
  void plainValue(llvm::StringRef S) {
    comma();
    OS << '"' << S << '"';
  }
  /// Whether S is written as it is: printable ASCII, no quote or backslash.
  static bool plain(llvm::StringRef S);
  /// Appends to Out where S has a character plain() rejects: a part of S
  /// between them is plain without another look.
  static void notPlain(llvm::StringRef S, llvm::SmallVectorImpl<size_t> &Out);
  // Not the pointer's conversion to bool.
  void value(const char *S) { value(llvm::StringRef(S)); }
  void value(int64_t N);
  void value(bool B) {
    comma();
    OS << (B ? "true" : "false");
  }
  void null() {
    comma();
    OS << "null";
  }
  /// "0x2a", as ValueFormatter::hex.
  void hex(uint64_t V);

  /// Members another JsonWriter wrote (`"a":1,"b":2`), as they are.
  void members(llvm::StringRef Json) {
    comma();
    OS << Json;
  }

  template <typename T> void attribute(llvm::StringRef Key, T V) {
    key(Key);
    value(V);
  }

private:
  void comma() {
    if (Comma)
      OS << ',';
    Comma = true;
  }
  void open(char C) {
    comma();
    OS << C;
    Comma = false;
  }
  void close(char C) {
    OS << C;
    Comma = true;
  }

  llvm::raw_ostream &OS;
  /// A value was written at this level: the next needs a comma.
  bool Comma = false;
};

} // namespace dataflow_view

#endif // DATAFLOW_VIEW_JSONWRITER_H
