"""Prints the GNU build ID in an ELF notes blob (default /sys/kernel/notes)
as hex: the expected value for the recorder's kernel build-ID test, from
an implementation independent of dataflow-trace's."""
import struct
import sys

data = open(sys.argv[1] if len(sys.argv) > 1 else "/sys/kernel/notes",
            "rb").read()
off = 0
while off + 12 <= len(data):
    namesz, descsz, ntype = struct.unpack_from("<III", data, off)
    name = data[off + 12:off + 12 + namesz]
    desc_off = off + 12 + (namesz + 3) // 4 * 4
    if ntype == 3 and name == b"GNU\0":
        print(data[desc_off:desc_off + descsz].hex())
        sys.exit(0)
    off = desc_off + (descsz + 3) // 4 * 4
sys.exit("no GNU build ID note")
