# Warnings (as errors) for our own targets only, through an INTERFACE target.
add_library(salesprocess_warnings INTERFACE)
if(MSVC)
  target_compile_options(salesprocess_warnings INTERFACE /W4 /WX /permissive-)
else()
  target_compile_options(salesprocess_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
    -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual
    -Werror)
endif()
