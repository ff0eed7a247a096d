# Faults in any order (#11): the seeded schedule, and the chaos run of the real window against the
# devcluster on a private ZooKeeper it kills. CI runs its fixed seed once (about two minutes);
# scripts/chaos.sh SEED MINUTES runs the same binary for longer.
mesosdesk_add_test(NAME tst_chaosschedule SOURCES unit/tst_chaosschedule.cpp chaos/ChaosSchedule.h
    chaos/ChaosSchedule.cpp LIBS Qt6::Core LABELS unit chaos)
target_include_directories(tst_chaosschedule PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/chaos)
mesosdesk_add_test(NAME tst_chaos SOURCES chaos/tst_chaos.cpp chaos/ChaosSchedule.h chaos/ChaosSchedule.cpp
    chaos/GuiHeartbeat.h LIBS appcore LABELS gui integration chaos TIMEOUT 300)
target_include_directories(tst_chaos PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/chaos)
# Under the sanitizers (CI's second pass) every fault kind once, with a stall bound for their speed.
if(MESOSDESK_SANITIZER_TREE)
    target_compile_definitions(tst_chaos PRIVATE MESOSDESK_CHAOS_SANITIZED=1)
endif()
if(MESOSDESK_BUILD_DEVCLUSTER)
    add_dependencies(tst_chaos mesosdesk-devcluster)
endif()
