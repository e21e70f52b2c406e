// The Catch2 main lives alone in this file: the header costs ~20 s per translation unit.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
