#include "Cli.h"

#include "CliCommands.h"
#include "lab/ChildProcess.h"
#include "lab/Version.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QStringList>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace cli {

namespace {
const char* const kCommands[] = {"list", "describe", "run", "compare", "fifo", "exercises", "exercise",
                                 "lessons", "lesson", "worker", "help",
                                 "--help", "-h", "--version", "-v"};

// The command line promises one-line errors: Qt's start-up chatter about the environment (for
// example a missing XDG_RUNTIME_DIR) is not the user's problem here.
void quietStartupWarnings(QtMsgType type, const QMessageLogContext& ctx, const QString& msg)
{
    if (type == QtWarningMsg && msg.startsWith(QLatin1String("QStandardPaths:"))) return;
    std::fprintf(stderr, "%s\n", qFormatLogMessage(type, ctx, msg).toLocal8Bit().constData());
}

void printUsage(FILE* out)
{
    std::fputs(
        "pplab — the Parallel Programming Lab\n"
        "\n"
        "Usage:\n"
        "  pplab                         open the window\n"
        "  pplab list                    list the scenarios (id, category, title)\n"
        "  pplab describe <id>           parameters, charts and presets of a scenario\n"
        "  pplab run <id> [options]      run a scenario headless and export what it measured\n"
        "  pplab compare A.json B.json   compare saved runs: figures, one chart, CSV/JSON, a report\n"
        "  pplab open FILE...            open saved runs in the window (also: pplab FILE.json)\n"
        "  pplab fifo read PATH          print what is written into the FIFO at PATH, until EOF\n"
        "  pplab fifo write PATH [MSG]   write MSG (or standard input) into the FIFO (also: fifo make)\n"
        "  pplab exercises [scenario]    list the exercises (id, title)\n"
        "  pplab exercise <id>           ask an exercise's question (--hints N shows hints)\n"
        "  pplab exercise <id> --predict VALUE [--json FILE]\n"
        "                                run the exercise and judge the prediction\n"
        "  pplab lessons                 list the lessons\n"
        "  pplab lesson ID|FILE          print a lesson's steps\n"
        "  pplab lesson check FILE       check a lesson (or exercise) file; names the line of a mistake\n"
        "  pplab --help | --version\n"
        "\n"
        "Run `pplab run --help` for the run options.\n"
        "Exit codes: 0 ok, 1 the run failed, 2 usage error,\n"
        "            3 `exercise --predict`: the prediction is not within the tolerance.\n",
        out);
}

// What was printed must have reached standard output (a full disk, a closed pipe): if not, the
// command failed, whatever it computed.
int finishStdout(int code)
{
    errno = 0;
    if (std::fflush(stdout) == 0 && !std::ferror(stdout)) return code;
    std::fprintf(stderr, "pplab: cannot write to standard output: %s\n", std::strerror(errno ? errno : EIO));
    return code == Ok ? RunFailed : code;
}
} // namespace

bool isCliInvocation(int argc, char** argv)
{
    if (argc < 2) return false;
    for (const char* c : kCommands)
        if (std::strcmp(argv[1], c) == 0) return true;
    // `pplab open FILE...` opens saved runs in the window.
    if (std::strcmp(argv[1], "open") == 0) return false;
    // A file (what the desktop entry's `pplab %F` passes when a run is opened from a file
    // manager) is for the window, not a command.
    if (std::strchr(argv[1], '/') || QFileInfo(QString::fromLocal8Bit(argv[1])).isFile()) return false;
    // Other words are commands too (unknown ones get a usage error); other options belong to
    // Qt's GUI (-platform, -style, ...).
    return argv[1][0] != '-';
}

int workerMain(int argc, char** argv)
{
    lab::prepareWorkerProcess();
    if (argc < 3) { std::fputs("pplab worker: missing worker name\n", stderr); return Usage; }
    const lab::WorkerFn fn = lab::findWorker(QString::fromLocal8Bit(argv[2]));
    if (!fn) { std::fprintf(stderr, "pplab worker: unknown worker '%s'\n", argv[2]); return Usage; }
    QStringList args;
    for (int i = 3; i < argc; ++i) args << QString::fromLocal8Bit(argv[i]);
    return fn(args);
}

int main(int argc, char** argv)
{
    const QString command = QString::fromLocal8Bit(argv[1]);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        std::fputs(lab::versionReport().toLocal8Bit().constData(), stdout);
        return Ok;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        printUsage(stdout);
        return Ok;
    }
    if (command == QLatin1String("worker")) return workerMain(argc, argv);

    qInstallMessageHandler(quietStartupWarnings);
    std::unique_ptr<QCoreApplication> app;
    if (command == QLatin1String("run") || command == QLatin1String("compare")) {
        // Charts are QGraphicsWidgets: they need a QApplication, offscreen when headless.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("pplab"));
    QCoreApplication::setOrganizationName(QStringLiteral("pplab")); // as the window: the same progress file
    QCoreApplication::setApplicationVersion(lab::versionString());
    // The command line speaks English with English numbers (scripts parse it), whatever the
    // system locale; a report written from here is English too, explanation included.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QStringList args = QCoreApplication::arguments();
    args.removeAt(1); // the command; args[0] stays the program name

    int code = Usage;
    if (command == QLatin1String("list")) code = listCommand(args);
    else if (command == QLatin1String("describe")) code = describeCommand(args);
    else if (command == QLatin1String("run")) code = runCommand(args);
    else if (command == QLatin1String("compare")) code = compareCommand(args);
    else if (command == QLatin1String("fifo")) code = fifoCommand(args);
    else if (command == QLatin1String("exercises")) code = exercisesCommand(args);
    else if (command == QLatin1String("exercise")) code = exerciseCommand(args);
    else if (command == QLatin1String("lessons")) code = lessonsCommand(args);
    else if (command == QLatin1String("lesson")) code = lessonCommand(args);
    else std::fprintf(stderr, "pplab: unknown command '%s' (see pplab --help)\n", argv[1]);
    return finishStdout(code);
}

} // namespace cli
