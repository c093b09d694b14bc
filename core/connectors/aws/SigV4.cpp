#include "core/connectors/aws/SigV4.h"

#include <QCryptographicHash>
#include <QUrlQuery>
#include <algorithm>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace recertify {

namespace {

QByteArray hmac(const QByteArray& key, const QByteArray& data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.constData(), int(key.size()), reinterpret_cast<const unsigned char*>(data.constData()),
         size_t(data.size()), out, &length);
    return QByteArray(reinterpret_cast<const char*>(out), int(length));
}

// RFC 3986 unreserved characters stay; everything else is %XX with upper-case hex.
QByteArray uriEncode(const QByteArray& decoded, bool keepSlash)
{
    return QUrl::toPercentEncoding(QString::fromUtf8(decoded), keepSlash ? QByteArrayLiteral("/") : QByteArray());
}

QByteArray collapseSpaces(const QByteArray& value)
{
    QByteArray out = value.trimmed();
    QByteArray collapsed;
    collapsed.reserve(out.size());
    bool space = false;
    for (char c : out) {
        if (c == ' ') {
            if (!space)
                collapsed += c;
            space = true;
        } else {
            collapsed += c;
            space = false;
        }
    }
    return collapsed;
}

QByteArray hostHeader(const QUrl& url)
{
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    const int port = url.port(defaultPort);
    QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
    if (port != defaultPort)
        host += ':' + QByteArray::number(port);
    return host;
}

} // namespace

QByteArray SigV4::sha256Hex(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray SigV4::canonicalRequest(const QByteArray& method, const QUrl& url, const HttpHeaders& headers,
                                   const QList<QByteArray>& signedHeaders, const QByteArray& payloadHash,
                                   const QString& service)
{
    // The path as sent, each segment encoded once more except for S3, as the specification says.
    QByteArray path = url.path(QUrl::FullyEncoded).toUtf8();
    if (path.isEmpty())
        path = "/";
    if (service != QLatin1String("s3"))
        path = uriEncode(path, true);

    QList<std::pair<QByteArray, QByteArray>> query;
    for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        query.append({ uriEncode(key.toUtf8(), false), uriEncode(value.toUtf8(), false) });
    std::sort(query.begin(), query.end());
    QByteArrayList queryParts;
    for (const auto& [key, value] : query)
        queryParts << key + '=' + value;

    QByteArray canonicalHeaders;
    for (const QByteArray& name : signedHeaders) {
        QByteArrayList values;
        for (const auto& [headerName, value] : headers)
            if (headerName.toLower() == name)
                values << collapseSpaces(value);
        canonicalHeaders += name + ':' + values.join(',') + '\n';
    }
    return method + '\n' + path + '\n' + queryParts.join('&') + '\n' + canonicalHeaders + '\n' + signedHeaders.join(';')
        + '\n' + payloadHash;
}

QByteArray SigV4::signature(const QByteArray& canonical, const QString& secretAccessKey, const QString& amzDate,
                            const QString& region, const QString& service)
{
    const QByteArray day = amzDate.left(8).toLatin1();
    const QByteArray scope = day + '/' + region.toLatin1() + '/' + service.toLatin1() + "/aws4_request";
    const QByteArray toSign = "AWS4-HMAC-SHA256\n" + amzDate.toLatin1() + '\n' + scope + '\n' + sha256Hex(canonical);
    QByteArray key = hmac("AWS4" + secretAccessKey.toUtf8(), day);
    key = hmac(key, region.toLatin1());
    key = hmac(key, service.toLatin1());
    key = hmac(key, "aws4_request");
    return hmac(key, toSign).toHex();
}

void SigV4::sign(const QByteArray& method, const QUrl& url, HttpHeaders& headers, const QByteArray& body,
                 const AwsCredentials& credentials, const QString& region, const QString& service, const QDateTime& now)
{
    const QString amzDate = now.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    headers.append({ QByteArrayLiteral("Host"), hostHeader(url) });
    headers.append({ QByteArrayLiteral("X-Amz-Date"), amzDate.toLatin1() });
    if (!credentials.sessionToken.isEmpty())
        headers.append({ QByteArrayLiteral("X-Amz-Security-Token"), credentials.sessionToken.toUtf8() });
    const QByteArray payloadHash = sha256Hex(body);
    if (service == QLatin1String("s3"))
        headers.append({ QByteArrayLiteral("X-Amz-Content-Sha256"), payloadHash });
    QList<QByteArray> names;
    for (const auto& [name, value] : std::as_const(headers)) {
        const QByteArray lower = name.toLower();
        if (!names.contains(lower))
            names << lower;
    }
    std::sort(names.begin(), names.end());
    const QByteArray canonical = canonicalRequest(method, url, headers, names, payloadHash, service);
    const QByteArray day = amzDate.left(8).toLatin1();
    const QByteArray authorization = "AWS4-HMAC-SHA256 Credential=" + credentials.accessKeyId.toUtf8() + '/' + day + '/'
        + region.toLatin1() + '/' + service.toLatin1() + "/aws4_request, SignedHeaders=" + names.join(';')
        + ", Signature=" + signature(canonical, credentials.secretAccessKey, amzDate, region, service);
    headers.append({ QByteArrayLiteral("Authorization"), authorization });
}

} // namespace recertify
