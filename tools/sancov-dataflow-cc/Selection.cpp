//===-- Selection.cpp - SANCOV_DATAFLOW_ONLY: the compiles to instrument --===//

#include "Selection.h"

#include <sstream>

namespace {

bool endsWith(const std::string &S, const std::string &Suffix) {
  return S.size() >= Suffix.size() &&
         S.compare(S.size() - Suffix.size(), Suffix.size(), Suffix) == 0;
}

std::string stripDotSlash(std::string P) {
  while (P.compare(0, 2, "./") == 0)
    P.erase(0, 2);
  return P;
}

} // namespace

std::string Selection::parse(const std::string &List) {
  std::istringstream In(List);
  std::string E;
  while (In >> E) {
    if (E[0] == '/' || E.find("..") != std::string::npos)
      return "SANCOV_DATAFLOW_ONLY: '" + E +
             "' is not relative to the kernel tree (list files and "
             "directories such as fs/pipe.c kernel/locking/)";
    E = stripDotSlash(E);
    if (endsWith(E, ".c"))
      Files.push_back(E);
    else
      Dirs.push_back(endsWith(E, "/") ? E : E + "/");
  }
  return "";
}

bool Selection::selects(const std::string &TreePath) const {
  for (const std::string &F : Files)
    if (TreePath == F)
      return true;
  for (const std::string &D : Dirs)
    if (TreePath.compare(0, D.size(), D) == 0)
      return true;
  return false;
}

bool Selection::selects(const std::vector<std::string> &Sources,
                        const std::string &SrcTree) const {
  // kbuild names a source $(srctree)/dir/file.c, or dir/file.c when it
  // builds in the tree (srctree "."), and a generated one relative to the
  // output directory: either way the rest is the path in the tree.
  std::string Prefix = SrcTree.empty() ? "" : SrcTree + "/";
  for (const std::string &S : Sources) {
    std::string P = S;
    if (!Prefix.empty() && P.compare(0, Prefix.size(), Prefix) == 0)
      P.erase(0, Prefix.size());
    if (!selects(stripDotSlash(P)))
      return false;
  }
  return !Sources.empty();
}
