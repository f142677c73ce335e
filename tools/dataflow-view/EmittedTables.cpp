//===-- EmittedTables.cpp - The field tables a binary carries -------------===//

#include "EmittedTables.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Object/ELFObjectFile.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/raw_ostream.h"

#include <set>
#include <string>

using namespace llvm;
using namespace llvm::object;

namespace dataflow_view {

static constexpr StringLiteral TablePrefix = "__sancov_dataflow_fields";

/// The struct a table symbol names: `__sancov_dataflow_fields.proc` is
/// proc's, `...proc.3` a module's renamed second copy of it, and
/// `__sancov_dataflow_fields` (or `.17`) an anonymous struct's.
static StringRef structName(StringRef Symbol) {
  StringRef Name = Symbol.drop_front(TablePrefix.size());
  size_t Dot = Name.rfind('.');
  if (Dot != StringRef::npos && Dot + 1 < Name.size() &&
      all_of(Name.drop_front(Dot + 1), isDigit))
    Name = Name.take_front(Dot);
  Name.consume_front(".");
  return Name;
}

/// The table's words as `off,size` pairs; an odd count is ABI D's form,
/// whose first word is the number of pairs.
static std::string pairsText(ArrayRef<uint8_t> Bytes) {
  size_t N = Bytes.size() / 8;
  size_t First = N % 2;
  std::string S;
  for (size_t I = First; I + 1 < N; I += 2)
    S += " " +
         std::to_string(support::endian::read64le(Bytes.data() + 8 * I)) +
         "," +
         std::to_string(support::endian::read64le(Bytes.data() + 8 * I + 8));
  return S;
}

/// The bytes of symbol \p Sym: an offset into its section in a relocatable
/// object, an address in a linked one.
static Expected<ArrayRef<uint8_t>> symbolBytes(const ELFSymbolRef &Sym,
                                                bool Relocatable) {
  Expected<section_iterator> Sec = Sym.getSection();
  if (!Sec)
    return Sec.takeError();
  Expected<uint64_t> Value = Sym.getValue();
  if (!Value)
    return Value.takeError();
  Expected<StringRef> Contents = (*Sec)->getContents();
  if (!Contents)
    return Contents.takeError();
  uint64_t Offset = Relocatable ? *Value : *Value - (*Sec)->getAddress();
  if (Offset > Contents->size() || Sym.getSize() > Contents->size() - Offset)
    return createStringError("table symbol outside its section");
  return arrayRefFromStringRef(Contents->substr(Offset, Sym.getSize()));
}

Error dumpEmittedTables(StringRef Path, raw_ostream &OS) {
  Expected<OwningBinary<ObjectFile>> Bin = ObjectFile::createObjectFile(Path);
  if (!Bin)
    return Bin.takeError();
  const auto *Obj = dyn_cast<ELFObjectFileBase>(Bin->getBinary());
  if (!Obj)
    return createStringError(Path + ": not an ELF object");
  std::set<std::string> Seen;
  for (const ELFSymbolRef &Sym : Obj->symbols()) {
    Expected<StringRef> Name = Sym.getName();
    if (!Name)
      return Name.takeError();
    if (!Name->starts_with(TablePrefix))
      continue;
    Expected<ArrayRef<uint8_t>> Bytes =
        symbolBytes(Sym, Obj->isRelocatableObject());
    if (!Bytes)
      return Bytes.takeError();
    std::string Line = (structName(*Name) + ":").str() + pairsText(*Bytes);
    if (Seen.insert(Line).second)
      OS << Line << '\n';
  }
  return Error::success();
}

} // namespace dataflow_view
