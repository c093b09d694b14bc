#include "Importer.h"

#include "aws/AccessAdvisorImporter.h"
#include "aws/AwsIamImporter.h"
#include "aws/CloudTrailImporter.h"

namespace recertify {

QStringList Importers::formats()
{
    return { QStringLiteral("aws-iam"), QStringLiteral("aws-cloudtrail"), QStringLiteral("aws-access-advisor") };
}

std::unique_ptr<Importer> Importers::create(const QString& format)
{
    if (format == QLatin1String("aws-iam"))
        return std::make_unique<AwsIamImporter>();
    if (format == QLatin1String("aws-cloudtrail"))
        return std::make_unique<CloudTrailImporter>();
    if (format == QLatin1String("aws-access-advisor"))
        return std::make_unique<AccessAdvisorImporter>();
    return nullptr;
}

} // namespace recertify
