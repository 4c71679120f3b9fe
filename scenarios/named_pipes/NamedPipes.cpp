#include "NamedPipes.h"

#include "FifoRun.h"
#include "lab/RunContext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace named_pipes {

lab::ScenarioInfo NamedPipesScenario::info() const
{
    using lab::ParamSpec;
    lab::ScenarioInfo i;
    i.id = QStringLiteral("named_pipes");
    i.title = tr("Named pipes (FIFOs)");
    i.category = QStringLiteral("communication");
    i.summary = tr("Unrelated processes talk through a FIFO file: blocking open(), the classic "
                   "\"Hello from pid\" exchange, and the PIPE_BUF atomicity limit.");
    i.explanation = QStringLiteral(":/explanations/named_pipes.html");
    i.params = {
        ParamSpec::choice(QStringLiteral("mode"), tr("Experiment"), tr("Run both experiments, or only one."),
                          {QStringLiteral("all"), QStringLiteral("exchange"), QStringLiteral("atomicity")},
                          QStringLiteral("all"), {tr("Both"), tr("Writer and reader"), tr("Atomicity (PIPE_BUF)")}),
        ParamSpec::text(QStringLiteral("path"), tr("FIFO path"),
                        tr("Where the FIFO is made (empty = a private temporary directory). An existing FIFO "
                           "is used and kept; any other existing file is refused and left untouched."),
                        QString()),
        ParamSpec::integer(QStringLiteral("messages"), tr("Messages"),
                           tr("How many messages the writer sends to the reader."), 3, 1, 1000),
        ParamSpec::integer(QStringLiteral("interval_ms"), tr("Interval (ms)"),
                           tr("Pause of the writer between two messages (the reader waits in read())."),
                           100, 0, 5000),
        ParamSpec::integer(QStringLiteral("reader_delay_ms"), tr("Reader starts after (ms)"),
                           tr("How long the lab waits before starting the reader: the writer's open() "
                              "blocks that long."), 300, 0, 10000),
        ParamSpec::integer(QStringLiteral("writers"), tr("Writers"),
                           tr("Atomicity: how many writer processes share the FIFO."), 4, 2, 16),
        ParamSpec::integer(QStringLiteral("record_size"), tr("Record size (bytes)"),
                           tr("Atomicity: the size of each write() (0 = try 1 KiB, 4 KiB = PIPE_BUF, "
                              "8 KiB and 64 KiB)."), 0, 0, 1 << 20).withLogScale(),
        ParamSpec::integer(QStringLiteral("records"), tr("Records per writer"),
                           tr("Atomicity: how many records each writer sends per record size."), 400, 1, 100000),
        ParamSpec::integer(QStringLiteral("read_size"), tr("Reader's read() size (bytes)"),
                           tr("Atomicity: how many bytes the reader asks for in each read(). Small reads wake "
                              "the writers more often, so large records interleave more."), 4096, 1, 1 << 20),
    };
    i.charts = {
        {QStringLiteral("torn"), tr("Torn records per record size"), tr("record size"), tr("torn records"),
         lab::ChartSpec::Bar},
        {QStringLiteral("timeline"), tr("Timeline"), tr("time"), tr("process"), lab::ChartSpec::Timeline},
    };
    i.presets = {
        {tr("Hello from pid (one message)"), {{QStringLiteral("mode"), QStringLiteral("exchange")},
                                              {QStringLiteral("messages"), 1}}},
        {tr("Long wait in open()"), {{QStringLiteral("mode"), QStringLiteral("exchange")},
                                     {QStringLiteral("reader_delay_ms"), 2000}}},
        {tr("At PIPE_BUF: 4096-byte records"), {{QStringLiteral("mode"), QStringLiteral("atomicity")},
                                                {QStringLiteral("record_size"), 4096}}},
        {tr("Above PIPE_BUF: 64 KiB records"), {{QStringLiteral("mode"), QStringLiteral("atomicity")},
                                                {QStringLiteral("record_size"), 65536}}},
    };
    i.figures = {
        {QStringLiteral("messages"), tr("Messages received")},
        {QStringLiteral("torn_records"), tr("Torn records")},
        {QStringLiteral("pipe_buf"), tr("PIPE_BUF (bytes)")},
        {QStringLiteral("open_wait_ms"), tr("Writer's open() wait (ms)")},
        {QStringLiteral("fifo_removed"), tr("FIFO removed")},
    };
    i.defaultDuration = 0.0;
    return i;
}

QString NamedPipesScenario::checkParams(const lab::Params& params) const
{
    const QString path = params.text(QStringLiteral("path")).trimmed();
    if (path.isEmpty()) return {};
    const QFileInfo fi(path);
    struct stat st;
    if (::lstat(QFile::encodeName(fi.absoluteFilePath()).constData(), &st) == 0 && !S_ISFIFO(st.st_mode))
        return tr("path: %1 exists and is not a FIFO; pplab leaves it untouched").arg(fi.absoluteFilePath());
    if (!fi.absoluteDir().exists())
        return tr("path: directory %1 does not exist").arg(fi.absolutePath());
    return {};
}

void NamedPipesScenario::run(lab::RunContext& ctx)
{
    FifoRun r(ctx);
    r.run();
}

} // namespace named_pipes
