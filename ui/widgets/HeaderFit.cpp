#include "ui/widgets/HeaderFit.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QStyle>

namespace recertify {

int headerTitleWidth(const QHeaderView* header, int section)
{
    const QString title
        = header->model() ? header->model()->headerData(section, header->orientation()).toString() : QString();
    if (title.isEmpty())
        return 0;
    // The title, the style's margins on both sides and room for a sort arrow.
    return header->fontMetrics().horizontalAdvance(title)
        + 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header)
        + header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
}

void fitHeaderTitles(QHeaderView* header)
{
    if (!header || !header->model())
        return;
    for (int section = 0; section < header->count(); ++section) {
        if (header->sectionResizeMode(section) != QHeaderView::Interactive
            && header->sectionResizeMode(section) != QHeaderView::Fixed)
            continue; // stretched or sized to contents: the header sizes it
        const int needed = headerTitleWidth(header, section);
        if (header->sectionSize(section) < needed)
            header->resizeSection(section, needed);
    }
}

} // namespace recertify
