#!/usr/bin/env bash
# Prints a cargo configuration that builds a project with the sancov-dataflow
# plugin and links the user-space runtime:
#
#   examples/rust/cargo-config.sh [--debian-registry] BUILD_DIR > .cargo/config.toml
#   cargo build --target x86_64-unknown-linux-gnu
#
# BUILD_DIR is the CMake build directory (build/). Paths are made absolute:
# cargo runs rustc in a different directory for each package.
# --debian-registry also replaces crates.io by Debian's packaged crate
# sources (/usr/share/cargo/registry, the librust-*-dev packages) and turns
# the network off.
set -euo pipefail
debian=0
if [ "${1:-}" = "--debian-registry" ]; then
  debian=1
  shift
fi
[ $# -eq 1 ] || { echo "usage: $0 [--debian-registry] BUILD_DIR" >&2; exit 2; }
build=$(cd "$1" && pwd)
plugin=$build/lib/SanCovDataflow.so
rt=$build/lib/libsancov-dataflow-rt.a
for f in "$plugin" "$rt"; do
  [ -f "$f" ] || { echo "$0: $f not found (build first: cmake --build $1)" >&2; exit 1; }
done
triple=x86_64-unknown-linux-gnu
cat <<TOML
# sancov-dataflow: instrument this project's code, link the runtime.
#
# The flags are given for the target triple, and cargo must be run with an
# explicit --target $triple (or [build] target below): then they
# reach only the code compiled for the target, never build scripts and
# proc-macros, which run on the host inside cargo and rustc and have no
# runtime to call.
[build]
target = "$triple"

[target.$triple]
rustflags = [
  # Load the pass plugin (an unstable flag: RUSTC_BOOTSTRAP below).
  "-Zllvm-plugins=$plugin",
  # Parameter names, types and struct fields for the viewer.
  "-Cdebuginfo=2",
  # The callbacks' receiver. Ignored when rustc builds a library.
  "-Clink-arg=$rt",
]

# Cargo strips the debug info of a profile whose own \`debug\` setting is
# off (release), whatever rustflags say.
[profile.release]
debug = "full"

[env]
# -Z flags on a stable rustc. Plugin options go in SANCOV_DATAFLOW_OPTIONS
# (rustc parses -Cllvm-args before it loads plugins), for example
#   SANCOV_DATAFLOW_OPTIONS = "ignorelist=/abs/path/ignore.txt"
RUSTC_BOOTSTRAP = "1"
TOML
if [ "$debian" = 1 ]; then
  cat <<'TOML'

# Crates from Debian's librust-*-dev packages instead of crates.io.
[source.crates-io]
replace-with = "debian"

[source.debian]
directory = "/usr/share/cargo/registry"

[net]
offline = true
TOML
fi
