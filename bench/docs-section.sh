# Sourced by the benches that write docs/BENCHMARKS.md: replaces the lines
# between "<!-- NAME: generated, begin -->" and "<!-- NAME: generated, end -->"
# with a file, leaving the rest of the document as it is.
#   docs_section DOC NAME FILE
docs_section() {
  local doc=$1 name=$2 file=$3
  local begin="<!-- $name: generated, begin -->" end="<!-- $name: generated, end -->"
  if ! grep -qxF "$begin" "$doc" || ! grep -qxF "$end" "$doc"; then
    printf '%s has no generated section for %s (the lines "%s" and "%s"); results are in %s\n' \
      "$doc" "$name" "$begin" "$end" "$file" >&2
    return 1
  fi
  awk -v b="$begin" -v e="$end" -v f="$file" '
    $0 == b { print; while ((getline l < f) > 0) print l; skip = 1; next }
    $0 == e { skip = 0 }
    !skip' "$doc" > "$doc.tmp" && mv "$doc.tmp" "$doc"
}
