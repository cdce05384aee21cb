#pragma once

#include "AppContext.h"

#include <QObject>

#include <memory>

namespace rd {

class MainWindow;

/**
 * Owns the main window for the app's lifetime. Switching the language builds the window anew
 * in the new language; a call in progress is saved first and resumed in the new window.
 */
class Workstation : public QObject
{
    Q_OBJECT

public:
    explicit Workstation(AppContext context, QObject *parent = nullptr);
    ~Workstation() override;

    void show();
    MainWindow *window() const { return m_window.get(); }
    /// Switches the interface language and rebuilds the window.
    void switchLanguage(const QString &code);

private:
    void createWindow();

    AppContext m_context;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace rd
