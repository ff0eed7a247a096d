# Credentials (#2 seam for the keychain issue): QtKeychain against a real Secret Service.
mesosdesk_add_test(NAME tst_credentialstore SOURCES integration/tst_credentialstore.cpp LIBS cluster LABELS integration)
