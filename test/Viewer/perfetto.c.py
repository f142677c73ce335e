# Checks a Chrome trace-event file: it parses, B/E nest per thread, and
# timestamps increase per thread. Prints the slices for FileCheck.
import json
import sys

doc = json.load(open(sys.argv[1]))
stacks, last = {}, {}
pid = None
for e in doc["traceEvents"]:
    if e["ph"] == "M":
        continue
    tid = e["tid"]
    pid = e["pid"]
    assert e["ts"] > last.get(tid, -1), e
    last[tid] = e["ts"]
    if e["ph"] == "B":
        stacks.setdefault(tid, []).append(e["name"])
        print("B", tid, e["name"], e["args"])
    elif e["ph"] == "E":
        stacks[tid].pop()
        print("E", tid, e["args"])
assert all(not s for s in stacks.values()), stacks
print("balanced", pid)
