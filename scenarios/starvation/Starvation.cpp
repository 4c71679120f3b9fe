#include "Starvation.h"

#include "Platform.h"

#include "lab/RunContext.h"

#include <QHash>

namespace starvation {

QStringList lockIds()
{
    return {QStringLiteral("std_mutex"), QStringLiteral("spin"), QStringLiteral("ticket"), QStringLiteral("queuing"),
            QStringLiteral("starvation_mode")};
}

QStringList rwLockIds()
{
    return {QStringLiteral("reader_pref"), QStringLiteral("writer_pref"), QStringLiteral("tbb_queuing")};
}

QString lockTitle(const QString& id)
{
    // Type names stay as they are; the words around them are translated.
    static const QHash<QString, const char*> titles = {
        {QStringLiteral("std_mutex"), "std::mutex"},
        {QStringLiteral("spin"), QT_TRANSLATE_NOOP("starvation::StarvationScenario", "TTAS spinlock")},
        {QStringLiteral("ticket"), QT_TRANSLATE_NOOP("starvation::StarvationScenario", "ticket lock")},
        {QStringLiteral("queuing"), "tbb::queuing_mutex"},
        {QStringLiteral("starvation_mode"), QT_TRANSLATE_NOOP("starvation::StarvationScenario", "Go-style mutex")},
        {QStringLiteral("reader_pref"), QT_TRANSLATE_NOOP("starvation::StarvationScenario", "rwlock, reader preference")},
        {QStringLiteral("writer_pref"), QT_TRANSLATE_NOOP("starvation::StarvationScenario", "rwlock, writer preference")},
        {QStringLiteral("tbb_queuing"), "tbb::queuing_rw_mutex"},
    };
    const char* t = titles.value(id, nullptr);
    return t ? StarvationScenario::tr(t) : id;
}

Config StarvationScenario::config(const lab::Params& p)
{
    Config c;
    c.variant = p.text(QStringLiteral("variant"));
    c.lock = p.text(QStringLiteral("lock"));
    c.threads = static_cast<int>(p.integer(QStringLiteral("threads")));
    c.csUs = static_cast<int>(p.integer(QStringLiteral("cs_us")));
    c.thinkUs = static_cast<int>(p.integer(QStringLiteral("think_us")));
    c.thresholdMs = p.real(QStringLiteral("threshold_ms"));
    c.lowNice = static_cast<int>(p.integer(QStringLiteral("low_nice")));
    c.idlePolicy = p.text(QStringLiteral("policy")) == QLatin1String("idle");
    c.busyPct = static_cast<int>(p.integer(QStringLiteral("busy_pct")));
    c.cpu = static_cast<int>(p.integer(QStringLiteral("cpu")));
    c.readUs = static_cast<int>(p.integer(QStringLiteral("read_us")));
    c.writeEveryMs = static_cast<int>(p.integer(QStringLiteral("write_every_ms")));
    c.live = p.flag(QStringLiteral("live"));
    return c;
}

QString StarvationScenario::checkParams(const lab::Params& params) const
{
    const Config c = config(params);
    const QString listSep = QStringLiteral(", ");
    if (c.variant == QLatin1String("lock")) {
        if (c.lock != QLatin1String("compare") && !lockIds().contains(c.lock))
            return tr("lock: %1 is not a lock of the lock variant (choose %2 or compare)")
                .arg(c.lock, lockIds().join(listSep));
        return {};
    }
    if (c.variant == QLatin1String("rwlock")) {
        if (c.lock != QLatin1String("compare") && !rwLockIds().contains(c.lock))
            return tr("lock: %1 is not a lock of the rwlock variant (choose %2 or compare)")
                .arg(c.lock, rwLockIds().join(listSep));
        if (c.threads < 2) return tr("threads: the rwlock variant needs at least 2 threads (readers and one writer)");
        return {};
    }
    // priority
    if (c.threads < 2 || c.threads > kMaxPinned)
        return tr("threads: the priority variant pins every thread to one CPU; use 2 to %1 threads (one low-priority "
                  "thread and the others at nice 0)").arg(kMaxPinned);
    if (!c.idlePolicy && c.lowNice < platform::selfNice())
        return tr("low_nice: pplab already runs at nice %1, and lowering a nice value needs privileges (CAP_SYS_NICE "
                  "or RLIMIT_NICE); choose %1 to 19").arg(platform::selfNice());
    const QList<int> cpus = platform::allowedCpus();
    if (cpus.isEmpty()) return tr("cpu: the CPUs this process may use cannot be read (sched_getaffinity failed)");
    if (c.cpu >= 0 && !cpus.contains(c.cpu))
        return tr("cpu: CPU %1 is not available to pplab (it may run on CPUs %2; -1 picks the last of them)")
            .arg(c.cpu).arg(platform::cpuListText(cpus));
    return {};
}

void StarvationScenario::run(lab::RunContext& ctx)
{
    const Config cfg = config(ctx.params());
    const QString problem = checkParams(ctx.params());
    if (!problem.isEmpty()) { // the window and the CLI check first; a test or a script may not
        ctx.fail(problem);
        return;
    }
    if (cfg.variant == QLatin1String("priority")) runPriorityVariant(ctx, cfg);
    else if (cfg.variant == QLatin1String("rwlock")) runRwVariant(ctx, cfg);
    else runLockVariant(ctx, cfg);
}

} // namespace starvation
