#pragma once

#include "core/connectors/Records.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <memory>

namespace recertify {

/**
 * A file format a connector reads: turns raw payloads into the four records. Inventory formats
 * describe the whole of their scope, so what they no longer list was removed at the source;
 * activity formats only add usage.
 */
class Importer
{
public:
    virtual ~Importer() = default;

    /** The format name on the command line (aws-iam, k8s-audit…). */
    virtual QString format() const = 0;
    /** The source the records belong to (aws, k8s, entra, github, mcp, csv). */
    virtual QString source() const = 0;
    /** True when the format lists identities; which scopes a run proves complete it tells the sink. */
    virtual bool isInventory() const = 0;

    /**
     * True when the importer itself passes over an event whose id it has read before in the run (and may hand on
     * several events under one id, one per action). Otherwise the run counts an id repeated in the same aggregate once.
     */
    virtual bool passesOverRepeatedEvents() const { return false; }
    /** False for live connectors: their inputs are endpoints, not files to hash and expand. */
    virtual bool readsFiles() const { return true; }
    /** File name patterns to pick from a folder given as input (*.json, *.json.gz); empty: folders are refused. */
    virtual QStringList folderPatterns() const { return {}; }

    /**
     * A name the user gives for what the files do not name themselves (the MCP server behind a
     * generic tools.json). False when the format takes no name.
     */
    virtual bool setName(const QString& name)
    {
        Q_UNUSED(name)
        return false;
    }
    /** The namespace of objects that name none (Kubernetes manifests); false when the format has no namespaces. */
    virtual bool setNamespace(const QString& ns)
    {
        Q_UNUSED(ns)
        return false;
    }
    /** What a live source keeps for its next run after a successful one (an audit-log cursor); empty for files. */
    virtual QJsonObject syncState() const { return {}; }
    /** Before the first input of a run: forget what an earlier run of this object read. */
    virtual void start() { }
    /** The files the run will read, in order, so an importer may prepare the next while one is parsed. */
    virtual void prefetch(const QStringList& files) { Q_UNUSED(files) }
    /** Reads one input file. Errors name the file and line or byte. */
    [[nodiscard]] virtual Status read(const QString& path, RecordSink& sink) = 0;
    /** After the last input of a run: what only the inputs together prove (the pages of one listing). */
    [[nodiscard]] virtual Status finish(RecordSink& sink)
    {
        Q_UNUSED(sink)
        return {};
    }
};

/** The formats recertify-cli import and the Sources page know. */
class Importers
{
    Q_DECLARE_TR_FUNCTIONS(Importers)

public:
    static QStringList formats();
    /** What a format is, for people: "AWS IAM authorization details (JSON)". */
    static QString displayName(const QString& format);
    /** Null for an unknown format. */
    static std::unique_ptr<Importer> create(const QString& format);
};

} // namespace recertify
