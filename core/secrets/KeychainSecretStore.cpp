#include "core/secrets/KeychainSecretStore.h"

#include "core/util/Logging.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace recertify {

namespace {

enum class Outcome
{
    Done,
    Failed,
    TimedOut
};

// QtKeychain is asynchronous; callers here (the CLI, sync workers) need an answer. A local loop
// bounded by a timer is the only way to wait without trusting the keyring to answer.
template <typename Job> Outcome runJob(Job& job, int timeoutMs)
{
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    timer.start(timeoutMs);
    loop.exec();
    if (timedOut)
        return Outcome::TimedOut;
    return job.error() == QKeychain::NoError ? Outcome::Done : Outcome::Failed;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(int timeoutMs, QString service)
    : m_timeoutMs(timeoutMs)
    , m_service(std::move(service))
{
}

Result<QString> KeychainSecretStore::read(const QString& key)
{
    // Jobs are heap objects: on a timeout the job may still finish later, so it must outlive us.
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(key);
    const Outcome outcome = runJob(*job, m_timeoutMs);
    if (outcome == Outcome::TimedOut) {
        QObject::connect(job, &QKeychain::Job::finished, job, &QObject::deleteLater);
        qCWarning(lcSecrets) << "keychain read timed out for key" << key;
        return makeError(tr("The keychain did not answer within %1 s (is it locked?) reading \"%2\"")
                             .arg(m_timeoutMs / 1000)
                             .arg(key));
    }
    std::unique_ptr<QKeychain::ReadPasswordJob> owned(job);
    if (outcome == Outcome::Failed) {
        if (job->error() == QKeychain::EntryNotFound)
            return Error { tr("No secret is stored under \"%1\" in the keychain").arg(key), QStringLiteral("not-found"),
                           QString() };
        return makeError(tr("The keychain is not available: %1").arg(job->errorString()));
    }
    return job->textData();
}

Status KeychainSecretStore::write(const QString& key, const QString& secret)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    const Outcome outcome = runJob(*job, m_timeoutMs);
    if (outcome == Outcome::TimedOut) {
        QObject::connect(job, &QKeychain::Job::finished, job, &QObject::deleteLater);
        return makeError(tr("The keychain did not answer within %1 s (is it locked?) storing \"%2\"")
                             .arg(m_timeoutMs / 1000)
                             .arg(key));
    }
    std::unique_ptr<QKeychain::WritePasswordJob> owned(job);
    if (outcome == Outcome::Failed)
        return makeError(tr("The keychain is not available: %1").arg(job->errorString()));
    return {};
}

Status KeychainSecretStore::remove(const QString& key)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(key);
    const Outcome outcome = runJob(*job, m_timeoutMs);
    if (outcome == Outcome::TimedOut) {
        QObject::connect(job, &QKeychain::Job::finished, job, &QObject::deleteLater);
        return makeError(tr("The keychain did not answer within %1 s (is it locked?) removing \"%2\"")
                             .arg(m_timeoutMs / 1000)
                             .arg(key));
    }
    std::unique_ptr<QKeychain::DeletePasswordJob> owned(job);
    if (outcome == Outcome::Failed && job->error() != QKeychain::EntryNotFound)
        return makeError(tr("The keychain is not available: %1").arg(job->errorString()));
    return {};
}

} // namespace recertify
