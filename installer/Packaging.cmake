# Packages: `cmake --build build --target package`. On Linux a Debian package,
# mesosdesk_<version>_amd64.deb; the NSIS (Windows) and DragNDrop (macOS) settings below are
# ready for those platforms' builds, which this Debian machine cannot run.
include(GNUInstallDirs)

if(UNIX AND NOT APPLE)
    set(_installer ${PROJECT_BINARY_DIR}/installer)
    # Desktop file and AppStream metainfo under the reverse-DNS id, as the freedesktop specs ask.
    configure_file(${PROJECT_SOURCE_DIR}/installer/mesosdesk.desktop.in ${_installer}/${MESOSDESK_APP_ID}.desktop @ONLY)
    configure_file(${PROJECT_SOURCE_DIR}/installer/metainfo.xml.in ${_installer}/${MESOSDESK_APP_ID}.metainfo.xml @ONLY)
    file(READ ${PROJECT_SOURCE_DIR}/installer/metainfo.xml.in _metainfo)
    string(FIND "${_metainfo}" "<release version=\"${PROJECT_VERSION}\"" _listed)
    if(_listed EQUAL -1)
        message(FATAL_ERROR "installer/metainfo.xml.in lists no release ${PROJECT_VERSION}: add it to <releases>")
    endif()
    install(FILES ${_installer}/${MESOSDESK_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${_installer}/${MESOSDESK_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

    # hicolor icons, named after the id (the desktop file's Icon=): the SVG and every PNG size.
    install(FILES ${MESOSDESK_ICON_SVG} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${MESOSDESK_APP_ID}.svg)
    foreach(size IN LISTS MESOSDESK_ICON_SIZES)
        install(FILES ${MESOSDESK_ICON_PNG_DIR}/${size}/mesosdesk.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME ${MESOSDESK_APP_ID}.png)
    endforeach()

    # The man page, written from the option list that --help prints (installer/ManPage.cpp). A
    # sanitizer tree packages nothing, and its generator would run under LeakSanitizer at build time.
    if(NOT MESOSDESK_SANITIZER_TREE)
        find_program(GZIP_PROGRAM gzip REQUIRED)
        add_executable(mesosdesk-manpage ${PROJECT_SOURCE_DIR}/installer/ManPage.cpp)
        target_link_libraries(mesosdesk-manpage PRIVATE appcore)
        mesosdesk_warnings(mesosdesk-manpage)
        add_custom_command(OUTPUT ${_installer}/mesosdesk.1 ${_installer}/mesosdesk.1.gz
            COMMAND $<TARGET_FILE:mesosdesk-manpage> ${_installer}/mesosdesk.1
            COMMAND ${GZIP_PROGRAM} -9nkf ${_installer}/mesosdesk.1
            DEPENDS mesosdesk-manpage COMMENT "Writing the man page mesosdesk.1" VERBATIM)
        add_custom_target(manpage ALL DEPENDS ${_installer}/mesosdesk.1.gz)
        install(FILES ${_installer}/mesosdesk.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    endif()
    # The translations need no files of their own: the .qm are embedded in the binary (:/i18n).
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/mesosdesk)
endif()

set(CPACK_PACKAGE_NAME "mesosdesk")
set(CPACK_PACKAGE_VENDOR "MesosDesk developers")
set(CPACK_PACKAGE_CONTACT "MesosDesk developers <dev@mesosdesk.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "MesosDesk is a native desktop console for the operators of Apache Mesos and Marathon clusters: it "
    "follows the leading master through ZooKeeper and shows agents, frameworks, tasks, sandboxes, logs "
    "and Marathon's apps and deployments, and operates them.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${MESOSDESK_HOMEPAGE}")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "MesosDesk")
set(CPACK_PACKAGE_EXECUTABLES "mesosdesk" "MesosDesk")
set(CPACK_STRIP_FILES ON)

# Debian: the library Depends from dpkg-shlibdeps; what it cannot see is named here. Qt loads its
# SVG icon engine (the bundled action icons) as a plugin, so shlibdeps never sees libqt6svg6. The
# keyring (Secret Service) and Qt's own translations are wanted, not required.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring, qt6-translations-l10n")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "admin")

# Windows (NSIS): Start menu entry, uninstaller, and the PATH left alone.
set(CPACK_NSIS_DISPLAY_NAME "MesosDesk")
set(CPACK_NSIS_PACKAGE_NAME "MesosDesk ${PROJECT_VERSION}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\mesosdesk.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${MESOSDESK_HOMEPAGE}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)

# macOS (DragNDrop): a compressed disk image with the licence shown before it opens.
set(CPACK_DMG_VOLUME_NAME "MesosDesk ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDBZ")
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE ON)

if(WIN32)
    set(CPACK_GENERATOR "NSIS")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB")
endif()
include(CPack)
