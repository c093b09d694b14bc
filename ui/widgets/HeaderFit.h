#pragma once

class QHeaderView;

namespace recertify {

/**
 * Widens each column whose title would be cut: widths chosen for English titles are too narrow for German and
 * French ones ("Vertrauensschuld", "Dernière utilisation"). Call after setting the columns' widths.
 */
void fitHeaderTitles(QHeaderView* header);

/** The width a horizontal header section needs for its whole title. */
int headerTitleWidth(const QHeaderView* header, int section);

} // namespace recertify
