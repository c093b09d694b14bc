#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace recertify {

/**
 * The tables shipped in the core library (resources/data: vendor data and documentation turned into lookups):
 * '#' comment lines, then tab-separated columns.
 */
class DataTable
{
public:
    /** The rows of `name` (such as "graph-app-roles.tsv"), each split into its columns; empty if it is missing. */
    [[nodiscard]] static QList<QStringList> rows(const QString& name);
};

} // namespace recertify
