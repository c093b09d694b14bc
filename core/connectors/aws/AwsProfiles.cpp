#include "core/connectors/aws/AwsProfiles.h"

#include "core/util/SafeText.h"

#include <QDir>
#include <QFile>

namespace recertify {

namespace {

constexpr int kMaxChain = 8; // source_profile chains longer than this are a loop or a mistake

QString credentialsFile()
{
    const QString set = qEnvironmentVariable("AWS_SHARED_CREDENTIALS_FILE");
    return set.isEmpty() ? QDir::homePath() + QStringLiteral("/.aws/credentials") : set;
}

QString configFile()
{
    const QString set = qEnvironmentVariable("AWS_CONFIG_FILE");
    return set.isEmpty() ? QDir::homePath() + QStringLiteral("/.aws/config") : set;
}

struct Files
{
    QHash<QString, AwsProfiles::Section> credentials;
    QHash<QString, AwsProfiles::Section> config;

    /** A profile's settings: the credentials file's section first, the config file's `[profile NAME]` after. */
    std::optional<AwsProfiles::Section> profile(const QString& name) const
    {
        const QString configName = name == QLatin1String("default") ? name : QStringLiteral("profile ") + name;
        if (!credentials.contains(name) && !config.contains(configName) && !config.contains(name))
            return std::nullopt;
        AwsProfiles::Section merged = config.value(configName, config.value(name));
        const AwsProfiles::Section secrets = credentials.value(name);
        for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
            merged.insert(it.key(), it.value());
        return merged;
    }
};

std::optional<AwsCredentials> fromEnvironment()
{
    const QString key = qEnvironmentVariable("AWS_ACCESS_KEY_ID");
    const QString secret = qEnvironmentVariable("AWS_SECRET_ACCESS_KEY");
    if (key.isEmpty() || secret.isEmpty())
        return std::nullopt;
    return AwsCredentials {
        key, secret, qEnvironmentVariable("AWS_SESSION_TOKEN"), {}, AwsProfiles::tr("the environment")
    };
}

Result<AwsResolved> resolveProfile(const Files& files, const QString& name, int depth)
{
    if (depth > kMaxChain)
        return makeError(
            AwsProfiles::tr("profile %1: source_profile chain is longer than %2 (a loop?)").arg(name).arg(kMaxChain));
    const auto section = files.profile(name);
    if (!section) {
        return fieldError(QStringLiteral("profile"),
                          AwsProfiles::tr("no AWS profile named \"%1\" in %2 or %3")
                              .arg(SafeText::quote(name), credentialsFile(), configFile()));
    }
    AwsResolved resolved;
    resolved.profile = name;
    resolved.region = section->value(QStringLiteral("region"));
    const QString roleArn = section->value(QStringLiteral("role_arn"));
    if (!roleArn.isEmpty()) {
        AwsAssumeRole role;
        role.roleArn = roleArn;
        role.externalId = section->value(QStringLiteral("external_id"));
        role.sessionName = section->value(QStringLiteral("role_session_name"), QStringLiteral("recertify"));
        if (const int duration = section->value(QStringLiteral("duration_seconds")).toInt(); duration >= 900)
            role.durationSeconds = duration;
        const QString source = section->value(QStringLiteral("source_profile"));
        const QString credentialSource = section->value(QStringLiteral("credential_source"));
        if (!source.isEmpty()) {
            // A profile naming itself as source holds its own keys (the CLI allows that).
            if (source == name) {
                const QString key = section->value(QStringLiteral("aws_access_key_id"));
                if (key.isEmpty())
                    return makeError(
                        AwsProfiles::tr("profile %1: source_profile is itself but it holds no aws_access_key_id")
                            .arg(name));
                resolved.credentials = AwsCredentials { key,
                                                        section->value(QStringLiteral("aws_secret_access_key")),
                                                        section->value(QStringLiteral("aws_session_token")),
                                                        {},
                                                        AwsProfiles::tr("profile %1").arg(name) };
            } else {
                auto base = resolveProfile(files, source, depth + 1);
                if (!base)
                    return base.error();
                if (base->assume)
                    return makeError(AwsProfiles::tr("profile %1: its source_profile %2 assumes a role itself; chained "
                                                     "roles are not supported yet")
                                         .arg(name, source));
                resolved.credentials = base->credentials;
                if (resolved.region.isEmpty())
                    resolved.region = base->region;
            }
        } else if (credentialSource == QLatin1String("Environment")) {
            auto environment = fromEnvironment();
            if (!environment)
                return makeError(
                    AwsProfiles::tr("profile %1: credential_source is Environment but AWS_ACCESS_KEY_ID is not set")
                        .arg(name));
            resolved.credentials = *environment;
        } else {
            return makeError(
                AwsProfiles::tr("profile %1: role_arn needs source_profile (or credential_source = Environment); "
                                "%2 is not supported")
                    .arg(name, credentialSource.isEmpty() ? AwsProfiles::tr("neither is set") : credentialSource));
        }
        resolved.assume = role;
        return resolved;
    }
    if (!section->value(QStringLiteral("credential_process")).isEmpty())
        return makeError(
            AwsProfiles::tr("profile %1: credential_process is not supported; export the credentials it prints as "
                            "AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN")
                .arg(name));
    if (!section->value(QStringLiteral("sso_start_url")).isEmpty()
        || !section->value(QStringLiteral("sso_session")).isEmpty())
        return makeError(
            AwsProfiles::tr("profile %1: IAM Identity Center (SSO) profiles are not supported yet; run "
                            "`aws configure export-credentials --profile %1 --format env` and sync with those")
                .arg(name));
    const QString key = section->value(QStringLiteral("aws_access_key_id"));
    const QString secret = section->value(QStringLiteral("aws_secret_access_key"));
    if (key.isEmpty() || secret.isEmpty())
        return makeError(AwsProfiles::tr("profile %1 has no aws_access_key_id and aws_secret_access_key (in %2)")
                             .arg(name, credentialsFile()));
    resolved.credentials = AwsCredentials {
        key, secret, section->value(QStringLiteral("aws_session_token")), {}, AwsProfiles::tr("profile %1").arg(name)
    };
    return resolved;
}

} // namespace

QStringList AwsProfiles::profileNames()
{
    QStringList names = readIni(credentialsFile()).keys();
    for (const QString& section : readIni(configFile()).keys()) {
        if (section.startsWith(QLatin1String("profile ")))
            names << section.mid(8).trimmed();
        else if (section == QLatin1String("default"))
            names << section;
    }
    names.removeDuplicates();
    names.sort();
    return names;
}

QHash<QString, AwsProfiles::Section> AwsProfiles::readIni(const QString& path)
{
    QHash<QString, Section> sections;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 4 * 1024 * 1024)
        return sections;
    QString current;
    while (!file.atEnd()) {
        const QString raw = QString::fromUtf8(file.readLine());
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        // Indented lines continue a nested value (s3 =\n  max_concurrent_requests = 20): nothing Recertify needs.
        if (raw.startsWith(u' ') || raw.startsWith(u'\t'))
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            current = line.mid(1, line.size() - 2).simplified();
            sections[current];
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0 || current.isEmpty())
            continue;
        sections[current].insert(line.left(equals).trimmed().toLower(), line.mid(equals + 1).trimmed());
    }
    return sections;
}

Result<AwsResolved> AwsProfiles::resolve(const QString& profile, const QString& region)
{
    Files files { readIni(credentialsFile()), readIni(configFile()) };
    QString chosenRegion = region;
    if (chosenRegion.isEmpty())
        chosenRegion = qEnvironmentVariable("AWS_REGION");
    if (chosenRegion.isEmpty())
        chosenRegion = qEnvironmentVariable("AWS_DEFAULT_REGION");

    // An explicit profile wins over the environment's keys, as with `aws --profile`.
    if (profile.isEmpty()) {
        if (auto environment = fromEnvironment()) {
            AwsResolved resolved;
            resolved.credentials = *environment;
            resolved.region = chosenRegion;
            return resolved;
        }
    }
    QString name = profile.isEmpty() ? qEnvironmentVariable("AWS_PROFILE") : profile;
    if (name.isEmpty())
        name = QStringLiteral("default");
    auto resolved = resolveProfile(files, name, 0);
    if (!resolved) {
        if (profile.isEmpty() && name == QLatin1String("default") && !files.profile(name))
            return makeError(
                tr("no AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or configure a profile "
                   "(aws configure) and name it"));
        return resolved.error();
    }
    if (!chosenRegion.isEmpty())
        resolved->region = chosenRegion;
    if (resolved->region.isEmpty())
        resolved->region = QStringLiteral("us-east-1");
    return resolved;
}

} // namespace recertify
