#pragma once

#include "core/connectors/live/LiveHttp.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace recertify {

/** AWS credentials for one run; never written anywhere. */
struct AwsCredentials
{
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken;
    QDateTime expires; ///< temporary credentials (STS) only
    QString origin; ///< where they came from, for messages: "environment", "profile prod in ~/.aws/credentials"
};

/**
 * AWS Signature Version 4 for the query APIs (IAM, STS) and S3: the canonical request, the string to
 * sign and the derived key, HMAC-SHA256 through OpenSSL. Checked against AWS's published test suite.
 */
class SigV4
{
public:
    /** Adds X-Amz-Date, X-Amz-Security-Token (temporary credentials) and Authorization to `headers`. */
    static void sign(const QByteArray& method, const QUrl& url, HttpHeaders& headers, const QByteArray& body,
                     const AwsCredentials& credentials, const QString& region, const QString& service,
                     const QDateTime& now);

    /** The canonical request over the named headers (lower-case names, `headers` as sent). */
    static QByteArray canonicalRequest(const QByteArray& method, const QUrl& url, const HttpHeaders& headers,
                                       const QList<QByteArray>& signedHeaders, const QByteArray& payloadHash,
                                       const QString& service);
    /** The hex signature of a canonical request. */
    static QByteArray signature(const QByteArray& canonicalRequest, const QString& secretAccessKey,
                                const QString& amzDate, const QString& region, const QString& service);
    static QByteArray sha256Hex(const QByteArray& bytes);
};

} // namespace recertify
