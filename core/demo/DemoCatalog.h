#pragma once

#include <QString>
#include <QStringList>

namespace recertify::demo {

/** Names and permission catalogues the demo estate draws from, per source. */
struct SourceCatalog
{
    QString source;
    QStringList permissions; ///< concrete permissions, most likely first
    QStringList wildcards; ///< wildcard grants and one concrete action each covers
    QStringList wildcardExamples;
    QString admin; ///< the grant that makes an identity an administrator
};

const SourceCatalog& catalogFor(const QString& source);

extern const char* const kFirstNames[];
extern const int kFirstNameCount;
extern const char* const kLastNames[];
extern const int kLastNameCount;
extern const char* const kTeams[];
extern const int kTeamCount;
extern const char* const kAgentTasks[];
extern const int kAgentTaskCount;
extern const char* const kServiceTasks[];
extern const int kServiceTaskCount;

} // namespace recertify::demo
