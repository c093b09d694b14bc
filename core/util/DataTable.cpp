#include "core/util/DataTable.h"

#include <QFile>

// The tables are compiled into the core library; a static library must register its resources.
static void initCoreData()
{
    Q_INIT_RESOURCE(core_data);
}

namespace recertify {

QList<QStringList> DataTable::rows(const QString& name)
{
    initCoreData();
    QList<QStringList> rows;
    QFile file(QStringLiteral(":/data/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#'))
            rows << line.split(u'\t');
    }
    return rows;
}

} // namespace recertify
