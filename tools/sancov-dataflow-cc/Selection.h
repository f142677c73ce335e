//===-- Selection.h - SANCOV_DATAFLOW_ONLY: the compiles to instrument ----===//
//
// The wrapper's equivalent of the RFC's Kbuild variables
// KCOV_DATAFLOW_file.o := y and KCOV_DATAFLOW := y: a list of source files
// and directories, relative to the kernel tree, whose compiles alone get
// the plugin.
//
//===----------------------------------------------------------------------===//
#ifndef SANCOV_DATAFLOW_CC_SELECTION_H
#define SANCOV_DATAFLOW_CC_SELECTION_H

#include <string>
#include <vector>

class Selection {
public:
  /// Parses List (whitespace-separated; an entry ending in ".c" is a file,
  /// any other a directory). Returns an error message, empty on success.
  std::string parse(const std::string &List);

  /// True if a list was given: only the compiles it selects are
  /// instrumented.
  bool active() const { return !Files.empty() || !Dirs.empty(); }

  /// True if every source of a compile (as kbuild passes it) lies in the
  /// selection. SrcTree is kbuild's exported $srctree, stripped from
  /// source paths to make them relative to the tree.
  bool selects(const std::vector<std::string> &Sources,
               const std::string &SrcTree) const;

private:
  bool selects(const std::string &TreePath) const;

  std::vector<std::string> Files;
  std::vector<std::string> Dirs; // Each ends in '/'.
};

#endif // SANCOV_DATAFLOW_CC_SELECTION_H
