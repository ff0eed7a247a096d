# Cluster view (#4): Mesos sources, parsers, store, models, views.
mesosdesk_add_test(NAME tst_syntheticcluster SOURCES unit/tst_syntheticcluster.cpp LIBS testsupport LABELS unit)
