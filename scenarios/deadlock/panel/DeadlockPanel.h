#pragma once
// The deadlock scenario's live wait-for graph: workers and locks on a circle, "holds" and
// "waits for" edges, the cycle in red once it forms, and a banner with the cycle in words and
// the Coffman conditions. Everything comes from drained RunData: the graph from the panel data
// (deadlock::kGraphKey), the words from the summary ("cycle", "coffman", ...); the panel never
// touches the engine.
#include "panels/ScenarioPanel.h"

#include "deadlock/WaitGraph.h"

class QLabel;

namespace gui {

class DeadlockGraphView;

class DeadlockPanel : public ScenarioPanel {
    Q_OBJECT
public:
    explicit DeadlockPanel(QWidget* parent = nullptr);
    QString title() const override;
    void runStarted(const lab::Params& params) override;
    void dataChanged(const lab::RunData& data, const lab::DrainResult& changes) override;
    void runFinished(lab::RunStatus status, const lab::RunData& data) override;
    void retranslate() override;

    // For tests: the banner as plain text, and how many edges are drawn as part of the cycle.
    QString bannerText() const;
    int cycleEdges() const;

protected:
    void changeEvent(QEvent* e) override; // the theme changed: recolour the banner

private:
    void update(const lab::RunData& data);
    void updateBanner();

    QLabel* m_banner;
    QLabel* m_legend;
    DeadlockGraphView* m_view;
    QVariantMap m_summary;
};

} // namespace gui
