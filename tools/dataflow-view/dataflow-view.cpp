//===-- dataflow-view.cpp - Print a sancov-dataflow trace with names ------===//
//
//   dataflow-view --binary PROGRAM TRACE
//   dataflow-view --vmlinux VMLINUX [--modules DIR] [--kaslr-offset HEX] TRACE
//
// Reads a trace file (abi.h) or a raw kcov_dataflow buffer, names every
// function, parameter and struct field from DWARF, and prints the calls of
// each thread as a tree, as JSON lines, as a Perfetto trace, or as
// per-function statistics. See docs/VIEWER.md.
//
//===----------------------------------------------------------------------===//

#include "AddressMap.h"
#include "CallTree.h"
#include "DebugObject.h"
#include "DwarfLengthOracle.h"
#include "Outputs.h"
#include "RecordSites.h"
#include "ValueAbbrev.h"

#include "sancov-dataflow/TraceRawBuffer.h"
#include "sancov-dataflow/TraceReader.h"

#include "llvm/ADT/Statistic.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using namespace dataflow_view;
using namespace sancov_dataflow::trace;

static cl::OptionCategory Category("dataflow-view options");

static cl::opt<std::string> TracePath(cl::Positional, cl::desc("<trace>"),
                                      cl::Required, cl::cat(Category));
static cl::opt<std::string> Binary("binary",
                                   cl::desc("The traced user-space executable"),
                                   cl::value_desc("program"),
                                   cl::cat(Category));
static cl::opt<std::string>
    Vmlinux("vmlinux", cl::desc("The traced kernel's vmlinux (with DWARF)"),
            cl::value_desc("vmlinux"), cl::cat(Category));
static cl::opt<std::string>
    ModulesDir("modules",
               cl::desc("Directory searched (recursively) for NAME.ko of "
                        "the kernel modules the trace lists"),
               cl::value_desc("dir"), cl::cat(Category));
static cl::opt<std::string> KaslrOffset(
    "kaslr-offset",
    cl::desc("Kernel: runtime minus link-time text address (overrides the "
             "trace header)"),
    cl::value_desc("hex"), cl::cat(Category));
static cl::list<std::string> ModuleBases(
    "module-base",
    cl::desc("Kernel: where module NAME's .text was loaded (raw buffers have "
             "no module list; see /sys/module/NAME/sections/.text)"),
    cl::value_desc("name=hex"), cl::cat(Category));

enum class Format { Text, Jsonl, Perfetto, Records };
static cl::opt<Format> OutputFormat(
    "format", cl::desc("Output format"), cl::init(Format::Text),
    cl::values(clEnumValN(Format::Text, "text", "indented call tree"),
               clEnumValN(Format::Jsonl, "jsonl", "one JSON object per call"),
               clEnumValN(Format::Perfetto, "perfetto",
                          "Chrome trace-event JSON for ui.perfetto.dev"),
               clEnumValN(Format::Records, "records",
                          "the decoded records one per line, unpaired "
                          "(for checking a decoder or a runtime)")),
    cl::cat(Category));
static cl::opt<std::string>
    Filter("filter",
           cl::desc("Only show calls of functions whose name matches this "
                    "regular expression (unanchored)"),
           cl::value_desc("regex"), cl::cat(Category));
// --stats is LLVM's own -stats option (registered by libLLVM, which
// refuses a second one); main() re-describes it and reads it back.
static bool Stats = false;
static cl::opt<std::string> RawFormatName(
    "raw-format",
    cl::desc("TRACE is a raw kcov_dataflow buffer (word 0 = record words) in "
             "the kernel RFC's record format v1 (unframed, 3 June), v2 "
             "(value count in header bits 24..27, 11 June) or v3 (the "
             "fork's uapi framing)"),
    cl::value_desc("v1|v2|v3"), cl::cat(Category));
static cl::opt<std::string> AbiName(
    "abi",
    cl::desc("The callback ABI of a raw buffer's records (a trace file's "
             "header names its own)"),
    cl::value_desc("kcov-v2|value-pc|value|tag"), cl::cat(Category));
static cl::opt<bool>
    Locations("locations",
              cl::desc("Text format: show each function's file:line"),
              cl::init(true), cl::cat(Category));
static cl::opt<bool> FullValues(
    "full-values",
    cl::desc("Text format: show long values whole (by default a value's "
             "text beyond about 200 characters has its structs cut at a "
             "field, with '... (N more)')"),
    cl::cat(Category));
static cl::opt<bool>
    Force("force",
          cl::desc("Use --binary/--vmlinux even if its build ID differs "
                   "from the traced program's or kernel's (with a warning)"),
          cl::cat(Category));
// The option's first name: still accepted (hidden from --help) so existing
// scripts keep working.
static cl::alias IgnoreBuildId("ignore-build-id", cl::desc("Alias for --force"),
                               cl::aliasopt(Force), cl::cat(Category));
static cl::opt<std::string> OutputPath("o", cl::desc("Output file"),
                                       cl::value_desc("file"), cl::init("-"),
                                       cl::cat(Category));

static int fail(const Twine &Msg) {
  errs() << "dataflow-view: error: " << Msg << '\n';
  return 1;
}

static void warn(const Twine &Msg) {
  errs() << "dataflow-view: warning: " << Msg << '\n';
}

static std::string hexBytes(ArrayRef<uint8_t> B) {
  std::string S;
  for (uint8_t C : B) {
    static const char Digits[] = "0123456789abcdef";
    S += Digits[C >> 4];
    S += Digits[C & 15];
  }
  return S;
}

static bool parseHex(StringRef S, uint64_t &V) {
  S = S.trim();
  if (S.starts_with_insensitive("0x"))
    S = S.drop_front(2);
  return !S.empty() && !S.getAsInteger(16, V);
}

/// Kernel module names use '-' and '_' interchangeably.
static std::string moduleKey(StringRef Name) {
  std::string K = sys::path::filename(Name).str();
  for (StringRef Ext : {".ko.debug", ".ko"})
    if (StringRef(K).ends_with(Ext))
      K.resize(K.size() - Ext.size());
  for (char &C : K)
    if (C == '-')
      C = '_';
  return K;
}

namespace {

/// Kernel modules found under --modules, loaded on first use.
class ModuleFinder {
public:
  explicit ModuleFinder(const std::string &Dir) {
    if (Dir.empty())
      return;
    std::error_code EC;
    for (sys::fs::recursive_directory_iterator It(Dir, EC), End;
         It != End && !EC; It.increment(EC)) {
      StringRef P = It->path();
      if (P.ends_with(".ko") || P.ends_with(".ko.debug"))
        // A .ko.debug (separate debug info) wins over the stripped .ko.
        if (P.ends_with(".ko.debug") || !Paths.count(moduleKey(P)))
          Paths[moduleKey(P)] = P.str();
    }
  }

  DebugObject *find(StringRef Name) {
    auto It = Paths.find(moduleKey(Name));
    if (It == Paths.end())
      return nullptr;
    std::string Err;
    std::unique_ptr<DebugObject> O = DebugObject::load(It->second, Err);
    if (!O) {
      warn(Err);
      return nullptr;
    }
    if (!O->hasDebugInfo())
      warn("'" + It->second + "' has no DWARF debug info");
    Loaded.push_back(std::move(O));
    return Loaded.back().get();
  }

private:
  StringMap<std::string> Paths;
  std::vector<std::unique_ptr<DebugObject>> Loaded;
};

} // namespace

/// --format=records: one line per record, as decoded.
static void printRecord(raw_ostream &OS, const Record &R,
                        const FunctionInfo *Fn) {
  OS << recordTypeName(R.Type) << " seq=" << R.Seq << " pc=0x"
     << utohexstr(R.Pc, true);
  if (Fn)
    OS << " (" << Fn->Name << ")";
  if (R.Type == RecordType::Entry)
    OS << " idx=" << R.ArgIdx;
  OS << " size=" << R.Size << " ptr=0x" << utohexstr(R.Ptr, true)
     << " values=[";
  for (uint32_t I = 0; I < R.NumValues; ++I)
    OS << (I ? " " : "") << "0x" << utohexstr(R.Values[I], true);
  OS << "]";
  if (R.GuessedLength)
    OS << " <guessed record length>";
  OS << '\n';
}

/// Sets Abi to the one the trace header names; the reason (after the
/// trace's name) if it is unknown or not the one --abi names.
static std::string headerAbi(const FileHeader &H, CallbackAbi &Abi) {
  if (H.abiField() > static_cast<unsigned>(CallbackAbi::Tag))
    return " was recorded with callback ABI " + std::to_string(H.abiField()) +
           ", which this dataflow-view does not know";
  CallbackAbi FileAbi = static_cast<CallbackAbi>(H.abiField());
  if (!AbiName.empty() && Abi != FileAbi)
    return std::string(" was recorded with ABI ") + callbackAbiName(FileAbi) +
           ", not " + AbiName.getValue();
  Abi = FileAbi;
  return "";
}

static int run() {
  bool Kernel = !Vmlinux.empty();
  if (Binary.empty() == Vmlinux.empty())
    return fail("give exactly one of --binary PROGRAM (user space) and "
                "--vmlinux VMLINUX (kernel)");
  if (!Kernel &&
      (!ModulesDir.empty() || !KaslrOffset.empty() || !ModuleBases.empty()))
    return fail("--modules, --kaslr-offset and --module-base need --vmlinux");
  std::optional<RawFormat> Raw;
  if (!RawFormatName.empty()) {
    Raw = parseRawFormat(RawFormatName);
    if (!Raw)
      return fail("--raw-format must be v1, v2 or v3, not '" + RawFormatName +
                  "'");
  }
  std::optional<CallbackAbi> Abi = CallbackAbi::KcovV2;
  if (!AbiName.empty() && !(Abi = parseCallbackAbi(AbiName)))
    return fail("--abi must be kcov-v2, value-pc, value or tag, not '" +
                AbiName + "'");
  if (Raw && *Raw != RawFormat::V3 && *Abi != CallbackAbi::KcovV2)
    return fail("--abi=" + AbiName +
                " needs --raw-format=v3 (v1 and v2 buffers are ABI A)");
  std::optional<Regex> FilterRE;
  if (!Filter.empty()) {
    FilterRE.emplace(Filter);
    std::string Why;
    if (!FilterRE->isValid(Why))
      return fail("--filter '" + Filter + "' is not a valid regex: " + Why);
  }
  uint64_t Kaslr = 0;
  bool HaveKaslr = false;
  if (!KaslrOffset.empty()) {
    if (!parseHex(KaslrOffset, Kaslr))
      return fail("--kaslr-offset '" + KaslrOffset + "' is not a hex number");
    HaveKaslr = true;
  }

  std::string Err;
  std::unique_ptr<FileSource> Src = FileSource::open(TracePath, Err);
  if (!Src)
    return fail(Err);

  const std::string &ObjPath = Kernel ? Vmlinux : Binary;
  std::unique_ptr<DebugObject> Main = DebugObject::load(ObjPath, Err);
  if (!Main)
    return fail(Err);
  if (!Main->hasDebugInfo())
    return fail("'" + ObjPath +
                "' has no DWARF debug info (.debug_info); build it with -g "
                "(a stripped binary cannot name parameters or fields)");

  std::unique_ptr<AddressMap> Map;
  std::unique_ptr<EventStream> Stream;
  std::unique_ptr<DwarfLengthOracle> Oracle;
  ModuleFinder Finder(ModulesDir);
  auto MakeKernelMap = [&](bool Canonical) {
    auto KM = std::make_unique<KernelAddressMap>(*Main, Kaslr, Canonical);
    for (const std::string &MB : ModuleBases) {
      auto [Name, Addr] = StringRef(MB).split('=');
      uint64_t Base;
      if (Name.empty() || !parseHex(Addr, Base)) {
        warn("ignoring --module-base '" + MB + "' (want NAME=HEX)");
        continue;
      }
      DebugObject *O = Finder.find(Name);
      if (!O)
        warn("module '" + Name + "': no " + moduleKey(Name) + ".ko under " +
             (ModulesDir.empty() ? std::string("(no --modules)")
                                 : ModulesDir.getValue()) +
             "; its functions are shown as <unknown>");
      KM->addModule(Name.str(), Base, 0, O);
    }
    return KM;
  };

  if (Raw) {
    // The v1 and v2 kernels stored runtime pcs; v3 removes the KASLR offset.
    std::unique_ptr<KernelAddressMap> KM;
    if (Kernel) {
      KM = MakeKernelMap(*Raw == RawFormat::V3);
      Map = std::move(KM);
    } else {
      Map = std::make_unique<UserAddressMap>(*Main, std::vector<ModuleInfo>());
    }
    Oracle = std::make_unique<DwarfLengthOracle>(*Map);
    Stream = RawBufferReader::create(*Src, *Raw, Oracle.get(), Err);
    if (!Stream)
      return fail(TracePath + ": " + Err);
  } else {
    std::unique_ptr<TraceReader> Reader = TraceReader::create(*Src, Err);
    if (!Reader) {
      bool Hint = Src->size() && !TraceReader::hasMagic(*Src);
      return fail(TracePath + ": " + Err +
                  (Hint ? " (for a raw kernel buffer pass "
                          "--raw-format=v1|v2|v3)"
                        : ""));
    }
    const FileHeader &H = Reader->header();
    if (std::string Why = headerAbi(H, *Abi); !Why.empty())
      return fail(TracePath + Why);
    if (H.isKernel() && !Kernel)
      return fail(TracePath + " is a kernel trace: use --vmlinux VMLINUX");
    if (!H.isKernel() && Kernel)
      return fail(TracePath + " is a user-space trace: use --binary PROGRAM");
    // Records are decoded with the binary's pointer size and byte order,
    // and named from its DWARF: another architecture's trace would come out
    // as plausible nonsense.
    if (H.Machine && Main->machine() && H.Machine != Main->machine())
      return fail(TracePath + " was recorded on ELF machine " +
                  std::to_string(H.Machine) + ", but '" + ObjPath +
                  "' is for machine " + std::to_string(Main->machine()));
    const ModuleInfo *MainMod = nullptr;
    for (const ModuleInfo &M : Reader->modules())
      if (M.isMain()) {
        MainMod = &M;
        break;
      }
    // One check for both worlds: the runtime records the executable's
    // build ID, dataflow-trace the running kernel's (/sys/kernel/notes).
    if (MainMod && !MainMod->BuildId.empty()) {
      ArrayRef<uint8_t> Have = Main->buildId();
      std::string Traced =
          Kernel ? std::string("kernel") : "program '" + MainMod->Path + "'";
      if (Have.empty()) {
        warn("'" + ObjPath + "' has no build ID: cannot check that it is " +
             "the traced " + Traced + " (build ID " +
             hexBytes(MainMod->BuildId) + ")");
      } else if (!Have.equals(MainMod->BuildId)) {
        std::string Msg = "'" + ObjPath + "' has build ID " + hexBytes(Have) +
                          ", the traced " + Traced + " had " +
                          hexBytes(MainMod->BuildId) +
                          ": names and values would be wrong";
        if (!Force)
          return fail(Msg + " (--force to use it anyway)");
        warn(Msg);
      }
    }
    if (Kernel) {
      if (!HaveKaslr && H.hasKaslr())
        Kaslr = H.KaslrOffset;
      auto KM = MakeKernelMap(/*Canonical=*/true);
      for (const ModuleInfo &M : Reader->modules()) {
        if (!M.isKernelModule())
          continue;
        DebugObject *O = Finder.find(M.Path);
        if (!O)
          warn("module '" + M.Path + "': no " + moduleKey(M.Path) +
               ".ko under " +
               (ModulesDir.empty() ? std::string("(no --modules)")
                                   : ModulesDir.getValue()) +
               "; its functions are shown as <unknown>");
        KM->addModule(M.Path, M.Base, M.Size, O);
      }
      Map = std::move(KM);
    } else {
      Map = std::make_unique<UserAddressMap>(*Main, Reader->modules());
    }
    Stream = std::move(Reader);
  }

  std::error_code EC;
  raw_fd_ostream OS(OutputPath, EC, sys::fs::OF_None);
  if (EC)
    return fail("cannot write '" + OutputPath + "': " + EC.message());

  std::unique_ptr<CallSink> Sink;
  if (Stats)
    Sink = createStatsOutput(OS);
  else if (OutputFormat == Format::Jsonl)
    Sink = createJsonlOutput(OS);
  else if (OutputFormat == Format::Perfetto)
    Sink = createPerfettoOutput(OS, Stream->header().Pid,
                                sys::path::filename(ObjPath).str());
  else
    Sink = createTextOutput(OS, Locations, FullValues ? 0 : DefaultValueLimit);

  CallTree::Predicate Visible = [&](const Call &C) {
    if (!FilterRE)
      return true;
    if (C.Fn)
      return FilterRE->match(C.Fn->Name) ||
             (!C.Fn->LinkageName.empty() && FilterRE->match(C.Fn->LinkageName));
    return FilterRE->match(CallText::name(C));
  };
  RecordSites Sites(*Map, *Abi);
  CallTree Tree(Sites, *Sink, Visible);

  uint64_t Records = 0, Errors = 0, Unknown = 0, Guessed = 0;
  TraceEvent E;
  while (Stream->next(E)) {
    switch (E.Kind) {
    case TraceEvent::ThreadBegin:
      Tree.threadBegin(E.Thread);
      break;
    case TraceEvent::ThreadEnd:
      Tree.threadEnd(E.Thread);
      break;
    case TraceEvent::Record:
      ++Records;
      if (E.Rec.Type != RecordType::Cmp && !Sites.function(E.Rec))
        ++Unknown;
      Guessed += E.Rec.GuessedLength;
      if (OutputFormat == Format::Records && !Stats)
        printRecord(OS, E.Rec, Sites.function(E.Rec));
      else
        Tree.record(E.Rec);
      break;
    case TraceEvent::Diagnostic: {
      bool IsError = E.Diag.Severity == Diagnostic::Error;
      Errors += IsError;
      std::string Msg = TracePath + ": offset " +
                        ("0x" + utohexstr(E.Diag.Offset, true)) + ": " +
                        E.Diag.Message;
      if (IsError)
        fail(Msg);
      else
        warn(Msg);
      break;
    }
    case TraceEvent::End:
      break;
    }
  }
  Tree.finish();
  OS.flush();

  if (Records == 0 && !Errors)
    errs() << "dataflow-view: note: " << TracePath << " holds no records\n";
  if (Unknown)
    warn(Twine(Unknown) + " of " + Twine(Records) + " records have a pc that " +
         (pcIsCallSite(*Abi) ? "names no function" : "is no function entry") +
         " in " + ObjPath + (Kernel ? " or the modules" : "") +
         " (shown as <unknown>); is it the traced " +
         (Kernel ? "kernel" : "program") + "?");
  if (Guessed)
    warn(Twine(Guessed) +
         " v1 records were framed by guessing (no matching debug info); "
         "their values are marked <guessed record length>");
  if (Errors)
    errs() << "dataflow-view: " << Errors
           << " error(s) in the trace; the output above is partial\n";
  return Errors ? 1 : 0;
}

int main(int Argc, char **Argv) {
  InitLLVM X(Argc, Argv);
  cl::HideUnrelatedOptions(Category);
  if (cl::Option *O = cl::getRegisteredOptions().lookup("stats")) {
    O->setDescription("Print records and calls per function instead of the "
                      "calls");
    O->addCategory(Category);
    O->setHiddenFlag(cl::NotHidden);
  }
  cl::ParseCommandLineOptions(
      Argc, Argv,
      "print a sancov-dataflow trace with function, parameter and field "
      "names\n\n"
      "  dataflow-view --binary PROGRAM TRACE\n"
      "  dataflow-view --vmlinux VMLINUX [--modules DIR] [--kaslr-offset HEX] "
      "TRACE\n");
  Stats = AreStatisticsEnabled();
  return run();
}
