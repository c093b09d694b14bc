#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace recertify {

/** A client-go credential plugin (users[].user.exec): the command prints an ExecCredential. */
struct KubeExec
{
    QString apiVersion;
    QString command;
    QStringList args;
    QList<std::pair<QString, QString>> env;
    QString installHint;
    bool provideClusterInfo = false;
};

/** What one context of a kubeconfig resolves to: where the API server is and how to prove who we are. */
struct KubeTarget
{
    QString configPath; ///< the file the context came from (relative paths resolve against its folder)
    QString contextName;
    QString clusterName;
    QString userName;
    QUrl server;
    QByteArray certificateAuthorityPem; ///< empty: the system's trust store
    bool insecureSkipTlsVerify = false;
    QByteArray token; ///< a static bearer token (from `token` or `tokenFile`)
    QByteArray clientCertificatePem;
    QByteArray clientKeyPem;
    std::optional<KubeExec> exec;
};

/** The credential an exec plugin printed, kept until it expires. */
struct ExecCredential
{
    QByteArray token;
    QByteArray clientCertificatePem;
    QByteArray clientKeyPem;
    QDateTime expires; ///< invalid: no expiry given, kept for the run
};

/**
 * Reads kubeconfig files the way kubectl does: the files named by $KUBECONFIG (colon-separated, the
 * first to define a name wins, the first current-context wins), else ~/.kube/config; a context
 * picked by name or the current one; certificate authority and client certificate from inline
 * data or files relative to the kubeconfig; bearer tokens inline or from a file; exec plugins.
 */
class KubeConfig
{
    Q_DECLARE_TR_FUNCTIONS(KubeConfig)

public:
    /** The files kubectl would read: `explicitPath` alone when given, else $KUBECONFIG, else ~/.kube/config. */
    static QStringList searchPaths(const QString& explicitPath);
    /** The contexts the files define, sorted, and the current one (for a picker). */
    [[nodiscard]] static Result<std::pair<QStringList, QString>> contexts(const QString& explicitPath);
    /** Resolves `context` (empty: current-context). Errors name the file and the entry at fault. */
    [[nodiscard]] static Result<KubeTarget> load(const QString& explicitPath, const QString& context);

    /**
     * Runs the exec plugin (client.authentication.k8s.io/v1 or v1beta1), non-interactively, with
     * KUBERNETES_EXEC_INFO set. Results are cached per command line in this process until they expire.
     */
    [[nodiscard]] static Result<ExecCredential> runExec(const KubeTarget& target, bool forceRefresh,
                                                        const QDateTime& now);
    /** Forgets cached plugin credentials (tests). */
    static void clearExecCache();
};

} // namespace recertify
