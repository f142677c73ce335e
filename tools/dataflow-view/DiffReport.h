//===-- DiffReport.h - What `diff` found, as text or JSON lines -*- C++ -*-===//
//
// Each finding is printed as it is found, numbered, with the path of calls
// (outermost first) that leads to it on each side:
//
//   #1 value: main > f: entry n=5 | n=6  (A tid 1 seq 3, B tid 2 seq 3)
//   missing in B: main > f: entry n=2  (A tid 1 seq 7)
//   only in A: main > helper(n=3)  (A tid 1 seq 2)
// and, with --context, the paired calls before a value difference:
//   before: f(n=4) | f(n=4)  (A tid 1 seq 1, B tid 2 seq 1)
//
// and a count of each kind at the end.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_VIEW_DIFFREPORT_H
#define DATAFLOW_VIEW_DIFFREPORT_H

#include "CallValues.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <string>

namespace llvm {
class raw_ostream;
} // namespace llvm

namespace dataflow_view {

/// Function names from the outermost open call to the call itself.
using CallPath = llvm::ArrayRef<std::string>;

class DiffReport {
public:
  DiffReport(llvm::raw_ostream &OS, bool Jsonl) : OS(OS), Jsonl(Jsonl) {}
  /// The same value of two paired calls differs (Record: "entry", "ret").
  void value(const Call &A, const Call &B, CallPath PA, CallPath PB,
             const Slot &SA, const Slot &SB, llvm::StringRef Record);
  /// Side Lacks (0: A, 1: B) has no value where the other has S.
  void missing(unsigned Lacks, const Call &Has, CallPath P, const Slot &S,
               llvm::StringRef Record);
  /// A pair of calls before a value difference.
  void context(const Call &A, const Call &B);
  /// A call only side Side has.
  void only(unsigned Side, const Call &C, CallPath P);
  void finish();
  uint64_t valueDifferences() const { return Values; }

private:
  void where(const Call &C, unsigned Side);
  void json(llvm::StringRef Kind, const Call *A, const Call *B, CallPath PA,
            CallPath PB, llvm::StringRef Name, llvm::StringRef TA,
            llvm::StringRef TB);

  llvm::raw_ostream &OS;
  bool Jsonl;
  uint64_t Values = 0, Missing = 0, Only[2] = {0, 0};
};

} // namespace dataflow_view

#endif // DATAFLOW_VIEW_DIFFREPORT_H
