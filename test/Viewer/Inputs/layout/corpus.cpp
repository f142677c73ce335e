// C++ shapes for the differential layout check (layout-tables.test).
#include <cstdint>

#define USE(T, n)                                                              \
  __attribute__((noinline)) int use_##n(T *p) { return p != nullptr; }         \
  __attribute__((noinline)) int ref_##n(const T &r) { return sizeof(r); }

struct Statics { static int count; static const int k = 3; int a; long b; };
int Statics::count;
struct Empty {};
struct EmptyBase : Empty { int x; };
struct Base { int b1; short b2; };
struct Derived : Base { char d; int e; };
struct Base2 { double z; };
struct Multi : Base, Base2 { int m; };
struct Virtual { virtual ~Virtual() {} int v; };
struct VirtDerived : virtual Base { int w; };
struct NoUnique { [[no_unique_address]] Empty e; int a; };
class Private { int p; public: int q; Private() : p(1), q(2) {} int get() const { return p; } };
struct Bits { bool a : 1; int b : 7; std::uint64_t c : 40; };
template <typename T> struct Pair { T first; T second; };
namespace ns { struct Inner { int i; struct Deep { char c; long l; } deep; }; }
struct Ref { int &r; const Base *pb; };
union U { int i; double d; };
struct WithUnion { U u; int tag; };
struct alignas(16) Over { long a; };
struct Anon { union { int x; float y; }; int z; };
struct Member { int Base::*pm; void (Base::*pmf)(); };
enum class E : std::uint8_t { A, B };
struct WithEnum { E e; E f; int g; };
struct Lambda { int cap; };

USE(Statics, statics)
USE(EmptyBase, emptybase)
USE(Derived, derived)
USE(Multi, multi)
USE(Virtual, virt)
USE(VirtDerived, virtderived)
USE(NoUnique, nounique)
USE(Private, priv)
USE(Bits, bits)
USE(Pair<int>, pairint)
USE(Pair<double>, pairdouble)
USE(ns::Inner, inner)
USE(ns::Inner::Deep, deep)
USE(Ref, ref)
USE(WithUnion, withunion)
USE(Over, over)
USE(Anon, anon)
USE(Member, member)
USE(WithEnum, withenum)
__attribute__((noinline)) int byval(Derived d, Pair<char> p) { return d.e + p.first; }
__attribute__((noinline)) Pair<long> ret(int a) { return {a, a}; }
__attribute__((noinline)) int mptr(Pair<short> **p) { return p != nullptr; }
