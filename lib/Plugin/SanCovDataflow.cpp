//===-- SanCovDataflow.cpp - Insert kcov-dataflow callbacks ---------------===//
//
// The pass is a thin adaptor over ModuleDataflowTracer, which decides which
// functions to instrument and inserts the calls. Which source parameter an
// IR value is comes from ParamMap, how a value is passed to the callback
// from ValueLowering, and the field tables from FieldLayout.
//
// Callback contract (ABI A, kernel RFC v2):
//  - pc: ptrtoint of the instrumented function.
//  - arg_idx: 0-based source parameter index; one call per source parameter,
//    in order, at the entry block's first insertion point after the static
//    allocas, moved down only past the definitions of the values reported.
//  - size/ptr: ptr points at `size` bytes holding the value (a stack slot
//    for scalars and register-passed aggregates, the object itself for
//    pointers to structs, structs in memory and sret buffers). A pointer
//    without a known pointee layout is passed as is with size 8. Size 0 and
//    a null ptr mean "no value" (optimised out, or void for ret).
//  - offsets/num_fields: {byte offset, byte size} pairs of the reported
//    struct, or null/0.
//  - ret: one call right before every `ret` not preceded by a musttail call.
//
//===----------------------------------------------------------------------===//

#include "sancov-dataflow/SanCovDataflow.h"
#include "sancov-dataflow/Compat.h"
#include "sancov-dataflow/FieldLayout.h"
#include "sancov-dataflow/ParamMap.h"
#include "sancov-dataflow/ValueLowering.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Analysis/OptimizationRemarkEmitter.h"
#include "llvm/Analysis/TargetLibraryInfo.h"
#include "llvm/Demangle/Demangle.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/EHPersonalities.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/InlineAsm.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/SpecialCaseList.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/TargetParser/Triple.h"

#include <memory>
#include <optional>

using namespace llvm;

#define DEBUG_TYPE "sancov-dataflow"

namespace sancov_dataflow {

static constexpr const char *TraceArgsName = "__sanitizer_cov_trace_args";
static constexpr const char *TraceRetName = "__sanitizer_cov_trace_ret";

/// Sections of the Linux kernel whose code must not call instrumentation
/// (objtool's noinstr sections): entry code, idle, early boot, x86 thunks.
static bool isNonInstrumentableSection(StringRef Section) {
  return Section == ".noinstr.text" || Section == ".entry.text" ||
         Section == ".cpuidle.text" || Section.starts_with(".pi.text") ||
         Section.starts_with(".text..__x86.");
}

/// True if inline asm in F reads, writes or clobbers RBX. ABI A's escaping
/// stack slot may force a realigned frame (KASAN redzones do), and x86-64
/// then reserves RBX as base pointer, which such asm makes impossible.
static bool inlineAsmUsesBasePointerX86(const Function &F) {
  for (const BasicBlock &BB : F)
    for (const Instruction &I : BB) {
      const auto *CB = dyn_cast<CallBase>(&I);
      const auto *IA =
          CB ? dyn_cast<InlineAsm>(CB->getCalledOperand()) : nullptr;
      if (!IA)
        continue;
      auto IsRBX = [](StringRef C) {
        return C == "b" || C.equals_insensitive("{rbx}") ||
               C.equals_insensitive("{ebx}") || C.equals_insensitive("{bx}") ||
               C.equals_insensitive("{bl}") || C.equals_insensitive("{bh}");
      };
      for (const InlineAsm::ConstraintInfo &CI : IA->ParseConstraints()) {
        if (llvm::any_of(CI.Codes, IsRBX))
          return true;
        // "=b,r" in GCC syntax becomes alternatives: any may be chosen.
        for (const InlineAsm::SubConstraintInfo &Alt : CI.multipleAlternatives)
          if (llvm::any_of(Alt.Codes, IsRBX))
            return true;
      }
    }
  return false;
}

/// True if a stack slot in F would make ASan/KASAN name F's symbol: a
/// function with an instrumented stack variable gets a frame record holding
/// its address, by symbol. A weak function's symbol may name another
/// definition at link time (a weak kernel default overridden by an __init
/// one: a .text reference to .init.text, which modpost rejects). Our slot is
/// often such a function's only stack variable, so it gets none.
static bool slotWouldNameWeakSymbol(const Function &F) {
  return F.isWeakForLinker() && F.hasFnAttribute(Attribute::SanitizeAddress);
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
      : M(M), Opts(Opts), FAM(FAM), Tables(M),
        Int8Ty(Type::getInt8Ty(M.getContext())),
        Int32Ty(Type::getInt32Ty(M.getContext())),
        Int64Ty(Type::getInt64Ty(M.getContext())),
        PtrTy(PointerType::getUnqual(M.getContext())) {}

  /// Returns false if the module was left unchanged.
  bool instrumentModule();

private:
  bool loadLists();
  bool declareCallbacks();
  std::optional<StringRef> skipReason(const Function &F) const;
  void instrumentFunction(Function &F);
  unsigned traceArgs(Function &F, Constant *PC, ValueLowering &Lower,
                     SmallPtrSetImpl<Constant *> &TablesUsed);
  unsigned traceRet(Function &F, Constant *PC, ValueLowering &Lower,
                    SmallPtrSetImpl<Constant *> &TablesUsed);
  const DeclaredType &classify(const DIType *Ty);
  Constant *functionPC(Function &F);
  CallInst *emitCall(IRBuilder<> &IRB, FunctionCallee Callee,
                     ArrayRef<Value *> Prefix, const Report &R,
                     const ValueLowering &Lower, ArrayRef<unsigned> ZExtParams);

  /// Arguments of the function being instrumented handed to a callback.
  SmallPtrSet<Argument *, 4> PassedArgs;

  Module &M;
  const Options &Opts;
  FunctionAnalysisManager &FAM;
  FieldTableBuilder Tables;
  DenseMap<const DIType *, DeclaredType> DeclaredTypes;
  std::unique_ptr<SpecialCaseList> Allowlist, Ignorelist;
  FunctionCallee TraceArgs, TraceRet;
  Attribute::AttrKind U32Ext = Attribute::None;
  bool IsX86_64 = false;
  Type *Int8Ty, *Int32Ty, *Int64Ty;
  PointerType *PtrTy;
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

bool ModuleDataflowTracer::declareCallbacks() {
  LLVMContext &Ctx = M.getContext();
  Type *VoidTy = Type::getVoidTy(Ctx);
  auto Declare = [&](StringRef Name, FunctionType *FTy,
                     ArrayRef<unsigned> U32Params) -> FunctionCallee {
    if (Function *Existing = M.getFunction(Name);
        Existing && Existing->getFunctionType() != FTy) {
      std::string Have, Want;
      raw_string_ostream(Have) << *Existing->getFunctionType();
      raw_string_ostream(Want) << *FTy;
      Ctx.emitError("sancov-dataflow: '" + Name + "' is declared as '" + Have +
                    "' in this module, but the callback is '" + Want + "'");
      return FunctionCallee();
    }
    AttributeList AL;
    if (U32Ext != Attribute::None)
      for (unsigned I : U32Params)
        AL = AL.addParamAttribute(Ctx, I, U32Ext);
    return M.getOrInsertFunction(Name, FTy, AL);
  };
  if (Opts.TraceArgs)
    TraceArgs = Declare(
        TraceArgsName,
        FunctionType::get(
            VoidTy, {Int64Ty, Int32Ty, Int32Ty, PtrTy, PtrTy, Int32Ty}, false),
        {1, 2, 5});
  if (Opts.TraceRet)
    TraceRet =
        Declare(TraceRetName,
                FunctionType::get(
                    VoidTy, {Int64Ty, Int32Ty, PtrTy, PtrTy, Int32Ty}, false),
                {1, 4});
  return (!Opts.TraceArgs || TraceArgs) && (!Opts.TraceRet || TraceRet);
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

/// The address of F's body. A weak or linkonce function can lose to another
/// definition at link time, and its symbol then names that one: for a weak
/// kernel default overridden by an __init definition, a .text reference to
/// .init.text, which modpost rejects. A private alias is resolved to this
/// body by the assembler (a section-relative relocation).
Constant *ModuleDataflowTracer::functionPC(Function &F) {
  GlobalValue *Target = &F;
  if (F.isWeakForLinker())
    Target = GlobalAlias::create(GlobalValue::PrivateLinkage,
                                 F.getName() + ".sancov_dataflow_pc", &F);
  return ConstantExpr::getPtrToInt(Target, Int64Ty);
}

const DeclaredType &ModuleDataflowTracer::classify(const DIType *Ty) {
  auto [It, Inserted] = DeclaredTypes.try_emplace(Ty);
  if (Inserted)
    It->second = classifyDeclaredType(Ty);
  return It->second;
}

CallInst *ModuleDataflowTracer::emitCall(IRBuilder<> &IRB,
                                         FunctionCallee Callee,
                                         ArrayRef<Value *> Prefix,
                                         const Report &R,
                                         const ValueLowering &Lower,
                                         ArrayRef<unsigned> ZExtParams) {
  SmallVector<Value *, 6> Args(Prefix);
  Args.push_back(ConstantInt::get(Int32Ty, R.Size));
  Args.push_back(R.Ptr && R.Size ? Lower.asCallbackPointer(IRB, R.Ptr)
                                 : ConstantPointerNull::get(PtrTy));
  Args.push_back(R.Table.Array ? R.Table.Array
                               : ConstantPointerNull::get(PtrTy));
  Args.push_back(ConstantInt::get(Int32Ty, R.Table.NumFields));
  if (auto *A = dyn_cast_or_null<Argument>(R.Ptr))
    PassedArgs.insert(A);
  CallInst *CI = IRB.CreateCall(Callee, Args);
  // A tail call would let the backend turn it into a jump and drop the
  // caller's frame; merging two calls would lose their distinct locations.
  CI->setTailCallKind(CallInst::TCK_NoTail);
  CI->setCannotMerge();
  if (U32Ext != Attribute::None)
    for (unsigned I : ZExtParams)
      CI->addParamAttr(I, U32Ext);
  return CI;
}

unsigned ModuleDataflowTracer::traceArgs(Function &F, Constant *PC,
                                         ValueLowering &Lower,
                                         SmallPtrSetImpl<Constant *> &Used) {
  ParamMap Map = mapSourceParams(F);
  if (Map.Params.empty())
    return 0;
  BasicBlock &Entry = F.getEntryBlock();
  BasicBlock::iterator IP = Entry.getFirstInsertionPt();
  while (IP != Entry.end() && isa<AllocaInst>(*IP) &&
         cast<AllocaInst>(*IP).isStaticAlloca())
    ++IP;
  // Move past the definitions of the reported values, and no further.
  auto MoveAfter = [&](Value *V) {
    auto *I = dyn_cast_or_null<Instruction>(V);
    if (I && I->getParent() == &Entry && !I->comesBefore(&*IP))
      IP = std::next(I->getIterator());
  };
  for (SourceParam &P : Map.Params) {
    MoveAfter(P.Loc.V);
    for (const ValueLocation::Piece &Piece : P.Loc.PieceList)
      MoveAfter(Piece.V);
  }

  // Positioned by iterator, which keeps the calls before the debug records
  // at IP (LLVM 19's InstrumentationIRBuilder takes no iterator).
  InstrumentationIRBuilder IRB(&*IP);
  IRB.SetInsertPoint(&Entry, IP);
  if (DISubprogram *SP = F.getSubprogram())
    IRB.SetCurrentDebugLocation(
        DILocation::get(M.getContext(), SP->getScopeLine(), 0, SP));
  for (SourceParam &P : Map.Params) {
    Report R = Lower.lower(IRB, classify(P.Type), P.Loc);
    if (R.Table.Array)
      Used.insert(R.Table.Array);
    emitCall(IRB, TraceArgs, {PC, ConstantInt::get(Int32Ty, P.Index)}, R,
             Lower, {1, 2, 5});
  }
  return Map.Params.size();
}

unsigned ModuleDataflowTracer::traceRet(Function &F, Constant *PC,
                                        ValueLowering &Lower,
                                        SmallPtrSetImpl<Constant *> &Used) {
  const DIType *RetTy = nullptr;
  if (DISubprogram *SP = F.getSubprogram())
    if (const DISubroutineType *ST = SP->getType())
      if (ST->getTypeArray().size() > 0)
        RetTy = ST->getTypeArray()[0];
  const DeclaredType &Decl = classify(RetTy);
  Value *SRet = getSRetArg(F);

  SmallVector<ReturnInst *, 4> Returns;
  for (BasicBlock &BB : F)
    if (auto *RI = dyn_cast<ReturnInst>(BB.getTerminator()))
      // The musttail call must stay right before its ret.
      if (!BB.getTerminatingMustTailCall())
        Returns.push_back(RI);

  for (ReturnInst *RI : Returns) {
    InstrumentationIRBuilder IRB(RI);
    ValueLocation Loc;
    if (SRet) {
      auto *SRetArg = cast<Argument>(SRet);
      Loc = ValueLocation::inMemory(
          SRet,
          M.getDataLayout().getTypeAllocSize(SRetArg->getParamStructRetType()));
    } else if (Value *V = RI->getReturnValue()) {
      if (!isa<UndefValue>(V))
        Loc = ValueLocation::direct(V);
    }
    Report R = Lower.lower(IRB, Decl, Loc);
    if (R.Table.Array)
      Used.insert(R.Table.Array);
    emitCall(IRB, TraceRet, {PC}, R, Lower, {1, 4});
  }
  return Returns.size();
}

void ModuleDataflowTracer::instrumentFunction(Function &F) {
  auto &ORE = FAM.getResult<OptimizationRemarkEmitterAnalysis>(F);
  if (std::optional<StringRef> Reason = skipReason(F)) {
    if (!F.isDeclaration())
      ORE.emit([&] {
        return OptimizationRemarkMissed(DEBUG_TYPE, "Skipped", &F)
               << "not instrumenting " << ore::NV("Function", &F) << ": "
               << ore::NV("Reason", *Reason);
      });
    return;
  }
  StringRef NoSlotReason;
  if (IsX86_64 && inlineAsmUsesBasePointerX86(F))
    NoSlotReason = "inline asm uses RBX";
  else if (slotWouldNameWeakSymbol(F))
    NoSlotReason = "a weak function under AddressSanitizer";
  bool SlotsAllowed = NoSlotReason.empty();
  PassedArgs.clear();
  ValueLowering Lower(F, Tables, SlotsAllowed);
  SmallPtrSet<Constant *, 4> TablesUsed;
  unsigned Calls = 0;
  Constant *PC = functionPC(F);
  if (Opts.TraceArgs)
    Calls += traceArgs(F, PC, Lower, TablesUsed);
  if (Opts.TraceRet)
    Calls += traceRet(F, PC, Lower, TablesUsed);
  Lower.finalize();
  dropInvalidatedAttributes(F, PassedArgs);
  ORE.emit([&] {
    OptimizationRemark R(DEBUG_TYPE, "Instrumented", &F);
    R << "instrumented " << ore::NV("Function", &F) << " with "
      << ore::NV("Calls", Calls) << " calls and "
      << ore::NV("Tables", static_cast<unsigned>(TablesUsed.size()))
      << " field tables";
    if (!SlotsAllowed)
      R << "; " << NoSlotReason
        << ", so values needing a stack slot are not reported";
    return R;
  });
}

bool ModuleDataflowTracer::instrumentModule() {
  if (M.getModuleFlag(InstrumentedFlag))
    return false;
  if (!Opts.TraceArgs && !Opts.TraceRet)
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
  Triple TT = getModuleTriple(M);
  IsX86_64 = TT.getArch() == Triple::x86_64;
  U32Ext = TargetLibraryInfo::getExtAttrForI32Param(TT, /*Signed=*/false);
  if (!declareCallbacks())
    return false;
  for (Function &F : M)
    instrumentFunction(F);
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
