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
#include "EmittedTables.h"
#include "Outputs.h"
#include "RecordSites.h"
#include "Selection.h"
#include "Syscalls.h"
#include "TraceDiff.h"
#include "ValueAbbrev.h"

#include "sancov-dataflow/TraceRawBuffer.h"
#include "sancov-dataflow/TraceReader.h"

#include "llvm/ADT/Statistic.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Path.h"
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
    cl::desc("Kernel: runtime minus link-time text address (overrides "
             "what the trace says)"),
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
static cl::opt<unsigned>
    Context("context",
            cl::desc("With --filter or --module: also show N calls before and "
                     "after each matching call (in the order calls begin); "
                     "diff: the N paired calls before a difference"),
            cl::value_desc("N"), cl::cat(Category));
static cl::opt<unsigned>
    MaxDepth("depth",
             cl::desc("Only show calls nested at most N deep (0: a thread's "
                      "outermost calls)"),
             cl::value_desc("N"), cl::cat(Category));
static cl::opt<uint64_t> ThreadId("thread",
                                  cl::desc("Only show the calls of thread TID"),
                                  cl::value_desc("tid"), cl::cat(Category));
static cl::opt<std::string>
    ModuleName("module",
               cl::desc("Kernel: only show calls of functions in module NAME "
                        "('vmlinux': the kernel image)"),
               cl::value_desc("name"), cl::cat(Category));
static cl::list<std::string> SyscallNames(
    "syscall",
    cl::desc("Kernel: only show the calls in syscall NAME (below its "
             "__x64_sys_NAME, __arm64_sys_NAME, ... entry function); may be "
             "given several times"),
    cl::value_desc("name"), cl::cat(Category));
static cl::opt<bool> NoCmp("no-cmp",
                           cl::desc("Leave out the comparisons (CMP records)"),
                           cl::cat(Category));
static cl::opt<std::string>
    Range("range",
          cl::desc("Only show calls whose first record's sequence number is "
                   "in A..B (both included; either may be left out)"),
          cl::value_desc("A:B"), cl::cat(Category));
static cl::opt<std::string> TracePathB(cl::Positional, cl::desc("[<trace-b>]"),
                                       cl::cat(Category));
static cl::opt<std::string>
    BinaryB("binary-b",
            cl::desc("diff: the program trace B was recorded from, when it "
                     "is another build than --binary"),
            cl::value_desc("program"), cl::cat(Category));

/// Subcommands, taken off the command line before LLVM's parser sees it.
enum class Mode { View, Summary, Where, Diff };
static Mode RunMode = Mode::View;
static std::string WhereValue;

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

// For the differential layout check (test/Viewer/layout-tables.test,
// bench/reliability/layout-diff.sh): the tables the viewer expects.
static cl::opt<bool> DumpTables(
    "dump-tables",
    cl::desc("Print the field table of every struct in --binary's DWARF"),
    cl::Hidden);

static cl::opt<bool> Emitted(
    "emitted",
    cl::desc("With --dump-tables: the tables the plugin emitted into "
             "--binary (its __sancov_dataflow_fields.* symbols)"),
    cl::Hidden);

static int dumpTables() {
  if (Binary.empty())
    return fail("--dump-tables needs --binary OBJECT");
  if (Emitted) {
    if (Error E = dumpEmittedTables(Binary, outs()))
      return fail(toString(std::move(E)));
    return 0;
  }
  std::string Err;
  std::unique_ptr<DebugObject> O = DebugObject::load(Binary, Err);
  if (!O)
    return fail(Err);
  O->dumpTables(outs());
  return 0;
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
  if (H.abiField() > static_cast<unsigned>(CallbackAbi::Last))
    return " was recorded with callback ABI " + std::to_string(H.abiField()) +
           ", which this dataflow-view does not know";
  CallbackAbi FileAbi = static_cast<CallbackAbi>(H.abiField());
  if (!AbiName.empty() && Abi != FileAbi)
    return std::string(" was recorded with ABI ") + callbackAbiName(FileAbi) +
           ", not " + AbiName.getValue();
  Abi = FileAbi;
  return "";
}

/// Decimal, 0x-hex, or negative decimal (two's complement).
static bool parseValue(StringRef S, uint64_t &V) {
  S = S.trim();
  if (S.consume_front("-")) {
    uint64_t M;
    if (S.empty() || S.getAsInteger(0, M))
      return false;
    V = 0 - M;
    return true;
  }
  return !S.empty() && !S.getAsInteger(0, V);
}

/// The selection options; an error message if one is malformed.
static std::optional<std::string> selection(Selection &S, bool Kernel) {
  if (!Filter.empty()) {
    S.Filter.emplace(Filter);
    std::string Why;
    if (!S.Filter->isValid(Why))
      return "--filter '" + Filter + "' is not a valid regex: " + Why;
  }
  if (ModuleName.getNumOccurrences()) {
    if (!Kernel)
      return std::string("--module needs --vmlinux (kernel modules)");
    S.Module = ModuleName;
  }
  if (!SyscallNames.empty()) {
    if (!Kernel)
      return std::string("--syscall needs --vmlinux (kernel traces)");
    S.Syscalls.insert(SyscallNames.begin(), SyscallNames.end());
  }
  if (ThreadId.getNumOccurrences())
    S.Thread = ThreadId;
  if (MaxDepth.getNumOccurrences())
    S.MaxDepth = MaxDepth;
  // diff's context is the paired calls before a difference.
  if (Context.getNumOccurrences() && RunMode != Mode::Diff) {
    if (Filter.empty() && ModuleName.empty())
      return std::string("--context needs --filter or --module to say "
                         "around which calls");
    S.Context = Context;
  }
  if (!Range.empty()) {
    auto [A, B] = StringRef(Range).split(':');
    if (!StringRef(Range).contains(':') ||
        (!A.empty() && !parseValue(A, S.RangeBegin)) ||
        (!B.empty() && !parseValue(B, S.RangeEnd)) || S.RangeBegin > S.RangeEnd)
      return "--range '" + Range +
             "' is not A:B with A <= B (sequence numbers; A or B may be "
             "left out)";
  }
  if (OutputFormat == Format::Records && !S.empty())
    return std::string("--format=records prints records, not calls: "
                       "--filter, --module, --syscall, --thread, --depth, "
                       "--range and --context do not apply");
  return std::nullopt;
}

namespace {

/// One trace, the objects that name its pcs, and what was seen in it.
struct Input {
  std::string TracePath, ObjPath;
  /// --abi's (ABI A by default) until the trace header names its own.
  CallbackAbi Abi = CallbackAbi::KcovV2;
  std::unique_ptr<FileSource> Src;
  std::unique_ptr<DebugObject> Main;
  std::unique_ptr<ModuleFinder> Finder;
  std::unique_ptr<AddressMap> Map;
  /// The frames of In.Map a record's pc names, by In.Abi.
  std::unique_ptr<RecordSites> Sites;
  std::unique_ptr<DwarfLengthOracle> Oracle;
  std::unique_ptr<EventStream> Stream;
  TraceEvent E;
  uint64_t Records = 0, Errors = 0, Unknown = 0, Guessed = 0;
};

} // namespace

/// The KASLR offset of a kernel trace: the runtime address the recorder
/// found for a text symbol (vmlinux's module chunk) minus the symbol's link
/// address in Vmlinux, which is right on every architecture; else the
/// header's offset, which the recorder derives from x86-64's usual link
/// address; else 0.
static uint64_t traceKaslr(const FileHeader &H, const ModuleInfo *MainMod,
                           const DebugObject &Vmlinux) {
  if (MainMod && MainMod->Base) {
    const char *Sym = MainMod->textSymbol();
    if (std::optional<uint64_t> Link = Vmlinux.symbolAddress(Sym))
      return MainMod->Base - *Link;
    if (!H.hasKaslr())
      warn("'" + Vmlinux.path() + "' has no symbol " + Sym +
           ": cannot compute the traced kernel's KASLR offset from its "
           "runtime " +
           Sym + " (0x" + utohexstr(MainMod->Base, true) +
           "); give it with --kaslr-offset");
  }
  return H.hasKaslr() ? H.KaslrOffset : 0;
}

/// Opens In.TracePath with the symbols of In.ObjPath; 0, or the exit status
/// after an error message.
static int openInput(Input &In, bool Kernel, std::optional<RawFormat> Raw,
                     uint64_t Kaslr, bool HaveKaslr) {
  std::string Err;
  const std::string &TracePath = In.TracePath, &ObjPath = In.ObjPath;
  In.Src = FileSource::open(TracePath, Err);
  if (!In.Src)
    return fail(Err);
  In.Main = DebugObject::load(ObjPath, Err);
  if (!In.Main)
    return fail(Err);
  DebugObject &Main = *In.Main;
  FileSource &Src = *In.Src;
  if (!Main.hasDebugInfo())
    return fail("'" + ObjPath +
                "' has no DWARF debug info (.debug_info); build it with -g "
                "(a stripped binary cannot name parameters or fields)");

  In.Finder = std::make_unique<ModuleFinder>(ModulesDir);
  ModuleFinder &Finder = *In.Finder;
  auto MakeKernelMap = [&](bool Canonical) {
    auto KM = std::make_unique<KernelAddressMap>(Main, Kaslr, Canonical);
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
      In.Map = std::move(KM);
    } else {
      In.Map =
          std::make_unique<UserAddressMap>(Main, std::vector<ModuleInfo>());
    }
    In.Oracle = std::make_unique<DwarfLengthOracle>(*In.Map);
    In.Stream = RawBufferReader::create(Src, *Raw, In.Oracle.get(), Err);
    if (!In.Stream)
      return fail(TracePath + ": " + Err);
  } else {
    std::unique_ptr<TraceReader> Reader = TraceReader::create(Src, Err);
    if (!Reader) {
      bool Hint = Src.size() && !TraceReader::hasMagic(Src);
      return fail(TracePath + ": " + Err +
                  (Hint ? " (for a raw kernel buffer pass "
                          "--raw-format=v1|v2|v3)"
                        : ""));
    }
    const FileHeader &H = Reader->header();
    if (std::string Why = headerAbi(H, In.Abi); !Why.empty())
      return fail(TracePath + Why);
    if (H.isKernel() && !Kernel)
      return fail(TracePath + " is a kernel trace: use --vmlinux VMLINUX");
    if (!H.isKernel() && Kernel)
      return fail(TracePath + " is a user-space trace: use --binary PROGRAM");
    // Records are decoded with the binary's pointer size and byte order,
    // and named from its DWARF: another architecture's trace would come out
    // as plausible nonsense.
    if (H.Machine && Main.machine() && H.Machine != Main.machine())
      return fail(TracePath + " was recorded on ELF machine " +
                  std::to_string(H.Machine) + ", but '" + ObjPath +
                  "' is for machine " + std::to_string(Main.machine()));
    const ModuleInfo *MainMod = nullptr;
    for (const ModuleInfo &M : Reader->modules())
      if (M.isMain()) {
        MainMod = &M;
        break;
      }
    // One check for both worlds: the runtime records the executable's
    // build ID, dataflow-trace the running kernel's (/sys/kernel/notes).
    if (MainMod && !MainMod->BuildId.empty()) {
      ArrayRef<uint8_t> Have = Main.buildId();
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
      if (!HaveKaslr)
        Kaslr = traceKaslr(H, MainMod, Main);
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
        KM->addModule(M.Path, M.Base, M.Size, O, M.Sections);
      }
      In.Map = std::move(KM);
    } else {
      In.Map = std::make_unique<UserAddressMap>(Main, Reader->modules());
    }
    In.Stream = std::move(Reader);
  }
  In.Sites = std::make_unique<RecordSites>(*In.Map, In.Abi);
  return 0;
}

/// Feeds In's next event to Tree (--format=records: prints the record);
/// false at the end of the trace.
static bool step(Input &In, CallTree &Tree, raw_ostream &OS) {
  TraceEvent &E = In.E;
  if (!In.Stream->next(E))
    return false;
  switch (E.Kind) {
  case TraceEvent::ThreadBegin:
    Tree.threadBegin(E.Thread);
    break;
  case TraceEvent::ThreadEnd:
    Tree.threadEnd(E.Thread);
    break;
  case TraceEvent::Record:
    ++In.Records;
    if (NoCmp && E.Rec.Type == RecordType::Cmp)
      break;
    // A CMP's pc is a call site in any ABI, a REMOTE's a handle: the
    // warning about pcs that name no function is about the others.
    if (E.Rec.Type != RecordType::Cmp && E.Rec.Type != RecordType::Remote &&
        !In.Sites->function(E.Rec))
      ++In.Unknown;
    In.Guessed += E.Rec.GuessedLength;
    if (OutputFormat == Format::Records && !Stats)
      printRecord(OS, E.Rec, In.Sites->function(E.Rec));
    else
      Tree.record(E.Rec);
    break;
  case TraceEvent::Diagnostic: {
    bool IsError = E.Diag.Severity == Diagnostic::Error;
    In.Errors += IsError;
    std::string Msg = In.TracePath + ": offset " +
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
  return true;
}

/// The notes and warnings once In was read; the exit status.
static int report(const Input &In, bool Kernel) {
  if (In.Records == 0 && !In.Errors)
    errs() << "dataflow-view: note: " << In.TracePath << " holds no records\n";
  if (In.Unknown)
    warn(Twine(In.Unknown) + " of " + Twine(In.Records) +
         " records have a pc that " +
         (pcIsCallSite(In.Abi) ? "names no function" : "is no function entry") +
         " in " + In.ObjPath + (Kernel ? " or the modules" : "") +
         " (shown as <unknown>); is it the traced " +
         (Kernel ? "kernel" : "program") + "?");
  if (In.Guessed)
    warn(Twine(In.Guessed) +
         " v1 records were framed by guessing (no matching debug info); "
         "their values are marked <guessed record length>");
  if (In.Errors)
    errs() << "dataflow-view: " << In.Errors
           << " error(s) in the trace; the output above is partial\n";
  return In.Errors ? 1 : 0;
}

/// After an error message for each --syscall the trace does not have,
/// true if there was one.
static bool missingSyscalls(const Selection &Sel,
                            const SyscallTracker &Syscalls) {
  std::string Seen;
  for (const auto &[Name, Count] : Syscalls.seen())
    Seen +=
        (Seen.empty() ? "" : ", ") + Name + " (" + std::to_string(Count) + ")";
  bool Missing = false;
  for (const std::string &Name : Sel.Syscalls) {
    if (Syscalls.seen().count(Name))
      continue;
    Missing = true;
    fail("--syscall " + Name +
         ": the trace has no call of its entry "
         "function (__x64_sys_" +
         Name + ", __arm64_sys_" + Name + ", ...); " +
         (Seen.empty() ? std::string("it has no syscall entry functions at all "
                                     "(is the whole kernel instrumented?)")
                       : "it has " + Seen));
  }
  return Missing;
}

/// `diff A B`: A is open in In; opens B and compares the two.
static int runDiff(Input &In, bool Kernel, std::optional<RawFormat> Raw,
                   CallbackAbi Abi, uint64_t Kaslr, bool HaveKaslr,
                   raw_ostream &OS, bool Jsonl) {
  Input B;
  B.TracePath = TracePathB;
  B.Abi = Abi;
  B.ObjPath = !BinaryB.empty() ? BinaryB : In.ObjPath;
  if (int RC = openInput(B, Kernel, Raw, Kaslr, HaveKaslr))
    return RC;
  TraceDiff Diff(OS, Jsonl, Context);
  CallTree TreeA(*In.Sites, Diff.side(0)), TreeB(*B.Sites, Diff.side(1));
  Diff.run([&](unsigned I) {
    Input &X = I ? B : In;
    CallTree &T = I ? TreeB : TreeA;
    if (step(X, T, OS))
      return true;
    T.finish();
    return false;
  });
  int RA = report(In, Kernel), RB = report(B, Kernel);
  return RA ? RA : RB;
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
    return fail("--abi must be kcov-v2, value-pc, value, tag or packed, not '" +
                AbiName + "'");
  if (Raw && *Raw != RawFormat::V3 && *Abi != CallbackAbi::KcovV2)
    return fail("--abi=" + AbiName +
                " needs --raw-format=v3 (v1 and v2 buffers are ABI A)");
  Selection Sel;
  if (std::optional<std::string> Bad = selection(Sel, Kernel))
    return fail(*Bad);
  if (RunMode == Mode::Diff) {
    if (TracePathB.empty())
      return fail("diff needs two traces: dataflow-view diff OPTIONS A B");
    if (!Sel.empty())
      return fail("diff compares whole traces: --filter, --module, "
                  "--syscall, --thread, --depth and --range do not apply");
  } else if (!TracePathB.empty()) {
    return fail("one trace only, not '" + TracePathB + "' too");
  }
  if (!BinaryB.empty() && (RunMode != Mode::Diff || Kernel))
    return fail("--binary-b is for diff of user-space traces");
  uint64_t Wanted = 0;
  if (RunMode == Mode::Where && !parseValue(WhereValue, Wanted))
    return fail("where: '" + WhereValue +
                "' is not a number (decimal, 0x-hex or negative)");
  if (RunMode != Mode::View && (Stats || (OutputFormat != Format::Text &&
                                          OutputFormat != Format::Jsonl)))
    return fail("summary, where and diff print text or jsonl (--format), "
                "not --stats, perfetto or records");
  uint64_t Kaslr = 0;
  bool HaveKaslr = false;
  if (!KaslrOffset.empty()) {
    if (!parseHex(KaslrOffset, Kaslr))
      return fail("--kaslr-offset '" + KaslrOffset + "' is not a hex number");
    HaveKaslr = true;
  }

  Input In;
  In.TracePath = TracePath;
  In.ObjPath = Kernel ? Vmlinux : Binary;
  In.Abi = *Abi;
  if (int RC = openInput(In, Kernel, Raw, Kaslr, HaveKaslr))
    return RC;

  std::error_code EC;
  raw_fd_ostream OS(OutputPath, EC, sys::fs::OF_None);
  if (EC)
    return fail("cannot write '" + OutputPath + "': " + EC.message());
  // A call's line is a dozen small writes: fewer, larger system calls when
  // nobody watches the output as it comes.
  if (!OS.is_displayed())
    OS.SetBufferSize(1 << 20);

  bool Jsonl = OutputFormat == Format::Jsonl;
  if (RunMode == Mode::Diff)
    return runDiff(In, Kernel, Raw, *Abi, Kaslr, HaveKaslr, OS, Jsonl);
  std::unique_ptr<CallSink> Sink;
  if (RunMode == Mode::Summary)
    Sink = createSummaryOutput(OS, Jsonl);
  else if (RunMode == Mode::Where)
    Sink = createWhereOutput(OS, Wanted, Jsonl);
  else if (Stats)
    Sink = createStatsOutput(OS);
  else if (OutputFormat == Format::Jsonl)
    Sink = createJsonlOutput(OS);
  else if (OutputFormat == Format::Perfetto)
    Sink = createPerfettoOutput(OS, In.Stream->header().Pid,
                                sys::path::filename(In.ObjPath).str());
  else
    Sink = createTextOutput(OS, Locations, FullValues ? 0 : DefaultValueLimit);

  SyscallTracker Syscalls;
  std::unique_ptr<CallSink> Select;
  if (!Sel.empty())
    Select = createSelectSink(Sel, *Sink, Syscalls);
  CallTree Tree(*In.Sites, Select ? *Select : *Sink);

  while (step(In, Tree, OS))
    ;
  Tree.finish();
  OS.flush();
  int RC = report(In, Kernel);
  return missingSyscalls(Sel, Syscalls) ? 1 : RC;
}

/// Takes `summary`, `diff` or `where VALUE` off the front of the arguments.
static std::optional<std::string> takeSubcommand(std::vector<char *> &Args) {
  if (Args.size() < 2)
    return std::nullopt;
  StringRef Sub = Args[1];
  if (Sub == "summary") {
    RunMode = Mode::Summary;
    Args.erase(Args.begin() + 1);
  } else if (Sub == "diff") {
    RunMode = Mode::Diff;
    Args.erase(Args.begin() + 1);
  } else if (Sub == "where") {
    if (Args.size() < 3)
      return std::string("where needs a VALUE: dataflow-view where VALUE "
                         "--binary PROGRAM TRACE");
    RunMode = Mode::Where;
    WhereValue = Args[2];
    Args.erase(Args.begin() + 1, Args.begin() + 3);
  }
  return std::nullopt;
}

int main(int Argc, char **Argv) {
  InitLLVM X(Argc, Argv);
  std::vector<char *> Args(Argv, Argv + Argc);
  if (std::optional<std::string> Bad = takeSubcommand(Args))
    return fail(*Bad);
  cl::HideUnrelatedOptions(Category);
  // --dump-tables reads no trace.
  for (const char *A : Args)
    if (StringRef(A) == "--dump-tables" || StringRef(A) == "-dump-tables")
      TracePath.setNumOccurrencesFlag(cl::Optional);
  if (cl::Option *O = cl::getRegisteredOptions().lookup("stats")) {
    O->setDescription("Print records and calls per function instead of the "
                      "calls");
    O->addCategory(Category);
    O->setHiddenFlag(cl::NotHidden);
  }
  cl::ParseCommandLineOptions(
      Args.size(), Args.data(),
      "print a sancov-dataflow trace with function, parameter and field "
      "names\n\n"
      "  dataflow-view --binary PROGRAM TRACE\n"
      "  dataflow-view --vmlinux VMLINUX [--modules DIR] [--kaslr-offset HEX] "
      "TRACE\n"
      "  dataflow-view summary OPTIONS TRACE    ranked flags, values per "
      "function\n"
      "  dataflow-view where VALUE OPTIONS TRACE    every record VALUE is "
      "in\n"
      "  dataflow-view diff OPTIONS [--binary-b PROGRAM_B] A B    values that "
      "differ\n");
  Stats = AreStatisticsEnabled();
  if (DumpTables)
    return dumpTables();
  return run();
}
