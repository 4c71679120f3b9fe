#include "GuiMain.h"

#include "Language.h"
#include "MainWindow.h"
#include "RunsDock.h"
#include "Theme.h"
#include "lab/Version.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>
#include <QTimer>

#include <cstdio>

namespace gui {

int main(int argc, char** argv)
{
    if (argc > 1 && qstrcmp(argv[1], "open") == 0)
        for (int i = 2; i < argc; ++i)
            if (qstrcmp(argv[i], "--help") == 0 || qstrcmp(argv[i], "-h") == 0) {
                std::fputs("Usage: pplab open FILE...\n"
                           "Opens saved runs (the JSON of pplab run --json or of Save run) in the window's Runs\n"
                           "list; one file is shown, several can be compared. Also: pplab FILE.json\n",
                           stdout);
                return 0;
            }
    const bool noDisplay = qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
                           && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
    bool platformArg = false;
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "-platform") == 0) platformArg = true;
    if (noDisplay && !platformArg) {
        std::fputs("pplab: no display found, so the window cannot open.\n"
                   "  Headless:      pplab list; pplab run hello --duration 2 --json out.json --chart out.png\n"
                   "  Virtual X:     xvfb-run -a pplab\n"
                   "  Offscreen Qt:  QT_QPA_PLATFORM=offscreen pplab   (for tests; nothing is shown)\n",
                   stderr);
        return 2;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("pplab"));
    QApplication::setOrganizationName(QStringLiteral("pplab"));
    QApplication::setApplicationDisplayName(QStringLiteral("pplab"));
    QApplication::setApplicationVersion(lab::versionString());
    // The window belongs to the desktop entry io.github.pplab.pplab.desktop (its icon and name
    // in task switchers on Wayland).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.pplab.pplab"));
    Language::instance().apply(Language::instance().saved());
    Theme::instance().apply(Theme::instance().saved()); // System (the default) changes nothing
    MainWindow w; // initialises the resources
    // The installed theme icon when there is one (hicolor), else the built-in SVG.
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.pplab.pplab"), QIcon(QStringLiteral(":/icons/pplab.svg"))));
    // First start: use the whole screen (a lecture hall projector); later: the saved geometry.
    if (QSettings().contains(QStringLiteral("window/geometry"))) w.show(); else w.showMaximized();
    // `pplab open FILE...` or `pplab FILE...` (a file manager's "Open with"): saved runs.
    QStringList files = QApplication::arguments().mid(1);
    if (!files.isEmpty() && files.first() == QLatin1String("open")) files.removeFirst();
    files.removeIf([](const QString& a) { return a.startsWith(QLatin1Char('-')); });
    if (!files.isEmpty()) QTimer::singleShot(0, &w, [&w, files] { w.runsDock()->openFiles(files); });
    return app.exec();
}

} // namespace gui
