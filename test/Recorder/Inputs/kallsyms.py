"""Writes a /proc/kallsyms for fake-kcov: each SYMBOL of the llvm-nm output
NM at its address plus OFFSET (the KASLR offset of the pretend boot).

    kallsyms.py NM OFFSET SYMBOL...
"""
import sys

nm, offset, wanted = sys.argv[1], int(sys.argv[2], 0), sys.argv[3:]
addrs = {}
for line in open(nm):
    fields = line.split()
    if len(fields) == 3:
        addrs[fields[2]] = int(fields[0], 16)
for name in wanted:
    print("%016x T %s" % (addrs[name] + offset, name))
