//===-- FunctionNames.cpp - Names users recognise -------------------------===//

#include "FunctionNames.h"

#include "llvm/Demangle/Demangle.h"

#include <cstdlib>

using namespace llvm;

namespace dataflow_view {

/// Rust's legacy mangling is Itanium-shaped with a trailing "::h<16 hex>"
/// hash and `$LT$`-style escapes the Itanium demangler leaves alone.
static std::string cleanRustLegacy(std::string Name) {
  size_t Pos = Name.rfind("::h");
  if (Pos != std::string::npos && Name.size() - Pos == 3 + 16 &&
      Name.find_first_not_of("0123456789abcdef", Pos + 3) == std::string::npos)
    Name.resize(Pos);
  if (Name.find('$') == std::string::npos &&
      Name.find("..") == std::string::npos)
    return Name;
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

std::string displayFunctionName(StringRef LinkageName, StringRef ShortName) {
  if (LinkageName.empty())
    return ShortName.str();
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
          return cleanRustLegacy(Name);
        }
      }
    }
    std::string Full = demangle(Mangled);
    if (Full != Mangled)
      return cleanRustLegacy(Full);
  }
  return ShortName.empty() ? LinkageName.str() : ShortName.str();
}

} // namespace dataflow_view
