# Keeps each backend's own SQL in its own files (issue #9): the stores write portable SQL and ask
# SqlDialect for what differs. Run as: cmake -DSOURCE_DIR=<checkout> -P tests/SqlBoundary.cmake
# A line counts when a listed word follows an opening quote on it (SQL in a string, not a
# comment or a C++ name); whole-line comments are skipped.

set(sqlite_only "PRAGMA|fts5|[^a-z_]MATCH |bm25\\(|snippet\\(|ATTACH |DETACH |sqlite_master|INSERT OR |VACUUM INTO|rowid|total_changes|json_extract|json_each|[^_]quote\\(|AUTOINCREMENT|NOCASE|BEGIN IMMEDIATE|GLOB|strftime|julianday|ifnull|group_concat")
set(postgres_only "ILIKE|pg_[a-z_]+\\(|tsvector|tsquery|ts_rank|ts_headline|quote_nullable|json_array_elements|GENERATED ALWAYS|plpgsql|synchronous_commit|::(text|bigint|int|integer|jsonb?|regclass)[^a-z]|JSONB|unaccent\\(|search_path|string_agg")
# Where each may appear: the backend's own files. Salvage reads a damaged SQLite file slice by
# slice by rowid; only a file can be damaged that way. A bundle is always a SQLite file, checked
# by BundleCheck down to its schema.
set(sqlite_files "^core/([a-z]+/)*sqlite/[A-Za-z]*\\.cpp$")
set(postgres_files "^core/([a-z]+/)*postgres/[A-Za-z]*\\.cpp$")

file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/core/*.h"
     "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h")

set(violations "")
set(seen_sqlite 0)
set(seen_postgres 0)
foreach(source IN LISTS sources)
    # Read whole and split by hand: brackets and semicolons would otherwise bend CMake's lists.
    file(READ "${SOURCE_DIR}/${source}" text)
    string(REPLACE "[" "(" text "${text}")
    string(REPLACE "]" ")" text "${text}")
    string(REPLACE ";" "," text "${text}")
    string(REPLACE "\\" "/" text "${text}")
    string(REPLACE "\n" ";" lines "${text}")
    set(number 0)
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        if(line MATCHES "^[ \t]*(//|\\*|/\\*)")
            continue()
        endif()
        foreach(kind sqlite postgres)
            if(line MATCHES "\"[^\"]*(${${kind}_only})")
                set(word "${CMAKE_MATCH_1}")
                if(source MATCHES "${${kind}_files}")
                    set(seen_${kind} 1)
                else()
                    string(STRIP "${line}" shown)
                    string(APPEND violations "\n  ${source}:${number}: ${kind}-only SQL (${word}): ${shown}")
                endif()
            endif()
        endforeach()
    endforeach()
endforeach()

# The patterns must still find the backends' own SQL where it belongs, or this test proves nothing.
if(NOT seen_sqlite OR NOT seen_postgres)
    message(FATAL_ERROR "The boundary check found no SQLite (${seen_sqlite}) or PostgreSQL (${seen_postgres}) SQL "
                        "in their own files: its patterns no longer match the code.")
endif()
if(violations)
    message(FATAL_ERROR "Backend-only SQL outside its backend's files (move it behind SqlDialect):${violations}")
endif()
list(LENGTH sources checked)
message(STATUS "SQL boundary kept in ${checked} files")
