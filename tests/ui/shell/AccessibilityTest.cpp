#include "call/CallScreen.h"
#include "shell/MainWindow.h"
#include "TempDatabase.h"
#include "TestData.h"
#include "UiDriver.h"

#include <catch2/catch.hpp>

#include <QAccessible>
#include <QAbstractButton>
#include <QLabel>
#include <QTabBar>
#include <QTabWidget>

using namespace rd;
using rd::test::TempDatabase;
using rd::test::UiDriver;

namespace {

// Every control the keyboard can reach on a tab (also on call steps not shown yet), without a
// name and a description a screen reader can say.
QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (w->focusPolicy() == Qt::NoFocus)
            continue;
        if (qobject_cast<QTabBar *>(w)) // the tabs themselves are named by their titles
            continue;
        // Parts of a composite control (a drop-down's list, a spin box's text) speak through it.
        if (w->objectName().startsWith(QLatin1String("qt_")) || w->inherits("QComboBoxListView"))
            continue;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        const QString name = a ? a->text(QAccessible::Name).trimmed() : QString();
        const QString description = a ? a->text(QAccessible::Description).trimmed() : QString();
        if (name.isEmpty())
            unnamed << QStringLiteral("%1 (%2) without a name").arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()));
        else if (description.isEmpty() && !qobject_cast<QAbstractButton *>(w))
            unnamed << QStringLiteral("%1 (%2) \"%3\" without a description").arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()), name);
    }
    return unnamed;
}

} // namespace

TEST_CASE("Every control a keyboard reaches in the main views has an accessible name and description", "[ui][accessibility]")
{
    TempDatabase t;
    const QString caseId = test::newCase(t.db());
    auto window = test::openWindow(t.db());
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    REQUIRE(tabs);
    window->openCase(caseId);
    window->callScreen()->startNewCall();
    QStringList problems;
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QApplication::processEvents();
        for (const QString &p : unnamedControls(tabs->widget(i)))
            problems << tabs->tabText(i) + QStringLiteral(": ") + p;
    }
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

namespace {

// The accessibility tree under @p root as "role|name" lines, as a screen reader walks it.
void walk(QAccessibleInterface *node, QStringList &out, int depth = 0)
{
    if (!node || depth > 40)
        return;
    if (!node->state().invisible)
        out << QStringLiteral("%1|%2").arg(int(node->role())).arg(node->text(QAccessible::Name));
    for (int i = 0; i < node->childCount(); ++i)
        walk(node->child(i), out, depth + 1);
}

} // namespace

TEST_CASE("A screen reader finds the call's step, prompt and the field to type in", "[ui][accessibility][call]")
{
    TempDatabase t;
    auto window = test::openWindow(t.db());
    UiDriver ui(window.get());
    ui.key(Qt::Key_N, Qt::ControlModifier);
    ui.type(QStringLiteral("Ria Jansen"));
    ui.key(Qt::Key_Return); // the new customer
    ui.key(Qt::Key_Return); // on to the first step of the method
    REQUIRE(window->callScreen()->hasCall());

    QStringList tree;
    walk(QAccessible::queryAccessibleInterface(window.get()), tree);
    const QString title = window->findChild<QLabel *>(QStringLiteral("promptTitle"))->text();
    const QString prompt = window->findChild<QLabel *>(QStringLiteral("promptText"))->text();
    REQUIRE_FALSE(prompt.isEmpty());
    const auto has = [&](QAccessible::Role role, const QString &name) {
        return tree.contains(QStringLiteral("%1|%2").arg(int(role)).arg(name));
    };
    INFO(tree.join(QLatin1Char('\n')).toStdString());
    CHECK(has(QAccessible::StaticText, title));
    CHECK(has(QAccessible::StaticText, prompt));
    CHECK(has(QAccessible::List, QStringLiteral("Steps of the call")));
    // The field that has the keyboard is named, and is where the reader says it is.
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus);
    QAccessibleInterface *field = QAccessible::queryAccessibleInterface(focus);
    REQUIRE(field);
    CHECK(field->state().focused);
    CHECK_FALSE(field->text(QAccessible::Name).isEmpty());
    CHECK(tree.contains(QStringLiteral("%1|%2").arg(int(field->role())).arg(field->text(QAccessible::Name))));
}
