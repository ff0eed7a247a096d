# devcluster (#3): the simulated Mesos + Marathon cluster and its fidelity.
# Conformance: every devcluster endpoint against the real responses in ../shared/fixtures.
mesosdesk_add_test(NAME tst_conformance_devcluster SOURCES conformance/tst_conformance_devcluster.cpp LIBS devcluster
    LABELS conformance TIMEOUT 120)
