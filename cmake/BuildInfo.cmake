# cmake -P script, run on every build by the resources/ target "buildinfo": writes BuildInfo.h
# with the git revision (abbreviated commit, "-dirty" with uncommitted changes; "unknown" outside
# git). configure_file leaves the file alone when nothing changed, so nothing recompiles then.
find_package(Git QUIET)
set(GIT_REVISION unknown)
if(GIT_FOUND)
    execute_process(COMMAND ${GIT_EXECUTABLE} -C ${SOURCE_DIR} describe --always --dirty --abbrev=12 --exclude=*
        OUTPUT_VARIABLE _rev RESULT_VARIABLE _rc ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(_rc EQUAL 0 AND NOT _rev STREQUAL "")
        set(GIT_REVISION ${_rev})
    endif()
endif()
configure_file(${INPUT} ${OUTPUT} @ONLY)
