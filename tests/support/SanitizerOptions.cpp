// The sanitizers' settings for the test programs, read by their runtimes at start. Kept here
// rather than in ctest's environment, so a test run by hand behaves as under ctest.
#include <QtGlobal>

extern "C" {

// Called by the sanitizer runtimes; unused (and harmless) in a build without them.
Q_DECL_EXPORT const char *__asan_default_options() { return "detect_leaks=1:abort_on_error=1"; }
Q_DECL_EXPORT const char *__ubsan_default_options() { return "print_stacktrace=1:halt_on_error=1"; }
// Leaks inside system libraries the tests do not own (font and platform set-up, loaded once).
Q_DECL_EXPORT const char *__lsan_default_suppressions()
{
    return "leak:libfontconfig\n"
           "leak:libdbus\n"
           "leak:libglib\n";
}
}
