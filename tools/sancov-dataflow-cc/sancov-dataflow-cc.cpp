//===-- sancov-dataflow-cc.cpp - Compiler wrapper for kernel builds -------===//
//
// Usage: sancov-dataflow-cc COMPILER ARGS...
//   make LLVM=-22 CC="sancov-dataflow-cc clang-22" ...
//
// Adds the sancov-dataflow plugin to the compiles the kernel already
// instruments for KCOV, and nowhere else:
//  - a compile carrying -fsanitize-coverage= (KCOV's trace-pc/trace-cmp)
//    gets -fpass-plugin with the default options (arguments and returns,
//    and entry-exit where the module is user space, as without the
//    wrapper; a kernel compile is not);
//  - the RFC kernel's -fsanitize-coverage=dataflow-args,dataflow-ret (also
//    spelled trace-args,trace-ret) is removed, since stock clang rejects it,
//    and turned into plugin options: only args, only ret, or both, and
//    no-entry-exit unless the next flag asks for it;
//  - LLVM 23's -fsanitize-coverage=trace-pc-entry-exit, which clang 22
//    rejects, is removed too and becomes the plugin's `entry-exit`;
//  - when that removal leaves no coverage flag, coverage stays switched on
//    with an allowlist that matches nothing, so __has_feature(
//    coverage_sanitizer) stays true and noinstr functions keep their
//    nosanitize_coverage attribute, while SanitizerCoverage adds nothing;
//  - every other argument, and every other compile, passes through.
// Files with KCOV_INSTRUMENT := n (kcov itself, vdso, boot code, the EFI
// stub) never carry the flag, so they are never instrumented.
//
// SANCOV_DATAFLOW_ONLY="fs/pipe.c kernel/locking/" (the RFC's
// KCOV_DATAFLOW_file.o := y / KCOV_DATAFLOW := y) instead adds the plugin
// to the compiles of those sources (Selection.h) alone, with or without a
// coverage flag (without one, as after the removal above), and passes
// every other compile through with KCOV's flags as they are.
//
// SANCOV_DATAFLOW_CMP=1 also adds trace-cmp to every compile that gets the
// plugin, for the runtime's CMP records. trace-cmp instruments nothing
// without a coverage type, and the empty allowlist would switch it off:
// a compile without KCOV's flag gets func,trace-pc,trace-cmp instead (one
// KCOV __sanitizer_cov_trace_pc call per function).
//
// Environment: SANCOV_DATAFLOW_PLUGIN (the plugin; default: next to this
// program, ../lib/SanCovDataflow.so), SANCOV_DATAFLOW_OPTIONS (read by the
// plugin itself), SANCOV_DATAFLOW_ONLY, SANCOV_DATAFLOW_CMP,
// SANCOV_DATAFLOW_CC_VERBOSE=1 (print the final command); srctree (which
// kbuild exports) to read source paths relative to the kernel tree.
//
// It deliberately links no LLVM library: it runs once per kernel file, and
// only scans its arguments for one flag.
//
//===----------------------------------------------------------------------===//

#include "Selection.h"

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace {

constexpr const char *CoverageFlag = "-fsanitize-coverage=";

bool startsWith(const std::string &S, const char *Prefix) {
  return S.compare(0, std::strlen(Prefix), Prefix) == 0;
}

bool isFile(const std::string &Path) {
  struct stat St;
  return stat(Path.c_str(), &St) == 0 && S_ISREG(St.st_mode);
}

/// Directory of this executable, for locating the plugin beside it.
std::string selfDir() {
  char Buf[PATH_MAX];
  ssize_t N = readlink("/proc/self/exe", Buf, sizeof(Buf) - 1);
  if (N <= 0)
    return ".";
  std::string Path(Buf, N);
  return Path.substr(0, Path.rfind('/'));
}

[[noreturn]] void fail(const std::string &Msg) {
  std::fprintf(stderr, "sancov-dataflow-cc: %s\n", Msg.c_str());
  std::exit(2);
}

bool endsWith(const std::string &S, const char *Suffix) {
  size_t N = std::strlen(Suffix);
  return S.size() >= N && S.compare(S.size() - N, N, Suffix) == 0;
}

struct Rewrite {
  std::vector<std::string> Args;
  std::vector<std::string> Sources; // The C files compiled.
  bool HasCoverage = false; // A coverage flag remains after the rewrite.
  bool WantArgs = false, WantRet = false; // From the RFC's dataflow flags.
  bool WantEntryExit = false;             // From trace-pc-entry-exit.
  bool Compiles = false;                  // -c or -S, not -E.

  bool dataflow() const { return WantArgs || WantRet || WantEntryExit; }
};

Rewrite rewrite(int Argc, char **Argv) {
  Rewrite R;
  bool Preprocess = false;
  for (int I = 2; I < Argc; ++I) {
    std::string A = Argv[I];
    if (A == "-c" || A == "-S")
      R.Compiles = true;
    else if (A == "-E" || A == "-M" || A == "-MM")
      Preprocess = true;
    if (!startsWith(A, CoverageFlag)) {
      bool IsOutput = !R.Args.empty() && R.Args.back() == "-o";
      if (A[0] != '-' && endsWith(A, ".c") && !IsOutput)
        R.Sources.push_back(A);
      R.Args.push_back(A);
      continue;
    }
    std::string Kept, List = A.substr(std::strlen(CoverageFlag));
    size_t Pos = 0;
    while (Pos <= List.size()) {
      size_t Comma = List.find(',', Pos);
      std::string Item = List.substr(Pos, Comma - Pos);
      if (Item == "dataflow-args" || Item == "trace-args")
        R.WantArgs = true;
      else if (Item == "dataflow-ret" || Item == "trace-ret")
        R.WantRet = true;
      else if (Item == "trace-pc-entry-exit")
        R.WantEntryExit = true;
      else if (!Item.empty())
        Kept += (Kept.empty() ? "" : ",") + Item;
      if (Comma == std::string::npos)
        break;
      Pos = Comma + 1;
    }
    if (!Kept.empty()) {
      R.Args.push_back(CoverageFlag + Kept);
      R.HasCoverage = true;
    }
  }
  R.Compiles &= !Preprocess;
  return R;
}

/// SANCOV_DATAFLOW_CMP: 1 adds trace-cmp, 0 or unset does not.
bool wantCmp() {
  const char *V = std::getenv("SANCOV_DATAFLOW_CMP");
  if (!V || !*V || !std::strcmp(V, "0"))
    return false;
  if (!std::strcmp(V, "1"))
    return true;
  fail(std::string("invalid SANCOV_DATAFLOW_CMP='") + V +
       "': expected 1 (add -fsanitize-coverage=trace-cmp) or 0");
}

/// The compiles that get the plugin: the selected ones if a selection is
/// given, else those KCOV instruments or the RFC's flags ask for.
bool instruments(const Rewrite &R) {
  if (!R.Compiles)
    return false;
  Selection Only;
  const char *List = std::getenv("SANCOV_DATAFLOW_ONLY");
  if (std::string Err = Only.parse(List ? List : ""); !Err.empty())
    fail(Err);
  if (!Only.active())
    return R.dataflow() || R.HasCoverage;
  const char *SrcTree = std::getenv("srctree");
  return Only.selects(R.Sources, SrcTree ? SrcTree : "");
}

void addPlugin(std::vector<std::string> &Cmd, const Rewrite &R, bool Cmp) {
  const char *Env = std::getenv("SANCOV_DATAFLOW_PLUGIN");
  std::string Dir = selfDir();
  std::string Plugin = Env && *Env ? Env : Dir + "/../lib/SanCovDataflow.so";
  if (!isFile(Plugin))
    fail("plugin not found at '" + Plugin +
         "' (build it, or set SANCOV_DATAFLOW_PLUGIN)");
  Cmd.push_back("-fpass-plugin=" + Plugin);
  if (R.dataflow()) {
    // Exactly what the kernel configured, so no object references a
    // callback the kernel did not build: entry-exit, on by default in
    // user space, is spelled out either way.
    Cmd.push_back("-mllvm");
    Cmd.push_back(std::string("-sancov-dataflow=") +
                  (R.WantArgs ? "args" : "no-args") + ";" +
                  (R.WantRet ? "ret" : "no-ret") +
                  (R.WantEntryExit ? ";entry-exit" : ";no-entry-exit"));
  }
  if (R.HasCoverage) {
    if (Cmp)
      Cmd.push_back("-fsanitize-coverage=trace-cmp");
    return;
  }
  if (Cmp) {
    Cmd.push_back("-fsanitize-coverage=func,trace-pc,trace-cmp");
    return;
  }
  std::string Off = Dir + "/../share/sancov-dataflow/coverage-off.txt";
  if (!isFile(Off))
    fail("missing '" + Off + "' (part of the build)");
  Cmd.push_back("-fsanitize-coverage=trace-pc");
  Cmd.push_back("-fsanitize-coverage-allowlist=" + Off);
}

} // namespace

int main(int Argc, char **Argv) {
  if (Argc < 2 || Argv[1][0] == '-')
    fail("usage: sancov-dataflow-cc COMPILER [ARGS...] (e.g. make LLVM=-22 "
         "CC=\"sancov-dataflow-cc clang-22\")");
  Rewrite R = rewrite(Argc, Argv);
  bool Cmp = wantCmp();

  std::vector<std::string> Cmd{Argv[1]};
  if (instruments(R))
    addPlugin(Cmd, R, Cmp);
  Cmd.insert(Cmd.end(), R.Args.begin(), R.Args.end());

  if (const char *V = std::getenv("SANCOV_DATAFLOW_CC_VERBOSE"); V && *V) {
    for (const std::string &A : Cmd)
      std::fprintf(stderr, "%s ", A.c_str());
    std::fprintf(stderr, "\n");
  }
  std::vector<char *> CArgs;
  for (std::string &A : Cmd)
    CArgs.push_back(A.data());
  CArgs.push_back(nullptr);
  execvp(CArgs[0], CArgs.data());
  fail(std::string("cannot run '") + Argv[1] + "': " + std::strerror(errno));
}
