//===-- ValueAbbrev.cpp - Shorten long aggregate values for text ----------===//

#include "ValueAbbrev.h"

#include "llvm/ADT/SmallVector.h"

#include <cstring>

namespace dataflow_view {

namespace {

/// The brackets and field boundaries of a formatted value.
struct Shape {
  static constexpr size_t None = ~size_t(0);
  /// A bracket pair: where it opens and closes, and the bracket it is in
  /// (None at the top level). Kept per bracket, not per character: a text
  /// of thousands of characters has a few dozen.
  struct Bracket {
    size_t Open, Close, Parent;
  };
  /// In the order they open. Inline capacity: a value cut has a few
  /// brackets and a few dozen fields, and this runs for each one.
  llvm::SmallVector<Bracket, 16> Brackets;
  /// Positions of the ", " that separate fields, with their bracket.
  llvm::SmallVector<std::pair<size_t, size_t>, 64> Boundaries;
};

char closing(char Open) { return Open == '{' ? '}' : Open == '[' ? ']' : ')'; }

/// The characters parse() acts on. A long value is mostly names and
/// digits, skipped by strcspn (vectorised in the C library) rather than
/// one by one.
constexpr const char *Syntax = "\"'<{[()]},";

/// Parses Text's brackets; false if they do not balance (the text is then
/// shown whole rather than cut wrongly). String and char literals, and
/// <...> notes such as "<unknown variant, discriminant 5>", are opaque.
bool parse(const std::string &Text, Shape &S) {
  llvm::SmallVector<size_t, 16> Open;
  for (size_t I = 0; I < Text.size(); ++I) {
    // c_str() ends in a NUL; one inside the text stops strcspn early and
    // is skipped as any other character.
    I += std::strcspn(Text.c_str() + I, Syntax);
    if (I >= Text.size())
      break;
    char C = Text[I];
    switch (C) {
    case '"':
    case '\'':
      // ValueFormat escapes quotes and backslashes inside literals.
      for (++I; I < Text.size() && Text[I] != C; ++I)
        if (Text[I] == '\\')
          ++I;
      if (I >= Text.size())
        return false;
      break;
    case '<':
      I = Text.find('>', I);
      if (I == std::string::npos)
        return false;
      break;
    case '{':
    case '[':
    case '(':
      Open.push_back(S.Brackets.size());
      S.Brackets.push_back(
          {I, Shape::None, Open.size() > 1 ? Open.end()[-2] : Shape::None});
      break;
    case '}':
    case ']':
    case ')':
      if (Open.empty() || closing(Text[S.Brackets[Open.back()].Open]) != C)
        return false;
      S.Brackets[Open.back()].Close = I;
      Open.pop_back();
      break;
    case ',':
      if (!Open.empty() && I + 1 < Text.size() && Text[I + 1] == ' ')
        S.Boundaries.push_back({I, Open.back()});
      break;
    default:
      break;
    }
  }
  return Open.empty();
}

} // namespace

std::string abbreviateValue(std::string Text, size_t Limit) {
  if (!Limit || Text.size() <= Limit)
    return Text;
  Shape S;
  if (!parse(Text, S) || S.Boundaries.empty())
    return Text;
  // The last boundary that keeps the text within the limit; the first one
  // if even the first field is longer.
  auto Cut = S.Boundaries.front();
  for (const auto &B : S.Boundaries)
    if (B.first <= Limit)
      Cut = B;
  std::string Out = Text.substr(0, Cut.first);
  // Close every bracket the cut is in, innermost first, counting the
  // fields each leaves out: at the innermost, the fields from the cut on;
  // further out, those after the bracket just closed.
  size_t After = Cut.first, Outermost = Cut.second;
  for (size_t Open = Cut.second; Open != Shape::None;
       Open = S.Brackets[Open].Parent) {
    size_t Left = 0;
    for (const auto &B : S.Boundaries)
      Left += B.second == Open && B.first >= After;
    if (Left)
      Out += ", ... (" + std::to_string(Left) + " more)";
    Out += closing(Text[S.Brackets[Open].Open]);
    After = S.Brackets[Open].Close;
    Outermost = Open;
  }
  // What follows the outermost bracket (another aggregate, a note) gets
  // what is left of the limit.
  std::string Rest = Text.substr(S.Brackets[Outermost].Close + 1);
  return Out + abbreviateValue(std::move(Rest),
                               Limit > Out.size() ? Limit - Out.size() : 1);
}

} // namespace dataflow_view
