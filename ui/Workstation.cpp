#include "Workstation.h"

#include "CallScreen.h"
#include "Database.h"
#include "Language.h"
#include "MainWindow.h"

#include <QCoreApplication>

namespace rd {

Workstation::Workstation(std::unique_ptr<Database> db, const QString &employee, bool reviewArchive, QObject *parent)
    : QObject(parent), m_db(std::move(db))
{
    m_context.db = m_db.get();
    m_context.employee = employee;
    m_context.reviewArchive = reviewArchive;
    createWindow();
}

Workstation::~Workstation()
{
    m_window.reset(); // the window flushes into the database: it goes first
}

void Workstation::createWindow()
{
    m_window = std::make_unique<MainWindow>(m_context);
    // Queued: not while the menu that asked is still on the stack.
    connect(m_window.get(), &MainWindow::languageChangeRequested, this, &Workstation::switchLanguage, Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::reviewArchiveRequested, this, &Workstation::openReviewArchive, Qt::QueuedConnection);
}

void Workstation::show() { m_window->show(); }

void Workstation::switchLanguage(const QString &code)
{
    CallScreen *call = m_window->callScreen();
    if (!call->flush())
        return; // keep the window: the message bar says what could not be saved
    const QString ongoing = call->hasCall() ? call->caseId() : QString();
    const QRect geometry = m_window->geometry();
    const bool maximized = m_window->isMaximized();
    Language::save(code);
    Language::install(*QCoreApplication::instance(), code);
    m_window.reset();
    createWindow();
    m_window->setGeometry(geometry);
    if (maximized)
        m_window->showMaximized();
    else
        m_window->show();
    if (!ongoing.isEmpty())
        m_window->callScreen()->resumeCall(ongoing);
}

QString Workstation::openReviewArchive(const QString &path)
{
    if (!m_window->callScreen()->flush())
        return tr("The last changes could not be saved; the archive was not opened.");
    if (m_window->callScreen()->hasCall())
        return tr("End the call in progress first (Ctrl+E).");
    Database::Options options;
    options.readOnly = true;
    auto archive = Database::open(path, options);
    if (!archive)
        return archive.message();
    const QRect geometry = m_window->geometry();
    m_window.reset();
    m_db = std::move(archive).value();
    m_context.db = m_db.get();
    m_context.reviewArchive = true;
    createWindow();
    m_window->setGeometry(geometry);
    m_window->show();
    return {};
}

} // namespace rd
