//===-- ABIPacked.cpp - ABI E, B's values packed into one call ------------===//
//
//   void __sanitizer_cov_trace_packed(u64 v0, u64 v1, u64 v2, u64 v3,
//                                     u64 v4, const scdf_packed_desc *d);
//   (preserve_most)
//
// A group of records (a frame's parameters, or one return value) is one
// call carrying up to five of ABI B's value words; everything B passes as
// constants (pc, index, size, table) moves into a constant descriptor in
// the sixth register. The callback's convention keeps every register but
// r11, so a parameter that is already in its argument register stays there
// across the call: the entry of `f(long a, long b)` costs a move of the
// descriptor's address and the call.
//
//===----------------------------------------------------------------------===//

#include "sancov-dataflow/ValueABI.h"
#include "sancov-dataflow/abi.h"

#include "llvm/IR/Constants.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"

using namespace llvm;

namespace sancov_dataflow {
namespace {

/// Value words per call: the callback's register arguments but the last.
constexpr unsigned Slots = SCDF_PACKED_SLOTS;

class PackedABI : public ValueABI {
public:
  explicit PackedABI(Module &M)
      : ValueABI(M, FieldTableBuilder::Form::Pairs),
        SlotTy(StructType::get(M.getContext(),
                               {Int32Ty, Int32Ty, Int32Ty, Int32Ty, PtrTy})) {}

  bool declare(bool Args, bool Ret) override {
    SmallVector<Type *, Slots + 1> Params(Slots, Int64Ty);
    Params.push_back(PtrTy);
    Trace = declareCallback("__sanitizer_cov_trace_packed",
                            FunctionType::get(VoidTy, Params, false), {});
    if (!Trace)
      return false;
    auto *F = cast<Function>(Trace.getCallee());
    F->setCallingConv(CallingConv::PreserveMost);
    // Unused slots are poison: a declaration from abi.h says noundef.
    for (unsigned I = 0; I < F->arg_size(); ++I)
      F->removeParamAttr(I, Attribute::NoUndef);
    // A shared object reaches the callback (in the executable) through the
    // PLT, whose lazy resolver keeps the argument registers only
    // (llvm/llvm-project#105588): it calls through the GOT instead. An
    // executable, PIE or not, has the runtime linked in: a direct call.
    if (M.getPICLevel() != PICLevel::NotPIC &&
        M.getPIELevel() == PIELevel::Default)
      F->addFnAttr(Attribute::NonLazyBind);
    return true;
  }

  void endRecords(IRBuilder<> &IRB, FunctionRecords &FR) override {
    for (size_t First = 0; First < Pending.size(); First += Slots)
      emitGroup(IRB, FR,
                ArrayRef(Pending).slice(
                    First, std::min<size_t>(Slots, Pending.size() - First)));
    Pending.clear();
  }

private:
  /// One of B's calls, held back until its group ends.
  struct Record {
    std::optional<unsigned> Index;
    uint64_t Size;
    Value *Val;
    FieldTableBuilder::Table Table;
  };

  void emitCall(IRBuilder<> &IRB, FunctionRecords &FR,
                std::optional<unsigned> Index, uint64_t Size, Value *Val,
                const FieldTableBuilder::Table &T) override {
    // A record without a value leaves its register as it is. A value of
    // fewer than 8 bytes goes as it is too, in the low bytes of its
    // register (the callback masks the rest): zero-extending it would cost
    // a move, and a copy where the function uses the value again.
    if (!Size)
      Val = PoisonValue::get(Int64Ty);
    else if (auto *Z = dyn_cast<ZExtInst>(Val);
             Z && Size < 8 && Z->use_empty()) {
      Val = Z->getOperand(0);
      Z->eraseFromParent();
    }
    Pending.push_back({Index, Size, Val, T});
  }

  void emitGroup(IRBuilder<> &IRB, FunctionRecords &FR,
                 ArrayRef<Record> Group) {
    SmallVector<Value *, Slots + 1> Ops(Slots, PoisonValue::get(Int64Ty));
    for (auto [I, R] : enumerate(Group))
      Ops[I] = R.Val;
    Ops.push_back(descriptor(FR, Group));
    // The call's type says each operand's own width (i32 for an int):
    // the declaration's i64 register with undefined upper bits.
    SmallVector<Type *, Slots + 1> Types;
    for (Value *Op : Ops)
      Types.push_back(Op->getType());
    emitCallback(IRB,
                 FunctionCallee(FunctionType::get(VoidTy, Types, false),
                                Trace.getCallee()),
                 Ops, {});
  }

  /// abi.h's scdf_packed_desc for \p Group, in F's comdat and, for code
  /// the kernel frees or discards (.init.text, .exit.text), in the data
  /// section that goes with it.
  GlobalVariable *descriptor(FunctionRecords &FR, ArrayRef<Record> Group) {
    SmallVector<Constant *, Slots> SlotInits;
    for (const Record &R : Group)
      SlotInits.push_back(ConstantStruct::get(
          SlotTy,
          {ConstantInt::get(Int32Ty, R.Index.value_or(0)),
           ConstantInt::get(Int32Ty, R.Size),
           ConstantInt::get(Int32Ty, R.Table.NumFields),
           ConstantInt::get(Int32Ty, 0),
           R.Table.Array ? R.Table.Array : ConstantPointerNull::get(PtrTy)}));
    uint32_t Flags = Group.front().Index ? 0 : SCDF_PACKED_RET;
    Constant *Init = ConstantStruct::getAnon(
        {FR.pc(), ConstantInt::get(Int32Ty, Flags),
         ConstantInt::get(Int32Ty, Group.size()),
         ConstantArray::get(ArrayType::get(SlotTy, Group.size()), SlotInits)});
    auto *Desc = new GlobalVariable(M, Init->getType(), /*isConstant=*/true,
                                    GlobalValue::PrivateLinkage, Init,
                                    "__sancov_dataflow_packed");
    Desc->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
    Desc->setAlignment(Align(8));
    Function &F = FR.function();
    Desc->setComdat(F.getComdat());
    StringRef Section = F.getSection();
    if (Section.starts_with(".init."))
      Desc->setSection(".init.rodata");
    else if (Section.starts_with(".exit."))
      Desc->setSection(".exit.data");
    return Desc;
  }

  StructType *SlotTy;
  FunctionCallee Trace;
  SmallVector<Record, 8> Pending;
};

} // namespace

std::unique_ptr<CallbackABI> createPackedABI(Module &M) {
  return std::make_unique<PackedABI>(M);
}

} // namespace sancov_dataflow
