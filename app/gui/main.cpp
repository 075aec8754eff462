// gatehouse: the desktop workbench. Everything but argument handling lives in gatehouse_ui.
#include "AnalysisSession.h"
#include "DarkPalette.h"
#include "MainWindow.h"
#include "Screenshots.h"
#include "Settings.h"
#include "i18n/UiLanguage.h"
#include "sources/Loader.h"
#include "widgets/ThemedIcon.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

using namespace gatehouse;

namespace {

// The last sources that still exist; the demo when none does (first start, moved files).
QStringList startupSources(const ui::Settings &settings)
{
    QStringList existing;
    for (const QString &s : settings.lastSources())
        if (s == demoSourcePath() || QFileInfo::exists(s))
            existing << s;
    return existing.isEmpty() ? QStringList{demoSourcePath()} : existing;
}

bool asksForInfoOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--") // what follows are sources
            return false;
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" ||
            arg == "--version" || arg == "-?")
            return true;
    }
    return false;
}

// The value of --lang LANG or --lang=LANG; empty when not given.
QString languageArgument(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            break;
        if (arg.startsWith("--lang="))
            return QString::fromLocal8Bit(arg.mid(7));
        if (arg == "--lang" && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
    }
    return QString();
}

// The texts of --help, in the window's language (set before they are made). Option names,
// value names and GATEHOUSE_DARK=1 are never translated.
struct CommandLine
{
    QCommandLineOption demo{QStringLiteral("demo"),
                            QCoreApplication::translate("CommandLine",
                                                        "Add the built-in demo artifacts to the "
                                                        "sources (as gatehouse-cli --demo).")};
    QCommandLineOption screenshots{
        QStringLiteral("screenshots"),
        QCoreApplication::translate(
            "CommandLine", "Load, save every page as DIR/<page>.png at 1400x900, and quit."),
        QStringLiteral("DIR")};
    QCommandLineOption language{
        QStringLiteral("lang"),
        QCoreApplication::translate(
            "CommandLine", "Language for this run: system, en or de (View > Language is kept)."),
        QStringLiteral("LANG")};

    static CommandLine setUp(QCommandLineParser &parser)
    {
        CommandLine options;
        parser.setApplicationDescription(QCoreApplication::translate(
            "CommandLine",
            "Gatehouse: decide when a CI gate may graduate, from the artifacts its runs "
            "left.\nWith no source it reopens the last sources, or the demo on first "
            "start.\nGATEHOUSE_DARK=1 selects a dark palette."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(options.demo);
        parser.addOption(options.screenshots);
        parser.addOption(options.language);
        parser.addPositionalArgument(
            QStringLiteral("sources"),
            QCoreApplication::translate("CommandLine", "Artifact folders or zip files."),
            QStringLiteral("[DIR|ZIP…]"));
        return options;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    // Names first: QSettings and the desktop integration read them.
    QApplication::setOrganizationName(QStringLiteral("Gatehouse"));
    QApplication::setOrganizationDomain(QStringLiteral("gatehouse.dev"));
    QApplication::setApplicationName(QStringLiteral("Gatehouse"));
    QApplication::setApplicationVersion(QStringLiteral(GATEHOUSE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("dev.gatehouse.Gatehouse"));
    // --help and --version must work without a display: answer them before QApplication
    // tries to connect to one.
    if (asksForInfoOnly(argc, argv)) {
        QCoreApplication core(argc, argv);
        // In the language the window would have: --lang, else the last chosen (or System).
        const QString language = languageArgument(argc, argv);
        ui::UiLanguage::instance()->apply(
            ui::languageChoiceFromKey(language.isEmpty() ? ui::Settings().language() : language));
        QCommandLineParser parser;
        CommandLine::setUp(parser);
        parser.process(core); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    QApplication::setWindowIcon(ui::colourIcon(QStringLiteral("gatehouse")));
    if (qEnvironmentVariableIntValue("GATEHOUSE_DARK") != 0)
        app::applyDarkPalette(app);

    QCommandLineParser parser;
    const CommandLine options = CommandLine::setUp(parser);
    const QCommandLineOption &demo = options.demo;
    const QCommandLineOption &screenshots = options.screenshots;
    parser.process(app);

    QStringList sources = parser.positionalArguments();
    // As the CLI's --demo: the demo first, then any folders or zips given with it.
    if (parser.isSet(demo))
        sources.prepend(demoSourcePath());

    // --lang wins over the settings for this run; View > Language still saves a choice.
    const bool languageGiven = parser.isSet(options.language);
    if (languageGiven)
        ui::UiLanguage::instance()->apply(
            ui::languageChoiceFromKey(parser.value(options.language)));

    if (parser.isSet(screenshots)) {
        // Screenshots never touch the user's settings: a throw-away INI file.
        QTemporaryDir settingsDir;
        ui::MainWindow window(std::make_unique<ui::Settings>(
            settingsDir.filePath(QStringLiteral("screenshots.ini"))));
        app::ScreenshotRunner runner(&window, parser.value(screenshots));
        runner.start(sources.isEmpty() ? QStringList{demoSourcePath()} : sources);
        return app.exec();
    }

    // The language before the window exists, so every text is built in it: the system's,
    // or the one last chosen under View > Language.
    if (!languageGiven) {
        const ui::Settings settings;
        ui::UiLanguage::instance()->apply(ui::languageChoiceFromKey(settings.language()));
    }
    ui::MainWindow window;
    window.show();
    const QStringList initial = sources.isEmpty() ? startupSources(window.settings()) : sources;
    // After show(): the window appears at once and the load reports progress into it.
    QTimer::singleShot(0, &window, [&window, initial] { window.openSources(initial); });
    return app.exec();
}
