#include "Workstation.h"

#include "CallScreen.h"
#include "Language.h"
#include "MainWindow.h"

#include <QCoreApplication>

namespace rd {

Workstation::Workstation(AppContext context, QObject *parent) : QObject(parent), m_context(std::move(context))
{
    createWindow();
}

Workstation::~Workstation() = default;

void Workstation::createWindow()
{
    m_window = std::make_unique<MainWindow>(m_context);
    connect(m_window.get(), &MainWindow::languageChangeRequested, this, &Workstation::switchLanguage,
            Qt::QueuedConnection); // not while the menu that asked is still on the stack
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

} // namespace rd
