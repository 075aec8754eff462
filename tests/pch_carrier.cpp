// Compiled only to make the test suites' precompiled headers (tests/CMakeLists.txt).
