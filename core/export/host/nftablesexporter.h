#pragma once

#include "export/exporter.h"

#include <QCoreApplication>

namespace portolan {

// nftables: one `table inet portolan` per node, with named interval sets
// (auto-merge) for peers, ip and ip6 kept apart, addresses only (nft would
// resolve host names), comments of at most 128 characters, and Kong
// `transparent` redirects in a nat prerouting chain.
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
