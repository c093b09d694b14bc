#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

namespace recertify {

/**
 * What a reviewer saw for one identity, frozen into its review item when the campaign started.
 *
 * Stored as JSON in the item and copied as it is into the signed bundle's evidence.json, so it is
 * data, never sentences: findings and reasons keep their type and parameters and each reader
 * renders them in their own language. The review queue, the evidence page and the command line all
 * read it through this struct. Version 1 is what items frozen before the field existed carry; it
 * has the same fields, so it reads the same.
 */
struct ReviewEvidence
{
    static constexpr int kVersion = 2;

    struct Subject
    {
        qint64 id = 0;
        QString nativeId;
        QString displayName;
        QString kind;
        QString source;
        QString status;
        QString businessOwner;
        QString technicalOwner;
        QString purpose;
        QStringList declaredScope;
        QDateTime expiresAt;
        QDateTime createdAt;
    };
    struct GrantLine
    {
        QString permission;
        QString resourceScope;
        QString grantedVia;
        bool used = false;
        bool declared = false;
        bool admin = false;
    };
    struct CredentialLine
    {
        QString type;
        QString credentialId;
        int ageDays = -1; ///< -1: its creation is not known
        QDateTime expiresAt;
        QDateTime lastUsedAt;
    };
    struct FindingLine
    {
        QString type;
        QString subject;
        QString severity;
        QString detail; ///< as written when frozen, for readers of items made before detailData
        QString owasp;
        QDateTime since;
        QJsonObject detailData;
        /// detailData as compact JSON already (the analyser's stored form): written as it is, never parsed again.
        QByteArray detailJson;
        [[nodiscard]] QJsonObject data() const;
    };
    struct DebtLine
    {
        QString factor;
        double points = 0;
        QDateTime since;
        QString owasp;
    };
    struct Coverage
    {
        int days = -1; ///< days of the window with activity data; -1: not recorded
        int windowDays = 90;
        QString scope; ///< what the days are of: "aws account:1111…", "k8s"
        bool noActivityData() const { return days == 0; }
    };
    struct AttestationState
    {
        bool asked = true;
        QDateTime certifiedUntil; ///< until when an attestation not asked stays certified
    };

    int version = kVersion;
    Subject identity;
    int granted = 0;
    int used = 0;
    int unused = 0;
    QList<GrantLine> grants;
    QStringList outOfScope; ///< actions used beyond the declared scope
    QStringList proposedReduce; ///< grants unused in the window: the recommendation, applied only by a click
    QDateTime lastUsedAt;
    QList<CredentialLine> credentials;
    QList<FindingLine> findings;
    double debtScore = 0;
    QList<DebtLine> debtFactors;
    QStringList why; ///< as written when frozen, for readers of items made before whyData
    QList<QJsonObject> whyData;
    QJsonObject reasonData;
    Coverage coverage;
    QDateTime capturedAt;
    QMap<QString, AttestationState> attestations; ///< by attestation; empty for items made before

    [[nodiscard]] QJsonObject toJson() const;
    /** toJson() as compact JSON, written directly: the same bytes, several times faster, for campaigns at scale. */
    [[nodiscard]] QByteArray toCompactJson() const;
    /**
     * What decides whether an item is "unchanged since the last review", as compact JSON: grants, credentials, owners
     * and findings, without when it was captured, why it is in a campaign, or words and figures that move daily.
     */
    [[nodiscard]] QByteArray stableJson() const;
    /** Reads any version; a field the evidence lacks keeps its default. */
    [[nodiscard]] static ReviewEvidence fromJson(const QJsonObject& json);
    /** The score alone, for sorting a queue without reading the rest. */
    [[nodiscard]] static double debtScoreOf(const QJsonObject& json);

private:
    void write(class JsonWriter& out, bool stableOnly) const;
};

} // namespace recertify
