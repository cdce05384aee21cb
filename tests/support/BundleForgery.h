#pragma once

#include <QString>
#include <QVariant>
#include <QVariantList>

namespace rd::test {

/**
 * What anyone with sqlite3 can do to a bundle: change its rows with SQL, seal a changed history
 * event again, and recompute the content hash in its manifest (neither has a secret key); and
 * what an insider can do on top: sign it with a trusted workstation's key. The tests and the fuzz
 * target use it to reach the checks behind the content hash and the signature.
 */
class BundleForgery
{
public:
    explicit BundleForgery(const QString &path);
    ~BundleForgery();
    BundleForgery(const BundleForgery &) = delete;
    BundleForgery &operator=(const BundleForgery &) = delete;

    bool ok() const { return m_ok; }
    /// Runs @p sql on the bundle; false (and a failed check) if SQLite refused it.
    bool exec(const QString &sql, const QVariantList &params = {});
    QVariant scalar(const QString &sql, const QVariantList &params = {});
    /// Seals the event @p id again from its fields as they are now, as its workstation would.
    bool resealEvent(const QString &id);
    /// Recomputes the manifest's content hash over the rows as they are now, and signs the
    /// manifest again (resign()).
    bool resealContent(bool sign = true);
    /// Signs the manifest again with the key of a workstation the test archives trust: what an
    /// insider with a trusted PC could send.
    bool resign();

private:
    QString m_name;
    bool m_ok = false;
};

} // namespace rd::test
