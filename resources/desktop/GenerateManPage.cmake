# Writes the man page OUTPUT from TEMPLATE, with the scenario list of the PPLAB binary just built
# (`pplab list`), so that the page lists what this build contains.
#   cmake -DPPLAB=... -DTEMPLATE=... -DOUTPUT=... -DPPLAB_VERSION=... -DPPLAB_RELEASE_DATE=... -P GenerateManPage.cmake
cmake_minimum_required(VERSION 3.25)
execute_process(COMMAND ${PPLAB} list OUTPUT_VARIABLE _list RESULT_VARIABLE _rc ERROR_VARIABLE _err)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "pplab list failed (${_rc}): ${_err}")
endif()
string(REPLACE "\n" ";" _lines "${_list}")
list(POP_FRONT _lines) # the header: ID CATEGORY TITLE
set(PPLAB_SCENARIOS "")
foreach(_line IN LISTS _lines)
  if(_line MATCHES "^([a-z0-9_]+) +([a-z]+) +(.*)$")
    set(_title "${CMAKE_MATCH_3}")
    string(REPLACE "\\" "\\e" _title "${_title}")
    string(REPLACE "-" "\\-" _title "${_title}")
    string(APPEND PPLAB_SCENARIOS ".TP\n.B ${CMAKE_MATCH_1}\n${_title} (${CMAKE_MATCH_2})\n")
  endif()
endforeach()
if(PPLAB_SCENARIOS STREQUAL "")
  message(FATAL_ERROR "pplab list printed no scenario")
endif()
string(REGEX REPLACE "\n$" "" PPLAB_SCENARIOS "${PPLAB_SCENARIOS}")
configure_file(${TEMPLATE} ${OUTPUT} @ONLY)
