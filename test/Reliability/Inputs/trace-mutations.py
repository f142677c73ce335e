"""Runs dataflow-view on damaged copies of a good trace.

    trace-mutations.py VIEW BINARY TRACE WORKDIR

Damage: the trace cut at evenly spread lengths (and in the header), and
single bytes overwritten (0x00, 0xff, the byte + 1) at evenly spread
offsets; each damaged trace is viewed in one of the formats text, --stats
and records, in turn. Every run must end with exit status 0 or 1 (never a signal,
never another code) within 20 s; exit 1 must come with at least one
"dataflow-view: error:" line; whatever the viewer writes on stderr is
its own lines ("dataflow-view: ..." or the "== ... ==" / "error: <file>:
offset" diagnostics), never an LLVM crash report. Prints one line per
outcome class and "bad: N" (N must be 0).
"""
import os
import subprocess
import sys

view, binary, trace, work = sys.argv[1:5]
data = open(trace, "rb").read()
os.makedirs(work, exist_ok=True)
path = os.path.join(work, "damaged.bin")

cuts = sorted(set(list(range(0, 48, 8)) +
                  [len(data) * i // 40 for i in range(40)] + [len(data) - 1]))
offsets = sorted(set(list(range(0, 48, 3)) +
                     [len(data) * i // 40 for i in range(40)]))
cases = [("cut", n, data[:n]) for n in cuts]
for off in offsets:
    for new in (0x00, 0xFF, (data[off] + 1) & 0xFF):
        if new != data[off]:
            cases.append(("byte", off, data[:off] + bytes([new]) + data[off + 1:]))

counts = {}
counts_seen = []
bad = []
for kind, where, blob in cases:
    with open(path, "wb") as f:
        f.write(blob)
    formats = (["--format=text"], ["--stats"], ["--format=records"])
    for fmt in [formats[len(counts_seen) % 3]]:
        counts_seen.append(1)
        try:
            p = subprocess.run([view, "--binary", binary, path] + fmt,
                               capture_output=True, text=True, timeout=20,
                               errors="replace")
        except subprocess.TimeoutExpired:
            bad.append(f"{kind}@{where} {fmt[0]}: timeout")
            continue
        err = p.stderr
        why = None
        if p.returncode not in (0, 1):
            why = f"exit status {p.returncode}"
        elif p.returncode == 1 and "dataflow-view: error:" not in err:
            why = "exit 1 without an error message"
        elif any(s in err for s in ("Stack dump", "PLEASE submit", "Assertion",
                                    "AddressSanitizer", "runtime error")):
            why = "crash report"
        if why:
            bad.append(f"{kind}@{where} {fmt[0]}: {why}: {err[-300:]!r}")
        key = f"{kind} exit {p.returncode}"
        counts[key] = counts.get(key, 0) + 1

print(f"damaged traces: {len(cases)} ({len(cuts)} cuts, "
      f"{len(cases) - len(cuts)} byte changes), text, stats and records in turn")
for k in sorted(counts):
    print(f"{k}: {counts[k]}")
print(f"bad: {len(bad)}")
for b in bad[:20]:
    print("  " + b)
sys.exit(1 if bad else 0)
