#pragma once
// View → Go to: moves the keyboard focus between the window's panes without a mouse.
// F6 / Shift+F6 go to the next / previous pane (scenario list, parameters, results,
// explanation: the order they have on screen), Ctrl+1..4 to one of them. Panes are found by
// object name (scenarioDock, paramDock, resultTabs, explanationDock), so the window only adds
// this menu; hidden docks are skipped.
#include <QMenu>
#include <QPointer>

class QMainWindow;

namespace gui {

class PaneNavigator : public QMenu {
    Q_OBJECT
public:
    enum Pane { Scenarios, Parameters, Results, Explanation, PaneCount };
    explicit PaneNavigator(QMainWindow* window, QWidget* parent = nullptr);
    // Gives the focus to a pane (its first focusable widget); false if it is hidden.
    bool focusPane(Pane pane);
    // The pane holding the focus, or -1.
    int currentPane() const;
    void focusNext(bool backwards);
    // Puts the Tab order in the order of the screen: scenario list, parameters (preset, fields,
    // time limit, Run, Stop, Reset), results (tab bar, then the page), explanation. Widgets made
    // after the window (a scenario's form and result tabs) would otherwise come last. Tables
    // leave Tab to the window (arrows move between cells). The window calls it after rebuilding.
    void fixTabOrder();

protected:
    void changeEvent(QEvent* e) override;

private:
    void retranslate();
    QWidget* paneWidget(Pane pane) const;
    QPointer<QMainWindow> m_window;
    QAction* m_next;
    QAction* m_previous;
    QAction* m_go[PaneCount];
};

} // namespace gui
