# Bad input from the operator (#11): random text in every field of every dialog.
mesosdesk_add_test(NAME tst_inputfuzz SOURCES gui/tst_inputfuzz.cpp integration/FakeMarathon.h
    integration/FakeMarathon.cpp LIBS appcore testsupport LABELS gui TIMEOUT 240)
