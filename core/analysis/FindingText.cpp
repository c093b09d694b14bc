#include "FindingText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace recertify {

namespace {

// %1 … %9 replaced in one pass, so an argument that itself holds "%2" is never replaced again.
QString substitute(const QString& text, const QStringList& args)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'%' && i + 1 < text.size() && text[i + 1] >= u'1' && text[i + 1] <= u'9') {
            const int index = text[i + 1].unicode() - u'1';
            if (index < args.size()) {
                out += args.at(index);
                ++i;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

QString translate(const QString& context, const QString& text, int n, const QStringList& args)
{
    const QByteArray c = context.toUtf8();
    const QByteArray s = text.toUtf8();
    return substitute(QCoreApplication::translate(c.constData(), s.constData(), nullptr, n), args);
}

} // namespace

QString FindingText::render() const
{
    return translate(QString::fromLatin1(context), QString::fromUtf8(text), n, args);
}

QJsonObject FindingText::toJson(const QJsonObject& nested) const
{
    QJsonObject o { { QStringLiteral("c"), QString::fromLatin1(context) }, { QStringLiteral("s"), QString::fromUtf8(text) },
        { QStringLiteral("a"), QJsonArray::fromStringList(args) } };
    if (n >= 0)
        o.insert(QStringLiteral("n"), n);
    if (!nested.isEmpty())
        o.insert(QStringLiteral("d"), nested);
    return o;
}

QString FindingText::toData() const
{
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

QString FindingText::render(const QString& data, const QString& fallback)
{
    return data.isEmpty() ? fallback : render(QJsonDocument::fromJson(data.toUtf8()).object(), fallback);
}

QString FindingText::render(const QJsonObject& o, const QString& fallback)
{
    const QString text = o.value(QStringLiteral("s")).toString();
    if (text.isEmpty())
        return fallback;
    QStringList args;
    for (const QJsonValue& a : o.value(QStringLiteral("a")).toArray())
        args << a.toString();
    if (o.contains(QStringLiteral("d"))) {
        // A nested text in the same reader's language; one level only, whatever a crafted bundle nests.
        QJsonObject inner = o.value(QStringLiteral("d")).toObject();
        inner.remove(QStringLiteral("d"));
        args << render(inner, QString());
    }
    return translate(o.value(QStringLiteral("c")).toString(), text, o.value(QStringLiteral("n")).toInt(-1), args);
}

} // namespace recertify
