# Prints "DEFINES PARAMS RETS" of an LLVM IR file: the defined functions,
# the parameters the plugin reports for them (one trace_args call each) and
# the `ret` instructions (one trace_ret call each; not right after a
# musttail call, which csmith and llvm-stress never generate).
#
# PARAMS counts source parameters, as the plugin does (docs/ABI.md): with a
# DISubprogram whose DISubroutineType lists types, the entries after the
# return type (a trailing `null` is C's `...`); without one (no debug info,
# or debugify's empty type list), the IR parameters except `...` and the
# hidden `sret` pointer. A struct split into two IR arguments is one source
# parameter; one that dead-argument elimination removed is still one.
function irparam(t) { return t !~ /^ *$/ && t !~ /^ *\.\.\. *$/ && t !~ / sret\(/ }
/^define / {
  defs++
  s = $0
  dbg = ""
  if (match(s, /\) [^{]*!dbg ![0-9]+/)) {
    d = substr(s, RSTART, RLENGTH); sub(/.*!dbg /, "", d); dbg = d
  }
  # The parameter list is the parenthesis after the function's name.
  i = index(s, "@"); s = substr(s, i)
  i = index(s, "("); s = substr(s, i + 1)
  depth = 0; n = 0; tok = ""
  for (j = 1; j <= length(s); j++) {
    c = substr(s, j, 1)
    if (c == "(" || c == "{" || c == "[" || c == "<") depth++
    else if (c == "}" || c == "]" || c == ">") depth--
    else if (c == ")") { if (depth == 0) break; depth-- }
    else if (c == "," && depth == 0) { n += irparam(tok); tok = ""; continue }
    tok = tok c
  }
  n += irparam(tok)
  fn_dbg[defs] = dbg; fn_ir[defs] = n
}
/^  ret / { rets++ }
# Metadata: !N = distinct !DISubprogram(... type: !M ...),
# !M = !DISubroutineType(types: !K), !K = !{...}.
/^![0-9]+ = (distinct )?!DISubprogram\(/ {
  id = $1
  if (match($0, /type: ![0-9]+/)) sp_type[id] = substr($0, RSTART + 6, RLENGTH - 6)
}
/^![0-9]+ = (distinct )?!DISubroutineType\(/ {
  id = $1
  if (match($0, /types: ![0-9]+/)) st_types[id] = substr($0, RSTART + 7, RLENGTH - 7)
}
/^![0-9]+ = (distinct )?!\{/ {
  id = $1
  body = $0; sub(/^[^{]*\{/, "", body); sub(/\}[^}]*$/, "", body)
  cnt = 0; last = ""
  if (body !~ /^ *$/) { cnt = split(body, parts, /, /); last = parts[cnt] }
  tuple_n[id] = cnt; tuple_last[id] = last
}
END {
  params = 0
  for (f = 1; f <= defs; f++) {
    n = fn_ir[f]
    d = fn_dbg[f]
    if (d != "" && (d in sp_type) && (sp_type[d] in st_types)) {
      k = st_types[sp_type[d]]
      if (tuple_n[k] > 0) {
        n = tuple_n[k] - 1
        if (tuple_n[k] > 1 && tuple_last[k] == "null") n--
      }
    }
    params += n
  }
  printf "%d %d %d\n", defs, params, rets + 0
}
