# Finds the LibreOffice SDK (Debian: libreoffice-dev) and sets
#   LibreOfficeSDK_FOUND, LibreOffice_PROGRAM_DIR, LibreOffice_SDK_DIR,
#   LibreOffice_TYPES_RDB, LibreOffice_OFFAPI_RDB, UNOIDL_WRITE, CPPUMAKER,
#   and the imported target LibreOffice::UNO (include dirs, defines, link libraries).
set(_lo_hints /usr/lib/libreoffice /opt/libreoffice /usr/local/lib/libreoffice)
find_path(LibreOffice_SDK_DIR NAMES bin/cppumaker PATHS ${_lo_hints} PATH_SUFFIXES sdk)
find_path(LibreOffice_PROGRAM_DIR NAMES types.rdb PATHS ${_lo_hints} PATH_SUFFIXES program)
find_path(LibreOffice_INCLUDE_DIR NAMES sal/config.h PATHS /usr/include/libreoffice
          ${LibreOffice_SDK_DIR}/include)
find_program(UNOIDL_WRITE unoidl-write HINTS ${LibreOffice_SDK_DIR}/bin)
find_program(CPPUMAKER cppumaker HINTS ${LibreOffice_SDK_DIR}/bin)
find_library(LibreOffice_CPPUHELPER uno_cppuhelpergcc3 HINTS ${LibreOffice_SDK_DIR}/lib)
find_library(LibreOffice_CPPU uno_cppu HINTS ${LibreOffice_SDK_DIR}/lib)
find_library(LibreOffice_SALHELPER uno_salhelpergcc3 HINTS ${LibreOffice_SDK_DIR}/lib)
find_library(LibreOffice_SAL uno_sal HINTS ${LibreOffice_SDK_DIR}/lib)
if(LibreOffice_PROGRAM_DIR)
  set(LibreOffice_TYPES_RDB ${LibreOffice_PROGRAM_DIR}/types.rdb)
  set(LibreOffice_OFFAPI_RDB ${LibreOffice_PROGRAM_DIR}/types/offapi.rdb)
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(LibreOfficeSDK REQUIRED_VARS
  LibreOffice_SDK_DIR LibreOffice_PROGRAM_DIR LibreOffice_INCLUDE_DIR UNOIDL_WRITE CPPUMAKER
  LibreOffice_CPPUHELPER LibreOffice_CPPU LibreOffice_SALHELPER LibreOffice_SAL)

if(LibreOfficeSDK_FOUND AND NOT TARGET LibreOffice::UNO)
  add_library(LibreOffice::UNO INTERFACE IMPORTED)
  # System headers: their warnings are not ours.
  set_target_properties(LibreOffice::UNO PROPERTIES
    INTERFACE_SYSTEM_INCLUDE_DIRECTORIES "${LibreOffice_INCLUDE_DIR}"
    INTERFACE_INCLUDE_DIRECTORIES "${LibreOffice_INCLUDE_DIR}"
    INTERFACE_COMPILE_DEFINITIONS "LINUX;UNX;GCC;CPPU_ENV=gcc3"
    INTERFACE_LINK_LIBRARIES
      "${LibreOffice_CPPUHELPER};${LibreOffice_CPPU};${LibreOffice_SALHELPER};${LibreOffice_SAL}"
    INTERFACE_LINK_OPTIONS "LINKER:-rpath-link,${LibreOffice_PROGRAM_DIR}")
endif()
