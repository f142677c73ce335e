//===-- options-fuzzer.cpp - libFuzzer target for the option grammar ------===//
//
// The input is an option string, as it comes from `sancov-dataflow<...>`,
// -mllvm -sancov-dataflow= or SANCOV_DATAFLOW_OPTIONS. Besides crashes and
// sanitizer reports, it aborts when
//  - an error has no message, or one without the "sancov-dataflow: " prefix
//    or that does not name the offending token;
//  - accept/reject or the result differs from an independent reading of the
//    grammar in README.md ("Options");
//  - printing an accepted result (what -print-pipeline-passes shows) does not
//    parse back to the same options, or printing is not a fixed point;
//  - the result depends on the order of the tokens (when no list parameter
//    is given twice: then the last one wins).
//
//===----------------------------------------------------------------------===//

#include "sancov-dataflow/Options.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

using namespace llvm;
using namespace sancov_dataflow;

namespace {

[[noreturn]] void fail(const char *What, StringRef In, StringRef Detail = "") {
  std::fprintf(stderr, "options-fuzzer: %s\n  input: '%.*s'\n  detail: '%.*s'\n",
               What, static_cast<int>(In.size()), In.data(),
               static_cast<int>(Detail.size()), Detail.data());
  std::abort();
}

bool same(const Options &A, const Options &B) {
  return A.TraceArgs == B.TraceArgs && A.TraceRet == B.TraceRet &&
         A.ABI == B.ABI && A.EntryExit == B.EntryExit && A.Guard == B.Guard &&
         A.Marker == B.Marker && A.InlinedFrames == B.InlinedFrames &&
         A.AllowLists == B.AllowLists &&
         A.IgnoreLists == B.IgnoreLists;
}

std::string printed(const Options &O) {
  std::string S;
  raw_string_ostream OS(S);
  O.print(OS);
  return S;
}

/// The grammar as README.md states it, written independently of Options.cpp:
/// `;`-separated tokens, surrounding white space and empty tokens ignored;
/// args, ret, no-args, no-ret, abi=kcov-v2|value-pc|value|tag|packed,
/// [no-]entry-exit, guard, [no-]abi-marker, [no-]inlined-frames, allowlist=PATH,
/// ignorelist=PATH;
/// neither args nor ret named means both; X with no-X is a contradiction;
/// the last abi= and the last of each [no-] switch win.
struct Reference {
  bool Valid = true;
  std::string BadToken; // the first token that is not in the grammar
  bool Args = false, Ret = false, NoArgs = false, NoRet = false;
  bool Guard = false;
  ABIKind ABI = ABIKind::KcovV2;
  Tristate EntryExit = Tristate::Auto, Marker = Tristate::Auto,
           Inlined = Tristate::Auto;
  // The last of several tokens wins: order matters if there are more.
  unsigned ABITokens = 0, EntryExitTokens = 0, MarkerTokens = 0,
           InlinedTokens = 0;
  std::vector<std::string> Allow, Ignore; // in the order given

  explicit Reference(StringRef In) {
    while (true) {
      auto [Tok, Rest] = In.split(';');
      Tok = Tok.trim(" \t\n\v\f\r");
      if (!Tok.empty() && Valid)
        token(Tok);
      if (!In.contains(';'))
        break;
      In = Rest;
    }
    if ((Args && NoArgs) || (Ret && NoRet))
      Valid = false;
  }

  void token(StringRef Tok) {
    if (Tok == "args")
      Args = true;
    else if (Tok == "ret")
      Ret = true;
    else if (Tok == "no-args")
      NoArgs = true;
    else if (Tok == "no-ret")
      NoRet = true;
    else if (Tok == "entry-exit" || Tok == "no-entry-exit") {
      EntryExit = Tok == "entry-exit" ? Tristate::On : Tristate::Off;
      ++EntryExitTokens;
    } else if (Tok == "guard")
      Guard = true;
    else if (Tok == "abi-marker" || Tok == "no-abi-marker") {
      Marker = Tok == "abi-marker" ? Tristate::On : Tristate::Off;
      ++MarkerTokens;
    } else if (Tok == "inlined-frames" || Tok == "no-inlined-frames") {
      Inlined = Tok == "inlined-frames" ? Tristate::On : Tristate::Off;
      ++InlinedTokens;
    } else if (Tok == "abi=kcov-v2" || Tok == "abi=value-pc" ||
               Tok == "abi=value" || Tok == "abi=tag" || Tok == "abi=packed") {
      StringRef Name = Tok.drop_front(4);
      ABI = Name == "kcov-v2"    ? ABIKind::KcovV2
            : Name == "value-pc" ? ABIKind::ValuePC
            : Name == "value"    ? ABIKind::Value
            : Name == "tag"      ? ABIKind::Tag
                                 : ABIKind::Packed;
      ++ABITokens;
    }
    else if (Tok.starts_with("allowlist=") && Tok.size() > 10) {
      Allow.push_back(Tok.drop_front(10).str());
    } else if (Tok.starts_with("ignorelist=") && Tok.size() > 11) {
      Ignore.push_back(Tok.drop_front(11).str());
    } else {
      Valid = false;
      BadToken = Tok.str();
    }
  }

  bool traceArgs() const { return (Args || !(Args || Ret)) && !NoArgs; }
  bool traceRet() const { return (Ret || !(Args || Ret)) && !NoRet; }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  StringRef In(reinterpret_cast<const char *>(Data), Size);
  Reference Ref(In);
  Expected<Options> O = parseOptions(In);
  if (!O) {
    std::string Msg = toString(O.takeError());
    if (!StringRef(Msg).starts_with("sancov-dataflow: ") || Msg.size() < 20)
      fail("error message without the prefix or empty", In, Msg);
    if (Ref.Valid)
      fail("rejected an input the grammar accepts", In, Msg);
    // An unknown token is quoted in the message (the parser may stop at an
    // earlier bad token than the reference, so only check the first one).
    if (!Ref.BadToken.empty() && !StringRef(Msg).contains("'"))
      fail("error message does not quote the token", In, Msg);
    return 0;
  }
  if (!Ref.Valid)
    fail("accepted an input the grammar rejects", In, printed(*O));
  if (O->TraceArgs != Ref.traceArgs() || O->TraceRet != Ref.traceRet() ||
      O->AllowLists != Ref.Allow || O->IgnoreLists != Ref.Ignore ||
      O->ABI != Ref.ABI || O->EntryExit != Ref.EntryExit ||
      O->Guard != Ref.Guard || O->Marker != Ref.Marker ||
      O->InlinedFrames != Ref.Inlined)
    fail("result differs from the grammar", In, printed(*O));

  // Round trip through the printed form.
  std::string P = printed(*O);
  Expected<Options> Again = parseOptions(P);
  if (!Again)
    fail("printed form does not parse", In, P + " -> " + toString(Again.takeError()));
  if (!same(*O, *Again))
    fail("printed form parses to other options", In, P + " -> " + printed(*Again));
  if (printed(*Again) != P)
    fail("printing is not a fixed point", In, P + " -> " + printed(*Again));

  // Token order does not matter, except for the order of the lists of one
  // kind (merged in the order given).
  if (Ref.Allow.size() < 2 && Ref.Ignore.size() < 2 && Ref.ABITokens < 2 &&
      Ref.EntryExitTokens < 2 && Ref.MarkerTokens < 2 && Ref.InlinedTokens < 2) {
    SmallVector<StringRef, 16> Toks;
    In.split(Toks, ';');
    std::string Rev;
    for (size_t I = Toks.size(); I-- > 0;)
      Rev += Toks[I].str() + (I ? ";" : "");
    Expected<Options> R = parseOptions(Rev);
    if (!R)
      fail("reversed tokens rejected", In, Rev + " -> " + toString(R.takeError()));
    if (!same(*O, *R))
      fail("reversed tokens give other options", In, printed(*O) + " vs " + printed(*R));
  }
  return 0;
}
