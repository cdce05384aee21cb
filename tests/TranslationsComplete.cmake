# ctest: every message of a translation is finished (issue 15). Run as:
#   cmake -DTS=translations/recoverydesk_nl.ts [-DMINIMUM=100] -P tests/TranslationsComplete.cmake
# Fails, listing them, on messages marked unfinished or with an empty translation or plural form,
# and when the file holds fewer than MINIMUM messages (the wrong file, or one emptied by mistake).
cmake_policy(SET CMP0007 NEW)
file(READ "${TS}" ts)
string(REPLACE ";" "<semicolon>" ts "${ts}") # a CMake list separator inside a text would split it
string(REGEX MATCHALL "<message[^>]*>([^<]|<[^/]|</[^m])*</message>" messages "${ts}")
list(LENGTH messages total)
if(NOT DEFINED MINIMUM)
    set(MINIMUM 100)
endif()
if(total LESS MINIMUM)
    message(FATAL_ERROR "${TS}: only ${total} messages found; is this the translation file?")
endif()
set(missing "")
foreach(message IN LISTS messages)
    if(message MATCHES "type=\"(vanished|obsolete)\"")
        continue()
    endif()
    if(message MATCHES "type=\"unfinished\"" OR message MATCHES "<translation></translation>" OR
       message MATCHES "<translation/>" OR message MATCHES "<numerusform></numerusform>")
        string(REGEX MATCH "<source>[^<]*</source>" source "${message}")
        string(APPEND missing "\n  ${source}")
    endif()
endforeach()
if(missing)
    message(FATAL_ERROR "Texts missing or unfinished in ${TS}:${missing}")
endif()
message(STATUS "${total} messages, every one translated.")
