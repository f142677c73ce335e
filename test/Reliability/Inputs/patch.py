"""patch.py FILE OFFSET HEXBYTES: overwrite bytes of FILE at OFFSET."""
import sys

path, off, hexbytes = sys.argv[1], int(sys.argv[2], 0), bytes.fromhex(sys.argv[3])
with open(path, "r+b") as f:
    f.seek(off)
    f.write(hexbytes)
