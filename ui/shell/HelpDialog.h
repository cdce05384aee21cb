#pragma once

#include <QDialog>

class QTabWidget;

namespace rd {

/// Help that stays open beside the work (not modal, so it never blocks a call): every key,
/// and how the call guide works.
class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Page { Keys, CallGuide };

    explicit HelpDialog(QWidget *parent = nullptr);
    /// Shows the dialog on @p page, raised above the main window.
    void showPage(Page page);

private:
    QWidget *keysPage();
    QWidget *callGuidePage();

    QTabWidget *m_tabs = nullptr;
};

} // namespace rd
