//===-- DebugObject.cpp - One ELF file and its debug info -----------------===//

#include "DebugObject.h"
#include "FunctionNames.h"

#include "llvm/BinaryFormat/Dwarf.h"
#include "llvm/DebugInfo/DWARF/DWARFCompileUnit.h"
#include "llvm/DebugInfo/DWARF/DWARFFormValue.h"
#include "llvm/Object/BuildID.h"
#include "llvm/Object/ELFObjectFile.h"
#include "llvm/Support/Error.h"

#include <set>

using namespace llvm;
using namespace llvm::object;

namespace dataflow_view {

std::unique_ptr<DebugObject> DebugObject::load(const std::string &Path,
                                               std::string &Err) {
  Expected<OwningBinary<ObjectFile>> BinOrErr =
      ObjectFile::createObjectFile(Path);
  if (!BinOrErr) {
    Err = "cannot read '" + Path + "': " + toString(BinOrErr.takeError());
    return nullptr;
  }
  std::unique_ptr<DebugObject> O(new DebugObject());
  O->Path = Path;
  O->Bin = std::move(*BinOrErr);
  ObjectFile &Obj = *O->Bin.getBinary();
  if (!Obj.isELF()) {
    Err = "'" + Path + "' is not an ELF file";
    return nullptr;
  }
  O->Relocatable = Obj.isRelocatableObject();
  for (const SectionRef &S : Obj.sections()) {
    if (S.isText() && S.getSize())
      O->Code.push_back({S.getAddress(), S.getAddress() + S.getSize()});
    Expected<StringRef> Name = S.getName();
    if (Name && (*Name == ".debug_info" || *Name == ".zdebug_info") &&
        S.getSize())
      O->HasDebugInfo = true;
    else if (!Name)
      consumeError(Name.takeError());
  }
  // Malformed DWARF is reported once per object, not once per DIE.
  auto Warn = [Path = O->Path,
               Reported = std::make_shared<bool>(false)](Error E) {
    std::string Msg = toString(std::move(E));
    if (!*Reported)
      errs() << "dataflow-view: warning: " << Path
             << ": malformed debug info: " << Msg
             << " (further DWARF problems in this file are not shown)\n";
    *Reported = true;
  };
  O->Ctx =
      DWARFContext::create(Obj, DWARFContext::ProcessDebugRelocations::Process,
                           nullptr, "", Warn, Warn);
  Triple::ArchType Arch = Obj.getArch();
  O->Types = std::make_unique<TypeTable>(
      Obj.getBytesInAddress(), Arch == Triple::x86_64 || Arch == Triple::x86);
  return O;
}

ArrayRef<uint8_t> DebugObject::buildId() const {
  return getBuildID(Bin.getBinary());
}

uint16_t DebugObject::machine() const {
  if (const auto *ELF = dyn_cast<ELFObjectFileBase>(Bin.getBinary()))
    return ELF->getEMachine();
  return 0;
}

std::optional<uint64_t> DebugObject::symbolAddress(StringRef Name) const {
  for (const SymbolRef &S : Bin.getBinary()->symbols()) {
    Expected<StringRef> N = S.getName();
    if (!N) {
      consumeError(N.takeError());
      continue;
    }
    if (*N != Name)
      continue;
    Expected<uint64_t> A = S.getAddress();
    if (A)
      return *A;
    consumeError(A.takeError());
  }
  return std::nullopt;
}

bool DebugObject::containsCode(uint64_t Addr) const {
  for (const CodeRange &R : Code)
    if (Addr >= R.Begin && Addr < R.End)
      return true;
  return false;
}

std::optional<std::pair<uint64_t, uint64_t>>
DebugObject::section(StringRef Name) const {
  for (const SectionRef &S : Bin.getBinary()->sections()) {
    Expected<StringRef> N = S.getName();
    if (!N) {
      consumeError(N.takeError());
      continue;
    }
    if (*N == Name)
      return std::make_pair(S.getIndex(), S.getSize());
  }
  return std::nullopt;
}

uint64_t DebugObject::key(SectionedAddress A) const {
  // Only a relocatable object's addresses are per section.
  return Relocatable ? A.SectionIndex : SectionedAddress::UndefSection;
}

std::optional<SectionedAddress> DebugObject::entryOf(DWARFDie SP) {
  if (std::optional<DWARFFormValue> V = SP.find(dwarf::DW_AT_entry_pc))
    if (std::optional<SectionedAddress> A = V->getAsSectionedAddress())
      return A;
  if (std::optional<DWARFFormValue> V = SP.find(dwarf::DW_AT_low_pc))
    if (std::optional<SectionedAddress> A = V->getAsSectionedAddress())
      return A;
  if (!SP.find(dwarf::DW_AT_ranges))
    return std::nullopt;
  // A function split into hot and cold parts: the first range is the entry.
  Expected<DWARFAddressRangesVector> Ranges = SP.getAddressRanges();
  if (!Ranges) {
    consumeError(Ranges.takeError());
    return std::nullopt;
  }
  if (Ranges->empty())
    return std::nullopt;
  return SectionedAddress{Ranges->front().LowPC, Ranges->front().SectionIndex};
}

void DebugObject::indexUnit(DWARFUnit &U) {
  if (!Indexed.insert(&U).second)
    return;
  for (unsigned I = 0, E = U.getNumDIEs(); I != E; ++I) {
    DWARFDie D = U.getDIEAtIndex(I);
    if (D.getTag() != dwarf::DW_TAG_subprogram)
      continue;
    // The first DIE for an address wins (identical code folding can give
    // two functions one address; the first is as good a name as any).
    if (std::optional<SectionedAddress> Entry = entryOf(D))
      Entries.emplace(Key(key(*Entry), Entry->Address), D);
  }
}

DWARFDie DebugObject::findEntry(SectionedAddress Addr) {
  if (!HasDebugInfo)
    return DWARFDie();
  Key K(key(Addr), Addr.Address);
  auto It = Entries.find(K);
  if (It != Entries.end())
    return It->second;
  if (IndexedAll)
    return DWARFDie();
  if (!Relocatable) {
    if (DWARFCompileUnit *CU =
            Ctx->getCompileUnitForCodeAddress(Addr.Address)) {
      indexUnit(*CU);
      It = Entries.find(K);
      if (It != Entries.end())
        return It->second;
    }
  }
  // Relocatable objects have no usable address map (every section starts
  // at 0), and a unit may lack address ranges: index everything once.
  for (const std::unique_ptr<DWARFUnit> &U : Ctx->compile_units())
    indexUnit(*U);
  IndexedAll = true;
  It = Entries.find(K);
  return It != Entries.end() ? It->second : DWARFDie();
}

void DebugObject::loadSymbols() {
  if (SymbolsLoaded)
    return;
  SymbolsLoaded = true;
  ObjectFile &Obj = *Bin.getBinary();
  auto AddSymbols = [&](auto Range) {
    for (const ELFSymbolRef &S : Range) {
      Expected<SymbolRef::Type> T = S.getType();
      Expected<uint64_t> A = S.getAddress();
      Expected<StringRef> N = S.getName();
      Expected<section_iterator> Sec = S.getSection();
      if (!T || !A || !N || !Sec || *T != SymbolRef::ST_Function ||
          N->empty() || *Sec == Obj.section_end()) {
        if (!T)
          consumeError(T.takeError());
        if (!A)
          consumeError(A.takeError());
        if (!N)
          consumeError(N.takeError());
        if (!Sec)
          consumeError(Sec.takeError());
        continue;
      }
      uint64_t Section =
          Relocatable ? (*Sec)->getIndex() : SectionedAddress::UndefSection;
      Symbols.emplace(Key(Section, *A), Symbol{N->str(), S.getSize()});
    }
  };
  if (auto *ELF = dyn_cast<ELFObjectFileBase>(&Obj)) {
    AddSymbols(ELF->symbols());
    AddSymbols(ELF->getDynamicSymbolIterators());
  }
}

const std::string *DebugObject::symbolAt(SectionedAddress Addr) {
  loadSymbols();
  auto It = Symbols.find(Key(key(Addr), Addr.Address));
  return It == Symbols.end() ? nullptr : &It->second.Name;
}

std::optional<SectionedAddress>
DebugObject::symbolContaining(SectionedAddress Addr) {
  loadSymbols();
  auto It = Symbols.upper_bound(Key(key(Addr), Addr.Address));
  if (It == Symbols.begin())
    return std::nullopt;
  --It;
  if (It->first.first != key(Addr) ||
      Addr.Address - It->first.second >= It->second.Size)
    return std::nullopt;
  return SectionedAddress{It->first.second, Addr.SectionIndex};
}

/// A Rust closure's first parameter is its environment (the `self` of its
/// Fn* call method), and the plugin's arg_idx counts it. rustc describes it
/// as an unnamed parameter only when the closure captures nothing; a
/// capturing closure's environment becomes DW_TAG_variables for the
/// captures and has no DW_TAG_formal_parameter at all, so the named
/// parameters would be off by one. Name it, or put it back, typed as the
/// `{closure_env#N}` struct of the closure's namespace when there is one.
void DebugObject::addRustClosureEnv(DWARFDie SP, StringRef Short,
                                    std::vector<ParamInfo> &Params) {
  if (!Short.starts_with("{closure#") || !SP.getDwarfUnit() ||
      dwarf::toUnsigned(
          SP.getDwarfUnit()->getUnitDIE().find(dwarf::DW_AT_language))
              .value_or(0) != dwarf::DW_LANG_Rust)
    return;
  auto IsEnv = [](const TypeDesc *T) {
    if (T && T->Kind == TypeDesc::Pointer)
      T = T->target();
    return T && StringRef(T->Name).starts_with("{closure_env#");
  };
  if (!Params.empty() && IsEnv(Params.front().Type)) {
    if (Params.front().Name == "arg0")
      Params.front().Name = "self";
    return;
  }
  ParamInfo Env;
  Env.Name = "self";
  std::string EnvName =
      "{closure_env#" + Short.drop_front(StringRef("{closure#").size()).str();
  if (DWARFDie Parent = SP.getParent())
    for (DWARFDie C : Parent.children())
      if (C.getTag() == dwarf::DW_TAG_structure_type && C.getShortName() &&
          EnvName == C.getShortName()) {
        Env.Type = Types->get(C);
        break;
      }
  Params.insert(Params.begin(), std::move(Env));
  // Unnamed parameters were numbered without the environment.
  for (size_t I = 1; I < Params.size(); ++I)
    if (Params[I].Name == "arg" + std::to_string(I - 1))
      Params[I].Name = "arg" + std::to_string(I);
}

std::unique_ptr<FunctionInfo> DebugObject::describe(DWARFDie SP) {
  auto F = std::make_unique<FunctionInfo>();
  F->HasDwarf = true;
  const char *Linkage = SP.getLinkageName();
  const char *Short = SP.getShortName();
  F->LinkageName = Linkage ? Linkage : "";
  F->Name = displayFunctionName(F->LinkageName, Short ? Short : "");
  if (F->Name.empty())
    F->Name = "<anonymous>";
  F->File =
      SP.getDeclFile(DILineInfoSpecifier::FileLineInfoKind::RelativeFilePath);
  F->Line = SP.getDeclLine();

  // The parameters of an out-of-line copy of an inlined function are
  // listed, with names and types, on its abstract origin; a method
  // definition may only have unnamed ones on its declaration.
  auto CollectParams = [&](DWARFDie D) {
    std::vector<ParamInfo> Params;
    for (DWARFDie C : D.children()) {
      if (C.getTag() != dwarf::DW_TAG_formal_parameter)
        continue;
      ParamInfo P;
      const char *N = C.getShortName();
      P.Name = N && *N ? N : "arg" + std::to_string(Params.size());
      P.Type = Types->typeOf(C);
      Params.push_back(std::move(P));
    }
    return Params;
  };
  DWARFDie Origin =
      SP.getAttributeValueAsReferencedDie(dwarf::DW_AT_abstract_origin);
  if (Origin)
    F->Params = CollectParams(Origin);
  if (F->Params.empty())
    F->Params = CollectParams(SP);
  if (F->Params.empty())
    if (DWARFDie Decl =
            (Origin ? Origin : SP)
                .getAttributeValueAsReferencedDie(dwarf::DW_AT_specification))
      F->Params = CollectParams(Decl);
  addRustClosureEnv(SP, Short ? Short : "", F->Params);
  const TypeDesc *Ret = Types->typeOf(SP);
  F->Ret = Ret->Kind == TypeDesc::Void ? nullptr : Ret;
  if (F->Params.empty())
    if (auto Thunk = splitThunk(F->LinkageName))
      describeThunk(SP, Thunk->second, *F);
  F->Module = ModuleName;
  return F;
}

/// How the plugin reports a parameter or return value of type T of a
/// function whose DWARF has no parameters (it takes the IR arguments in
/// order), when that is T's own report: a scalar of up to 8 bytes, one IR
/// argument, as is; a pointer as its address and first 8 bytes, with no
/// table. Null when T's value may be split or passed otherwise.
static const TypeDesc *asIRArgument(const TypeDesc *T, TypeTable &Types) {
  if (!T || T->Size == 0 || T->Size > 8)
    return nullptr;
  switch (T->Kind) {
  case TypeDesc::Signed:
  case TypeDesc::Unsigned:
  case TypeDesc::Bool:
  case TypeDesc::Char:
  case TypeDesc::UTF:
  case TypeDesc::Float:
  case TypeDesc::Enum:
    return T;
  case TypeDesc::Pointer:
    return T->reportKind() == TypeDesc::Scalar ? T : Types.opaquePointer();
  default:
    return nullptr;
  }
}

/// A thunk's DWARF has no parameters, so the plugin reported its IR
/// arguments in order: those of its target, named and typed by the target's
/// DWARF (in the thunk's unit) when each is one IR argument. The first is
/// `this`, which points to a base subobject, not to the target's class: an
/// opaque pointer, also when the others cannot be typed.
void DebugObject::describeThunk(DWARFDie SP, StringRef Target,
                                FunctionInfo &F) {
  F.Params.push_back({"this", Types->opaquePointer()});
  DWARFUnit *U = SP.getDwarfUnit();
  DWARFDie Found;
  for (unsigned I = 0, E = U ? U->getNumDIEs() : 0; I != E; ++I) {
    DWARFDie D = U->getDIEAtIndex(I);
    const char *Linkage =
        D.getTag() == dwarf::DW_TAG_subprogram ? D.getLinkageName() : nullptr;
    if (!Linkage || Target != Linkage)
      continue;
    Found = D;
    // A definition names its parameters; a declaration may not.
    if (!D.find(dwarf::DW_AT_declaration))
      break;
  }
  if (!Found)
    return;
  std::unique_ptr<FunctionInfo> T = describe(Found);
  if (T->Params.empty())
    return;
  for (size_t I = 1; I < T->Params.size(); ++I)
    if (!asIRArgument(T->Params[I].Type, *Types))
      return;
  F.Params.resize(1);
  for (size_t I = 1; I < T->Params.size(); ++I)
    F.Params.push_back(
        {T->Params[I].Name, asIRArgument(T->Params[I].Type, *Types)});
  F.Ret = asIRArgument(T->Ret, *Types);
}

const FunctionInfo *DebugObject::functionAt(SectionedAddress Addr) {
  Key K(key(Addr), Addr.Address);
  auto It = Functions.find(K);
  if (It != Functions.end())
    return It->second.get();
  std::unique_ptr<FunctionInfo> F;
  if (DWARFDie SP = findEntry(Addr)) {
    F = describe(SP);
  } else if (const std::string *Sym = symbolAt(Addr)) {
    F = std::make_unique<FunctionInfo>();
    F->LinkageName = *Sym;
    F->Name = displayFunctionName(*Sym, *Sym);
    F->Module = ModuleName;
  }
  const FunctionInfo *Result = F.get();
  Functions.emplace(K, std::move(F));
  return Result;
}

void DebugObject::dumpTables(raw_ostream &OS) {
  if (!Ctx)
    return;
  std::set<std::string> Seen;
  for (const std::unique_ptr<DWARFUnit> &U : Ctx->info_section_units()) {
    for (const DWARFDebugInfoEntry &Entry : U->dies()) {
      DWARFDie D(U.get(), &Entry);
      const char *Name = D.getShortName();
      if (!sancov_dataflow::layout::hasTableTag(D.getTag()))
        continue;
      const TypeDesc *T = Types->get(D);
      const TypeDesc *S = T->tabledStruct();
      if (S != T)
        continue;
      std::string Line = std::string(Name ? Name : "") + ":";
      if (uint64_t N = T->enumChunks()) {
        for (uint64_t I = 0; I < N; ++I) {
          sancov_dataflow::layout::Pair P =
              sancov_dataflow::layout::chunk(T->Size, I);
          Line += " " + std::to_string(P.Offset) + "," + std::to_string(P.Size);
        }
      } else {
        for (const FieldDesc &F : T->Fields)
          Line += " " + std::to_string(F.Offset) + "," + std::to_string(F.Size);
      }
      if (Seen.insert(Line).second)
        OS << Line << '\n';
    }
  }
}

} // namespace dataflow_view
