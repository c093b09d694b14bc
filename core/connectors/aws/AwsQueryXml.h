#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace recertify {

/** The error an AWS query API answered with: <ErrorResponse><Error><Code>, <Message>. */
struct AwsError
{
    QString code;
    QString message;
};

/**
 * The XML of the AWS query APIs (IAM, STS) as the JSON the AWS CLI prints for the same call:
 * `<member>` lists become arrays (empty list elements too), documented booleans and numbers are
 * typed, and URL-encoded policy documents become JSON objects — so one importer reads both.
 */
class AwsQueryXml
{
    Q_DECLARE_TR_FUNCTIONS(AwsQueryXml)

public:
    /** The content of <ACTIONResult>; errors name `where` and the XML line. */
    [[nodiscard]] static Result<QJsonObject> result(const QByteArray& xml, const QString& action, const QString& where);
    /** The error of an ErrorResponse body; empty code when the body is not one. */
    static AwsError error(const QByteArray& xml);
};

} // namespace recertify
