#include "app/cli/Commands.h"

#include <QFile>
#include <cstdio>

namespace recertify::cli {

int SecretsCommand::secrets()
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 Cli::tr("set (reads the secret from standard input), check, or delete"));
    parser.addPositionalArgument(QStringLiteral("KEY"), Cli::tr("The secret's name, such as entra:TENANT:CLIENT_ID"));
    if (int code
        = parse(parser, QStringLiteral("secrets"),
                Cli::tr("Keep connector secrets in the OS keychain. Secrets are never taken from the command line and "
                        "never printed."));
        code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return m_context.usage(Cli::tr("secrets: expected ACTION and KEY"));
    const QString& action = args.at(0);
    const QString& key = args.at(1);
    SecretStore& store = m_context.secrets();

    if (action == QLatin1String("set")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return m_context.fail(Cli::tr("secrets set: cannot read standard input"));
        const QString secret = QString::fromUtf8(in.readAll()).trimmed();
        if (secret.isEmpty())
            return m_context.usage(Cli::tr("secrets set: expected the secret on standard input"));
        if (auto status = store.write(key, secret); !status)
            return m_context.fail(status.error());
        m_context.out() << Cli::tr("Stored \"%1\" in the keychain").arg(key) << Qt::endl;
        return Success;
    }
    if (action == QLatin1String("check")) {
        auto secret = store.read(key);
        if (!secret)
            return m_context.fail(secret.error());
        m_context.out() << Cli::tr("\"%1\" is in the keychain").arg(key) << Qt::endl;
        return Success;
    }
    if (action == QLatin1String("delete")) {
        if (auto status = store.remove(key); !status)
            return m_context.fail(status.error());
        m_context.out() << Cli::tr("Removed \"%1\" from the keychain").arg(key) << Qt::endl;
        return Success;
    }
    return m_context.usage(Cli::tr("secrets: unknown action \"%1\"; expected set, check or delete").arg(action));
}

} // namespace recertify::cli
