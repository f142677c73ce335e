//===-- Options.cpp - sancov-dataflow option grammar ----------------------===//

#include "sancov-dataflow/Options.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/ErrorHandling.h"

#include <optional>

using namespace llvm;

namespace sancov_dataflow {

static Error makeError(const Twine &Msg) {
  return make_error<StringError>("sancov-dataflow: " + Msg,
                                 inconvertibleErrorCode());
}

static constexpr std::pair<ABIKind, const char *> ABINames[] = {
    {ABIKind::KcovV2, "kcov-v2"},
    {ABIKind::ValuePC, "value-pc"},
    {ABIKind::Value, "value"},
    {ABIKind::Tag, "tag"},
    {ABIKind::Packed, "packed"},
};

StringRef abiName(ABIKind K) {
  for (auto [Kind, Name] : ABINames)
    if (Kind == K)
      return Name;
  llvm_unreachable("every ABI has a name");
}

static std::optional<ABIKind> parseABI(StringRef Name) {
  for (auto [Kind, KindName] : ABINames)
    if (Name == KindName)
      return Kind;
  return std::nullopt;
}

Expected<Options> parseOptions(StringRef Params) {
  Options Opts;
  bool SawArgs = false, SawRet = false, SawNoArgs = false, SawNoRet = false;
  SmallVector<StringRef, 8> Tokens;
  Params.split(Tokens, ';', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
  for (StringRef Raw : Tokens) {
    StringRef Tok = Raw.trim();
    if (Tok.empty())
      continue;
    auto [Key, Value] = Tok.split('=');
    bool HasValue = Tok.contains('=');
    if (!HasValue && Key == "args")
      SawArgs = true;
    else if (!HasValue && Key == "ret")
      SawRet = true;
    else if (!HasValue && Key == "no-args")
      SawNoArgs = true;
    else if (!HasValue && Key == "no-ret")
      SawNoRet = true;
    else if (!HasValue && Key == "entry-exit")
      Opts.EntryExit = Tristate::On;
    else if (!HasValue && Key == "no-entry-exit")
      Opts.EntryExit = Tristate::Off;
    else if (!HasValue && Key == "guard")
      Opts.Guard = true;
    else if (!HasValue && Key == "abi-marker")
      Opts.Marker = Tristate::On;
    else if (!HasValue && Key == "no-abi-marker")
      Opts.Marker = Tristate::Off;
    else if (!HasValue && Key == "inlined-frames")
      Opts.InlinedFrames = Tristate::On;
    else if (!HasValue && Key == "no-inlined-frames")
      Opts.InlinedFrames = Tristate::Off;
    else if (Key == "abi") {
      std::optional<ABIKind> K = parseABI(Value);
      if (!K)
        return makeError("invalid parameter 'abi=" + Value +
                         "' (supported: abi=kcov-v2, abi=value-pc, "
                         "abi=value, abi=tag, abi=packed)");
      Opts.ABI = *K;
    } else if (Key == "allowlist" || Key == "ignorelist") {
      if (!HasValue || Value.empty())
        return makeError("parameter '" + Key + "' needs a file: " + Key +
                         "=PATH");
      (Key == "allowlist" ? Opts.AllowLists : Opts.IgnoreLists)
          .push_back(Value.str());
    } else {
      return makeError("invalid parameter '" + Tok +
                       "' (expected args, ret, no-args, no-ret, "
                       "abi=NAME, [no-]entry-exit, guard, [no-]abi-marker, "
                       "[no-]inlined-frames, allowlist=PATH or "
                       "ignorelist=PATH)");
    }
  }
  if ((SawArgs && SawNoArgs) || (SawRet && SawNoRet))
    return makeError(
        "parameters '" + StringRef(SawArgs && SawNoArgs ? "args" : "ret") +
        "' and 'no-" + StringRef(SawArgs && SawNoArgs ? "args" : "ret") +
        "' contradict each other");
  if (SawArgs || SawRet) {
    Opts.TraceArgs = SawArgs;
    Opts.TraceRet = SawRet;
  }
  Opts.TraceArgs &= !SawNoArgs;
  Opts.TraceRet &= !SawNoRet;
  return Opts;
}

void Options::print(raw_ostream &OS) const {
  // Always spell out both switches so the printed form does not depend on
  // the "neither means both" default.
  OS << (TraceArgs ? "args" : "no-args") << ';' << (TraceRet ? "ret" : "no-ret")
     << ";abi=" << abiName(ABI);
  if (EntryExit != Tristate::Auto)
    OS << (EntryExit == Tristate::On ? ";entry-exit" : ";no-entry-exit");
  if (Guard)
    OS << ";guard";
  if (Marker != Tristate::Auto)
    OS << (Marker == Tristate::On ? ";abi-marker" : ";no-abi-marker");
  if (InlinedFrames != Tristate::Auto)
    OS << (InlinedFrames == Tristate::On ? ";inlined-frames"
                                         : ";no-inlined-frames");
  for (const std::string &Path : AllowLists)
    OS << ";allowlist=" << Path;
  for (const std::string &Path : IgnoreLists)
    OS << ";ignorelist=" << Path;
}

} // namespace sancov_dataflow
