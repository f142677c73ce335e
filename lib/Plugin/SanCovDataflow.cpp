//===-- SanCovDataflow.cpp - Insert kcov-dataflow callbacks ---------------===//
//
// The pass is a thin adaptor over ModuleDataflowTracer, which decides which
// functions to instrument and where the records go. Which source parameter
// an IR value is comes from ParamMap, its declared type from FieldLayout,
// and the callbacks' operands from the CallbackABI chosen by `abi=`.
//
// Placement (every ABI):
//  - args: one record per source parameter, in order, at the entry block's
//    first insertion point after the static allocas, moved down only past
//    the definitions of the values reported; `entry-exit`'s entry hook
//    right before them.
//  - ret: right before every `ret` not preceded by a musttail call;
//    `entry-exit`'s exit hook right before every `ret` and `resume` (before
//    the musttail call of a musttail return).
//  - `entry-exit`'s resume hook: where the function goes on after callees
//    were left without their exit hooks: after every landing pad and after
//    a call that returns twice (setjmp).
//  - `guard`: the guard byte is loaded once, at the entry records' place;
//    each group of records runs only while it was set, and then the body
//    after the load is cloned without the records (GuardClone.h), so that
//    an idle call tests the byte once.
//
//===----------------------------------------------------------------------===//

#include "sancov-dataflow/SanCovDataflow.h"
#include "sancov-dataflow/CallbackABI.h"
#include "sancov-dataflow/Compat.h"
#include "sancov-dataflow/FieldLayout.h"
#include "sancov-dataflow/GuardClone.h"
#include "sancov-dataflow/InlinedFrames.h"
#include "sancov-dataflow/ParamMap.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Analysis/OptimizationRemarkEmitter.h"
#include "llvm/Analysis/TargetLibraryInfo.h"
#include "llvm/Demangle/Demangle.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/EHPersonalities.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/MDBuilder.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/SpecialCaseList.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/TargetParser/Triple.h"

#include <memory>
#include <optional>

using namespace llvm;

#define DEBUG_TYPE "sancov-dataflow"

namespace sancov_dataflow {

/// Sections of the Linux kernel whose code must not call instrumentation
/// (objtool's noinstr sections): entry code, idle, early boot, x86 thunks.
static bool isNonInstrumentableSection(StringRef Section) {
  return Section == ".noinstr.text" || Section == ".entry.text" ||
         Section == ".cpuidle.text" || Section.starts_with(".pi.text") ||
         Section.starts_with(".text..__x86.");
}

/// Attributes inferred before the pass ran (clang and rustc run it last)
/// that the new calls make false: the function now calls unknown code that
/// reads the arguments it is given and writes a trace. Left in place, a
/// later optimisation (rustc's ThinLTO post-link pipeline runs one) deletes
/// calls to a `memory(none)` function whose result it already knows, and the
/// records with them.
static void
dropInvalidatedAttributes(Function &F,
                          const SmallPtrSetImpl<Argument *> &Passed) {
  static constexpr Attribute::AttrKind FnKinds[] = {
      Attribute::Memory, Attribute::NoSync, Attribute::NoFree};
  static constexpr Attribute::AttrKind ParamKinds[] = {
      CaptureLimitAttr, Attribute::ReadNone, Attribute::WriteOnly,
      Attribute::NoFree};
  for (Attribute::AttrKind K : FnKinds)
    F.removeFnAttr(K);
  for (Argument *A : Passed)
    for (Attribute::AttrKind K : ParamKinds)
      A->removeAttr(K);
  for (User *U : F.users()) {
    auto *CB = dyn_cast<CallBase>(U);
    if (!CB || CB->getCalledOperand() != &F)
      continue;
    for (Attribute::AttrKind K : FnKinds)
      CB->removeFnAttr(K);
    for (Argument *A : Passed)
      if (A->getArgNo() < CB->arg_size())
        for (Attribute::AttrKind K : ParamKinds)
          CB->removeParamAttr(A->getArgNo(), K);
  }
}

namespace {

class ModuleDataflowTracer {
public:
  ModuleDataflowTracer(Module &M, const Options &Opts,
                       FunctionAnalysisManager &FAM)
      : M(M), Opts(Opts), FAM(FAM), ABI(createCallbackABI(M, Opts.ABI)) {}

  /// Returns false if the module was left unchanged.
  bool instrumentModule();

private:
  bool loadLists();
  bool declareHooks();
  bool wantMarker() const;
  void referenceABIMarker();
  std::optional<StringRef> skipReason(const Function &F) const;
  /// Returns false if F was skipped.
  bool instrumentFunction(Function &F);
  BasicBlock::iterator entryInsertionPoint(Function &F, const ParamMap &Map);
  BasicBlock::iterator guarded(BasicBlock::iterator IP, Value *On);
  unsigned traceEntry(Function &F, FunctionRecords &FR, Value *&On,
                      Instruction *&EntryAt);
  unsigned traceInlinedFrames(Function &F, FunctionRecords &FR,
                              ArrayRef<InlinedFrame> Frames, Value *On,
                              Instruction *EntryAt);
  bool wantInlinedFrames() const;
  unsigned traceExits(Function &F, FunctionRecords &FR, Value *On);
  unsigned traceResumes(Function &F, Value *On, Instruction *EntryAt);
  const DeclaredType &classify(const DIType *Ty);
  void emitHook(IRBuilder<> &IRB, FunctionCallee Hook);
  void remarkMissing(Function &F, const Twine &What, const ValueLocation &Loc);

  Module &M;
  const Options &Opts;
  FunctionAnalysisManager &FAM;
  std::unique_ptr<CallbackABI> ABI;
  DenseMap<const DIType *, DeclaredType> DeclaredTypes;
  std::unique_ptr<SpecialCaseList> Allowlist, Ignorelist;
  /// `entry-exit`, resolved for this module.
  bool EntryExit = false;
  FunctionCallee EntryHook, ExitHook, ResumeHook;
  GlobalVariable *GuardByte = nullptr;
  /// The remark emitter of the function being instrumented.
  OptimizationRemarkEmitter *ORE = nullptr;
};

} // namespace

bool ModuleDataflowTracer::loadLists() {
  auto Load = [&](const std::vector<std::string> &Paths, StringRef What,
                  std::unique_ptr<SpecialCaseList> &List) {
    if (Paths.empty())
      return true;
    std::string Err;
    List = SpecialCaseList::create(Paths, *vfs::getRealFileSystem(), Err);
    if (List)
      return true;
    // Name the file at fault, as with a single list.
    StringRef Culprit = Paths.front();
    for (const std::string &P : Paths)
      if (!SpecialCaseList::create({P}, *vfs::getRealFileSystem(), Err)) {
        Culprit = P;
        break;
      }
    M.getContext().emitError("sancov-dataflow: cannot use " + What + " '" +
                             Culprit + "': " + Err);
    return false;
  };
  return Load(Opts.AllowLists, "allowlist", Allowlist) &&
         Load(Opts.IgnoreLists, "ignorelist", Ignorelist);
}

/// True for code that runs in a user-space process: position independent
/// and not the kernel's code model. The kernel builds without PIC/PIE.
static bool isUserSpace(const Module &M) {
  if (M.getCodeModel() == CodeModel::Kernel)
    return false;
  return M.getPICLevel() != PICLevel::NotPIC ||
         M.getPIELevel() != PIELevel::Default;
}

/// The `entry-exit` hooks and the guard byte: the same in every ABI.
bool ModuleDataflowTracer::declareHooks() {
  LLVMContext &Ctx = M.getContext();
  if (EntryExit) {
    FunctionType *FTy = FunctionType::get(Type::getVoidTy(Ctx), false);
    EntryHook = M.getOrInsertFunction("__sanitizer_cov_trace_pc_entry", FTy);
    ExitHook = M.getOrInsertFunction("__sanitizer_cov_trace_pc_exit", FTy);
    ResumeHook = M.getOrInsertFunction("__sanitizer_cov_trace_pc_resume", FTy);
    for (FunctionCallee Hook : {EntryHook, ExitHook, ResumeHook})
      if (Hook.getFunctionType() != FTy) {
        Ctx.emitError("sancov-dataflow: '" +
                      Hook.getCallee()->getName() +
                      "' is declared with another type in this module");
        return false;
      }
  }
  if (Opts.Guard) {
    GuardByte = M.getGlobalVariable("__sancov_dataflow_guard");
    if (!GuardByte)
      GuardByte = new GlobalVariable(M, Type::getInt8Ty(Ctx),
                                     /*isConstant=*/false,
                                     GlobalValue::ExternalLinkage, nullptr,
                                     "__sancov_dataflow_guard");
    // Without PIC (the kernel) a direct load, as clang's own declarations
    // get: a GOT load would leave R_X86_64_REX_GOTPCRELX relocations,
    // which the kernel's relocs tool refuses at vmlinux's link.
    if (!isUserSpace(M))
      GuardByte->setDSOLocal(true);
  }
  return true;
}


/// Whether the objects reference the ABI marker: then they link a runtime
/// of ours, or a receiver that stands for one.
bool ModuleDataflowTracer::wantMarker() const {
  return isOn(Opts.Marker, isUserSpace(M));
}

/// Makes the object reference the marker only a runtime of its ABI defines,
/// so that objects and a runtime of different ABIs fail to link. The
/// reference sits in llvm.used: kept by the compiler and, as a retained
/// section, by the linker's --gc-sections.
void ModuleDataflowTracer::referenceABIMarker() {
  if (!wantMarker())
    return;
  LLVMContext &Ctx = M.getContext();
  std::string Name = ("__sancov_dataflow_abi_" + abiName(Opts.ABI)).str();
  std::replace(Name.begin(), Name.end(), '-', '_');
  GlobalVariable *Marker = M.getGlobalVariable(Name);
  if (!Marker)
    Marker = new GlobalVariable(M, Type::getInt8Ty(Ctx), /*isConstant=*/true,
                                GlobalValue::ExternalLinkage, nullptr, Name);
  auto *Ref = new GlobalVariable(M, PointerType::getUnqual(Ctx),
                                 /*isConstant=*/true,
                                 GlobalValue::PrivateLinkage, Marker,
                                 "__sancov_dataflow_abi_ref");
  SmallVector<Constant *, 8> Used;
  if (GlobalVariable *Old = M.getGlobalVariable("llvm.used")) {
    if (auto *Init = dyn_cast<ConstantArray>(Old->getInitializer()))
      for (Use &U : Init->operands())
        Used.push_back(cast<Constant>(U.get()));
    Old->eraseFromParent();
  }
  Used.push_back(Ref);
  auto *ArrTy = ArrayType::get(PointerType::getUnqual(Ctx), Used.size());
  auto *UsedGV = new GlobalVariable(M, ArrTy, /*isConstant=*/false,
                                    GlobalValue::AppendingLinkage,
                                    ConstantArray::get(ArrTy, Used),
                                    "llvm.used");
  UsedGV->setSection("llvm.metadata");
}

/// F's name as its author wrote it, for `fun:` list entries: the symbol is
/// matched first (as clang's sanitizer lists do), then this, because a Rust
/// user knows `mycrate::skip`, not `_RNvCs8x7_7mycrate4skip`. Rust's legacy
/// mangling ends in a hash (`::h0123456789abcdef`), which is dropped. Empty
/// if the name is not mangled.
static std::string demangledForLists(StringRef Name) {
  if (!Name.starts_with("_Z") && !Name.starts_with("_R"))
    return std::string();
  std::string D = demangle(Name);
  if (D == Name)
    return std::string();
  StringRef Ref(D);
  if (Ref.size() > 19 && Ref.drop_back(16).ends_with("::h") &&
      llvm::all_of(Ref.take_back(16), isHexDigit))
    D.resize(D.size() - 19);
  return D;
}

std::optional<StringRef>
ModuleDataflowTracer::skipReason(const Function &F) const {
  if (F.isDeclaration())
    return "declaration";
  if (F.getName().starts_with("__sanitizer_"))
    return "runtime callback";
  if (F.getName().contains(".module_ctor"))
    return "module constructor";
  if (F.hasAvailableExternallyLinkage())
    return "available_externally";
  if (F.hasFnAttribute(Attribute::Naked))
    return "naked";
  if (F.hasFnAttribute(Attribute::NoSanitizeCoverage))
    return "nosanitize_coverage";
  if (F.hasFnAttribute(Attribute::DisableSanitizerInstrumentation))
    return "disable_sanitizer_instrumentation";
  if (isNonInstrumentableSection(F.getSection()))
    return "non-instrumentable section";
  if (F.hasPersonalityFn() &&
      isAsynchronousEHPersonality(classifyEHPersonality(F.getPersonalityFn())))
    return "asynchronous EH personality";
  if (Allowlist || Ignorelist) {
    std::string Demangled = demangledForLists(F.getName());
    auto Lists = [&](const SpecialCaseList &L) {
      return L.inSection("coverage", "fun", F.getName()) ||
             (!Demangled.empty() && L.inSection("coverage", "fun", Demangled));
    };
    if (Allowlist && !Lists(*Allowlist))
      return "not in allowlist";
    if (Ignorelist && Lists(*Ignorelist))
      return "in ignorelist";
  }
  return std::nullopt;
}

const DeclaredType &ModuleDataflowTracer::classify(const DIType *Ty) {
  auto [It, Inserted] = DeclaredTypes.try_emplace(Ty);
  if (Inserted)
    It->second = classifyDeclaredType(Ty);
  return It->second;
}

void ModuleDataflowTracer::emitHook(IRBuilder<> &IRB, FunctionCallee Hook) {
  CallInst *CI = IRB.CreateCall(Hook);
  // The hooks take their caller's return address: it must stay a call
  // from this frame (LLVM 23 marks them notail too).
  CI->setTailCallKind(CallInst::TCK_NoTail);
  CI->setCannotMerge();
}

/// Says which value a record reports as missing, and why.
void ModuleDataflowTracer::remarkMissing(Function &F, const Twine &What,
                                         const ValueLocation &Loc) {
  std::string Reason;
  if (Loc.Kind == ValueLocation::Missing)
    Reason = "no value where the record goes (optimised out, or a debug "
             "location the plugin cannot reproduce)";
  else if (Loc.V)
    raw_string_ostream(Reason)
        << "its IR value (" << *Loc.V->getType()
        << ") has no form this ABI can pass for its declared type";
  else
    Reason = "its pieces cannot be assembled into the declared type";
  std::string Subject = What.str();
  ORE->emit([&] {
    return OptimizationRemarkMissed(DEBUG_TYPE, "NotReported", &F)
           << Subject << " of " << ore::NV("Function", &F)
           << " is reported as missing: " << ore::NV("Reason", Reason);
  });
}

/// Where the entry records go: after the static allocas, moved down past
/// the definitions of the reported values, and no further.
BasicBlock::iterator
ModuleDataflowTracer::entryInsertionPoint(Function &F, const ParamMap &Map) {
  BasicBlock &Entry = F.getEntryBlock();
  BasicBlock::iterator IP = Entry.getFirstInsertionPt();
  while (IP != Entry.end() && isa<AllocaInst>(*IP) &&
         cast<AllocaInst>(*IP).isStaticAlloca())
    ++IP;
  auto MoveAfter = [&](Value *V) {
    auto *I = dyn_cast_or_null<Instruction>(V);
    if (I && I->getParent() == &Entry && !I->comesBefore(&*IP))
      IP = std::next(I->getIterator());
  };
  for (const SourceParam &P : Map.Params) {
    MoveAfter(P.Loc.V);
    for (const ValueLocation::Piece &Piece : P.Loc.PieceList)
      MoveAfter(Piece.V);
  }
  return IP;
}

/// With no guard, \p IP. Else the end of a new block that runs only while
/// \p On is true and then continues at \p IP.
BasicBlock::iterator ModuleDataflowTracer::guarded(BasicBlock::iterator IP,
                                                   Value *On) {
  if (!On)
    return IP;
  BasicBlock *Head = IP->getParent();
  BasicBlock *Tail = Head->splitBasicBlock(IP, Head->getName() + ".cont");
  BasicBlock *Then = BasicBlock::Create(M.getContext(), "sancov_dataflow.on",
                                        Head->getParent(), Tail);
  BranchInst::Create(Tail, Then);
  Head->getTerminator()->eraseFromParent();
  BranchInst *Br = BranchInst::Create(Then, Tail, On, Head);
  // Idle is the case to be fast in: the records go out of line.
  Br->setMetadata(LLVMContext::MD_prof,
                   MDBuilder(M.getContext()).createBranchWeights(1, 1000));
  return Then->getTerminator()->getIterator();
}

/// The entry hook and the args records. Loads the guard byte into \p On;
/// \p EntryAt is the instruction the records were put before.
unsigned ModuleDataflowTracer::traceEntry(Function &F, FunctionRecords &FR,
                                          Value *&On, Instruction *&EntryAt) {
  ParamMap Map;
  if (Opts.TraceArgs)
    Map = mapSourceParams(F);
  BasicBlock::iterator IP = entryInsertionPoint(F, Map);
  EntryAt = &*IP;
  if (GuardByte) {
    IRBuilder<> GuardIRB(&F.getEntryBlock(), IP);
    LoadInst *Flag = GuardIRB.CreateLoad(GuardIRB.getInt8Ty(), GuardByte,
                                         "sancov_dataflow.guard");
    Flag->setMetadata(LLVMContext::MD_nosanitize,
                      MDNode::get(M.getContext(), {}));
    On = GuardIRB.CreateIsNotNull(Flag);
  }
  if (!EntryExit && Map.Params.empty())
    return 0;
  IP = guarded(IP, On);
  // Positioned by iterator, which keeps the calls before the debug records
  // at IP (LLVM 19's InstrumentationIRBuilder takes no iterator).
  InstrumentationIRBuilder IRB(&*IP);
  IRB.SetInsertPoint(IP->getParent(), IP);
  if (DISubprogram *SP = F.getSubprogram())
    IRB.SetCurrentDebugLocation(
        DILocation::get(M.getContext(), SP->getScopeLine(), 0, SP));
  if (EntryExit)
    emitHook(IRB, EntryHook);
  for (SourceParam &P : Map.Params)
    if (!ABI->emitArg(IRB, FR, P.Index, classify(P.Type), P.Loc))
      remarkMissing(F, "parameter " + Twine(P.Index) + " '" + P.Name + "'",
                    P.Loc);
  ABI->endRecords(IRB, FR);
  return Map.Params.size() + EntryExit;
}

bool ModuleDataflowTracer::wantInlinedFrames() const {
  return Opts.TraceArgs &&
         isOn(Opts.InlinedFrames,
              Opts.ABI == ABIKind::Value || Opts.ABI == ABIKind::Tag);
}

/// Whether \p I runs before F's entry records (and the guard's load), which
/// went before \p EntryAt, maybe in a block of its own.
static bool beforeEntryRecords(Function &F, Instruction *I,
                               Instruction *EntryAt) {
  return I->getParent() == &F.getEntryBlock() &&
         (EntryAt->getParent() != I->getParent() || I->comesBefore(EntryAt));
}

/// The args records of each inlined callee, at its first instruction (never
/// before F's own records), located in the callee with the call site's
/// inline chain: the consumer resolves its return address through DWARF
/// inline info to the callee. ABIs with a pc report only callees that
/// still have an out-of-line body here, with its address.
unsigned ModuleDataflowTracer::traceInlinedFrames(
    Function &F, FunctionRecords &FR, ArrayRef<InlinedFrame> Frames,
    Value *On, Instruction *EntryAt) {
  bool NeedsBody = Opts.ABI != ABIKind::Value && Opts.ABI != ABIKind::Tag;
  unsigned Calls = 0;
  for (const InlinedFrame &Frame : Frames) {
    Function *Callee = nullptr;
    if (NeedsBody) {
      StringRef Name = Frame.SP->getLinkageName();
      Callee = M.getFunction(Name.empty() ? Frame.SP->getName() : Name);
      if (!Callee || Callee->isDeclaration())
        continue;
    }
    // F's own records went before EntryAt, which `guard` may have moved to
    // a block of its own: a frame starting earlier in the entry block
    // starts there instead.
    Instruction *At = Frame.Start;
    if (beforeEntryRecords(F, At, EntryAt))
      At = EntryAt;
    BasicBlock::iterator IP = guarded(At->getIterator(), On);
    InstrumentationIRBuilder IRB(&*IP);
    IRB.SetCurrentDebugLocation(DILocation::get(
        M.getContext(), Frame.SP->getScopeLine(), 0,
        const_cast<DISubprogram *>(Frame.SP),
        const_cast<DILocation *>(Frame.CallSite)));
    FR.describe(Callee);
    for (const SourceParam &P : Frame.Params)
      if (!ABI->emitArg(IRB, FR, P.Index, classify(P.Type), P.Loc))
        remarkMissing(F,
                      "parameter " + Twine(P.Index) + " '" + P.Name +
                          "' of inlined " + Frame.SP->getName(),
                      P.Loc);
    ABI->endRecords(IRB, FR);
    Calls += Frame.Params.size();
  }
  FR.describe(nullptr);
  return Calls;
}

/// The ret records and the exit hook of every way out of F.
unsigned ModuleDataflowTracer::traceExits(Function &F, FunctionRecords &FR,
                                          Value *On) {
  const DIType *RetTy = nullptr;
  if (DISubprogram *SP = F.getSubprogram())
    if (const DISubroutineType *ST = SP->getType())
      if (ST->getTypeArray().size() > 0)
        RetTy = ST->getTypeArray()[0];
  Value *SRet = getSRetArg(F);

  SmallVector<Instruction *, 4> Exits;
  for (BasicBlock &BB : F)
    if (isa<ReturnInst>(BB.getTerminator()) ||
        (EntryExit && isa<ResumeInst>(BB.getTerminator())))
      Exits.push_back(BB.getTerminator());

  unsigned Calls = 0;
  for (Instruction *Exit : Exits) {
    auto *RI = dyn_cast<ReturnInst>(Exit);
    // The musttail call must stay right before its ret: its value is not
    // reported, and the exit hook goes before the call.
    CallInst *MustTail = Exit->getParent()->getTerminatingMustTailCall();
    bool Record = Opts.TraceRet && RI && !MustTail;
    if (!Record && !EntryExit)
      continue;
    BasicBlock::iterator IP =
        guarded((MustTail ? MustTail : Exit)->getIterator(), On);
    InstrumentationIRBuilder IRB(&*IP);
    if (Exit->getDebugLoc())
      IRB.SetCurrentDebugLocation(Exit->getDebugLoc());
    if (Record) {
      ValueLocation Loc;
      if (SRet)
        Loc = ValueLocation::inMemory(
            SRet, M.getDataLayout().getTypeAllocSize(
                      cast<Argument>(SRet)->getParamStructRetType()));
      else if (Value *V = RI->getReturnValue(); V && !isa<UndefValue>(V))
        Loc = ValueLocation::direct(V);
      bool HasValue = SRet || !F.getReturnType()->isVoidTy();
      if (!ABI->emitRet(IRB, FR, classify(RetTy), Loc) && HasValue)
        remarkMissing(F, "the return value", Loc);
      ABI->endRecords(IRB, FR);
      ++Calls;
    }
    if (EntryExit) {
      emitHook(IRB, ExitHook);
      ++Calls;
    }
  }
  return Calls;
}

/// The resume hook where F goes on after the frames of its callees were
/// left without their exit hooks: a landing pad (frames an exception
/// unwound that had no cleanup to run; F's cleanup or catch runs calls of
/// its own), and the return of a call that returns twice (frames a longjmp
/// skipped).
/// A call that returns twice before the entry records has nothing to resume:
/// F was not entered yet.
unsigned ModuleDataflowTracer::traceResumes(Function &F, Value *On,
                                            Instruction *EntryAt) {
  // Each point: the instruction the hook goes before, and the instruction
  // the function resumes at, whose location the hook takes.
  SmallVector<std::pair<Instruction *, Instruction *>, 4> Points;
  for (BasicBlock &BB : F)
    for (Instruction &I : BB) {
      if (auto *LP = dyn_cast<LandingPadInst>(&I))
        Points.push_back({&*BB.getFirstInsertionPt(), LP});
      else if (auto *CI = dyn_cast<CallInst>(&I);
               CI && CI->hasFnAttr(Attribute::ReturnsTwice) &&
               !beforeEntryRecords(F, CI, EntryAt))
        Points.push_back({CI->getNextNode(), CI});
    }
  for (auto [At, Resumed] : Points) {
    BasicBlock::iterator IP = guarded(At->getIterator(), On);
    InstrumentationIRBuilder IRB(&*IP);
    if (Resumed->getDebugLoc())
      IRB.SetCurrentDebugLocation(Resumed->getDebugLoc());
    emitHook(IRB, ResumeHook);
  }
  return Points.size();
}

bool ModuleDataflowTracer::instrumentFunction(Function &F) {
  ORE = &FAM.getResult<OptimizationRemarkEmitterAnalysis>(F);
  if (std::optional<StringRef> Reason = skipReason(F)) {
    if (!F.isDeclaration())
      ORE->emit([&] {
        return OptimizationRemarkMissed(DEBUG_TYPE, "Skipped", &F)
               << "not instrumenting " << ore::NV("Function", &F) << ": "
               << ore::NV("Reason", *Reason);
      });
    return false;
  }
  // Found before any change to F: the dominator tree describes F as it was.
  SmallVector<InlinedFrame, 4> Frames;
  if (wantInlinedFrames() && F.getSubprogram())
    Frames = collectInlinedFrames(F, FAM.getResult<DominatorTreeAnalysis>(F));
  FunctionRecords FR(F);
  ABI->beginFunction(FR);
  Value *On = nullptr;
  Instruction *EntryAt = nullptr;
  unsigned Calls = traceEntry(F, FR, On, EntryAt);
  Calls += traceInlinedFrames(F, FR, Frames, On, EntryAt);
  Calls += traceExits(F, FR, On);
  if (EntryExit)
    Calls += traceResumes(F, On, EntryAt);
  ABI->endFunction(FR);
  bool GuardOnce = On && Calls && cloneBodyOnGuard(F, cast<Instruction>(On));
  dropInvalidatedAttributes(F, FR.PassedArgs);
  ORE->emit([&] {
    OptimizationRemark R(DEBUG_TYPE, "Instrumented", &F);
    R << "instrumented " << ore::NV("Function", &F) << " with "
      << ore::NV("Calls", Calls) << " calls and "
      << ore::NV("Tables", static_cast<unsigned>(FR.TablesUsed.size()))
      << " field tables";
    if (!FR.Limitation.empty())
      R << "; " << FR.Limitation;
    if (On && Calls && !GuardOnce)
      R << "; the guard is tested per group of records (the body cannot be "
           "duplicated)";
    return R;
  });
  return true;
}

bool ModuleDataflowTracer::instrumentModule() {
  if (M.getModuleFlag(InstrumentedFlag))
    return false;
  EntryExit = isOn(Opts.EntryExit, wantMarker());
  if (!Opts.TraceArgs && !Opts.TraceRet && !EntryExit)
    return false;
  if (!loadLists())
    return false;
  // The same module-level check -fsanitize-coverage-allowlist makes.
  if ((Allowlist &&
       !Allowlist->inSection("coverage", "src", M.getSourceFileName())) ||
      (Ignorelist &&
       Ignorelist->inSection("coverage", "src", M.getSourceFileName()))) {
    M.addModuleFlag(Module::Max, InstrumentedFlag, 1);
    return true;
  }
  if (!ABI->declare(Opts.TraceArgs, Opts.TraceRet) || !declareHooks())
    return false;
  bool Instrumented = false;
  for (Function &F : M)
    Instrumented |= instrumentFunction(F);
  // Only objects with instrumented code need a runtime of their ABI.
  if (Instrumented)
    referenceABIMarker();
  M.addModuleFlag(Module::Max, InstrumentedFlag, 1);
  return true;
}

PreservedAnalyses SanCovDataflowPass::run(Module &M,
                                          ModuleAnalysisManager &MAM) {
  auto &FAM = MAM.getResult<FunctionAnalysisManagerModuleProxy>(M).getManager();
  DebugRecordScope Records(M);
  ModuleDataflowTracer Tracer(M, Opts, FAM);
  if (!Tracer.instrumentModule())
    return PreservedAnalyses::all();
  return PreservedAnalyses::none();
}

void SanCovDataflowPass::printPipeline(raw_ostream &OS,
                                       function_ref<StringRef(StringRef)>) {
  OS << PassName << '<';
  Opts.print(OS);
  OS << '>';
}

} // namespace sancov_dataflow
