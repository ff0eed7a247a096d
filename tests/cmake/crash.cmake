# Crash reports (#11): a backtrace on a fatal signal, offered on the next start.
add_executable(mesosdesk-crashprobe tools/CrashProbe.cpp)
target_link_libraries(mesosdesk-crashprobe PRIVATE appcore)
mesosdesk_warnings(mesosdesk-crashprobe)
set_target_properties(mesosdesk-crashprobe PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/bin)
mesosdesk_add_test(NAME tst_crashhandler SOURCES gui/tst_crashhandler.cpp LIBS appcore LABELS gui)
add_dependencies(tst_crashhandler mesosdesk-crashprobe)
