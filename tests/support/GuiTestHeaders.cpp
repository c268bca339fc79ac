// The window suites share this library's precompiled header (tests/CMakeLists.txt); it has no
// code of its own.
