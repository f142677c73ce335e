# lit configuration for sancov-dataflow.
import os
import sys

import lit.formats
from lit.llvm import llvm_config
from lit.llvm.subst import ToolSubst

config.name = "sancov-dataflow"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".ll", ".c", ".cpp", ".rs", ".test"]
config.excludes = ["Inputs", "CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = config.sancov_obj_root

# Against another LLVM than 22 (CMake's plugin-only build) only the plugin
# is built, and only the suites that run it in that LLVM's opt apply: the
# others compile with clang 22 or rustc 1.95 (LLVM 22) or use the runtime,
# the tools and the viewer, which go with LLVM 22.
if config.plugin_only:
    toolchain_suites = ["Clang", "Examples", "Kernel", "Recorder",
                        "Reliability", "Runtime", "Rust", "Values", "Viewer",
                        "Wrapper"]
    config.excludes += toolchain_suites
    lit_config.note(f"LLVM {config.llvm_version_major} plugin-only build: "
                    f"{', '.join(toolchain_suites)} need LLVM 22 and are "
                    "left out")

llvm_config.use_default_substitutions()
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)
# Tests must not see options meant for a user's own builds.
for var in ["SANCOV_DATAFLOW_OPTIONS", "SANCOV_DATAFLOW_OUT", "SANCOV_DATAFLOW_CMP",
            "SANCOV_DATAFLOW_ONLY"]:
    config.environment.pop(var, None)

for t in config.llvm_targets.split(";"):
    config.available_features.add(t.lower() + "-registered-target")
config.available_features.add("llvm-" + config.llvm_version_major)
# The host, for tests that run x86-64 code or link ABI E's runtime.
import platform
if platform.machine() in ("x86_64", "AMD64"):
    config.available_features.add("host-x86_64")

opt = os.path.join(config.llvm_tools_dir, "opt")
config.substitutions.append(("%plugin", config.plugin))
config.substitutions.append(("%python", sys.executable))
# Every fixture goes through the verifier after our pass runs.
config.substitutions.append(
    ("%opt", f"{opt} -load-pass-plugin={config.plugin} -verify-each"))
config.substitutions.append(("%clang_noplugin", config.clang))
config.substitutions.append(("%llc", os.path.join(config.llvm_tools_dir, "llc")))
config.substitutions.append(
    ("%clang", f"{config.clang} -fpass-plugin={config.plugin}"))
config.substitutions.append(("%include", os.path.join(config.source_dir, "include")))
# One runtime archive per callback ABI; longest name first: lit substitutes
# in order, and %rtlib is a prefix of the others.
for suffix in ["-value-pc", "-value", "-packed", "-tag", ""]:
    config.substitutions.append(
        ("%rtlib" + suffix, os.path.join(config.binary_dir, "lib",
                                         f"libsancov-dataflow-rt{suffix}.a")))
config.substitutions.append(("%dataflow-view", os.path.join(config.binary_dir, "bin", "dataflow-view")))
config.substitutions.append(("%sancov-dataflow-cc", os.path.join(config.binary_dir, "bin", "sancov-dataflow-cc")))
config.substitutions.append(("%dataflow-trace", os.path.join(config.binary_dir, "bin", "dataflow-trace")))
config.substitutions.append(("%inputs", os.path.join(config.test_source_root, "Inputs")))
# Traces and raw buffers built from descriptions (the Viewer and Recorder
# tests): Viewer/Inputs/mktrace.c, and the description lines of a test file.
config.substitutions.append(
    ("%mktrace-build",
     f"{config.clang} -I{os.path.join(config.source_dir, 'include')} "
     f"{os.path.join(config.test_source_root, 'Viewer', 'Inputs', 'mktrace.c')}"))
config.substitutions.append(("%trace-lines", "sed -n 's|^// TRACE: ||p'"))

if config.rustc and not config.rustc.endswith("NOTFOUND"):
    import subprocess
    config.available_features.add("rustc")
    version = subprocess.run([config.rustc, "-vV"], capture_output=True,
                             text=True).stdout
    for line in version.splitlines():
        if line.startswith("LLVM version: "):
            config.available_features.add(
                "rustc-llvm-" + line.split(": ")[1].split(".")[0])
    # -Z flags on stable rustc; the same as the kernel's build does.
    config.environment["RUSTC_BOOTSTRAP"] = "1"
    # Longest name first: lit substitutes in order.
    config.substitutions.append(("%rustc_noplugin", config.rustc))
    config.substitutions.append(
        ("%rustc", f"{config.rustc} -Zllvm-plugins={config.plugin}"))

llvm_config.add_tool_substitutions(
    ["FileCheck", "not", "count", "split-file", "llvm-as", "llvm-dis"],
    config.llvm_tools_dir)

# Artifacts of kernel/e2e/run.sh (scripts/check.sh runs it first and
# lists the modes it ran in SANCOV_DATAFLOW_KERNEL_TESTS).
kernel_dir = os.path.join(config.binary_dir, "kernel-e2e")
config.substitutions.append(("%kernel-e2e", kernel_dir))
# kasan and arm64 come from `run.sh --full` only, rust from
# kernel/rust/e2e.sh (never run by CI).
for mode, artifact in [("base", "demo.trace"), ("all", "pipe.trace"),
                       ("sub", "pipe.trace"), ("usb", "usb.trace"),
                       ("kasan", "pipe.trace"),
                       ("arm64", "pipe.trace"),
                       ("rust", "dataflow_rust_demo.trace")]:
    if os.path.exists(os.path.join(kernel_dir, mode, artifact)):
        config.available_features.add("kernel-e2e-" + mode)
    elif (mode in os.environ.get("SANCOV_DATAFLOW_KERNEL_TESTS", "").split()
          and not config.plugin_only):
        lit_config.fatal(f"kernel/e2e/run.sh {mode} left no {artifact} in "
                         f"{kernel_dir}/{mode}")
