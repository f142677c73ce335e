# Reads `llvm-objdump -d --disassemble-symbols=F` and prints, for each call
# to a __sanitizer_cov_trace_* callback in F, the callback's name without
# that prefix and its call site as a runtime records it: the return
# address minus one, as an offset into F.
#   SITE const_cmp4 0x118
# mawk has no strtonum: hex() parses the addresses.
function hex(s, i, v) {
  v = 0
  for (i = 1; i <= length(s); i++)
    v = v * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1
  return v
}
/^[0-9a-f]+ <.*>:$/ { start = hex($1) }
/^ *[0-9a-f]+:/ {
  a = hex(substr($1, 1, length($1) - 1))
  if (callee != "")
    printf "SITE %s 0x%x\n", callee, a - 1 - start
  callee = ""
}
/call.*<__sanitizer_cov_trace_/ {
  callee = $NF
  gsub(/[<>]|__sanitizer_cov_trace_/, "", callee)
}
