#include "app/gui/AppLauncher.h"

#include "core/evidence/AuditAnchor.h"
#include "core/evidence/SigningKeys.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/storage/Database.h"
#include "core/storage/IdentityRepository.h"
#include "core/team/TeamConnection.h"
#include "core/util/People.h"
#include "ui/MainWindow.h"
#include "ui/identity/IdentityWindow.h"
#include "ui/widgets/StatusColours.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QTimer>
#include <QTranslator>
#include <QUrl>
#include <cstdio>
#include <functional>

namespace recertify {

namespace {

// A team server's password comes from the dialog or the keychain and lives only in memory.
Result<DatabasePtr> openStore(const std::shared_ptr<SecretStore>& keychain, const QString& location,
                              const QString& password)
{
    QString resolved = location;
    if (Database::isServerLocation(location)) {
        if (!password.isEmpty()) {
            QUrl url(location);
            url.setPassword(password);
            resolved = url.toString();
        } else if (auto withKept = TeamConnection::withPassword(*keychain, location); withKept) {
            resolved = withKept.value();
        } else {
            qWarning("%s", qPrintable(withKept.errorString())); // no keychain: libpq may still find ~/.pgpass
        }
    }
    auto opened = Database::open(resolved);
    if (opened) {
        // Every change batch that adds to the audit chain signs its new end with the export key.
        AuditAnchor::install(
            *opened.value(), [keychain] { return SigningKeys::standard(*keychain, true, osLogin()); },
            Clock::instance());
    }
    return opened;
}

} // namespace

namespace {

void installTranslations(QApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto* qtbase = new QTranslator(&app);
    if (qtbase->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtbase);
    auto* own = new QTranslator(&app);
    // English (with its plural forms) where the system names no language we have.
    if (own->load(locale, QStringLiteral("recertify"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral("recertify_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
}

// Every decision records who made it: on a local store the app asks once who is using it.
void identifyUser(MainWindow* window, const QString& given, bool mayAsk)
{
    if (window->session().teamMode)
        return;
    if (!given.isEmpty()) {
        window->setLocalUser(given);
        return;
    }
    const QString remembered = window->rememberedUser();
    if (!remembered.isEmpty())
        window->setLocalUser(remembered);
    else if (mayAsk)
        window->askWhoYouAre();
}

} // namespace

AppLauncher::Options AppLauncher::parse(int argc, char** argv)
{
    // A light pass over argv: QApplication is not there yet, and QCommandLineParser needs it for
    // --help. The full parse happens in run().
    Options options;
    for (int i = 1; i + 1 < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--screenshot"))
            options.screenshot = QString::fromLocal8Bit(argv[i + 1]);
    }
    return options;
}

int AppLauncher::run(QApplication& app, const Options& early)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("AppLauncher", "Governance of AI agents and other non-human identities."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(
        QStringLiteral("db"),
        QApplication::translate("AppLauncher",
                                "SQLite database file or postgresql:// URL (default: $RECERTIFY_DB, else %1)")
            .arg(Database::defaultLocation()),
        QStringLiteral("PATH"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QApplication::translate("AppLauncher", "User interface language, such as de or fr (default: the system's)"),
        QStringLiteral("CODE"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("AppLauncher", "Save a PNG of the main window once it shows data, then exit"),
        QStringLiteral("FILE"));
    const QCommandLineOption section(
        QStringLiteral("section"),
        QApplication::translate(
            "AppLauncher",
            "Open this section: inventory, sources, owners, findings, dashboard, reviews, campaigns or evidence"),
        QStringLiteral("NAME"));
    const QCommandLineOption identity(
        QStringLiteral("identity"),
        QApplication::translate("AppLauncher", "Open the page of this identity (id or native id)"),
        QStringLiteral("ID"));
    const QCommandLineOption palette(
        QStringLiteral("palette"),
        QApplication::translate("AppLauncher", "Colour scheme: system (default), light or dark"),
        QStringLiteral("NAME"), QStringLiteral("system"));
    const QCommandLineOption user(
        QStringLiteral("user"),
        QApplication::translate("AppLauncher",
                                "Use the app as this person (email) on a local store, without asking or remembering"),
        QStringLiteral("EMAIL"));
    parser.addOptions({ db, lang, screenshot, section, identity, palette, user });
    parser.addPositionalArgument(
        QStringLiteral("bundle"),
        QApplication::translate("AppLauncher", "An evidence bundle (.zip) to verify and browse"),
        QStringLiteral("[FILE.zip]"));
    parser.process(app);

    Options options = early;
    options.database = parser.isSet(db) ? parser.value(db) : qEnvironmentVariable("RECERTIFY_DB");
    const bool remembered = options.database.isEmpty();
    if (remembered)
        options.database = TeamConnection::lastStore(QSettings());
    if (options.database.isEmpty())
        options.database = Database::defaultLocation();
    options.language = parser.value(lang);
    options.screenshot = parser.value(screenshot);
    options.section = parser.value(section);
    options.identity = parser.value(identity);

    installTranslations(app, options.language);
    QPalette chosen = parser.value(palette) == QLatin1String("dark") ? StatusColours::darkPalette()
        : parser.value(palette) == QLatin1String("light")            ? QApplication::style()->standardPalette()
                                                                     : QApplication::palette();
    // Dimmed text (placeholders, retired rows) must still read at 4.5:1, whatever the system gives.
    StatusColours::ensureReadable(chosen);
    QApplication::setPalette(chosen);

    auto keychain = std::make_shared<KeychainSecretStore>();
    auto database = openStore(keychain, options.database, QString());
    if (!database && remembered && Database::isServerLocation(options.database)) {
        // The team server of last time is not reachable: say so and carry on with the local store.
        QMessageBox::warning(nullptr, QApplication::translate("AppLauncher", "Recertify"), database.errorString());
        database = openStore(keychain, Database::defaultLocation(), QString());
    }
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.errorString()));
        if (options.screenshot.isEmpty())
            QMessageBox::critical(nullptr, QApplication::translate("AppLauncher", "Recertify"), database.errorString());
        return 1;
    }

    auto* first = new MainWindow(database.value(), keychain);
    first->setAttribute(Qt::WA_DeleteOnClose);
    MainWindow& window = *first;
    // Another store chosen from the File menu: open it, and only then replace the window.
    std::function<void(MainWindow*)> wire = [&](MainWindow* w) {
        QObject::connect(
            w, &MainWindow::storeRequested, w,
            [w, keychain, &wire](const QString& location, const QString& password, bool remember) {
                auto next = openStore(keychain, location, password);
                if (!next) {
                    QMessageBox::warning(w, QApplication::translate("AppLauncher", "Recertify"), next.errorString());
                    return;
                }
                // Kept only once it worked, so a mistyped password never replaces a good one.
                if (remember && !password.isEmpty()) {
                    if (auto kept = TeamConnection::rememberPassword(*keychain, location, password); !kept) {
                        QMessageBox::warning(
                            w, QApplication::translate("AppLauncher", "Recertify"),
                            QApplication::translate("AppLauncher",
                                                    "The password could not be kept in the keychain; you will be asked "
                                                    "again next time.\n\n%1")
                                .arg(kept.errorString()));
                    }
                }
                QSettings settings;
                if (auto saved = TeamConnection::saveLastStore(settings, location); !saved)
                    qWarning("%s", qPrintable(saved.errorString()));
                auto* replacement = new MainWindow(next.value(), keychain);
                replacement->setAttribute(Qt::WA_DeleteOnClose);
                wire(replacement);
                replacement->show();
                identifyUser(replacement, QString(), true);
                w->close();
            });
    };
    wire(first);
    // Where the user left it, unless a screenshot wants the documented size and section.
    if (options.screenshot.isEmpty())
        window.restoreLayout();
    if (!options.section.isEmpty() && !window.showSection(options.section)) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(
                QApplication::translate("AppLauncher", "--section: no section called \"%1\"").arg(options.section)));
        return 2;
    }
    window.show();
    identifyUser(first, parser.value(user), options.screenshot.isEmpty());
    QWidget* shown = first;
    if (!parser.positionalArguments().isEmpty())
        window.openBundle(parser.positionalArguments().first());
    if (!options.identity.isEmpty()) {
        auto found = IdentityRepository(database.value()).find(options.identity);
        if (!found) {
            std::fprintf(stderr, "%s\n", qPrintable(found.errorString()));
            return 1;
        }
        shown = window.openIdentity(found->id);
    }

    if (!options.screenshot.isEmpty()) {
        // Let layouts settle and the first page paint, then grab exactly what a user would see.
        int exitCode = 0;
        QTimer::singleShot(400, first, [&] {
            if (!shown->grab().save(options.screenshot)) {
                std::fprintf(stderr, "%s: cannot write the screenshot\n", qPrintable(options.screenshot));
                exitCode = 1;
            }
            QApplication::exit(exitCode);
        });
    }
    return QApplication::exec();
}

} // namespace recertify
