//===-- ValueMemo.cpp - Formatted values, remembered ----------------------===//

#include "ValueMemo.h"

using namespace llvm;

namespace dataflow_view {

ValueMemo::ValueMemo(RenderFn Render)
    : Render(std::move(Render)), Table(Slots) {}

/// Everything CallText::value reads of its arguments, mixed by
/// multiplication (hash_combine costs more than a miss saves on a small
/// value). Of Name only its length and ends: the type tells most
/// parameters apart already, and a collision costs a miss, not a wrong text.
static size_t keyHash(const TypeDesc *T, const Value &V,
                      const std::string &Name) {
  constexpr uint64_t K = 0x9e3779b97f4a7c15;
  uint64_t NameBits = Name.empty() ? 0
                                   : Name.size() ^ uint64_t(Name.front()) << 8 ^
                                         uint64_t(Name.back()) << 16;
  uint64_t H = (reinterpret_cast<uintptr_t>(T) ^ NameBits) * K;
  H = (H ^ V.Size ^ uint64_t(V.Direct) << 32 ^
       uint64_t(V.GuessedLength) << 33) *
      K;
  H = (H ^ V.Ptr) * K;
  for (uint64_t W : V.Words)
    H = (H ^ W) * K;
  return static_cast<size_t>(H ^ H >> 29);
}

bool ValueMemo::Entry::matches(const TypeDesc *T, const Value &V,
                               const std::string &Name) const {
  return Valid && this->T == T && Size == V.Size && Ptr == V.Ptr &&
         Direct == V.Direct && Guessed == V.GuessedLength &&
         ArrayRef<uint64_t>(Words) == ArrayRef<uint64_t>(V.Words) &&
         this->Name == Name;
}

const std::string &ValueMemo::get(const TypeDesc *T, const Value &V,
                                  const std::string &Name) {
  Entry &E = Table[keyHash(T, V, Name) % Slots];
  if (E.matches(T, V, Name))
    return E.Text;
  Scratch.clear();
  Render(Scratch, T, V, Name);
  if (Scratch.size() > MaxKept)
    return Scratch;
  E.Valid = true;
  E.T = T;
  E.Name = Name;
  E.Size = V.Size;
  E.Ptr = V.Ptr;
  E.Direct = V.Direct;
  E.Guessed = V.GuessedLength;
  E.Words.assign(V.Words.begin(), V.Words.end());
  std::swap(E.Text, Scratch);
  return E.Text;
}

} // namespace dataflow_view
