// Prints figures for CloudTrail ingest beside its peers, on the same files in the same run:
// zcat alone (inflating, the floor) and a Python script (json + Counter, aggregation only, no store).
// Run: bench_ingest [files] [records per file]   (default 200 2500: 500,000 records, ~800 MB of JSON)
//      bench_ingest --generate DIR [files] [records per file]   only writes the trail (tests/bench/ingest-scaling.sh)
// The files are synthetic (scale only): realistic record shapes, 500 roles, 60 calls, 30 days.
#include "core/connectors/aws/CloudTrailImporter.h"
#include "core/sync/SyncEngine.h"
#include "tests/support/TestDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
#include <random>
#include <sys/resource.h>
#include <sys/wait.h>

using namespace recertify;

namespace {

const char* const kCalls[][2] = { { "s3.amazonaws.com", "GetObject" },
                                  { "s3.amazonaws.com", "PutObject" },
                                  { "s3.amazonaws.com", "ListObjects" },
                                  { "s3.amazonaws.com", "ListBuckets" },
                                  { "sts.amazonaws.com", "AssumeRole" },
                                  { "dynamodb.amazonaws.com", "GetItem" },
                                  { "dynamodb.amazonaws.com", "PutItem" },
                                  { "dynamodb.amazonaws.com", "Query" },
                                  { "kms.amazonaws.com", "Decrypt" },
                                  { "kms.amazonaws.com", "GenerateDataKey" },
                                  { "bedrock.amazonaws.com", "Converse" },
                                  { "bedrock.amazonaws.com", "InvokeModel" },
                                  { "lambda.amazonaws.com", "Invoke" },
                                  { "sqs.amazonaws.com", "SendMessage" },
                                  { "sqs.amazonaws.com", "ReceiveMessage" },
                                  { "ec2.amazonaws.com", "DescribeInstances" },
                                  { "iam.amazonaws.com", "GetRole" },
                                  { "logs.amazonaws.com", "PutLogEvents" },
                                  { "secretsmanager.amazonaws.com", "GetSecretValue" },
                                  { "ssm.amazonaws.com", "GetParameter" } };

QByteArray record(std::mt19937& rng, int fileIndex, int i)
{
    const int role = int(rng() % 500);
    const auto& call = kCalls[rng() % std::size(kCalls)];
    const int day = 1 + int(rng() % 28);
    char buffer[2048];
    const int n = std::snprintf(
        buffer, sizeof buffer,
        R"({"eventVersion":"1.09","userIdentity":{"type":"AssumedRole","principalId":"AROAEXAMPLE%03d:session-%d","arn":"arn:aws:sts::111122223333:assumed-role/agent-%03d/session-%d","accountId":"111122223333","accessKeyId":"ASIAEXAMPLE%06d","sessionContext":{"sessionIssuer":{"type":"Role","principalId":"AROAEXAMPLE%03d","arn":"arn:aws:iam::111122223333:role/agent-%03d","accountId":"111122223333","userName":"agent-%03d"},"attributes":{"creationDate":"2026-11-%02dT08:00:00Z","mfaAuthenticated":"false"}}},"eventTime":"2026-11-%02dT%02d:%02d:%02dZ","eventSource":"%s","eventName":"%s","awsRegion":"eu-central-1","sourceIPAddress":"10.0.%d.%d","userAgent":"aws-sdk-go-v2/1.30.3 os/linux lang/go#1.22.5 md/GOOS#linux api/s3#1.58.2","requestParameters":{"bucketName":"reports-%d","key":"2026/11/%02d/part-%05d.parquet","Host":"reports.s3.eu-central-1.amazonaws.com"},"responseElements":null,"additionalEventData":{"SignatureVersion":"SigV4","CipherSuite":"TLS_AES_128_GCM_SHA256","bytesTransferredIn":0,"AuthenticationMethod":"AuthHeader","bytesTransferredOut":%d},"requestID":"%08X%08X","eventID":"%08x-%04x-4%03x-a%03x-%06x%06x","readOnly":true,"resources":[{"type":"AWS::S3::Object","ARN":"arn:aws:s3:::reports-%d/2026/11/%02d/part-%05d.parquet"},{"accountId":"111122223333","type":"AWS::S3::Bucket","ARN":"arn:aws:s3:::reports-%d"}],"eventType":"AwsApiCall","managementEvent":false,"recipientAccountId":"111122223333","eventCategory":"Data","tlsDetails":{"tlsVersion":"TLSv1.3","cipherSuite":"TLS_AES_128_GCM_SHA256","clientProvidedHostHeader":"reports.s3.eu-central-1.amazonaws.com"}})", role,
        i, role, i, i, role, role, role, day, day, int(rng() % 24), int(rng() % 60), int(rng() % 60), call[0], call[1],
        int(rng() % 256), int(rng() % 256), role % 7, day, i, int(rng() % 100000), unsigned(rng()), unsigned(rng()),
        unsigned(rng()), unsigned(rng() & 0xffff), unsigned(rng() & 0xfff), unsigned(rng() & 0xfff),
        unsigned(fileIndex), unsigned(i), role % 7, day, i, role % 7);
    return QByteArray(buffer, n);
}

double seconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// Wall time of a shell command, and the peak memory of its children.
std::pair<double, long> run(const QString& command)
{
    QElapsedTimer timer;
    timer.start();
    QProcess::execute(QStringLiteral("sh"), { QStringLiteral("-c"), command });
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return { seconds(timer), usage.ru_maxrss / 1024 };
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // bench_ingest --generate DIR FILES PER_FILE writes the trail only, for tests/bench/ingest-scaling.sh.
    const bool generateOnly = argc > 1 && qstrcmp(argv[1], "--generate") == 0;
    const int shift = generateOnly ? 2 : 0;
    const int files = argc > 1 + shift ? QString::fromLocal8Bit(argv[1 + shift]).toInt() : 200;
    const int perFile = argc > 2 + shift ? QString::fromLocal8Bit(argv[2 + shift]).toInt() : 2500;
    QTemporaryDir dir(generateOnly && argc > 2 ? QString::fromLocal8Bit(argv[2]) + QStringLiteral("/trail-XXXXXX")
                                               : QDir::tempPath() + QStringLiteral("/bench_ingest-XXXXXX"));
    if (generateOnly)
        dir.setAutoRemove(false);
    // RECERTIFY_BENCH_KEEP=1 leaves the generated trail behind for profiling the importer alone.
    if (qEnvironmentVariableIsSet("RECERTIFY_BENCH_KEEP")) {
        dir.setAutoRemove(false);
        std::printf("trail kept in %s\n", qPrintable(dir.path()));
    }
    const QString trail = dir.filePath(QStringLiteral("AWSLogs/111122223333/CloudTrail/eu-central-1/2026/11"));
    QDir().mkpath(trail);
    std::mt19937 rng(20261202);
    qint64 jsonBytes = 0;
    for (int f = 0; f < files; ++f) {
        QByteArray body = "{\"Records\":[";
        for (int i = 0; i < perFile; ++i) {
            if (i)
                body += ',';
            body += record(rng, f, i);
        }
        body += "]}";
        jsonBytes += body.size();
        QProcess gzip;
        gzip.setStandardOutputFile(QStringLiteral("%1/111122223333_CloudTrail_eu-central-1_20261102T%2Z_x.json.gz")
                                       .arg(trail)
                                       .arg(f, 4, 10, QLatin1Char('0')));
        gzip.start(QStringLiteral("gzip"), { QStringLiteral("-c"), QStringLiteral("-6") });
        gzip.write(body);
        gzip.closeWriteChannel();
        gzip.waitForFinished(-1);
    }
    std::printf("%d files, %d records, %.0f MB of JSON\n", files, files * perFile, double(jsonBytes) / 1e6);
    if (generateOnly) {
        std::printf("trail in %s\n", qPrintable(dir.path()));
        return 0;
    }

    const QString glob = trail + QStringLiteral("/*.json.gz");
    const auto [zcat, zcatMb] = run(QStringLiteral("zcat %1 > /dev/null").arg(glob));
    const QString python = dir.filePath(QStringLiteral("peer.py"));
    QFile script(python);
    if (script.open(QIODevice::WriteOnly)) {
        script.write(
            "import glob, gzip, json, sys\nfrom collections import Counter\nc = Counter()\n"
            "for path in sorted(glob.glob(sys.argv[1])):\n"
            "    with gzip.open(path) as f:\n"
            "        for r in json.load(f)['Records']:\n"
            "            u = r.get('userIdentity') or {}\n"
            "            p = ((u.get('sessionContext') or {}).get('sessionIssuer') or {}).get('principalId') or "
            "u.get('principalId')\n"
            "            c[(p, r['eventSource'].split('.')[0] + ':' + r['eventName'], r['eventTime'][:10])] += 1\n"
            "print(len(c), 'aggregates', file=sys.stderr)\n");
        script.close();
    }
    const auto [py, pyMb] = run(QStringLiteral("python3 %1 '%2'").arg(python, glob));

    test::TestDatabase store;
    if (!store.database()) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error()));
        return 1;
    }
    CloudTrailImporter importer;
    SyncEngine engine(store.database(), Clock::instance());
    QElapsedTimer timer;
    QHash<QString, double> stageStart;
    engine.setProgress([&](qint64, qint64, const QString& stage) {
        if (!stageStart.contains(stage))
            stageStart.insert(stage, seconds(timer));
    });
    timer.start();
    auto report = engine.run(importer, { dir.filePath(QStringLiteral("AWSLogs")) });
    const double ours = seconds(timer);
    const double writing = stageStart.value(QStringLiteral("Writing"), ours);
    const double analysing = stageStart.value(QStringLiteral("Analysing"), ours);
    std::printf("stages: reading %.2f s, writing %.2f s, analysis and after %.2f s\n", writing, analysing - writing,
                ours - analysing);
    if (!report) {
        std::fprintf(stderr, "%s\n", qPrintable(report.errorString()));
        return 1;
    }
    rusage self {};
    getrusage(RUSAGE_SELF, &self);
    std::printf("%-28s %8s %10s\n", "", "seconds", "peak MB");
    std::printf("%-28s %8.2f %10ld\n", "zcat (floor)", zcat, zcatMb);
    std::printf("%-28s %8.2f %10ld\n", "python json + Counter", py, pyMb);
    std::printf("%-28s %8.2f %10ld   (%lld events, %lld day aggregates, into SQLite, with analysis)\n",
                "recertify import", ours, long(self.ru_maxrss / 1024), qlonglong(report->events),
                qlonglong(report->usageRows));
    std::printf("ratio to python %.2fx faster; to zcat %.2fx\n", py / ours, ours / zcat);
    return 0;
}
