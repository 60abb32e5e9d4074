// The tests that write PDFs with cairo (document_files.h) leave cairo's and
// fontconfig's process-wide caches allocated at exit, as those libraries do
// by design; LeakSanitizer would count them as our leaks. Linked only into
// the test binaries that write PDFs; kg itself is checked without it.
extern "C" const char* __lsan_default_suppressions();  // NOLINT(bugprone-reserved-identifier)

extern "C" const char* __lsan_default_suppressions() {  // NOLINT(bugprone-reserved-identifier)
  return "leak:libcairo.so\n"
         "leak:libfontconfig.so\n";
}
