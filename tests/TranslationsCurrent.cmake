# ctest: the committed translation holds every text the sources have (issue 18). A tr() added
# without running update_translations would otherwise ship untranslated while every check passed.
# Runs lupdate, as the update_translations target does, on a scratch copy of the .ts and checks
# that copy with TranslationsComplete.cmake. Run as:
#   cmake -DLUPDATE=… -DGENERATOR=…/GenerateLUpdateProject.cmake -DPROJECT_IN=…/rdui_project.cmake
#         -DTS=translations/recoverydesk_nl.ts -DWORK=<scratch folder> [-DPLURALS_ONLY=ON -DMINIMUM=20]
#         -P tests/TranslationsCurrent.cmake
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
execute_process(COMMAND "${CMAKE_COMMAND}" "-DIN_FILE=${PROJECT_IN}" "-DOUT_FILE=${WORK}/project.json" -P "${GENERATOR}"
                RESULT_VARIABLE made)
if(NOT made EQUAL 0)
    message(FATAL_ERROR "Could not make lupdate's project file from ${PROJECT_IN}")
endif()
get_filename_component(name "${TS}" NAME)
configure_file("${TS}" "${WORK}/${name}" COPYONLY)
set(only "")
if(PLURALS_ONLY)
    set(only -pluralonly)
endif()
if(NOT DEFINED MINIMUM)
    set(MINIMUM 100)
endif()
execute_process(COMMAND "${LUPDATE}" -project "${WORK}/project.json" -ts "${WORK}/${name}" -no-obsolete -locations none ${only}
                RESULT_VARIABLE updated OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT updated EQUAL 0)
    message(FATAL_ERROR "lupdate failed:\n${out}")
endif()
message(STATUS "${out}")
execute_process(COMMAND "${CMAKE_COMMAND}" "-DTS=${WORK}/${name}" "-DMINIMUM=${MINIMUM}" -P "${CMAKE_CURRENT_LIST_DIR}/TranslationsComplete.cmake"
                RESULT_VARIABLE complete OUTPUT_VARIABLE checked ERROR_VARIABLE checked)
if(NOT complete EQUAL 0)
    message(FATAL_ERROR "The sources have texts that ${TS} lacks: run `cmake --build --preset dev --target "
                        "update_translations` and translate them.\n${checked}")
endif()
message(STATUS "${checked}")
