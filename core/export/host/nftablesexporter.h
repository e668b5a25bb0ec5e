#pragma once

#include "export/exporter.h"

#include <QCoreApplication>

namespace portolan {

// nftables: one `table inet portolan` per node, with named interval sets
// (auto-merge) for peers, one per distinct address list and shared by every
// rule that matches it (a single address is written inline), ip and ip6 kept
// apart, addresses only (nft would resolve host names), comments of at most
// 128 characters, and Kong `transparent` redirects in a nat prerouting chain.
// A long peer list that several host files match (SharedSets) is written
// once, as sets/<name>.nft, and included.
// A rule that a rule open to any peer already accepts whole is left out; a
// comment line in its place says which flows it served.
class NftablesExporter final : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(NftablesExporter)
public:
    static constexpr int CommentCap = 128;

    QString id() const override { return QStringLiteral("nftables"); }
    QString title() const override;
    QString family() const override { return QStringLiteral("host"); }
    ExportResult generate(const ExportInput &input) const override;
    QString applyNotes() const override;
};

} // namespace portolan
