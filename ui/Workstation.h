#pragma once

#include "AppContext.h"

#include <QObject>

#include <memory>

namespace rd {

class Database;
class MainWindow;

/**
 * Owns the open database and the main window for the app's lifetime. Switching the language
 * builds the window anew in the new language (a call in progress is saved first and resumed);
 * opening a review archive swaps in that file, read-only.
 */
class Workstation : public QObject
{
    Q_OBJECT

public:
    Workstation(std::unique_ptr<Database> db, const QString &employee, bool reviewArchive, QObject *parent = nullptr);
    ~Workstation() override;

    void show();
    MainWindow *window() const { return m_window.get(); }
    /// Switches the interface language and rebuilds the window.
    void switchLanguage(const QString &code);
    /// Opens @p path as a read-only review archive in place of the current database; the error, empty on success.
    QString openReviewArchive(const QString &path);

private:
    void createWindow();

    std::unique_ptr<Database> m_db;
    AppContext m_context;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace rd
