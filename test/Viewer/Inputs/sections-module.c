// A kernel module's functions in three code sections, for the module
// section tests (Viewer/kernel-module-sections.c,
// Recorder/module-sections.c): built with -O1 -c, each is at offset 0 of
// .text, .text.unlikely. (clang's section for cold functions, as in the
// kernel's .ko files) or .init.text.
__attribute__((noinline, cold)) int mod_cold(long err) { return -(int)err; }
// Not only the cold call, or clang would make it cold too.
__attribute__((noinline)) int mod_handler(long err) {
  return err ? mod_cold(err) : 1;
}
__attribute__((noinline, section(".init.text"))) int mod_init(void) {
  return 0;
}
