//===-- ValueClasses.h - What kind of number a value is ---------*- C++ -*-===//
//
// Classes a summary reports per parameter, field and return value, and
// the ones that make a value worth a look when a function accepted it:
// all-ones, the type's extremes, a negative number passed as unsigned.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_VIEW_VALUECLASSES_H
#define DATAFLOW_VIEW_VALUECLASSES_H

#include "CallValues.h"

#include <string>

namespace dataflow_view {

enum ValueClass : unsigned {
  VC_Zero = 1 << 0,
  VC_MinusOne = 1 << 1,
  VC_AllOnes = 1 << 2,
  VC_TypeMax = 1 << 3,
  VC_TypeMin = 1 << 4,
  VC_Null = 1 << 5,
  VC_ErrPtr = 1 << 6,
  VC_Errno = 1 << 7,
  VC_NegativeUnsigned = 1 << 8,
  VC_Small = 1 << 9,
  VC_Large = 1 << 10,
};

/// The classes of a slot's value (a set of ValueClass bits).
unsigned classify(const Slot &S);

/// "zero, small", in the order of the enum.
std::string classNames(unsigned Classes);

/// Integer arguments of at least 4 bytes whose value is an extreme a
/// function should have refused: the classes that make it so, most
/// suspicious first in rank (0 = most); 0 classes if none.
unsigned extremeClasses(const Slot &S, unsigned &Rank);

/// Return values: 0 of an integer, a pointer that is neither NULL nor an
/// ERR_PTR; errors: a negative errno or an ERR_PTR.
bool isSuccess(const Slot &Ret);
bool isError(const Slot &Ret);

} // namespace dataflow_view

#endif // DATAFLOW_VIEW_VALUECLASSES_H
