#!/usr/bin/env bash
# Builds a Rust example with the sancov-dataflow plugin and runtime, runs it
# with recording on, and shows the trace with function, parameter and field
# names:
#
#   examples/rust/run.sh                 the demo (demo/), dev profile
#   examples/rust/run.sh --release       the same at opt-level 3
#   examples/rust/run.sh regex-driver    the regex crate from Debian's
#                                        librust-regex-dev, driven by
#                                        regex-driver/
#
# Needs rustc 1.95 (LLVM 22) from rustup (~/.cargo/bin is added to PATH).
# SANCOV_DATAFLOW_BUILD=DIR uses an existing CMake build directory instead
# of building ./build; everything this script writes goes to
# DIR/examples-rust/NAME, or to SANCOV_DATAFLOW_EXAMPLE_OUT if set.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
export PATH="$HOME/.cargo/bin:$PATH"
# Either would replace the configuration's target rustflags (the plugin).
unset RUSTFLAGS CARGO_ENCODED_RUSTFLAGS

name=demo
profile=dev
for a in "$@"; do
  case "$a" in
    --release) profile=release ;;
    demo|regex-driver) name=$a ;;
    *) echo "usage: $0 [--release] [demo|regex-driver]" >&2; exit 2 ;;
  esac
done

if [ -z "${SANCOV_DATAFLOW_BUILD:-}" ]; then
  "$root/scripts/deps.sh"
  "$root/scripts/build.sh"
  build=$root/build
else
  build=$(cd "$SANCOV_DATAFLOW_BUILD" && pwd)
fi
command -v cargo >/dev/null || {
  echo "$0: cargo not found; install rustc 1.95 with rustup" >&2; exit 1; }

debian=()
if [ "$name" = regex-driver ]; then
  debian=(--debian-registry)
  if ! ls -d /usr/share/cargo/registry/regex-1.* >/dev/null 2>&1; then
    echo "$0: installing librust-regex-dev (Debian's regex crate sources)" >&2
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
      --no-install-recommends librust-regex-dev
  fi
fi

# Cargo reads .cargo/config.toml from the directory it runs in: the build
# directory gets one with the plugin's absolute path, the sources stay
# untouched.
out=${SANCOV_DATAFLOW_EXAMPLE_OUT:-$build/examples-rust/$name}
mkdir -p "$out/.cargo"
"$here/cargo-config.sh" "${debian[@]}" "$build" > "$out/.cargo/config.toml"
cd "$out"
cargo build -q --profile "$profile" --manifest-path "$here/$name/Cargo.toml" \
  --target-dir "$out/target"
dir=$profile
[ "$profile" = dev ] && dir=debug
pkg=$name
[ "$name" = demo ] && pkg=dataflow-demo
bin=$out/target/x86_64-unknown-linux-gnu/$dir/$pkg

# The example's own functions (methods print as <crate::Type>::name); the
# trace also holds every instrumented generic of std and of the crates.
case "$name" in
  demo) filter='^<?dataflow_demo::' ;;
  regex-driver) filter='^<?regex_driver::|^<regex::re_unicode::Regex>::' ;;
esac
echo "== program output"
SANCOV_DATAFLOW_OUT="$out/trace.bin" "$bin"
echo "== dataflow-view --binary $bin $out/trace.bin --filter '$filter'"
"$build/bin/dataflow-view" --binary "$bin" "$out/trace.bin" --filter "$filter"
