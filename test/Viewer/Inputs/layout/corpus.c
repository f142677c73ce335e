// Struct shapes for the differential layout check (layout-tables.test):
// every struct is passed by pointer or by value so the plugin builds its
// table.
#include <stdint.h>
#include <stdalign.h>

#define USE(T, n)                                                              \
  __attribute__((noinline)) int use_##n(T *p) { return p != 0; }              \
  __attribute__((noinline)) int val_##n(T v) { return sizeof(v); }

struct scalars { char c; short s; int i; long l; float f; double d; };
struct bits { unsigned a : 3, b : 5, c : 1; int d : 20; unsigned e : 12; };
struct straddle { uint8_t x; uint32_t a : 13, b : 17; uint64_t c : 41, d : 23; };
struct zero_bits { int a : 4; int : 0; int b : 3; char c; };
struct __attribute__((packed)) packed { char c; int i; short s; long l; };
struct __attribute__((packed)) packed_bits { char c; unsigned a : 9, b : 7; int x; };
struct overaligned { char c; alignas(32) int i; long l; };
struct __attribute__((aligned(64))) aligned64 { int a; };
struct inner { int x, y; };
union un { int i; float f; char b[12]; };
struct nested { struct inner in; union un u; int arr[3]; struct inner ins[2]; char name[5]; };
struct flex { int n; char data[]; };
struct flex2 { long n; struct inner items[]; };
struct anon { int a; union { int b; float c; }; struct { short d, e; }; int f; };
typedef struct tagged { int v; } tagged_t;
typedef const tagged_t ctagged_t;
struct fwd;
struct ptrs { struct fwd *f; void *v; int **pp; const char *s; tagged_t *t; struct ptrs *self; };
struct empty_member { struct {} e; int a; };
struct atom { _Atomic int a; volatile long b; const short c; };
struct fnptr { int (*cb)(int); void (*arr[2])(void); };
struct vla_like { int n; double d[0]; };
struct big { char bytes[300]; int tail; };
struct bool_bits { _Bool a : 1; _Bool b : 1; unsigned long long c : 63; };
struct wide_bits { unsigned __int128 a : 100; unsigned __int128 b : 28; };
struct with_complex { _Complex double z; long double ld; };
enum color { RED, GREEN };
struct enum_member { enum color c; enum color bits : 2; };

USE(struct scalars, scalars)
USE(struct bits, bits)
USE(struct straddle, straddle)
USE(struct zero_bits, zero_bits)
USE(struct packed, packed)
USE(struct packed_bits, packed_bits)
USE(struct overaligned, overaligned)
USE(struct aligned64, aligned64)
USE(struct inner, inner)
USE(struct nested, nested)
USE(struct flex, flex)
USE(struct flex2, flex2)
USE(struct anon, anon)
USE(tagged_t, tagged)
USE(ctagged_t, ctagged)
USE(struct ptrs, ptrs)
USE(struct empty_member, empty_member)
USE(struct atom, atom)
USE(struct fnptr, fnptr)
USE(struct vla_like, vla_like)
USE(struct big, big)
USE(struct bool_bits, bool_bits)
USE(struct wide_bits, wide_bits)
USE(struct with_complex, with_complex)
USE(struct enum_member, enum_member)
__attribute__((noinline)) int pp(struct inner **p) { return p != 0; }
__attribute__((noinline)) int cpp(const tagged_t *const *p) { return p != 0; }
__attribute__((noinline)) int fw(struct fwd *p) { return p != 0; }
__attribute__((noinline)) struct inner ret_inner(int a) { struct inner r = {a, a}; return r; }
__attribute__((noinline)) int anon_arg(struct { int q; char r; } *p) { return p != 0; }
