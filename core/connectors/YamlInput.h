#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace recertify {

/**
 * YAML as kubectl writes it (`-o yaml`: one document, a `kind: List`, or a `---` stream), read with
 * yaml-cpp into the same JSON values the JSON readers use, so one importer reads both.
 */
class YamlInput
{
    Q_DECLARE_TR_FUNCTIONS(YamlInput)

public:
    /** Every document of the stream, in order; empty documents are left out. Errors name the line. */
    [[nodiscard]] static Result<QJsonArray> parse(const QByteArray& text, const QString& where);
    /** True when the text is not JSON (after leading blanks and comments it starts with neither { nor [). */
    static bool looksLikeYaml(const QByteArray& text);
    /**
     * The first line (from 1) that is a Helm or Go template's action rather than YAML: one that starts with {{, or
     * a key whose value starts with {{ unquoted ({{ … }} inside a quoted string is text, as in alerting rules);
     * 0 when none.
     */
    static int templateLine(const QByteArray& text);
    /** The refusal of such a file, naming it and the line; a Kubernetes manifest's says how to render a chart. */
    static Error unrenderedTemplate(const QString& path, int line, bool kubernetes);
};

} // namespace recertify
