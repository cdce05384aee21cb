# Compiler settings shared by every target of the project, as an interface library that each
# target links PRIVATE: nothing is set globally, and third-party code is left alone.
add_library(rd_build_flags INTERFACE)

if(MSVC)
    target_compile_options(rd_build_flags INTERFACE /W4 /permissive- /utf-8)
    if(RD_WERROR)
        target_compile_options(rd_build_flags INTERFACE /WX)
    endif()
else()
    target_compile_options(rd_build_flags INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
        -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough)
    if(RD_WERROR)
        target_compile_options(rd_build_flags INTERFACE -Werror)
    endif()
    if(RD_SANITIZE)
        target_compile_options(rd_build_flags INTERFACE -fsanitize=address,undefined
            -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
        target_link_options(rd_build_flags INTERFACE -fsanitize=address,undefined)
    endif()
    # The hardening a distribution's packages have: checked buffer functions in optimised builds,
    # a read-only relocation table, and the stack protector.
    if(NOT RD_SANITIZE AND NOT RD_FUZZ)
        target_compile_options(rd_build_flags INTERFACE -fstack-protector-strong
            $<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2>)
        if(NOT APPLE)
            target_link_options(rd_build_flags INTERFACE -Wl,-z,relro -Wl,-z,now)
        endif()
    endif()
endif()

# Qt: no implicit casts from char* to QString, so every user-visible string is a deliberate tr().
target_compile_definitions(rd_build_flags INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
