//===-- TraceRecord.cpp - Decoded records and trace events ----------------===//

#include "sancov-dataflow/TraceRecord.h"
#include "sancov-dataflow/abi.h"

namespace sancov_dataflow {
namespace trace {

EventStream::~EventStream() = default;

bool FileHeader::isKernel() const { return Flags & SCDF_FILE_KERNEL; }
bool FileHeader::hasKaslr() const { return Flags & SCDF_FILE_HAS_KASLR; }
bool ModuleInfo::isMain() const { return Flags & SCDF_MODULE_MAIN; }
bool ModuleInfo::isKernelModule() const { return Flags & SCDF_MODULE_KERNEL; }

const char *recordTypeName(RecordType T) {
  switch (T) {
  case RecordType::Cmp:
    return "CMP";
  case RecordType::Entry:
    return "ENTRY";
  case RecordType::Ret:
    return "RET";
  }
  return "?";
}

} // namespace trace
} // namespace sancov_dataflow
