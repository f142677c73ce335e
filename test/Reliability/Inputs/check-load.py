"""Checks the traces of runtime-load (Inputs/runtime-load.c).

    check-load.py THREADS CALLS PARENT_DUMP CHILD_DUMP [--bounded]

The dumps are dump-trace's (test/Runtime/Inputs/dump-trace.c), streamed.
Every f record of each thread is checked against what that thread passed,
in call order: ENTRY idx=0 (the struct: seq, thread, low, tag, with
0xbadadd85 for each field that cannot be read), ENTRY idx=1 (seq), RET
(seq ^ 0x5a5a). Unbounded: every call of every thread is there, nothing
dropped, no sequence gaps. Bounded (--bounded): each thread keeps a prefix
of its records and the drop counts of its chunks are exactly the records
missing. The forked child's file has its in_child records and nothing of
the parent's. Prints a summary ending in "errors: N".
"""
import sys

threads, calls = int(sys.argv[1]), int(sys.argv[2])
parent, child = sys.argv[3], sys.argv[4]
bounded = "--bounded" in sys.argv
BAD = 0xBADADD85
FORK_CALLS = 1000
errors = []


def err(msg):
    errors.append(msg)


def expect_struct(t, i):
    if i % 97 != 13:
        return [i, t, i & 0x7FFF, ord("A") + t]
    if (i // 97) % 4 == 3:
        return [i, BAD, BAD, BAD]
    return [BAD] * 4


def parse(line):
    parts = line.split()
    rec = {"kind": parts[1], "fn": parts[2]}
    for p in parts[3:]:
        if "=" in p:
            k, v = p.split("=", 1)
            rec[k] = v
    return rec


class Thread:
    def __init__(self):
        self.t = None
        self.call = 0
        self.state = 0
        self.frecs = 0
        self.other = 0
        self.dropped = 0


def check_parent(path):
    ths = {}
    cur = None
    end = None
    with open(path) as f:
        for line in f:
            if line.startswith("THREAD "):
                parts = line.split()
                cur = ths.setdefault(parts[1], Thread())
                cur.dropped += int(line.split("dropped=")[1])
                continue
            if line.startswith("error"):
                err("dump-trace: " + line.strip())
                continue
            if line.startswith("END "):
                end = line.strip()
                continue
            if not line.startswith("#"):
                continue
            r = parse(line)
            if r["fn"] != "f":
                cur.other += 1
                continue
            if len(errors) > 20:
                continue
            if cur.t is None:
                vals = [int(x, 16) for x in r.get("fields", "").split(",") if x]
                if r["kind"] != "ENTRY" or r.get("idx") != "0" or len(vals) != 4:
                    err("a thread's first f record is not its struct: " + line.strip())
                    continue
                cur.t = vals[1]
            t, i = cur.t, cur.call
            if cur.state == 0:
                vals = [int(x, 16) for x in r.get("fields", "").split(",") if x]
                if r["kind"] != "ENTRY" or r.get("idx") != "0" or r.get("size") != "16":
                    err(f"thread {t} call {i}: expected the struct: {line.strip()}")
                elif vals != expect_struct(t, i):
                    err(f"thread {t} call {i}: fields {vals} != {expect_struct(t, i)}")
            elif cur.state == 1:
                if r["kind"] != "ENTRY" or r.get("idx") != "1" or r.get("value") != hex(i):
                    err(f"thread {t} call {i}: seq argument: {line.strip()}")
            else:
                if r["kind"] != "RET" or r.get("value") != hex(i ^ 0x5A5A):
                    err(f"thread {t} call {i}: return value: {line.strip()}")
                cur.call += 1
            cur.frecs += 1
            cur.state = (cur.state + 1) % 3
    workers = [th for th in ths.values() if th.t is not None]
    seen = sorted(th.t for th in workers)
    dropping = 0
    for th in workers:
        full = 3 * calls
        if not bounded:
            if th.frecs != full:
                err(f"thread {th.t}: {th.frecs} f records, expected {full}")
            if th.dropped:
                err(f"thread {th.t}: dropped {th.dropped}")
        else:
            # worker's ENTRY and RET bracket its f records.
            if th.frecs + th.other + th.dropped != full + 2:
                err(f"thread {th.t}: kept {th.frecs}+{th.other}, dropped "
                    f"{th.dropped}, expected {full + 2} in all")
            dropping += th.dropped > 0
    if seen != list(range(threads)):
        err(f"threads with f records: {seen}")
    if end is None:
        err("no END line")
    elif not bounded and not end.endswith(" dropped=0 seqgaps=0"):
        err("END: " + end)
    return len(workers), sum(th.frecs for th in workers), dropping


def check_child(path):
    n = 0
    dropped = 0
    with open(path) as f:
        for line in f:
            if line.startswith("error"):
                err("child dump-trace: " + line.strip())
            elif line.startswith("THREAD "):
                dropped += int(line.split("dropped=")[1])
            elif line.startswith("#"):
                r = parse(line)
                if r["fn"] != "in_child":
                    err("child file has a record of " + r["fn"])
                n += 1
    if not bounded and (n != 2 * FORK_CALLS or dropped):
        err(f"child: {n} in_child records, dropped {dropped}")
    if bounded and n + dropped != 2 * FORK_CALLS:
        err(f"child: {n} + dropped {dropped} != {2 * FORK_CALLS}")
    return n


nth, frecs, dropping = check_parent(parent)
crecs = check_child(child)
print(f"threads: {nth}, f records checked: {frecs}, child records: {crecs}"
      + (f", threads that dropped: {dropping}" if bounded else ""))
for e in errors[:20]:
    print("error: " + e)
print(f"errors: {len(errors)}")
sys.exit(1 if errors else 0)
