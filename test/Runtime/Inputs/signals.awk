# Checks the invariant of signals.c on its output followed by the dump.
/^signals=/ { split($0, a, "="); sig = a[2] }
/^calls=/ { split($0, a, "="); calls = a[2] }
/ (ENTRY|RET) f / { f++ }
/ (ENTRY|RET) (handler|g) / { h++ }
/^END / { for (i = 1; i <= NF; i++) if ($i ~ /^dropped=/) { split($i, d, "="); dropped = d[2] } }
END {
  if (f == 2 * calls) printf "f=2*calls "
  else printf "MISMATCH f=%d calls=%d ", f, calls
  if (h + dropped == 4 * sig) printf "handler+g+dropped=4*signals "
  else printf "MISMATCH handler+g=%d dropped=%d signals=%d ", h, dropped, sig
  if (sig > 0) printf "signals>0 "
  print "ok"
}
