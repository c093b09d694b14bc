#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace recertify {

/**
 * Tells which import format a file is from its first bytes (inflated when it is gzip), so a user can
 * hand over whatever they exported. What is not an input Recertify reads is refused with what it
 * looks like and what to give instead, the file named.
 */
class FormatSniffer
{
    Q_DECLARE_TR_FUNCTIONS(FormatSniffer)

public:
    /** The error code of a file that looks like nothing Recertify knows (as opposed to one it knows and refuses). */
    static constexpr const char* kUnrecognised = "unrecognised";
    /** Azure Monitor diagnostic records of a category other than sign-ins: refused alone, passed over beside them. */
    static constexpr const char* kOtherDiagnostics = "other-diagnostics";
    /** Comma-separated text without the columns of Recertify's CSV: what it is said to a format named for JSON too. */
    static constexpr const char* kCsvLike = "csv-like";
    /** One import run of `import auto`: a format and the files or folders it reads. */
    struct Run
    {
        QString format;
        QStringList paths;
    };
    /**
     * What `import auto` makes of the paths given: each file told by its content, and a folder whose files are of one
     * kind read whole by that format (as it would be when named); a folder holding several kinds is split into its
     * files, each read by its own format. Inventories run first, then activity, each in the order it first appears.
     */
    [[nodiscard]] static Result<QList<Run>> plan(const QStringList& paths);
    /** The format name (aws-iam, k8s-audit…) of a file or folder, or an error saying what it is instead. */
    [[nodiscard]] static Result<QString> detect(const QString& path);
    /** The same for bytes already read from the start of a file. */
    [[nodiscard]] static Result<QString> detectBytes(const QByteArray& head, const QString& path);
    /**
     * A named format's importer refused a file with `error`: when its content says what it is (another format, or
     * an export Recertify knows and does not read), the error says that too.
     */
    /**
     * Said after "no file to import" of a folder whose hidden folders (.cursor, .vscode) hold files, which a folder
     * import passes over: " (hidden folders are not read: .cursor; give the files in them)", or empty.
     */
    static QString hiddenFoldersNote(const QString& folder);
    /** The answer that creates a secret (addPassword), which returns it once: a live credential in a file. */
    [[nodiscard]] static bool holdsNewClientSecret(const QByteArray& head);
    /** Why such a file is refused, and what to give instead. */
    [[nodiscard]] static QString newClientSecretRefusal(const QString& files);
    [[nodiscard]] static Error explainRefusal(const Error& error, const QString& path, const QString& format);
};

} // namespace recertify
