#!/usr/bin/env python3
"""Random function signatures for the plugin (docs/RELIABILITY.md).

llvm-stress always generates the same signature and debugify describes no
parameters, so neither exercises how the plugin reports arguments and
return values of unusual types. This generates modules of functions whose
parameter and return types, attributes and exits are random: integers of
odd widths, every float type the target has, pointers (also byval, sret,
inreg, in address spaces), vectors (also scalable and larger than 255
bytes), arrays, literal, packed and empty structs, varargs, several
returns, `unreachable`, musttail, invoke/resume. No debug info: the IR
arguments are reported (docs/ABI.md). Each module goes through

  opt -mtriple=T -load-pass-plugin -passes='sancov-dataflow<args;ret>' -verify-each

and must give one trace_args call per parameter (not the sret pointer, not
`...`) and one trace_ret call per `ret` that does not follow a musttail
call; then through `llc -O0` for the target (a failure counts only if the
module compiles without the plugin).

  random-signatures.py [--seeds FIRST:COUNT] [--functions N] [--plugin SO]
                       [--opt OPT] [--llc LLC] [--out DIR] [--addrspace]

Prints one summary; exit status 1 if any module failed. --addrspace also
generates pointers in address spaces other than 0 (a known bug: see
docs/RELIABILITY.md), which are otherwise left out.
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))

TRIPLES = {
    "x86_64-unknown-linux-gnu": {"fp": ["x86_fp80"], "scalable": False, "bits": 64},
    "aarch64-unknown-linux-gnu": {"fp": [], "scalable": True, "bits": 64},
    "riscv64-unknown-linux-gnu": {"fp": [], "scalable": True, "bits": 64},
    # No bfloat: clang has no __bf16 for these targets, and their backends
    # cannot store one (the plugin stores scalars into its slot), see
    # docs/RELIABILITY.md.
    "s390x-unknown-linux-gnu": {"fp": [], "scalable": False, "bits": 64, "nobf16": True},
    "powerpc64le-unknown-linux-gnu": {"fp": ["ppc_fp128"], "scalable": False, "bits": 64, "nobf16": True},
    "i686-unknown-linux-gnu": {"fp": ["x86_fp80"], "scalable": False, "bits": 32, "nobf16": True},
    "armv7-unknown-linux-gnueabihf": {"fp": [], "scalable": False, "bits": 32},
}
LLC_ATTRS = {"aarch64-unknown-linux-gnu": "-mattr=+sve",
             "riscv64-unknown-linux-gnu": "-mattr=+v"}


class Gen:
    def __init__(self, rng, triple, addrspace):
        self.r = rng
        self.t = TRIPLES[triple]
        self.triple = triple
        self.addrspace = addrspace

    def scalar(self):
        r = self.r
        pool = ["i1", "i8", "i16", "i32", "i64", "i128", "i7", "i33", "i256",
                "half", "bfloat", "float", "double", "fp128", "ptr"] + self.t["fp"]
        if self.addrspace:
            pool += ["ptr addrspace(1)", "ptr addrspace(3)"]
        if self.t.get("nobf16"):
            pool.remove("bfloat")
        return r.choice(pool)

    def vector(self):
        r = self.r
        elt = r.choice(["i1", "i8", "i16", "i32", "i64", "float", "double", "ptr"])
        n = r.choice([1, 2, 3, 4, 8, 16, 64])
        if self.t["scalable"] and elt != "ptr" and r.random() < 0.3:
            return f"<vscale x {r.choice([1, 2, 4, 8])} x {elt}>"
        return f"<{n} x {elt}>"

    def aggregate(self, depth=0):
        r = self.r
        k = r.randrange(4)
        if k == 0:
            return f"[{r.choice([0, 1, 3, 4, 40])} x {self.first_class(depth + 1, agg=depth < 1)}]"
        fields = [self.first_class(depth + 1, agg=depth < 1) for _ in range(r.randrange(0, 5))]
        if k == 1:
            return "<{ " + ", ".join(fields) + " }>" if fields else "<{}>"
        return "{ " + ", ".join(fields) + " }" if fields else "{}"

    def first_class(self, depth=0, agg=True):
        r = self.r
        x = r.random()
        if x < 0.55:
            return self.scalar()
        if x < 0.75:
            return self.vector()
        if agg:
            return self.aggregate(depth)
        return self.scalar()

    def memtype(self):
        t = self.first_class()
        return t if "vscale" not in t else "i64"

    def param(self, i, first):
        r = self.r
        x = r.random()
        if x < 0.12:
            return "ptr byval(%s) align 8" % self.memtype(), "byval"
        if x < 0.16 and self.triple.startswith(("x86_64", "i686")):
            return r.choice(["i32 inreg", "ptr inreg"]), "plain"
        if x < 0.26:
            return r.choice(["i8 zeroext", "i16 signext", "i1 zeroext", "i32 signext"]), "plain"
        if x < 0.32:
            return r.choice(["ptr noundef nonnull align 16", "ptr dereferenceable(24)",
                             "ptr noalias nocapture readonly"]), "plain"
        t = self.first_class()
        # LLVM 22's GlobalISel (aarch64 -O0) crashes on a function with an
        # empty-struct parameter and a byval one once an argument is used,
        # with or without the plugin: `define <8 x double> @f({} %a,
        # ptr byval([4 x i64]) %b, <8 x double> %c) { ret <8 x double> %c }`
        # (docs/RELIABILITY.md).
        while self.triple.startswith("aarch64") and "{}" in t:
            t = self.first_class()
        return t, "plain"

    def function(self, idx):
        r = self.r
        name = f"f{idx}"
        sret = r.random() < 0.1
        nparams = r.randrange(0, 9)
        params = []
        if sret:
            params.append(("ptr sret(%s) align 8" % self.memtype(), "sret"))
        for i in range(nparams):
            params.append(self.param(i, not params))
        varargs = r.random() < 0.1
        ret = "void" if sret or r.random() < 0.25 else self.first_class()
        sig = ", ".join(f"{p} %a{i}" for i, (p, _) in enumerate(params))
        if varargs:
            sig += (", " if sig else "") + "..."
        eh = not varargs and r.random() < 0.1
        musttail = not varargs and not eh and r.random() < 0.08
        head = f"define {ret} @{name}({sig})" + (" personality ptr @__gxx_personality_v0" if eh else "") + " {"
        body = ["entry:"]
        if r.random() < 0.5:
            body.append("  %slot = alloca [16 x i8], align 16")
        # A value of the return type: an argument of that type, or poison /
        # zeroinitializer.
        def retval():
            same = [f"%a{i}" for i, (p, k) in enumerate(params)
                    if k == "plain" and p.split(" ")[0] == ret.split(" ")[0] and p == ret]
            if same and r.random() < 0.7:
                return r.choice(same)
            return r.choice(["poison", "zeroinitializer", "undef"]) if "vscale" not in ret or True else "poison"
        def ret_inst():
            return "  ret void" if ret == "void" else f"  ret {ret} {retval()}"
        rets = 0
        if musttail:
            args = ", ".join(f"{p} %a{i}" for i, (p, _) in enumerate(params))
            if ret == "void":
                body += [f"  musttail call void @{name}({args})", "  ret void"]
            else:
                body += [f"  %r = musttail call {ret} @{name}({args})", f"  ret {ret} %r"]
            return head, body, len([p for p in params if p[1] != "sret"]), 0
        if eh:
            body += ["  invoke void @may_throw() to label %ok unwind label %lp",
                     "lp:", "  %e = landingpad { ptr, i32 } cleanup",
                     "  resume { ptr, i32 } %e", "ok:"]
        shape = r.randrange(3)
        if shape == 0:
            body.append(ret_inst()); rets = 1
        elif shape == 1:
            body += ["  %c = call i1 @cond()", "  br i1 %c, label %a, label %b",
                     "a:", ret_inst(), "b:", ret_inst()]
            rets = 2
        else:
            body += ["  %c = call i1 @cond()", "  br i1 %c, label %a, label %dead",
                     "a:", ret_inst(), "dead:", "  call void @abort()", "  unreachable"]
            rets = 1
        return head, body, len([p for p in params if p[1] != "sret"]), rets

    def module(self, nfuncs):
        out = [f'target triple = "{self.triple}"', "",
               "declare i1 @cond()", "declare void @abort() noreturn",
               "declare void @may_throw()", "declare i32 @__gxx_personality_v0(...)", ""]
        params = rets = 0
        for i in range(nfuncs):
            head, body, p, n = self.function(i)
            out += [head] + body + ["}", ""]
            params += p
            rets += n
        return "\n".join(out) + "\n", params, rets


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", default="1:100")
    ap.add_argument("--functions", type=int, default=20)
    ap.add_argument("--plugin", default=os.path.join(here, "..", "..", "build", "lib", "SanCovDataflow.so"))
    ap.add_argument("--opt", default="opt-22")
    ap.add_argument("--llc", default="llc-22")
    ap.add_argument("--out", default=None)
    ap.add_argument("--addrspace", action="store_true")
    a = ap.parse_args()
    first, count = (int(x) for x in a.seeds.split(":"))
    out = a.out or tempfile.mkdtemp(prefix="random-signatures.")
    os.makedirs(out, exist_ok=True)
    triples = sorted(TRIPLES)
    stats = {"modules": 0, "functions": 0, "args": 0, "rets": 0, "llc": 0,
             "llc-fails-without-plugin": 0}
    fails = []
    for seed in range(first, first + count):
        rng = random.Random(seed)
        triple = triples[seed % len(triples)]
        text, params, rets = Gen(rng, triple, a.addrspace).module(a.functions)
        src = os.path.join(out, f"sig{seed}.ll")
        with open(src, "w") as f:
            f.write(text)
        # The generator is meant to write valid IR: check it without the pass.
        p = run([a.opt, f"-mtriple={triple}", "-passes=verify", "-disable-output", src])
        if p.returncode:
            fails.append(f"seed {seed} {triple}: generator wrote invalid IR: {p.stderr.strip()[:200]}")
            continue
        dst = os.path.join(out, f"sig{seed}.out.ll")
        p = run([a.opt, f"-mtriple={triple}", f"-load-pass-plugin={a.plugin}",
                 "-passes=sancov-dataflow<args;ret>", "-verify-each", "-S", src, "-o", dst])
        stats["modules"] += 1
        stats["functions"] += a.functions
        if p.returncode:
            first_line = next((l for l in p.stderr.splitlines() if l.strip()), "")
            fails.append(f"seed {seed} {triple}: opt failed: {first_line[:200]}")
            continue
        got = open(dst).read()
        na = got.count("call void @__sanitizer_cov_trace_args(")
        nr = got.count("call void @__sanitizer_cov_trace_ret(")
        stats["args"] += na
        stats["rets"] += nr
        if (na, nr) != (params, rets):
            fails.append(f"seed {seed} {triple}: args {na}/{params}, rets {nr}/{rets}")
            continue
        llc = [a.llc, "-O0", f"-mtriple={triple}", "-filetype=obj", "-o", os.devnull]
        if triple in LLC_ATTRS:
            llc.insert(1, LLC_ATTRS[triple])
        p = run(llc + [dst])
        if p.returncode:
            if run(llc + [src]).returncode == 0:
                first_line = next((l for l in p.stderr.splitlines() if l.strip()), "")
                fails.append(f"seed {seed} {triple}: llc fails only with the plugin: {first_line[:200]}")
            else:
                stats["llc-fails-without-plugin"] += 1
        else:
            stats["llc"] += 1
            os.remove(dst)
            os.remove(src)
    print(f"random signatures seeds {first}..{first + count - 1}: {stats['modules']} modules, "
          f"{stats['functions']} functions, {stats['args']} trace_args and "
          f"{stats['rets']} trace_ret calls checked; llc -O0: {stats['llc']} ok, "
          f"{stats['llc-fails-without-plugin']} fail without the plugin too")
    print(f"failures: {len(fails)}")
    for f in fails[:30]:
        print("  " + f)
    if fails:
        print(f"inputs kept in {out}")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
