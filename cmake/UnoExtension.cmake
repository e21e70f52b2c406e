# Helpers for the LibreOffice extension (src/uno): IDL -> rdb, rdb -> C++ headers, files -> .oxt.
# Needs FindLibreOfficeSDK (UNOIDL_WRITE, CPPUMAKER, LibreOffice_TYPES_RDB, LibreOffice_OFFAPI_RDB).

# uno_idl_to_rdb(OUTPUT <rdb> IDL_DIR <dir> IDL_FILES <files...>)
# Compiles a folder of IDL files (one entity per file) into a type library.
function(uno_idl_to_rdb)
  cmake_parse_arguments(ARG "" "OUTPUT;IDL_DIR" "IDL_FILES" ${ARGN})
  add_custom_command(
    OUTPUT ${ARG_OUTPUT}
    COMMAND ${UNOIDL_WRITE} ${LibreOffice_TYPES_RDB} ${LibreOffice_OFFAPI_RDB} ${ARG_IDL_DIR} ${ARG_OUTPUT}
    DEPENDS ${ARG_IDL_FILES} ${LibreOffice_TYPES_RDB} ${LibreOffice_OFFAPI_RDB}
    COMMENT "unoidl-write ${ARG_OUTPUT}"
    VERBATIM)
endfunction()

# uno_cppumaker(TARGET <name> OUTPUT_DIR <dir> RDB <our rdb> TYPES <type or module.* ...>)
# Generates the C++ headers of the listed types (and what they depend on) from the SDK's type
# libraries plus ours. Runs again only when a type library or the type list changes (stamp file).
function(uno_cppumaker)
  cmake_parse_arguments(ARG "" "TARGET;OUTPUT_DIR;RDB" "TYPES" ${ARGN})
  set(type_list ${CMAKE_CURRENT_BINARY_DIR}/${ARG_TARGET}.types)
  string(REPLACE ";" "\n" types_text "${ARG_TYPES}")
  file(CONFIGURE OUTPUT ${type_list} CONTENT "${types_text}\n")
  set(type_args)
  foreach(type IN LISTS ARG_TYPES)
    list(APPEND type_args "-T${type}")
  endforeach()
  set(stamp ${CMAKE_CURRENT_BINARY_DIR}/${ARG_TARGET}.stamp)
  add_custom_command(
    OUTPUT ${stamp}
    COMMAND ${CPPUMAKER} -Gc -O${ARG_OUTPUT_DIR} ${type_args}
            ${LibreOffice_TYPES_RDB} ${LibreOffice_OFFAPI_RDB} ${ARG_RDB}
    COMMAND ${CMAKE_COMMAND} -E touch ${stamp}
    DEPENDS ${ARG_RDB} ${LibreOffice_TYPES_RDB} ${LibreOffice_OFFAPI_RDB} ${type_list}
    COMMENT "cppumaker: UNO headers in ${ARG_OUTPUT_DIR}"
    VERBATIM)
  add_custom_target(${ARG_TARGET}_generate DEPENDS ${stamp})
  add_library(${ARG_TARGET} INTERFACE)
  target_include_directories(${ARG_TARGET} SYSTEM INTERFACE ${ARG_OUTPUT_DIR})
  target_link_libraries(${ARG_TARGET} INTERFACE LibreOffice::UNO)
  add_dependencies(${ARG_TARGET} ${ARG_TARGET}_generate)
endfunction()

# uno_pack_oxt(TARGET <name> OUTPUT <file.oxt> STAGING_DIR <dir>
#              FILES <source>=<path in package> ... [STRIP <path in package>...]
#              DEPENDS <targets/files...>)
# Copies every file into the staging folder under its package path and zips the folder.
function(uno_pack_oxt)
  cmake_parse_arguments(ARG "" "TARGET;OUTPUT;STAGING_DIR" "FILES;STRIP;DEPENDS" ${ARGN})
  set(copy_commands)
  set(sources)
  set(destinations)
  foreach(entry IN LISTS ARG_FILES)
    string(FIND "${entry}" "=" eq REVERSE)
    string(SUBSTRING "${entry}" 0 ${eq} source)
    math(EXPR after "${eq} + 1")
    string(SUBSTRING "${entry}" ${after} -1 destination)
    list(APPEND sources ${source})
    list(APPEND destinations ${destination})
    list(APPEND copy_commands COMMAND ${CMAKE_COMMAND} -E copy ${source} ${ARG_STAGING_DIR}/${destination})
  endforeach()
  # Libraries listed in STRIP (package paths) lose their debug information in the package.
  set(strip_commands)
  if(CMAKE_STRIP)
    foreach(library IN LISTS ARG_STRIP)
      list(APPEND strip_commands COMMAND ${CMAKE_STRIP} --strip-debug ${ARG_STAGING_DIR}/${library})
    endforeach()
  endif()
  add_custom_command(
    OUTPUT ${ARG_OUTPUT}
    COMMAND ${CMAKE_COMMAND} -E rm -rf ${ARG_STAGING_DIR}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${ARG_STAGING_DIR}
    ${copy_commands}
    ${strip_commands}
    COMMAND ${CMAKE_COMMAND} -E rm -f ${ARG_OUTPUT}
    COMMAND ${CMAKE_COMMAND} -E chdir ${ARG_STAGING_DIR} ${CMAKE_COMMAND} -E tar cf ${ARG_OUTPUT} --format=zip ${destinations}
    DEPENDS ${sources} ${ARG_DEPENDS}
    COMMENT "Packing ${ARG_OUTPUT}"
    VERBATIM)
  add_custom_target(${ARG_TARGET} ALL DEPENDS ${ARG_OUTPUT})
endfunction()
