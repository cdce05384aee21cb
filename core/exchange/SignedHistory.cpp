#include "exchange/SignedHistory.h"

#include "storage/Database.h"
#include "storage/HistorySeal.h"
#include "exchange/WorkstationKey.h"
#include "exchange/WorkstationTrust.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

#include <algorithm>
#include <cstring>
#include <string_view>
#include <unordered_map>
#include <vector>
#include <limits>

namespace rd {

struct SignedHistory::StoredBundle
{
    QString id;
    QByteArray publicKey;
    QString entriesJson;
    QByteArray signature;
};

namespace {

const QString kCustomerChain = QStringLiteral("customer:");

QString entryValue(const ManifestEntries &entries, const QString &key)
{
    for (const auto &e : entries)
        if (e.first == key)
            return e.second;
    return {};
}

std::optional<qint64> timeEntry(const ManifestEntries &entries, const QString &key)
{
    bool ok = false;
    const qint64 value = entryValue(entries, key).toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

// The events of one chain, by its case or (for a customer's own events) its customer.
QString chainCondition(const QString &chain)
{
    return chain.startsWith(kCustomerChain) ? QStringLiteral("e.case_id IS NULL AND e.customer_id = ?")
                                            : QStringLiteral("e.case_id = ?");
}

QString chainKeyValue(const QString &chain)
{
    return chain.startsWith(kCustomerChain) ? chain.mid(kCustomerChain.size()) : chain;
}

} // namespace

QString SignedHistory::chainsEntry() { return QStringLiteral("history_chains_sha256"); }

bool SignedHistory::entriesArePlain(const ManifestEntries &entries)
{
    for (const auto &e : entries)
        for (const QString *part : {&e.first, &e.second})
            if (part->contains(QChar(0x1e)) || part->contains(QChar(0x1f)))
                return false;
    return true;
}

QByteArray SignedHistory::signedText(const ManifestEntries &entries)
{
    ManifestEntries sorted;
    for (const auto &e : entries)
        if (e.first != QLatin1String("signature"))
            sorted << e;
    std::sort(sorted.begin(), sorted.end());
    QByteArray text = QByteArrayLiteral("Recovery Desk case bundle manifest 1\x1e");
    for (const auto &e : sorted)
        text += e.first.toUtf8() + '\x1f' + e.second.toUtf8() + '\x1e';
    return text;
}

LineHash SignedHistory::eventHash(QByteArray &buffer, QByteArrayView chain, QByteArrayView workstation, QByteArrayView prev,
                                  QByteArrayView hash)
{
    // One event's place in its chain: which chain, and which event comes before it. Once per
    // event of a bundle, so in one reused buffer and with libsodium's BLAKE2b (256 bits).
    buffer.resize(0);
    buffer.append(chain).append('\x1f').append(workstation).append('\x1f').append(prev).append('\x1f').append(hash);
    LineHash h{};
    crypto_generichash(reinterpret_cast<unsigned char *>(h.data()), h.size(), reinterpret_cast<const unsigned char *>(buffer.constData()),
                       quint64(buffer.size()), nullptr, 0);
    return h;
}

QString SignedHistory::digestOf(std::vector<LineHash> eventHashes)
{
    // In a fixed order whatever order the events were read in: the set of (chain, event, the
    // event before it) fixes every chain, link by link.
    std::sort(eventHashes.begin(), eventHashes.end(),
              [](const LineHash &a, const LineHash &b) { return std::memcmp(a.data(), b.data(), a.size()) < 0; });
    QCryptographicHash digest(QCryptographicHash::Sha256);
    digest.addData(QByteArrayLiteral("Recovery Desk history chains 2\x1e"));
    for (const LineHash &h : eventHashes)
        digest.addData(QByteArrayView(h.data(), qsizetype(h.size())));
    return QString::fromLatin1(digest.result().toHex());
}

void HistoryChains::add(const QByteArray &chain, const QByteArray &workstation, const QByteArray &hash, const QByteArray &prev)
{
    m_events.push_back(SignedHistory::eventHash(m_buffer, chain, workstation, prev, hash));
    if (m_keep == Keep::DigestOnly)
        return;
    if (hash.size() > 255 || prev.size() > 255) {
        m_oversized = true;
        return;
    }
    // The key: the chain's length, the chain and the workstation (neither may hide the border),
    // built in one buffer kept between calls (this runs once per event of a bundle).
    const quint32 length = quint32(chain.size());
    m_key.resize(4);
    m_key[0] = char(length >> 24);
    m_key[1] = char(length >> 16);
    m_key[2] = char(length >> 8);
    m_key[3] = char(length);
    m_key += chain;
    m_key += workstation;
    auto found = m_links.find(m_key);
    if (found == m_links.end())
        found = m_links.insert(m_key, QByteArray());
    QByteArray &links = found.value();
    links += char(hash.size());
    links += hash;
    links += char(prev.size());
    links += prev;
}

QString HistoryChains::digest() const
{
    return SignedHistory::digestOf(m_events);
}

Status HistoryChains::walk(const SignedHistory::ChainSink &sink) const
{
    if (m_oversized)
        return Error{Error::Code::Refused, SignedHistory::tr("its history holds a hash too long to be one")};
    std::vector<std::pair<std::string_view, std::string_view>> events; // (hash, prev) of one chain
    std::unordered_map<std::string_view, std::string_view> next;       // prev -> hash, for long chains
    std::vector<std::string_view> path;
    QByteArray joined;
    for (auto it = m_links.constBegin(); it != m_links.constEnd(); ++it) {
        const QByteArray &key = it.key();
        const auto chainLength = qsizetype((quint32(quint8(key.at(0))) << 24) | (quint32(quint8(key.at(1))) << 16) |
                                           (quint32(quint8(key.at(2))) << 8) | quint32(quint8(key.at(3))));
        const QByteArray chain = key.mid(4, chainLength);
        const QByteArray workstation = key.mid(4 + chainLength);
        const QByteArray &links = it.value();
        events.clear();
        for (qsizetype at = 0; at < links.size();) {
            const auto field = [&] {
                const auto length = qsizetype(quint8(links.at(at)));
                const std::string_view view(links.constData() + at + 1, size_t(length));
                at += 1 + length;
                return view;
            };
            const std::string_view hash = field();
            events.emplace_back(hash, field());
        }
        // Walked from the event with no predecessor; a short chain by looking, a long one by map.
        path.clear();
        bool forked = false;
        const bool small = events.size() <= 16;
        if (!small) {
            next.clear();
            for (const auto &[hash, prev] : events)
                forked = forked || !next.emplace(prev, hash).second;
        } else {
            for (size_t i = 0; i < events.size(); ++i)
                for (size_t j = i + 1; j < events.size(); ++j)
                    forked = forked || events[i].second == events[j].second;
        }
        std::string_view at;
        while (!forked && path.size() < events.size()) {
            const std::string_view *found = nullptr;
            if (small) {
                for (const auto &[hash, prev] : events)
                    if (prev == at)
                        found = &hash;
            } else if (auto step = next.find(at); step != next.end()) {
                found = &step->second;
            }
            if (!found)
                break;
            path.push_back(*found);
            at = *found;
        }
        if (forked || path.size() != events.size())
            return Error{Error::Code::Refused,
                         SignedHistory::tr("the history of %1 from workstation %2 does not run from one first event to one newest")
                             .arg(HistorySeal::describeChain(QString::fromUtf8(chain)), QString::fromUtf8(workstation))};
        if (sink) {
            joined.resize(0);
            for (size_t i = 0; i < path.size(); ++i) {
                if (i > 0)
                    joined += ',';
                joined.append(path[i].data(), qsizetype(path[i].size()));
            }
            const SignedHistory::WalkedChain walked{QString::fromUtf8(chain), QString::fromUtf8(workstation), qint64(path.size()),
                                                    QString::fromUtf8(path.back().data(), qsizetype(path.back().size())),
                                                    QString::fromUtf8(joined)};
            if (auto s = sink(walked); !s)
                return s;
        }
    }
    return {};
}

QString SignedHistory::bundleIdOf(const QByteArray &signature)
{
    return QString::fromLatin1(QCryptographicHash::hash(signature, QCryptographicHash::Sha256)
                                   .left(16)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Status SignedHistory::record(Database &db, const ManifestEntries &entries, const QByteArray &signature, const HistoryChains &chains,
                             const QString &shown)
{
    const QString id = bundleIdOf(signature);
    auto known = db.scalar(QStringLiteral("SELECT count(*) FROM signed_bundle WHERE id = ?"), {id});
    if (!known)
        return known.error();
    if (known->toLongLong() > 0)
        return {}; // the same signed bundle again: its chains are kept already
    QJsonObject object;
    for (const auto &e : entries)
        if (e.first != QLatin1String("signature"))
            object.insert(e.first, e.second);
    if (auto r = db.exec(QStringLiteral("INSERT INTO signed_bundle (id, public_key, entries, signature, imported_at, imported_by) "
                                        "VALUES (?, ?, ?, ?, ?, ?)"),
                         {id, entryValue(entries, QStringLiteral("workstation_key")),
                          QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)),
                          QString::fromLatin1(signature.toBase64()), db.clock().nowMs(), db.actor()});
        !r)
        return r.error();
    if (chains.digest() != entryValue(entries, chainsEntry()))
        return Error{Error::Code::Foreign, tr("%1 was refused: the history it carries is not the history its manifest signs. "
                                              "Nothing was imported.")
                                               .arg(shown)};
    // A row per chain (a bundle carries one or more per case), on one prepared statement.
    auto insert = db.prepare(QStringLiteral("INSERT INTO signed_chain (bundle, chain, workstation, events, head, hashes) "
                                            "VALUES (?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    auto walked = chains.walk([&](const WalkedChain &c) -> Status {
        auto r = db.run(insert.value(), {id, c.chain, c.workstation, c.events, c.head, c.hashes});
        return r ? Status() : Status(r.error());
    });
    if (!walked)
        return walked.error().code == Error::Code::Refused
                   ? Error{Error::Code::Foreign, tr("%1 was refused: %2. Nothing was imported.").arg(shown, walked.message())}
                   : walked.error();
    return {};
}

Result<HistoryCoverage> SignedHistory::check(Database &db)
{
    HistoryCoverage coverage;
    auto stored = db.selectAll(QStringLiteral("SELECT id, public_key, entries, signature FROM signed_bundle ORDER BY id"), {},
                               [](const QSqlQuery &q) {
                                   return StoredBundle{q.value(0).toString(),
                                                       QByteArray::fromBase64(q.value(1).toString().toLatin1()),
                                                       q.value(2).toString(),
                                                       QByteArray::fromBase64(q.value(3).toString().toLatin1())};
                               });
    if (!stored)
        return stored.error();
    auto trusted = WorkstationTrust(db).list();
    if (!trusted)
        return trusted.error();
    // A kept chain counts only under a kept bundle whose signature holds.
    auto orphans = db.scalar(QStringLiteral("SELECT count(*) FROM signed_chain s WHERE NOT EXISTS "
                                            "(SELECT 1 FROM signed_bundle b WHERE b.id = s.bundle)"));
    if (!orphans)
        return orphans.error();
    if (orphans->toLongLong() > 0) {
        coverage.holds = false;
        coverage.problem = tr("%n kept history chain(s) belong to no bundle kept here: they were added here, not signed", nullptr,
                              orphans->toInt());
        return coverage;
    }
    Signed found;
    QHash<QByteArray, int> signerOf; // public key -> index in coverage.signers
    for (const StoredBundle &bundle : stored.value()) {
        if (!signerOf.contains(bundle.publicKey)) {
            SignerCoverage signer;
            signer.fingerprint = WorkstationKey::fingerprintOf(bundle.publicKey);
            signer.firstExport = std::numeric_limits<qint64>::max();
            for (const TrustedWorkstation &w : trusted.value())
                if (w.publicKey == bundle.publicKey) {
                    signer.name = w.name;
                    signer.trusted = true;
                    signer.revokedAt = w.revokedAt;
                }
            signerOf.insert(bundle.publicKey, int(coverage.signers.size()));
            coverage.signers << signer;
        }
        if (auto s = checkBundle(db, bundle, coverage, coverage.signers[signerOf.value(bundle.publicKey)], found); !s)
            return s.error();
        if (!coverage.holds)
            return coverage;
    }
    if (auto s = checkHeads(db, found, coverage); !s || !coverage.holds)
        return s ? Result<HistoryCoverage>(coverage) : Result<HistoryCoverage>(s.error());
    if (auto s = checkCoverage(db, found, coverage); !s)
        return s.error();
    return coverage;
}

Status SignedHistory::checkBundle(Database &db, const StoredBundle &bundle, HistoryCoverage &coverage, SignerCoverage &signer,
                                  Signed &found)
{
    const QJsonObject object = QJsonDocument::fromJson(bundle.entriesJson.toUtf8()).object();
    ManifestEntries entries;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        entries.append({it.key(), it.value().toString()});
    const qint64 exportedAt = timeEntry(entries, QStringLiteral("exported_at")).value_or(0);
    if (signer.name.isEmpty())
        signer.name = entryValue(entries, QStringLiteral("workstation"));
    const QString which = tr("the bundle %1 signed on %2")
                              .arg(signer.name, QDateTime::fromMSecsSinceEpoch(exportedAt).toString(Qt::ISODate));
    const auto fail = [&](const QString &problem) {
        coverage.holds = false;
        coverage.problem = problem;
        return Status();
    };
    if (!signer.trusted)
        return fail(tr("%1 is kept here, but its key (%2) is not among the trusted workstations").arg(which, signer.fingerprint));
    // The entries as signed: no separator of the signed text inside one (two entries would read as one).
    if (bundle.id != bundleIdOf(bundle.signature) || !entriesArePlain(entries) || QByteArray::fromBase64(entryValue(entries, QStringLiteral("workstation_key")).toLatin1()) != bundle.publicKey ||
        !WorkstationKey::verify(bundle.publicKey, signedText(entries), bundle.signature))
        return fail(tr("the record of %1 was changed: its signature does not hold").arg(which));
    // A revoked key may be in other hands: nothing it signed after it was revoked counts.
    if (signer.revokedAt && exportedAt >= *signer.revokedAt)
        return fail(tr("%1 was signed after its key was revoked").arg(which));
    found.signerOfBundle.insert(bundle.id, signer.name);
    if (const QString declared = entryValue(entries, QStringLiteral("history_workstation")); !declared.isEmpty())
        found.declaredWorkstations.insert(declared);
    // The chains kept for it must be the ones its manifest signs, each whole.
    auto r = db.exec(QStringLiteral("SELECT chain, workstation, events, head, hashes FROM signed_chain WHERE bundle = ?"), {bundle.id});
    if (!r)
        return r.error();
    QSqlQuery *q = r.value();
    std::vector<LineHash> events;
    qint64 chains = 0;
    QByteArray buffer;
    bool whole = true;
    while (q->next()) {
        const QStringList hashes = q->value(4).toString().split(QLatin1Char(','));
        whole = whole && hashes.size() == q->value(2).toLongLong() && hashes.last() == q->value(3).toString();
        const QByteArray chain = q->value(0).toString().toUtf8(), workstation = q->value(1).toString().toUtf8();
        QByteArray prev;
        for (const QString &h : hashes) {
            const QByteArray hash = h.toUtf8();
            events.push_back(eventHash(buffer, chain, workstation, prev, hash));
            prev = hash;
        }
        ++chains;
    }
    if (auto failed = db.readError(*q, tr("read the signed history")); !failed)
        return failed.error();
    q->finish();
    if (!whole || digestOf(events) != entryValue(entries, chainsEntry()))
        return fail(tr("the history chains kept for %1 are not the ones it signed: they were changed here").arg(which));
    ++signer.bundles;
    signer.chains += chains;
    signer.firstExport = qMin(signer.firstExport, exportedAt);
    signer.lastExport = qMax(signer.lastExport, exportedAt);
    // The period: from the earliest start (none if any bundle had none) to the latest end.
    const auto from = timeEntry(entries, QStringLiteral("opened_from"));
    const auto until = timeEntry(entries, QStringLiteral("opened_until"));
    signer.openedFrom = signer.bundles == 1 ? from : (signer.openedFrom && from ? std::optional(qMin(*signer.openedFrom, *from)) : std::nullopt);
    signer.openedUntil = signer.bundles == 1 ? until : (signer.openedUntil && until ? std::optional(qMax(*signer.openedUntil, *until)) : std::nullopt);
    return {};
}

Status SignedHistory::checkHeads(Database &db, const Signed &found, HistoryCoverage &coverage)
{
    // Each signed head must still be an event of its chain: the history runs through it.
    // By index, per kind of chain.
    const struct
    {
        const char *chains; // which signed chains
        const char *events; // their events
    } kinds[] = {{"substr(s.chain, 1, 9) <> 'customer:'", "e.case_id = s.chain"},
                 {"substr(s.chain, 1, 9) = 'customer:'", "e.case_id IS NULL AND e.customer_id = substr(s.chain, 10)"}};
    for (const auto &kind : kinds) {
        auto missing = db.selectAll(QStringLiteral("SELECT s.chain, s.workstation, s.hashes, s.bundle FROM signed_chain s WHERE "
                                                   "%1 AND NOT EXISTS (SELECT 1 FROM case_event e WHERE %2 "
                                                   "AND coalesce(e.workstation, '') = s.workstation AND e.hash = s.head) "
                                                   "ORDER BY s.chain, s.workstation LIMIT 1")
                                        .arg(QLatin1String(kind.chains), QLatin1String(kind.events)),
                                    {}, [](const QSqlQuery &q) {
                                        return QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                                           q.value(3).toString()};
                                    });
        if (!missing)
            return missing.error();
        if (missing->isEmpty())
            continue;
        const QStringList row = missing->first();
        return nameDivergence(db, row.at(0), row.at(1), row.at(2).split(QLatin1Char(',')), found.signerOfBundle.value(row.at(3)),
                              coverage);
    }
    return {};
}

Result<QList<QPair<QString, QString>>> SignedHistory::pathOf(Database &db, const QString &chain, const QString &workstation)
{
    auto rows = db.selectAll(QStringLiteral("SELECT e.id, e.hash, coalesce(e.prev_hash, '') FROM case_event e WHERE %1 "
                                            "AND coalesce(e.workstation, '') = ? AND e.hash IS NOT NULL")
                                 .arg(chainCondition(chain)),
                             {chainKeyValue(chain), workstation}, [](const QSqlQuery &q) {
                                 return QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
                             });
    if (!rows)
        return rows.error();
    QHash<QString, QPair<QString, QString>> next; // prev hash -> (id, hash)
    for (const QStringList &row : rows.value())
        next.insert(row.at(2), {row.at(0), row.at(1)});
    QList<QPair<QString, QString>> path;
    for (auto it = next.constFind(QString()); it != next.constEnd() && path.size() < rows->size(); it = next.constFind(it->second))
        path << it.value();
    return path;
}

Status SignedHistory::nameDivergence(Database &db, const QString &chain, const QString &workstation, const QStringList &signedHashes,
                                     const QString &signer, HistoryCoverage &coverage)
{
    auto path = pathOf(db, chain, workstation);
    if (!path)
        return path.error();
    int i = 0;
    while (i < path->size() && i < signedHashes.size() && path->at(i).second == signedHashes.at(i))
        ++i;
    const QString whose = HistorySeal::describeChain(chain);
    coverage.holds = false;
    if (i < path->size()) {
        coverage.brokenEventId = path->at(i).first;
        coverage.problem = tr("the history of %1 differs here from what %2 signed: this event was changed, or an event "
                              "before it was removed or slipped in")
                               .arg(whose, signer);
    } else if (!path->isEmpty()) {
        coverage.brokenEventId = path->last().first;
        coverage.problem = tr("%n event(s) that %1 signed after it in the history of %2 are missing: they were removed", nullptr,
                              int(signedHashes.size() - path->size()))
                               .arg(signer, whose);
    } else {
        coverage.problem = tr("the history of %1 from workstation %2, which %3 signed with %n event(s), is gone", nullptr,
                              int(signedHashes.size()))
                               .arg(whose, workstation, signer);
    }
    return {};
}

Status SignedHistory::checkCoverage(Database &db, const Signed &found, HistoryCoverage &coverage)
{
    // Events this database wrote itself carry its own workstation id; on a team database every
    // client writes its own, so there a chain no bundle signed is taken as written there.
    QSet<QString> own;
    const bool server = db.backend() == Backend::PostgreSQL;
    if (!server) {
        auto ids = HistorySeal::idsWrittenUnder(db);
        if (!ids)
            return ids.error();
        for (const QString &id : ids.value())
            own.insert(id);
        // An id a signer declared as its own is that PC's, whatever this file's settings say.
        own.subtract(found.declaredWorkstations);
    }
    auto r = db.exec(QStringLiteral("SELECT h.chain, h.workstation, h.events, max(s.events) FROM history_chain h "
                                    "LEFT JOIN signed_chain s ON s.chain = h.chain AND s.workstation = h.workstation "
                                    "GROUP BY h.chain, h.workstation, h.events ORDER BY h.chain, h.workstation"));
    if (!r)
        return r.error();
    QSqlQuery *q = r.value();
    QStringList firstUncovered, slippedIn; // (chain, workstation)
    while (q->next()) {
        const QString chain = q->value(0).toString();
        const QString workstation = q->value(1).toString();
        const qint64 events = q->value(2).toLongLong();
        const qint64 signedEvents = q->value(3).isNull() ? 0 : qMin(events, q->value(3).toLongLong());
        const bool isOwn = server ? q->value(3).isNull() : own.contains(workstation);
        coverage.covered += signedEvents;
        if (signedEvents == events)
            continue;
        if (signedEvents > 0) { // past its newest signed event: no bundle brought the rest
            if (slippedIn.isEmpty())
                slippedIn = QStringList{chain, workstation};
        } else if (isOwn) {
            coverage.writtenHere += events;
        } else {
            coverage.uncovered += events;
            if (firstUncovered.isEmpty())
                firstUncovered = QStringList{chain, workstation};
        }
    }
    if (auto failed = db.readError(*q, tr("read the history's chains")); !failed)
        return failed.error();
    q->finish();
    if (!slippedIn.isEmpty()) {
        // Events after the newest signed one of another workstation's chain: no bundle brought them.
        auto head = db.scalar(QStringLiteral("SELECT head FROM signed_chain WHERE chain = ? AND workstation = ? ORDER BY events DESC"),
                              {slippedIn.at(0), slippedIn.at(1)});
        auto path = pathOf(db, slippedIn.at(0), slippedIn.at(1));
        if (!head || !path)
            return head ? path.error() : head.error();
        int i = 0;
        while (i < path->size() && path->at(i).second != head->toString())
            ++i;
        coverage.holds = false;
        coverage.brokenEventId = i + 1 < path->size() ? path->at(i + 1).first : QString();
        coverage.problem = tr("it was slipped in after the newest signed event of workstation %1 in the history of %2")
                               .arg(slippedIn.at(1), HistorySeal::describeChain(slippedIn.at(0)));
        return {};
    }
    if (!firstUncovered.isEmpty()) {
        auto path = pathOf(db, firstUncovered.at(0), firstUncovered.at(1));
        if (!path)
            return path.error();
        coverage.firstUncoveredId = path->isEmpty() ? QString() : path->first().first;
    }
    // Events from before history was sealed carry no hash a signature could cover.
    auto unsealed = db.selectAll(QStringLiteral("SELECT count(*), min(id) FROM case_event WHERE hash IS NULL"), {},
                                 [](const QSqlQuery &row) { return qMakePair(row.value(0).toLongLong(), row.value(1).toString()); });
    if (!unsealed)
        return unsealed.error();
    if (!unsealed->isEmpty() && unsealed->first().first > 0) {
        coverage.uncovered += unsealed->first().first;
        if (coverage.firstUncoveredId.isEmpty())
            coverage.firstUncoveredId = unsealed->first().second;
    }
    return {};
}

} // namespace rd
