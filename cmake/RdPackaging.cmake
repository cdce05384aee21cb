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

include(CPack)
