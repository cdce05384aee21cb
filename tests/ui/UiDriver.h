#pragma once

// Drives the real main window with the keyboard, as an employee would, and counts the keys
// that are not typed text (Enter, Tab, shortcuts) to measure how much a call costs.
#include "shell/MainWindow.h"
#include "shell/Workstation.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QTest>
#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace rd::test {

class UiDriver
{
public:
    explicit UiDriver(QWidget *window) : m_window(window) {}

    /// The widget that has the keyboard focus (the window itself if none).
    QWidget *focus() const
    {
        QWidget *w = QApplication::focusWidget();
        return w ? w : m_window;
    }
    /// Types text into the focused widget; not counted as extra keys.
    void type(const QString &text)
    {
        QTest::keyClicks(focus(), text);
        QApplication::processEvents();
    }
    /// One key press beyond the text, such as Enter, Tab or Ctrl+Enter: counted.
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        ++m_extraKeys;
        QTest::keyClick(focus(), key, modifiers);
        // A button's Alt+letter mnemonic clicks through animateClick(), which takes 100 ms.
        if (modifiers & Qt::AltModifier)
            QTest::qWait(150);
        QApplication::processEvents();
    }
    int extraKeys() const { return m_extraKeys; }

    /// When the next modal dialog opens, hands it to @p answer (which presses its keys); the
    /// dialog's objectName is returned through @p seen. Gives up after 5 s so no test hangs.
    static void answerNextDialog(QString *seen, const std::function<void(QWidget *)> &answer)
    {
        auto *poll = new QTimer;
        auto *waited = new QElapsedTimer;
        waited->start();
        QObject::connect(poll, &QTimer::timeout, [poll, waited, seen, answer] {
            QWidget *dialog = QApplication::activeModalWidget();
            if (!dialog && waited->elapsed() < 5000)
                return;
            poll->stop();
            poll->deleteLater();
            delete waited;
            if (dialog) {
                *seen = dialog->objectName();
                answer(dialog);
            }
        });
        poll->start(20);
    }

    /// When a modal dialog named @p objectName is the active one (over any other), hands it to
    /// @p answer; gives up after @p ms so no test hangs. For a dialog opened from another dialog,
    /// or one opened after work on a worker thread.
    static void answerDialog(const QString &objectName, const std::function<void(QWidget *)> &answer, int ms = 20000)
    {
        auto *poll = new QTimer;
        auto *waited = new QElapsedTimer;
        waited->start();
        QObject::connect(poll, &QTimer::timeout, [poll, waited, objectName, answer, ms] {
            QWidget *dialog = QApplication::activeModalWidget();
            const bool ours = dialog && dialog->objectName() == objectName;
            if (!ours && waited->elapsed() < ms)
                return;
            poll->stop();
            poll->deleteLater();
            delete waited;
            if (ours)
                answer(dialog);
        });
        poll->start(20);
    }

    /// Lets events run until @p condition holds or @p ms pass; for work done on worker threads.
    static bool waitFor(const std::function<bool()> &condition, int ms = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!condition()) {
            if (timer.elapsed() > ms)
                return false;
            QTest::qWait(5);
        }
        return true;
    }

    template <typename T>
    T *find(const char *objectName) const
    {
        return m_window->findChild<T *>(QString::fromLatin1(objectName));
    }

private:
    QWidget *m_window;
    int m_extraKeys = 0;
};

/// Shows the main window on @p db for @p employee, exposed and active, ready for keys.
inline std::unique_ptr<MainWindow> openWindow(Database &db, const QString &employee = QStringLiteral("anna"))
{
    auto window = std::make_unique<MainWindow>(AppContext{&db, employee});
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    window->activateWindow();
    QApplication::processEvents();
    return window;
}

/// A workstation as the program runs one: it owns its connection to the (closed) file at @p path,
/// for employee "anna". With @p show, its window is shown and exposed. @p db, when given, is set to
/// that connection.
inline std::unique_ptr<Workstation> openWorkstation(const QString &path, bool show = true, Database **db = nullptr)
{
    auto own = Database::open(path);
    REQUIRE(own.ok());
    if (db)
        *db = own.value().get();
    auto station = std::make_unique<Workstation>(std::move(own).value(), QStringLiteral("anna"), false);
    if (show) {
        station->show();
        REQUIRE(QTest::qWaitForWindowExposed(station->window()));
    }
    return station;
}

} // namespace rd::test
