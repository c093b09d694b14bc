#include "app/cli/Commands.h"
#include "core/storage/StoreCopy.h"
#include "core/team/TeamService.h"
#include "core/util/Timestamp.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace recertify::cli {

namespace {

QJsonObject toJson(const TeamSession& s)
{
    return { { QStringLiteral("teamMode"), s.teamMode },
             { QStringLiteral("login"), s.dbRole },
             { QStringLiteral("email"), s.email },
             { QStringLiteral("role"), TeamService::roleName(s.role) } };
}

} // namespace

int TeamCommand::team()
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ACTION"), Cli::tr("init, add EMAIL, list or whoami"));
    const QCommandLineOption role(QStringLiteral("role"), Cli::tr("manager, reviewer or auditor"),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption login(QStringLiteral("login"), Cli::tr("The database login (default: from the email)"),
                                   QStringLiteral("NAME"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           Cli::tr("Read the login's password from standard input"));
    parser.addOptions({ role, login, passwordStdin });
    if (int code = parse(parser, QStringLiteral("team"),
                         Cli::tr("Team mode on PostgreSQL: roles, row-level security and who each login is."));
        code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    DatabasePtr database = m_context.database();
    if (!database)
        return Failed;
    TeamService team(database, m_context.clock());

    if (action == QLatin1String("init")) {
        if (auto status = team.initialise(m_context.actor()); !status)
            return m_context.fail(status.error());
        m_context.out() << Cli::tr("Team roles recertify_manager, recertify_reviewer and recertify_auditor are ready; "
                                   "reviewers now see only their own items")
                        << Qt::endl;
        return Success;
    }
    if (action == QLatin1String("add")) {
        if (args.size() != 2)
            return m_context.usage(Cli::tr("team add: expected the member's EMAIL"));
        const auto parsedRole = TeamService::roleFromName(parser.value(role));
        if (!parsedRole)
            return m_context.usage(
                Cli::tr("--role: expected manager, reviewer or auditor, got \"%1\"").arg(parser.value(role)));
        QString password;
        if (parser.isSet(passwordStdin)) {
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly))
                return m_context.fail(Cli::tr("team add: cannot read standard input"));
            password = QString::fromUtf8(in.readAll());
            while (password.endsWith(u'\n') || password.endsWith(u'\r')) // the line end, not spaces that belong to it
                password.chop(1);
            if (password.isEmpty())
                return m_context.usage(Cli::tr("--password-stdin: expected the password on standard input"));
        }
        if (auto status = team.addMember(args.at(1), *parsedRole, parser.value(login), password, m_context.actor());
            !status)
            return m_context.fail(status.error());
        m_context.out() << Cli::tr("%1 signs in as %2 with the %3 role")
                               .arg(args.at(1).toLower(),
                                    parser.isSet(login) ? parser.value(login) : TeamService::loginFor(args.at(1)),
                                    parser.value(role).toLower())
                        << Qt::endl;
        return Success;
    }
    if (action == QLatin1String("list")) {
        auto members = team.members();
        if (!members)
            return m_context.fail(members.error());
        QJsonArray out;
        for (const TeamMember& m : members.value()) {
            if (m_context.json) {
                out.append(QJsonObject { { QStringLiteral("login"), m.dbRole },
                                         { QStringLiteral("email"), m.email },
                                         { QStringLiteral("role"), TeamService::roleName(m.role) },
                                         { QStringLiteral("addedAt"), Timestamp::toIso(m.addedAt) },
                                         { QStringLiteral("addedBy"), m.addedBy } });
            } else {
                m_context.out() << QStringLiteral("%1  %2  %3")
                                       .arg(m.dbRole, -20)
                                       .arg(TeamService::roleName(m.role), -9)
                                       .arg(m.email)
                                << '\n';
            }
        }
        if (m_context.json)
            m_context.printJson(QJsonDocument(out));
        m_context.out().flush();
        return Success;
    }
    if (action == QLatin1String("whoami")) {
        auto session = team.whoAmI();
        if (!session)
            return m_context.fail(session.error());
        if (m_context.json)
            m_context.printJson(QJsonDocument(toJson(session.value())));
        else
            m_context.out() << QStringLiteral("%1 (%2) %3")
                                   .arg(session->dbRole, TeamService::roleName(session->role), session->email)
                                   .trimmed()
                            << Qt::endl;
        return Success;
    }
    return m_context.usage(Cli::tr("team: expected init, add, list or whoami"));
}

int TeamCommand::migrate()
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"), Cli::tr("The store to copy (a SQLite file)"),
                                  QStringLiteral("FILE"));
    const QCommandLineOption to(QStringLiteral("to"),
                                Cli::tr("The empty store to fill (postgresql://user@host:port/dbname)"),
                                QStringLiteral("URL"));
    parser.addOptions({ from, to });
    if (int code = parse(parser, QStringLiteral("migrate"),
                         Cli::tr("Copy a store into an empty one, verified by row counts and the audit chain."));
        code >= 0)
        return code;
    if (!parser.isSet(from) || !parser.isSet(to))
        return m_context.usage(Cli::tr("migrate: expected --from FILE and --to URL"));
    if (!QFile::exists(parser.value(from)))
        return m_context.fail(Cli::tr("--from: %1 does not exist").arg(parser.value(from)));
    auto source = Database::open(parser.value(from));
    if (!source)
        return m_context.fail(source.error());
    auto target = Database::open(parser.value(to));
    if (!target)
        return m_context.fail(target.error());
    auto report = StoreCopy::copy(*source.value(), *target.value(), [&](const QString& table, qint64 rows) {
        if (!m_context.json)
            m_context.err() << Cli::tr("%1: %2 rows").arg(table).arg(rows) << Qt::endl;
    });
    if (!report)
        return m_context.fail(Cli::tr("Nothing was copied: %1").arg(CliContext::describe(report.error())));
    if (m_context.json) {
        QJsonObject tables;
        for (const auto& t : report->tables)
            tables.insert(t.name, t.target);
        m_context.printJson(QJsonDocument(QJsonObject { { QStringLiteral("from"), source.value()->displayLocation() },
                                                        { QStringLiteral("to"), target.value()->displayLocation() },
                                                        { QStringLiteral("tables"), tables },
                                                        { QStringLiteral("auditRows"), report->auditRows },
                                                        { QStringLiteral("auditHead"), report->auditHead },
                                                        { QStringLiteral("seconds"), report->seconds } }));
    } else {
        qint64 rows = 0;
        for (const auto& t : report->tables)
            rows += t.target;
        m_context.out()
            << Cli::tr("Copied %1 rows in %2 tables to %3 in %4 s; counts match and the audit chain (%5 rows) verifies")
                   .arg(rows)
                   .arg(report->tables.size())
                   .arg(target.value()->displayLocation())
                   .arg(report->seconds, 0, 'f', 1)
                   .arg(report->auditRows)
            << Qt::endl;
    }
    return Success;
}

} // namespace recertify::cli
