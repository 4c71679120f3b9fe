#include "SelfTest.h"

#include "RunContext.h"

namespace lab {

ScenarioInfo SelfTestScenario::info() const
{
    ScenarioInfo i;
    i.id = QStringLiteral("selftest");
    i.title = QStringLiteral("Self-test");
    i.category = QStringLiteral("basics");
    i.summary = QStringLiteral("Fails or succeeds on request (lab tests only).");
    i.params = {ParamSpec::choice(QStringLiteral("outcome"), QStringLiteral("Outcome"), QStringLiteral("How the run ends."),
                                  {QStringLiteral("finish"), QStringLiteral("fail"), QStringLiteral("throw")},
                                  QStringLiteral("finish"))};
    i.charts = {{QStringLiteral("line"), QStringLiteral("Line"), QStringLiteral("x"), QStringLiteral("y"), ChartSpec::Line}};
    return i;
}

void SelfTestScenario::run(RunContext& ctx)
{
    const int s = ctx.recorder().series(QStringLiteral("line"), QStringLiteral("line"), QStringLiteral("line"));
    for (int i = 0; i < 10; ++i) ctx.recorder().sample(s, i, i);
    ctx.recorder().setSummary(QStringLiteral("points"), 10);
    const QString outcome = ctx.params().text(QStringLiteral("outcome"));
    if (outcome == QLatin1String("fail")) ctx.fail(QStringLiteral("the self-test was asked to fail"));
    if (outcome == QLatin1String("throw")) throw std::runtime_error("the self-test threw");
}

} // namespace lab
