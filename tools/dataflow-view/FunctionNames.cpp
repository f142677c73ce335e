//===-- FunctionNames.cpp - Names users recognise -------------------------===//

#include "FunctionNames.h"

#include "llvm/Demangle/Demangle.h"

#include <cstdlib>

using namespace llvm;

namespace dataflow_view {

/// Rust's legacy mangling is Itanium-shaped with a trailing "::h<16 hex>"
/// hash and `$LT$`-style escapes the Itanium demangler leaves alone.
static std::string cleanRustLegacy(std::string Name, bool *IsRust = nullptr) {
  size_t Pos = Name.rfind("::h");
  if (Pos != std::string::npos && Name.size() - Pos == 3 + 16 &&
      Name.find_first_not_of("0123456789abcdef", Pos + 3) ==
          std::string::npos) {
    Name.resize(Pos);
    if (IsRust)
      *IsRust = true;
  }
  if (Name.find('$') == std::string::npos &&
      Name.find("..") == std::string::npos)
    return Name;
  // An identifier that starts with an escape is mangled with a leading
  // underscore (`_$u7b$$u7b$closure$u7d$$u7d$` is `{{closure}}`), which
  // rustc-demangle drops.
  for (size_t At = Name.find("_$"); At != std::string::npos;
       At = Name.find("_$", At + 1))
    if (At == 0 || (At >= 2 && Name.compare(At - 2, 2, "::") == 0))
      Name.erase(At, 1);
  static const std::pair<const char *, const char *> Escapes[] = {
      {"$LT$", "<"},  {"$GT$", ">"},   {"$RF$", "&"},  {"$BP$", "*"},
      {"$C$", ","},   {"$SP$", "@"},   {"$LP$", "("},  {"$RP$", ")"},
      {"$u20$", " "}, {"$u27$", "'"},  {"$u5b$", "["}, {"$u5d$", "]"},
      {"$u7b$", "{"}, {"$u7d$", "}"},  {"$u7e$", "~"}, {"$u3b$", ";"},
      {"$u2b$", "+"}, {"$u22$", "\""}, {"..", "::"},
  };
  std::string Out;
  for (size_t I = 0; I < Name.size();) {
    bool Matched = false;
    for (auto [From, To] : Escapes) {
      size_t Len = std::char_traits<char>::length(From);
      if (Name.compare(I, Len, From) == 0) {
        Out += To;
        I += Len;
        Matched = true;
        break;
      }
    }
    if (!Matched)
      Out += Name[I++];
  }
  return Out;
}

/// Rust's legacy mangling drops generic arguments and closure numbers that
/// DW_AT_name has (`generic<u8>`, `{closure#0}`): put them back on the last
/// path component.
static std::string withRustShortName(std::string Name, StringRef ShortName) {
  size_t Sep = Name.rfind("::");
  if (Sep == std::string::npos || ShortName.empty() ||
      Name.find('<', Sep) != std::string::npos)
    return Name;
  StringRef Last = StringRef(Name).substr(Sep + 2);
  bool Generic = ShortName.size() > Last.size() &&
                 ShortName.starts_with(Last) && ShortName[Last.size()] == '<';
  bool Closure = Last == "{{closure}}" && ShortName.starts_with("{closure#");
  if (Generic || Closure)
    Name = Name.substr(0, Sep + 2) + ShortName.str();
  return Name;
}

/// Skips an Itanium call offset (`h <number> _` or `v <number> _ <number> _`)
/// at the front of S.
static bool skipCallOffset(StringRef &S) {
  auto Number = [&S] {
    S.consume_front("n");
    size_t Digits = S.find_first_not_of("0123456789");
    if (Digits == 0 || Digits == StringRef::npos)
      return false;
    S = S.drop_front(Digits);
    return S.consume_front("_");
  };
  if (S.consume_front("h"))
    return Number();
  return S.consume_front("v") && Number() && Number();
}

std::optional<std::pair<StringRef, std::string>>
splitThunk(StringRef LinkageName) {
  StringRef S = LinkageName;
  if (!S.consume_front("_ZT"))
    return std::nullopt;
  StringRef Kind = S.starts_with("c")   ? "covariant return thunk to "
                   : S.starts_with("h") ? "non-virtual thunk to "
                                        : "virtual thunk to ";
  // A covariant return thunk adjusts `this` and the returned pointer.
  if (S.consume_front("c") && !skipCallOffset(S))
    return std::nullopt;
  if (!skipCallOffset(S) || S.empty())
    return std::nullopt;
  return std::make_pair(Kind, "_Z" + S.str());
}

std::string displayFunctionName(StringRef LinkageName, StringRef ShortName) {
  if (LinkageName.empty())
    return ShortName.str();
  // The demangler names a thunk with the parameter types of its target.
  if (auto Thunk = splitThunk(LinkageName)) {
    std::string Target = displayFunctionName(Thunk->second, "");
    if (Target != Thunk->second)
      return Thunk->first.str() + Target;
  }
  if (LinkageName.starts_with("_R")) {
    if (char *D = rustDemangle(
            std::string_view(LinkageName.data(), LinkageName.size()))) {
      std::string Name = D;
      std::free(D);
      return Name;
    }
  }
  if (LinkageName.starts_with("_Z")) {
    ItaniumPartialDemangler D;
    std::string Mangled = LinkageName.str();
    if (!D.partialDemangle(Mangled.c_str())) {
      if (D.isFunction()) {
        if (char *F = D.getFunctionName(nullptr, nullptr)) {
          std::string Name = F;
          std::free(F);
          bool IsRust = false;
          Name = cleanRustLegacy(Name, &IsRust);
          return IsRust ? withRustShortName(Name, ShortName) : Name;
        }
      }
    }
    std::string Full = demangle(Mangled);
    if (Full != Mangled) {
      bool IsRust = false;
      Full = cleanRustLegacy(Full, &IsRust);
      return IsRust ? withRustShortName(Full, ShortName) : Full;
    }
  }
  return ShortName.empty() ? LinkageName.str() : ShortName.str();
}

} // namespace dataflow_view
