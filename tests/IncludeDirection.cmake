# One direction between folders (issue 18): each folder of core/ and ui/ includes only the folders
# listed for it. The lists are what the code included when the folders were made; an include across
# folders that is not listed fails the run, so a new dependency is a decision, not an accident.
# Entries after "cycle:" close a loop between folders: they are to be taken out, never added to.
# core/ never includes ui/. Run as: cmake -DSOURCE_DIR=<checkout> -P tests/IncludeDirection.cmake

set(allowed_core_agreements "core/base;core/cases;core/storage")  # cycle: core/cases core/storage
set(allowed_core_base "")
set(allowed_core_call "core/agreements;core/base;core/cases;core/storage")  # cycle: core/agreements core/cases core/storage
set(allowed_core_cases "core/agreements;core/base;core/call;core/safety;core/search;core/storage")  # cycle: core/agreements core/call core/safety core/search core/storage
set(allowed_core_cli "core/exchange;core/review;core/safety;core/storage;core/storage/sqlite")
set(allowed_core_exchange "core/base;core/cases;core/exchange/sqlite;core/lists;core/review;core/safety;core/search;core/storage;core/storage/sqlite")  # cycle: core/exchange/sqlite core/review
set(allowed_core_exchange_sqlite "core/base;core/cases;core/exchange;core/safety;core/storage;core/storage/sqlite")  # cycle: core/exchange
set(allowed_core_lists "core/base;core/cases;core/storage")
set(allowed_core_review "core/base;core/cases;core/exchange;core/lists;core/safety;core/search;core/storage")  # cycle: core/exchange
set(allowed_core_safety "core/base;core/cases;core/search;core/storage;core/storage/sqlite")  # cycle: core/cases core/search core/storage core/storage/sqlite
set(allowed_core_search "core/base;core/cases;core/storage")  # cycle: core/cases core/storage
set(allowed_core_search_postgres "core/search;core/storage")
set(allowed_core_search_sqlite "core/search;core/storage")  # cycle: core/search core/storage
set(allowed_core_storage "core/base;core/safety;core/search")  # cycle: core/safety core/search
set(allowed_core_storage_postgres "core/base;core/search/postgres;core/storage")
set(allowed_core_storage_sqlite "core/base;core/safety;core/search;core/search/sqlite;core/storage")  # cycle: core/safety core/search core/search/sqlite core/storage
set(allowed_ui_call "core/agreements;core/base;core/call;core/cases;core/lists;core/storage;ui/call/pages;ui/cases;ui/shell;ui/widgets")  # cycle: ui/call/pages ui/cases ui/shell
set(allowed_ui_call_pages "core/agreements;core/call;core/cases;core/storage;ui/call;ui/widgets")  # cycle: ui/call
set(allowed_ui_cases "core/agreements;core/base;core/cases;core/exchange;core/lists;core/review;core/safety;core/search;core/storage;ui/call;ui/call/pages;ui/shell;ui/widgets")  # cycle: ui/call ui/call/pages ui/shell
set(allowed_ui_queue "core/lists;core/storage;ui/call;ui/widgets")  # cycle: ui/call
set(allowed_ui_review "core/base;core/call;core/cases;core/lists;core/review;core/storage;ui/cases;ui/widgets")  # cycle: ui/cases
set(allowed_ui_shell "core/agreements;core/base;core/cases;core/exchange;core/lists;core/review;core/safety;core/search;core/storage;core/storage/sqlite;ui/call;ui/cases;ui/queue;ui/review;ui/widgets")  # cycle: ui/call ui/cases ui/queue ui/review
set(allowed_ui_widgets "core/agreements;core/base;core/lists;core/storage")

file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/core/*.h"
     "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h")
set(violations "")
set(crossing 0)
foreach(source IN LISTS sources)
    get_filename_component(dir "${source}" DIRECTORY)
    string(REPLACE "/" "_" key "${dir}")
    file(STRINGS "${SOURCE_DIR}/${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]+\"[a-z/]+/[A-Za-z0-9_]+\\.h\"")
    foreach(line IN LISTS includes)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]+\"([a-z/]+/[A-Za-z0-9_]+\\.h)\".*" "\\1" path "${line}")
        string(REGEX REPLACE "/[A-Za-z0-9_]+\\.h$" "" folder "${path}")
        if(EXISTS "${SOURCE_DIR}/core/${path}")
            set(target "core/${folder}")
        elseif(EXISTS "${SOURCE_DIR}/ui/${path}")
            set(target "ui/${folder}")
        else()
            continue()
        endif()
        if(target STREQUAL dir)
            continue()
        endif()
        math(EXPR crossing "${crossing} + 1")
        if(dir MATCHES "^core" AND target MATCHES "^ui/")
            string(APPEND violations "\n  ${source}: core includes ui (${path})")
            continue()
        endif()
        if(NOT DEFINED allowed_${key})
            string(APPEND violations "\n  ${source}: the folder ${dir} has no line in tests/IncludeDirection.cmake")
            continue()
        endif()
        list(FIND allowed_${key} "${target}" at)
        if(at EQUAL -1)
            string(APPEND violations "\n  ${source}: ${dir} may not include ${target} (${path})")
        endif()
    endforeach()
endforeach()
if(crossing EQUAL 0)
    message(FATAL_ERROR "The include check found no include across folders: its patterns no longer match the code.")
endif()
if(violations)
    message(FATAL_ERROR "Includes across folders that are not allowed:${violations}")
endif()
message(STATUS "Include direction kept in ${crossing} includes across folders")
