# CPack: a .deb for Debian 12 / Ubuntu (cpack -G DEB in the release build). On Windows the
# NSIS installer is made after windeployqt has put Qt beside the program (see README).
set(CPACK_PACKAGE_NAME recoverydesk)
set(CPACK_PACKAGE_VENDOR "Recovery Desk")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Guides a service-desk employee through a customer complaint call")
# Lines under 80 characters: CPack copies them into the control file as they are.
set(CPACK_PACKAGE_DESCRIPTION "Recovery Desk prompts the employee through a complaint call: listen, ask
what the customer expects, acknowledge, summarise, explain, own it, decide
and agree what happens next. It records cases, callback notes and promised
next actions in a local SQLite file with a sealed, append-only history, and
exchanges signed case bundles with a team lead's archive. Works offline.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://example.org/recoverydesk")
set(CPACK_PACKAGE_CONTACT "Recovery Desk team <recoverydesk@example.org>")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Recovery Desk")
set(CPACK_PACKAGE_EXECUTABLES recoverydesk "Recovery Desk")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded as plugins, so dpkg-shlibdeps cannot see them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
# For a team database on a PostgreSQL server, and Qt's own buttons in Dutch; a single PC in English
# works without them.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, qt6-translations-l10n")

set(CPACK_NSIS_DISPLAY_NAME "Recovery Desk")
set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/resources/icons/recoverydesk.ico)
set(CPACK_NSIS_CREATE_ICONS_EXTRA "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Recovery Desk.lnk' '$INSTDIR\\\\bin\\\\recoverydesk.exe'")

# Windows: Recovery Desk offers itself for tel:, callto: and sip: links (Settings → Default apps
# lets the user choose it), through the registered-application keys rather than by taking the
# schemes over from a softphone already installed. (Not tried here: no Windows machine.)
set(rd_nsis_install "WriteRegStr HKLM 'Software\\\\RecoveryDesk\\\\Capabilities' 'ApplicationName' 'Recovery Desk'
WriteRegStr HKLM 'Software\\\\RecoveryDesk\\\\Capabilities' 'ApplicationDescription' 'Complaint call guide'
WriteRegStr HKLM 'Software\\\\RegisteredApplications' 'Recovery Desk' 'Software\\\\RecoveryDesk\\\\Capabilities'")
set(rd_nsis_uninstall "DeleteRegValue HKLM 'Software\\\\RegisteredApplications' 'Recovery Desk'
DeleteRegKey HKLM 'Software\\\\RecoveryDesk'")
foreach(scheme tel callto sip)
    string(APPEND rd_nsis_install "
WriteRegStr HKLM 'Software\\\\Classes\\\\RecoveryDesk.${scheme}' '' 'Recovery Desk: ${scheme} link'
WriteRegStr HKLM 'Software\\\\Classes\\\\RecoveryDesk.${scheme}\\\\shell\\\\open\\\\command' '' '\\\"$INSTDIR\\\\bin\\\\recoverydesk.exe\\\" \\\"%1\\\"'
WriteRegStr HKLM 'Software\\\\RecoveryDesk\\\\Capabilities\\\\URLAssociations' '${scheme}' 'RecoveryDesk.${scheme}'")
    string(APPEND rd_nsis_uninstall "
DeleteRegKey HKLM 'Software\\\\Classes\\\\RecoveryDesk.${scheme}'")
endforeach()
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "${rd_nsis_install}")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "${rd_nsis_uninstall}")

include(CPack)
