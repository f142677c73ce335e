//===-- TraceRecord.cpp - Decoded records and trace events ----------------===//

#include "sancov-dataflow/TraceRecord.h"
#include "sancov-dataflow/abi.h"

#include <iterator>

namespace sancov_dataflow {
namespace trace {

EventStream::~EventStream() = default;

bool FileHeader::isKernel() const { return Flags & SCDF_FILE_KERNEL; }
bool FileHeader::hasKaslr() const { return Flags & SCDF_FILE_HAS_KASLR; }
uint32_t FileHeader::abiField() const {
  return (Flags >> SCDF_FILE_ABI_SHIFT) & SCDF_FILE_ABI_MASK;
}
bool ThreadInfo::isRemote() const { return Flags & SCDF_THREAD_REMOTE; }
bool ModuleInfo::isMain() const { return Flags & SCDF_MODULE_MAIN; }
bool ModuleInfo::isKernelModule() const { return Flags & SCDF_MODULE_KERNEL; }
const char *ModuleInfo::textSymbol() const {
  return Flags & SCDF_MODULE_STEXT ? "_stext" : "_text";
}

std::optional<RecordType> framedRecordType(uint32_t Type) {
  switch (Type) {
  case SCDF_REC_CMP:
    return RecordType::Cmp;
  case SCDF_REC_ENTRY:
    return RecordType::Entry;
  case SCDF_REC_RET:
    return RecordType::Ret;
  case SCDF_REC_PC_ENTRY:
    return RecordType::PcEntry;
  case SCDF_REC_PC_EXIT:
    return RecordType::PcExit;
  case SCDF_REC_PC_RESUME:
    return RecordType::PcResume;
  case SCDF_REC_REMOTE:
    return RecordType::Remote;
  }
  return std::nullopt;
}

RemoteInfo RemoteInfo::from(const Record &R) {
  static_assert(SCDF_REMOTE_VALS == 4, "comm (2 words), cpu, record words");
  RemoteInfo I;
  I.Handle = R.Pc;
  I.Pid = R.Ptr;
  // The comm's 16 bytes in memory order, as the kernel copied them.
  for (unsigned B = 0; B < 16; ++B) {
    char C = static_cast<char>(R.Values[B / 8] >> (8 * (B % 8)));
    if (!C)
      break;
    I.Comm += C;
  }
  I.Cpu = R.Values[2];
  I.Words = R.Values[3];
  return I;
}

static const char *const AbiNames[] = {"kcov-v2", "value-pc", "value", "tag",
                                       "packed"};
static_assert(SCDF_ABI_KCOV_V2 == 0 && SCDF_ABI_VALUE_PC == 1 &&
                  SCDF_ABI_VALUE == 2 && SCDF_ABI_TAG == 3 &&
                  SCDF_ABI_PACKED == 4 &&
                  std::size(AbiNames) ==
                      static_cast<unsigned>(CallbackAbi::Last) + 1,
              "CallbackAbi follows abi.h's SCDF_ABI_* numbering");

std::optional<CallbackAbi> parseCallbackAbi(const std::string &Name) {
  for (unsigned I = 0; I < std::size(AbiNames); ++I)
    if (Name == AbiNames[I])
      return static_cast<CallbackAbi>(I);
  return std::nullopt;
}

const char *callbackAbiName(CallbackAbi A) {
  return AbiNames[static_cast<unsigned>(A)];
}

bool passesValues(CallbackAbi A) { return A != CallbackAbi::KcovV2; }

bool pcIsCallSite(CallbackAbi A) {
  return A == CallbackAbi::Value || A == CallbackAbi::Tag;
}

const char *recordTypeName(RecordType T) {
  switch (T) {
  case RecordType::Cmp:
    return "CMP";
  case RecordType::Entry:
    return "ENTRY";
  case RecordType::Ret:
    return "RET";
  case RecordType::PcEntry:
    return "PC_ENTRY";
  case RecordType::PcExit:
    return "PC_EXIT";
  case RecordType::PcResume:
    return "PC_RESUME";
  case RecordType::Remote:
    return "REMOTE";
  }
  return "?";
}

} // namespace trace
} // namespace sancov_dataflow
