// Desktop integration as the desktop sees it: `cmake --install` into a temporary prefix puts every
// file where the menu, the icon theme, software centres, man and bash look for it; the desktop
// entry and the AppStream file validate; the versions agree; the man page names every command and
// option that `pplab --help` shows; the bash completion offers what `pplab list` and
// `pplab describe` say; the saved-run MIME type is recognised by name and by content.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMimeDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {
struct Result {
    int code = -1;
    QString out;
    QString err;
};

Result exec(const QString& program, const QStringList& args, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(),
            int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) { p.kill(); p.waitForFinished(); return {-1, {}, QStringLiteral("timeout")}; }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString gunzip(const QString& path)
{
    const Result r = exec(QStringLiteral("gzip"), {QStringLiteral("-dc"), path});
    return r.code == 0 ? r.out : QString();
}

const QString kAppId = QStringLiteral(PPLAB_APP_ID);
} // namespace

class TestDesktop : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_prefix;
    QString path(const QString& rel) const { return m_prefix.path() + QLatin1Char('/') + rel; }
    QString data(const QString& rel) const { return path(QStringLiteral(PPLAB_INSTALL_DATADIR "/") + rel); }
    QString installedPplab() const { return path(QStringLiteral(PPLAB_INSTALL_BINDIR "/pplab")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_prefix.isValid());
        const Result r = exec(QStringLiteral(PPLAB_CMAKE),
                              {QStringLiteral("--install"), QStringLiteral(PPLAB_BUILD_DIR), QStringLiteral("--prefix"), m_prefix.path()});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    }

    // A saved run is application/x-pplab-run+json by its name (*.pplab.json) and by its content
    // ("format": "pplab-run"), once update-mime-database has seen the installed XML.
    void savedRunMimeType()
    {
        const QString umd = QStandardPaths::findExecutable(QStringLiteral("update-mime-database"));
        if (umd.isEmpty()) QSKIP("update-mime-database (shared-mime-info) is not installed");
        // Our type next to the system's (application/json must be known for sub-classing).
        QTemporaryDir mime;
        QDir().mkpath(mime.path() + QStringLiteral("/mime/packages"));
        QFile::copy(data(QStringLiteral("mime/packages/") + kAppId + QStringLiteral(".xml")),
                    mime.path() + QStringLiteral("/mime/packages/") + kAppId + QStringLiteral(".xml"));
        QFile::copy(QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml"), mime.path() + QStringLiteral("/mime/packages/freedesktop.org.xml"));
        QCOMPARE(exec(umd, {mime.path() + QStringLiteral("/mime")}).code, 0);
        QTemporaryDir files;
        const Result run = exec(QStringLiteral(PPLAB_BINARY), {QStringLiteral("run"), QStringLiteral("hello"), QStringLiteral("--duration"),
                                                              QStringLiteral("0.2"), QStringLiteral("--quiet"), QStringLiteral("--json"),
                                                              files.path() + QStringLiteral("/measured.json")});
        QCOMPARE(run.code, 0);
        QFile::copy(files.path() + QStringLiteral("/measured.json"), files.path() + QStringLiteral("/named.pplab.json"));
        QFile::copy(files.path() + QStringLiteral("/measured.json"), files.path() + QStringLiteral("/no-suffix"));
        QFile other(files.path() + QStringLiteral("/other.json"));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("{\n    \"format\": \"something-else\"\n}\n");
        other.close();
        // QMimeDatabase has not been used in this process yet (this test runs first): it reads
        // only these directories.
        qputenv("XDG_DATA_DIRS", mime.path().toLocal8Bit());
        qputenv("XDG_DATA_HOME", (mime.path() + QStringLiteral("/none")).toLocal8Bit());
        QMimeDatabase db;
        const QString type = QStringLiteral("application/x-pplab-run+json");
        QCOMPARE(db.mimeTypeForFile(files.path() + QStringLiteral("/named.pplab.json")).name(), type);
        // By content when the name says nothing; a name ending in .json is JSON by its name (the
        // shared-mime-info rule: a glob match wins over content unless the content type is a
        // parent of the glob's), so saved runs are named *.pplab.json.
        QCOMPARE(db.mimeTypeForFile(files.path() + QStringLiteral("/no-suffix")).name(), type);
        QCOMPARE(db.mimeTypeForFile(files.path() + QStringLiteral("/measured.json")).name(), QStringLiteral("application/json"));
        QCOMPARE(db.mimeTypeForFile(files.path() + QStringLiteral("/other.json")).name(), QStringLiteral("application/json"));
        QVERIFY(db.mimeTypeForName(type).inherits(QStringLiteral("application/json")));
    }

    void everyFileLandsWhereTheDesktopLooks()
    {
        QStringList expected = {
            QStringLiteral(PPLAB_INSTALL_BINDIR "/pplab"),
            QStringLiteral(PPLAB_INSTALL_DATADIR "/applications/") + kAppId + QStringLiteral(".desktop"),
            QStringLiteral(PPLAB_INSTALL_DATADIR "/metainfo/") + kAppId + QStringLiteral(".metainfo.xml"),
            QStringLiteral(PPLAB_INSTALL_DATADIR "/mime/packages/") + kAppId + QStringLiteral(".xml"),
            QStringLiteral(PPLAB_INSTALL_DATADIR "/icons/hicolor/scalable/apps/") + kAppId + QStringLiteral(".svg"),
            QStringLiteral(PPLAB_INSTALL_MANDIR "/man1/pplab.1.gz"),
            QStringLiteral(PPLAB_INSTALL_DATADIR "/bash-completion/completions/pplab"),
            QStringLiteral(PPLAB_INSTALL_DOCDIR "/copyright"),
            QStringLiteral(PPLAB_INSTALL_DOCDIR "/changelog.gz"),
        };
        const QStringList sizes = QStringLiteral(PPLAB_ICON_SIZES).split(QLatin1Char(','));
        QVERIFY(sizes.contains(QStringLiteral("16")) && sizes.contains(QStringLiteral("256")));
        for (const QString& s : sizes)
            expected << QStringLiteral(PPLAB_INSTALL_DATADIR "/icons/hicolor/%1x%1/apps/%2.png").arg(s, kAppId);
        for (const QString& rel : expected) {
            const QFileInfo fi(path(rel));
            QVERIFY2(fi.isFile() && fi.size() > 0, qPrintable(rel + QStringLiteral(" is missing")));
        }
        QVERIFY(QFileInfo(installedPplab()).isExecutable());
        // Each PNG has the size its folder says, and is not blank.
        for (const QString& s : sizes) {
            const QImage img(data(QStringLiteral("icons/hicolor/%1x%1/apps/%2.png").arg(s, kAppId)));
            QCOMPARE(img.width(), s.toInt());
            QCOMPARE(img.height(), s.toInt());
            QVERIFY(img.pixelColor(s.toInt() / 2, s.toInt() / 2).alpha() > 0);
        }
        // Nothing else is installed by accident (no test binaries, no build leftovers).
        QDirIterator it(m_prefix.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString rel = QDir(m_prefix.path()).relativeFilePath(it.next());
            QVERIFY2(expected.contains(rel), qPrintable(QStringLiteral("unexpected file installed: ") + rel));
        }
    }

    void installedBinaryRuns()
    {
        const Result r = exec(installedPplab(), {QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("pplab " PPLAB_PROJECT_VERSION)), qPrintable(r.out));
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("\\nQt 6\\.\\d+"))), qPrintable(r.out));
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("\\noneTBB 20\\d\\d"))), qPrintable(r.out));
    }

    void desktopEntryPointsAtTheInstalledFiles()
    {
        const QString entry = QString::fromUtf8(readFile(data(QStringLiteral("applications/") + kAppId + QStringLiteral(".desktop"))));
        QVERIFY(entry.contains(QStringLiteral("\nExec=pplab %F\n")));
        QVERIFY(entry.contains(QStringLiteral("\nIcon=") + kAppId + QLatin1Char('\n')));
        QVERIFY(entry.contains(QStringLiteral("\nCategories=Education;Science;ComputerScience;Development;\n")));
        QVERIFY(entry.contains(QStringLiteral("\nComment[pt_BR]=")));
        QVERIFY(entry.contains(QStringLiteral("\nMimeType=application/x-pplab-run+json;\n")));
        const QString meta = QString::fromUtf8(readFile(data(QStringLiteral("metainfo/") + kAppId + QStringLiteral(".metainfo.xml"))));
        QVERIFY(meta.contains(QStringLiteral("<id>") + kAppId + QStringLiteral("</id>")));
        QVERIFY(meta.contains(QStringLiteral("<launchable type=\"desktop-id\">") + kAppId + QStringLiteral(".desktop</launchable>")));
        QVERIFY(meta.contains(QStringLiteral("<content_rating type=\"oars-1.1\"")));
        QVERIFY(meta.contains(QStringLiteral("<caption xml:lang=\"pt_BR\">")));
    }

    void validatorsAccept()
    {
        const QString dfv = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        const QString asc = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
        if (dfv.isEmpty() && asc.isEmpty())
            QSKIP("desktop-file-validate and appstreamcli are not installed (PPLAB_PACKAGING_TOOLS=1 bash scripts/deps.sh)");
        if (!dfv.isEmpty()) {
            const Result r = exec(dfv, {QStringLiteral("--no-hints"), data(QStringLiteral("applications/") + kAppId + QStringLiteral(".desktop"))});
            QVERIFY2(r.code == 0 && r.out.trimmed().isEmpty(), qPrintable(r.out + r.err));
        }
        if (!asc.isEmpty()) {
            const Result r = exec(asc, {QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--pedantic"),
                                        data(QStringLiteral("metainfo/") + kAppId + QStringLiteral(".metainfo.xml"))});
            QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        }
    }

    void versionsAgree()
    {
        const QString version = QStringLiteral(PPLAB_PROJECT_VERSION);
        const QString meta = QString::fromUtf8(readFile(data(QStringLiteral("metainfo/") + kAppId + QStringLiteral(".metainfo.xml"))));
        const auto release = QRegularExpression(QStringLiteral("<release version=\"([^\"]+)\" date=\"([0-9-]+)\"")).match(meta);
        QVERIFY(release.hasMatch());
        QCOMPARE(release.captured(1), version);
        const QString changelog = gunzip(path(QStringLiteral(PPLAB_INSTALL_DOCDIR "/changelog.gz")));
        QVERIFY2(changelog.startsWith(QStringLiteral("pplab (%1) ").arg(version)), qPrintable(changelog.left(80)));
        const QString man = gunzip(path(QStringLiteral(PPLAB_INSTALL_MANDIR "/man1/pplab.1.gz")));
        QVERIFY(man.contains(QStringLiteral(".TH PPLAB 1 \"%1\" \"pplab %2\"").arg(release.captured(2), version)));
    }

    // The man page is written by hand around a generated scenario list: it must name every
    // command and option the program has, and every scenario it registers.
    void manPageCoversTheCommandLine()
    {
        const QString man = gunzip(path(QStringLiteral(PPLAB_INSTALL_MANDIR "/man1/pplab.1.gz")));
        QVERIFY(!man.isEmpty());
        const auto roff = [](QString s) { return s.replace(QLatin1Char('-'), QStringLiteral("\\-")); };
        const QString pplab = QStringLiteral(PPLAB_BINARY);

        const Result help = exec(pplab, {QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        // "  pplab run <id> [options]      run a scenario..." -> run; "  pplab --help | --version" -> both.
        QStringList commands;
        const QRegularExpression usageLine(QStringLiteral("^  pplab (.*)$"), QRegularExpression::MultilineOption);
        for (auto it = usageLine.globalMatch(help.out); it.hasNext();) {
            const QString usage = it.next().captured(1).split(QRegularExpression(QStringLiteral("\\s{2,}"))).first();
            const QStringList tokens = usage.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (!tokens.isEmpty() && tokens.first().front().isLetter()) commands << tokens.first();
            for (const QString& t : tokens)
                if (t.startsWith(QStringLiteral("--"))) commands << t;
        }
        QVERIFY2(commands.contains(QStringLiteral("--version")), qPrintable(commands.join(u' ')));
        QVERIFY2(commands.contains(QStringLiteral("run")) && commands.contains(QStringLiteral("fifo")), qPrintable(help.out));
        for (const QString& c : commands)
            QVERIFY2(man.contains(QStringLiteral(".B ") + roff(c)) || man.contains(QStringLiteral(".BI \"") + roff(c))
                         || man.contains(QStringLiteral(".BR ") + roff(c)),
                     qPrintable(QStringLiteral("the man page does not describe the command ") + c));

        for (const QString& sub : {QStringLiteral("run"), QStringLiteral("list"), QStringLiteral("describe")}) {
            const Result r = exec(pplab, {sub, QStringLiteral("--help")});
            QCOMPARE(r.code, 0);
            int options = 0;
            for (auto it = QRegularExpression(QStringLiteral("^\\s+(?:-\\w, )?(--[a-z-]+)"), QRegularExpression::MultilineOption).globalMatch(r.out);
                 it.hasNext(); ++options) {
                const QString opt = it.next().captured(1);
                QVERIFY2(man.contains(roff(opt)), qPrintable(QStringLiteral("the man page does not describe %1 %2").arg(sub, opt)));
            }
            QVERIFY2(options >= 2, qPrintable(r.out));
        }
        const Result fifo = exec(pplab, {QStringLiteral("fifo"), QStringLiteral("--help")});
        for (auto it = QRegularExpression(QStringLiteral("pplab fifo (\\w+)")).globalMatch(fifo.out); it.hasNext();) {
            const QString sub = it.next().captured(1);
            QVERIFY2(man.contains(QStringLiteral("fifo ") + sub), qPrintable(QStringLiteral("the man page does not describe fifo ") + sub));
        }
        for (const char* code : {"0", "1", "2"})
            QVERIFY(man.contains(QStringLiteral(".SH EXIT STATUS")) && man.contains(QStringLiteral(".TP\n.B %1\n").arg(QLatin1String(code))));
        // The page lists the scenarios of a normal start (the self-test scenario is for tests only).
        QProcessEnvironment plain = QProcessEnvironment::systemEnvironment();
        plain.remove(QStringLiteral("PPLAB_SELFTEST"));
        const Result ids = exec(pplab, {QStringLiteral("list"), QStringLiteral("--ids")}, plain);
        for (const QString& id : ids.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            QVERIFY2(man.contains(QStringLiteral(".TP\n.B %1\n").arg(id)), qPrintable(QStringLiteral("scenario missing from the man page: ") + id));
    }

    void bashCompletionAsksPplab()
    {
        const QString bash = QStandardPaths::findExecutable(QStringLiteral("bash"));
        if (bash.isEmpty()) QSKIP("no bash");
        const QString script = data(QStringLiteral("bash-completion/completions/pplab"));
        // Completes LINE with the installed script and the installed pplab; prints the candidates.
        const auto complete = [&](const QString& line) {
            const QString prog = QStringLiteral(
                "source \"$1\"; COMP_LINE=\"$2\"; COMP_POINT=${#COMP_LINE}; read -r -a COMP_WORDS <<< \"$2\"; "
                "[[ \"$2\" == *' ' ]] && COMP_WORDS+=(''); COMP_CWORD=$((${#COMP_WORDS[@]}-1)); COMP_WORDS[0]=\"$3\"; "
                "_pplab; printf '%s\\n' \"${COMPREPLY[@]}\"");
            const Result r = exec(bash, {QStringLiteral("-c"), prog, QStringLiteral("bash"), script, line, installedPplab()});
            QStringList out = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            out.sort();
            return out;
        };
        const Result list = exec(installedPplab(), {QStringLiteral("list"), QStringLiteral("--ids")});
        QStringList ids = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        ids.sort();
        QVERIFY(ids.contains(QStringLiteral("race")));
        QCOMPARE(complete(QStringLiteral("pplab run ")), ids);
        QCOMPARE(complete(QStringLiteral("pplab describe ")), ids);
        QVERIFY(complete(QStringLiteral("pplab ")).contains(QStringLiteral("run")));
        QCOMPARE(complete(QStringLiteral("pplab run race --set thr")), QStringList{QStringLiteral("threads=")});
        const QStringList strategies = complete(QStringLiteral("pplab run race --set strategy="));
        QVERIFY2(strategies.contains(QStringLiteral("mutex")) && strategies.contains(QStringLiteral("atomic")), qPrintable(strategies.join(u' ')));
        const Result charts = exec(installedPplab(), {QStringLiteral("describe"), QStringLiteral("race"), QStringLiteral("--chart-keys")});
        QStringList chartKeys = charts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        chartKeys.sort();
        QCOMPARE(complete(QStringLiteral("pplab run race --chart-key ")), chartKeys);
        QVERIFY(complete(QStringLiteral("pplab run race --")).contains(QStringLiteral("--duration")));
    }

};

QTEST_GUILESS_MAIN(TestDesktop)
#include "tst_desktop.moc"
