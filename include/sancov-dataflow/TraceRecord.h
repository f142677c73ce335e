//===-- TraceRecord.h - Decoded records and trace events --------*- C++ -*-===//
//
// What the trace readers produce, independent of the input format: one
// decoded record, the metadata around it (file header, loaded modules,
// thread chunks) and diagnostics about input that could not be decoded.
// The library has no LLVM dependency so that its fuzz target is a plain
// libFuzzer binary.
//
//===----------------------------------------------------------------------===//

#ifndef SANCOV_DATAFLOW_TRACERECORD_H
#define SANCOV_DATAFLOW_TRACERECORD_H

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sancov_dataflow {
namespace trace {

/// PcEntry, PcExit and PcResume are the `entry-exit` records: a function
/// was entered, returns, goes on after its callees were left by an
/// exception or a longjmp (pc: a call site inside it; Ptr: the stack
/// pointer). Remote begins a kernel worker's session (RemoteInfo).
enum class RecordType : uint8_t {
  Cmp,
  Entry,
  Ret,
  PcEntry,
  PcExit,
  PcResume,
  Remote
};

/// The record type of a framed (abi.h) header's type field, if it is one.
std::optional<RecordType> framedRecordType(uint32_t Type);

/// The callback ABI the records came from (abi.h SCDF_ABI_*): how a
/// record's pc and value words are to be read. E (Packed) writes B's records.
enum class CallbackAbi : uint8_t {
  KcovV2,
  ValuePc,
  Value,
  Tag,
  Packed,
  Last = Packed
};

/// Parses "kcov-v2", "value-pc", "value", "tag" or "packed" (the plugin's
/// `abi=`).
std::optional<CallbackAbi> parseCallbackAbi(const std::string &Name);
const char *callbackAbiName(CallbackAbi A);
/// B, C, D, E: a value word is the value itself, not bytes read at a pointer.
bool passesValues(CallbackAbi A);
/// C, D: an ENTRY/RET pc is a call site (return address minus one), not
/// the function's address.
bool pcIsCallSite(CallbackAbi A);

/// One record. Values points into storage owned by the reader and stays
/// valid until the next call to EventStream::next().
struct Record {
  RecordType Type = RecordType::Entry;
  uint32_t Seq = 0;
  /// Source parameter index (0 for RET).
  uint32_t ArgIdx = 0;
  /// Bytes of the reported value, clamped to 255 by the runtime.
  uint32_t Size = 0;
  uint64_t Pc = 0;
  /// The pointer the callback got (ENTRY/RET), the cmp type (CMP) or the
  /// worker's pid (REMOTE).
  uint64_t Ptr = 0;
  const uint64_t *Values = nullptr;
  uint32_t NumValues = 0;
  /// Byte offset of the record's header word in the input.
  uint64_t Offset = 0;
  /// Set when the record length was guessed (unframed RFC v1 records whose
  /// function or parameter type is unknown): the values may be wrong.
  bool GuessedLength = false;
};

/// The trace file header (abi.h struct scdf_file_header), or defaults for a
/// raw kernel buffer, which has none.
struct FileHeader {
  uint32_t Version = 0;
  uint16_t Machine = 0;
  uint8_t PointerSize = 8;
  uint32_t Flags = 0;
  uint64_t Pid = 0;
  uint64_t KaslrOffset = 0;
  bool isKernel() const;
  bool hasKaslr() const;
  /// The flags' ABI field (SCDF_FILE_ABI_*): a CallbackAbi if it is at most
  /// SCDF_ABI_PACKED, else an ABI this reader does not know.
  uint32_t abiField() const;
};

/// Where a kernel module's code section was loaded (SCDF_CHUNK_SECTIONS).
struct ModuleSection {
  std::string Name;
  uint64_t Addr = 0;
};

/// A loaded executable, shared object or kernel module (SCDF_CHUNK_MODULE).
struct ModuleInfo {
  uint64_t Base = 0;
  uint64_t Size = 0;
  uint32_t Flags = 0;
  std::string Path;
  std::vector<uint8_t> BuildId;
  /// A kernel module's code sections, .text among them; empty when the
  /// trace predates them (Base is then the only one known: .text's).
  std::vector<ModuleSection> Sections;
  bool isMain() const;
  bool isKernelModule() const;
  /// vmlinux: the symbol whose runtime address Base is.
  const char *textSymbol() const;
};

/// One chunk of a thread's records (SCDF_CHUNK_THREAD, or
/// SCDF_CHUNK_THREAD_COMPACT when Compact is set: Words counts bytes).
struct ThreadInfo {
  uint64_t Tid = 0;
  uint64_t Words = 0;
  bool Compact = false;
  uint64_t Dropped = 0;
  uint64_t Flags = 0;
  uint64_t Offset = 0;
  /// One remote worker session, which a Remote record begins.
  bool isRemote() const;
};

/// The worker session a REMOTE record begins: work a kernel thread or a
/// softirq did under a remote handle of the traced task.
struct RemoteInfo {
  uint64_t Handle = 0;
  /// The worker's pid; 0 in a softirq.
  uint64_t Pid = 0;
  /// The worker's comm, up to its first NUL.
  std::string Comm;
  uint64_t Cpu = 0;
  /// Record words of the session after the REMOTE record.
  uint64_t Words = 0;
  /// R is a Remote record; the readers pass on none without its
  /// SCDF_REMOTE_VALS values.
  static RemoteInfo from(const Record &R);
};

struct Diagnostic {
  enum SeverityTy { Warning, Error } Severity = Error;
  /// Byte offset in the input the problem was found at.
  uint64_t Offset = 0;
  std::string Message;
};

struct TraceEvent {
  enum KindTy {
    ThreadBegin, ///< Thread is valid: records of that thread follow.
    Record,      ///< Rec is valid.
    ThreadEnd,   ///< Thread is valid: the chunk is over.
    Diagnostic,  ///< Diag is valid; decoding continues unless it says so.
    End,         ///< Nothing more.
  };
  KindTy Kind = End;
  ThreadInfo Thread;
  trace::Record Rec;
  trace::Diagnostic Diag;
};

/// A decoder producing events in input order.
class EventStream {
public:
  virtual ~EventStream();
  /// Fills E with the next event. Returns false once End was produced.
  virtual bool next(TraceEvent &E) = 0;
  virtual const FileHeader &header() const = 0;
  /// Every module the input lists, known before the first record.
  virtual const std::vector<ModuleInfo> &modules() const = 0;
};

const char *recordTypeName(RecordType T);

} // namespace trace
} // namespace sancov_dataflow

#endif // SANCOV_DATAFLOW_TRACERECORD_H
