// A build script: cargo compiles and runs it on the host, so it must not
// be instrumented (it has no runtime to call).
fn main() {
    println!("cargo:rustc-env=DEMO_GREETING=hello from build.rs");
    println!("cargo:rerun-if-changed=build.rs");
}
