#include "PaneNavigator.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QScrollArea>
#include <QTabWidget>

namespace gui {

namespace {
// Focusable widgets under root, in the order of the widget tree (the order they were laid out).
void collect(QWidget* root, QList<QWidget*>* out)
{
    if (auto* tabs = qobject_cast<QTabWidget*>(root)) {
        // The tab bar, then the pages.
        if (tabs->tabBar()->focusPolicy() & Qt::TabFocus) *out << tabs->tabBar();
        for (int i = 0; i < tabs->count(); ++i) {
            QWidget* page = tabs->widget(i);
            if (page->focusPolicy() & Qt::TabFocus) *out << page;
            for (QObject* o : page->children())
                if (o->isWidgetType()) collect(static_cast<QWidget*>(o), out);
        }
        return;
    }
    for (QObject* o : root->children()) {
        if (!o->isWidgetType()) continue;
        auto* w = static_cast<QWidget*>(o);
        if (w->isWindow()) continue;
        if (w->focusPolicy() & Qt::TabFocus) *out << w;
        collect(w, out);
    }
}
} // namespace

PaneNavigator::PaneNavigator(QMainWindow* window, QWidget* parent) : QMenu(parent), m_window(window)
{
    setObjectName(QStringLiteral("goToMenu"));
    m_next = addAction(QString());
    m_next->setObjectName(QStringLiteral("nextPane"));
    m_next->setShortcut(QKeySequence(Qt::Key_F6));
    connect(m_next, &QAction::triggered, this, [this] { focusNext(false); });
    m_previous = addAction(QString());
    m_previous->setObjectName(QStringLiteral("previousPane"));
    m_previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    connect(m_previous, &QAction::triggered, this, [this] { focusNext(true); });
    addSeparator();
    for (int i = 0; i < PaneCount; ++i) {
        m_go[i] = addAction(QString());
        m_go[i]->setObjectName(QStringLiteral("goToPane%1").arg(i + 1));
        m_go[i]->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(m_go[i], &QAction::triggered, this, [this, i] { focusPane(static_cast<Pane>(i)); });
    }
    // The shortcuts work wherever the focus is in the window, menu open or not.
    if (window) window->addActions(actions());
    retranslate();
}

void PaneNavigator::retranslate()
{
    setTitle(tr("&Go to"));
    m_next->setText(tr("&Next pane"));
    m_previous->setText(tr("&Previous pane"));
    m_go[Scenarios]->setText(tr("&Scenario list"));
    m_go[Parameters]->setText(tr("P&arameters"));
    m_go[Results]->setText(tr("&Results"));
    m_go[Explanation]->setText(tr("&Explanation"));
}

void PaneNavigator::changeEvent(QEvent* e)
{
    if (e->type() == QEvent::LanguageChange) retranslate();
    QMenu::changeEvent(e);
}

QWidget* PaneNavigator::paneWidget(Pane pane) const
{
    if (!m_window) return nullptr;
    static const char* const names[PaneCount] = {"scenarioDock", "paramDock", "resultTabs", "explanationDock"};
    QWidget* w = m_window->findChild<QWidget*>(QLatin1String(names[pane]));
    if (!w || !w->isVisible()) return nullptr;
    if (auto* dock = qobject_cast<QDockWidget*>(w)) return dock->widget();
    return w;
}

int PaneNavigator::currentPane() const
{
    const QWidget* f = QApplication::focusWidget();
    for (int i = 0; f && i < PaneCount; ++i) {
        const QWidget* pane = paneWidget(static_cast<Pane>(i));
        if (pane && (pane == f || pane->isAncestorOf(f))) return i;
    }
    return -1;
}

bool PaneNavigator::focusPane(Pane pane)
{
    QWidget* root = paneWidget(pane);
    if (!root) return false;
    // Results: the page of the current tab if it takes the focus (a chart, the timeline, the
    // table), else the tab bar, from where Ctrl+Tab and the arrows change tabs.
    if (auto* tabs = qobject_cast<QTabWidget*>(root)) {
        QWidget* page = tabs->currentWidget();
        if (page && page->focusPolicy() & Qt::TabFocus && page->isEnabled()) {
            page->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
    }
    // Else the first widget of the pane, in the order of the screen, that takes the focus.
    QList<QWidget*> order;
    if (root->focusPolicy() & Qt::TabFocus) order << root;
    collect(root, &order);
    for (QWidget* w : std::as_const(order)) {
        if (w->isVisible() && w->isEnabled()) {
            w->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
    }
    return false;
}

void PaneNavigator::focusNext(bool backwards)
{
    const int from = currentPane();
    for (int step = 1; step <= PaneCount; ++step) {
        const int start = from < 0 ? (backwards ? PaneCount : -1) : from;
        const int i = ((start + (backwards ? -step : step)) % PaneCount + PaneCount) % PaneCount;
        if (focusPane(static_cast<Pane>(i))) return;
    }
}

} // namespace gui

namespace gui {


void PaneNavigator::fixTabOrder()
{
    if (!m_window) return;
    QList<QWidget*> order;
    for (int i = 0; i < PaneCount; ++i) {
        static const char* const names[PaneCount] = {"scenarioDock", "paramDock", "resultTabs", "explanationDock"};
        QWidget* w = m_window->findChild<QWidget*>(QLatin1String(names[i]));
        if (auto* dock = qobject_cast<QDockWidget*>(w)) w = dock->widget();
        if (!w) continue;
        // A scroll area around a form is not a stop of its own: Tab goes to the fields, which the
        // area scrolls into view.
        for (QScrollArea* area : w->findChildren<QScrollArea*>())
            if (area->widget() && area->widgetResizable()) area->setFocusPolicy(Qt::NoFocus);
        for (QAbstractItemView* view : w->findChildren<QAbstractItemView*>()) view->setTabKeyNavigation(false);
        if (auto* view = qobject_cast<QAbstractItemView*>(w)) view->setTabKeyNavigation(false);
        if (w->focusPolicy() & Qt::TabFocus) order << w;
        collect(w, &order);
    }
    for (qsizetype i = 1; i < order.size(); ++i) QWidget::setTabOrder(order[i - 1], order[i]);
}

} // namespace gui
