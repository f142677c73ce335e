//===-- ValueMemo.cpp - Formatted values, remembered ----------------------===//

#include "ValueMemo.h"
#include "Outputs.h"
#include "ValueAbbrev.h"

#include "llvm/ADT/Hashing.h"

using namespace llvm;

namespace dataflow_view {

ValueMemo::ValueMemo(size_t Limit, bool WithWords)
    : Limit(Limit), WithWords(WithWords), Table(Slots) {}

/// Everything CallText::value reads of its arguments.
static size_t keyHash(const TypeDesc *T, const Value &V,
                      const std::string &Name) {
  return hash_combine(T, StringRef(Name), V.Size, V.Ptr, V.Direct,
                      V.GuessedLength,
                      hash_combine_range(V.Words.begin(), V.Words.end()));
}

bool ValueMemo::Entry::matches(const TypeDesc *T, const Value &V,
                               const std::string &Name) const {
  return Valid && this->T == T && Size == V.Size && Ptr == V.Ptr &&
         Direct == V.Direct && Guessed == V.GuessedLength &&
         ArrayRef<uint64_t>(Words) == ArrayRef<uint64_t>(V.Words) &&
         this->Name == Name;
}

void ValueMemo::format(const TypeDesc *T, const Value &V,
                       const std::string &Name, FormattedValue &Out) const {
  Out.Words.clear();
  std::string Text =
      CallText::value(T, V, Name, WithWords ? &Out.Words : nullptr);
  Out.Text = Limit ? abbreviateValue(Text, Limit) : std::move(Text);
}

const FormattedValue &ValueMemo::get(const TypeDesc *T, const Value &V,
                                     const std::string &Name) {
  Entry &E = Table[keyHash(T, V, Name) % Slots];
  if (E.matches(T, V, Name))
    return E.Out;
  format(T, V, Name, Scratch);
  if (Scratch.Text.size() > MaxKept)
    return Scratch;
  E.Valid = true;
  E.T = T;
  E.Name = Name;
  E.Size = V.Size;
  E.Ptr = V.Ptr;
  E.Direct = V.Direct;
  E.Guessed = V.GuessedLength;
  E.Words.assign(V.Words.begin(), V.Words.end());
  std::swap(E.Out, Scratch);
  return E.Out;
}

} // namespace dataflow_view
