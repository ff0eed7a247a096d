# Operator console (#15): roles and quota, agent drain. Parsers, models, the page, and the devcluster's answers.
mesosdesk_add_test(NAME tst_operatorparser SOURCES unit/tst_operatorparser.cpp LIBS cluster LABELS unit)
mesosdesk_add_test(NAME tst_conformance_operator SOURCES conformance/tst_conformance_operator.cpp LIBS cluster
    LABELS conformance)
mesosdesk_add_test(NAME tst_rolesmodel SOURCES unit/tst_rolesmodel.cpp LIBS models LABELS unit)
mesosdesk_add_test(NAME tst_maintenanceparser SOURCES unit/tst_maintenanceparser.cpp LIBS cluster LABELS unit)
mesosdesk_add_test(NAME tst_maintenancemodel SOURCES unit/tst_maintenancemodel.cpp LIBS models LABELS unit)
mesosdesk_add_fuzzer(fuzz_operator operator cluster)

mesosdesk_add_test(NAME tst_operator_devcluster SOURCES integration/tst_operator_devcluster.cpp LIBS cluster
    LABELS integration TIMEOUT 180)
mesosdesk_add_test(NAME tst_maintenance_api_devcluster SOURCES integration/tst_maintenance_api_devcluster.cpp LIBS cluster
    LABELS integration TIMEOUT 180)
mesosdesk_add_test(NAME tst_rolespage_devcluster SOURCES gui/tst_rolespage_devcluster.cpp gui/LayoutAudit.h gui/LayoutAudit.cpp gui/PageFitAudit.h LIBS appcore
    LABELS gui integration TIMEOUT 240)
mesosdesk_add_test(NAME tst_maintenance_devcluster SOURCES gui/tst_maintenance_devcluster.cpp gui/LayoutAudit.h gui/LayoutAudit.cpp gui/PageFitAudit.h LIBS appcore
    LABELS gui integration TIMEOUT 240)
mesosdesk_add_test(NAME tst_maintenance_schedule_gui SOURCES gui/tst_maintenance_schedule_gui.cpp gui/LayoutAudit.h gui/LayoutAudit.cpp gui/PageFitAudit.h LIBS appcore
    LABELS gui integration TIMEOUT 240)
if(MESOSDESK_BUILD_DEVCLUSTER)
    add_dependencies(tst_maintenance_schedule_gui mesosdesk-devcluster)
    add_dependencies(tst_maintenance_devcluster mesosdesk-devcluster)
    add_dependencies(tst_operator_devcluster mesosdesk-devcluster)
    add_dependencies(tst_maintenance_api_devcluster mesosdesk-devcluster)
    add_dependencies(tst_rolespage_devcluster mesosdesk-devcluster)
endif()
