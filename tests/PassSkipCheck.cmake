# ctest: the PostgreSQL pass tells a skip from a failure (issue 15). Run as:
#   cmake -DTESTS=<rdcore-tests> -DSKIPPED=<marker> -P tests/PassSkipCheck.cmake
# With a server named, a test with exactly four failed checks exits 4 and does not say it was
# skipped; with none named, the pass says so and fails nothing.
set(ENV{QT_QPA_PLATFORM} offscreen)
set(ENV{RD_TEST_POSTGRESQL} "postgresql://nobody@127.0.0.1:1/none?sslmode=disable")
execute_process(COMMAND "${TESTS}" --backend=postgresql "Four failed checks*"
                RESULT_VARIABLE failing OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT failing EQUAL 4)
    message(FATAL_ERROR "The four-failure test exited ${failing}, not 4:\n${out}${err}")
endif()
if("${out}${err}" MATCHES "${SKIPPED}")
    message(FATAL_ERROR "A failing server test said it was skipped:\n${out}${err}")
endif()
unset(ENV{RD_TEST_POSTGRESQL})
execute_process(COMMAND "${TESTS}" --backend=postgresql "Four failed checks*"
                RESULT_VARIABLE skipped OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT "${out}${err}" MATCHES "${SKIPPED}" OR NOT skipped EQUAL 0)
    message(FATAL_ERROR "Without a server the pass did not say it skipped (exit ${skipped}):\n${out}${err}")
endif()
message(STATUS "A failure is a failure (exit 4, no skip marker); a missing server is a skip.")
