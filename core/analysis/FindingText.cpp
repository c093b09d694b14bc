#include "core/analysis/FindingText.h"

#include "core/analysis/TrustDebtWeights.h"
#include "core/domain/Credential.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <atomic>

namespace recertify {

namespace {

// Texts no longer written yet frozen in the evidence of earlier versions: kept for the translators.
[[maybe_unused]] const char* const kFrozenTexts[] = {
    QT_TRANSLATE_NOOP("DriftAnalyzer", "%1 %2 expired on %3 and is still enabled"),
};

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

std::atomic<int> g_generation { 0 };

struct LiteralKey
{
    const void* context;
    const void* text;
    int n;
    bool operator==(const LiteralKey&) const = default;
};

size_t qHash(const LiteralKey& k, size_t seed)
{
    return qHashMulti(seed, k.context, k.text, k.n);
}

// Analysis renders hundreds of thousands of details from a few dozen texts: each text is looked up once per
// thread until the cache is dropped (at the start of every analysis, so a language switched in between shows).
// The key is the literals' addresses, fixed for the program's life.
QString translateLiteral(const char* context, const char* text, int n)
{
    struct Cache
    {
        int generation = -1;
        QHash<LiteralKey, QString> texts;
    };
    thread_local Cache cache;
    if (const int generation = g_generation.load(std::memory_order_relaxed); cache.generation != generation) {
        cache.texts.clear();
        cache.generation = generation;
    }
    const LiteralKey key { context, text, n };
    auto found = cache.texts.constFind(key);
    if (found == cache.texts.constEnd())
        found = cache.texts.insert(key, QCoreApplication::translate(context, text, nullptr, n));
    return found.value();
}

// JSON string escaping as QJsonDocument writes it in compact form: quotes, backslashes and control characters.
void appendJsonString(QString& out, const QString& value)
{
    out += u'"';
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar ch = value.at(i);
        const char16_t c = ch.unicode();
        // A surrogate that is not half of a pair is written escaped, as QJsonDocument writes it.
        if (ch.isSurrogate()) {
            const bool paired = ch.isHighSurrogate() ? i + 1 < value.size() && value.at(i + 1).isLowSurrogate()
                                                     : i > 0 && value.at(i - 1).isHighSurrogate();
            if (!paired) {
                out += QLatin1String("\\u") + QString::number(c, 16).rightJustified(4, u'0');
                continue;
            }
        }
        switch (c) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\b':
            out += QLatin1String("\\b");
            break;
        case u'\f':
            out += QLatin1String("\\f");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c < 0x20) {
                out += QLatin1String("\\u00");
                out += QLatin1Char("0123456789abcdef"[c >> 4]);
                out += QLatin1Char("0123456789abcdef"[c & 0xf]);
            } else {
                out += ch;
            }
        }
    }
    out += u'"';
}

} // namespace

void FindingText::dropCache()
{
    g_generation.fetch_add(1, std::memory_order_relaxed);
}

QString FindingText::render() const
{
    return substitute(QCoreApplication::translate(context, text, nullptr, n), args);
}

QString FindingText::renderCached() const
{
    return substitute(translateLiteral(context, text, n), args);
}

QJsonObject FindingText::toJson(const QJsonObject& nested) const
{
    QJsonObject o { { QStringLiteral("c"), QString::fromLatin1(context) },
                    { QStringLiteral("s"), QString::fromUtf8(text) },
                    { QStringLiteral("a"), QJsonArray::fromStringList(args) } };
    if (n >= 0)
        o.insert(QStringLiteral("n"), n);
    if (!nested.isEmpty())
        o.insert(QStringLiteral("d"), nested);
    return o;
}

QString FindingText::toData() const
{
    // Written directly, keys in the order QJsonObject sorts them, so the bytes equal QJsonDocument's compact form
    // (stored data is compared to decide whether a finding changed) at a fraction of the cost.
    QString out;
    out.reserve(64 + qsizetype(qstrlen(text)));
    out += QLatin1String("{\"a\":[");
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (i)
            out += u',';
        appendJsonString(out, args.at(i));
    }
    out += QLatin1String("],\"c\":");
    appendJsonString(out, QString::fromLatin1(context));
    if (n >= 0)
        out += QLatin1String(",\"n\":") + QString::number(n);
    out += QLatin1String(",\"s\":");
    appendJsonString(out, QString::fromUtf8(text));
    out += u'}';
    return out;
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
    // A high-severity finding in an item's reasons names its type as the code it is stored under ("orphaned"):
    // the reader sees the type's title in their language, in evidence frozen before this was so too.
    if (o.value(QStringLiteral("c")).toString() == QLatin1String("CampaignService")
        && text == QLatin1String("%1 (%2): %3") && !args.isEmpty() && TrustDebtWeights::of(args.first()))
        args.first() = TrustDebtWeights::label(args.first());
    // A credential's findings name its type as the code it is stored under ("access-key"): shown in the reader's words.
    if (o.value(QStringLiteral("c")).toString() == QLatin1String("DriftAnalyzer") && !args.isEmpty()
        && (text == QLatin1String("%1 %2 expired on %3 and was never removed")
            || text == QLatin1String("%1 %2 expired on %3 and is still enabled") // frozen by earlier versions
            || text == QLatin1String("%1 %2 expires on %3")
            || text == QLatin1String("%1 %2 was issued %n days ago and never rotated")))
        args.first() = Credential::typeName(args.first());
    if (o.contains(QStringLiteral("d"))) {
        // A nested text in the same reader's language; one level only, whatever a crafted bundle nests.
        QJsonObject inner = o.value(QStringLiteral("d")).toObject();
        inner.remove(QStringLiteral("d"));
        args << render(inner, QString());
    }
    return translate(o.value(QStringLiteral("c")).toString(), text, o.value(QStringLiteral("n")).toInt(-1), args);
}

} // namespace recertify
