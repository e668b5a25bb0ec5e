#pragma once

#include "pointreconcile.h"

#include <QJsonObject>

namespace portolan {

// What a file of today's rules is, told from its content.
enum class RulesKind
{
    Iptables,   // iptables-save / ip6tables-save
    NftJson,    // nft -j list ruleset
    Aws,        // aws ec2 describe-security-groups
    Kubernetes, // NetworkPolicy YAML
    Ipset,      // ipset save (the sets an iptables file of the same point names)
    Unknown,    // not a file of today's rules: reported, skipped
};
RulesKind rulesKindOf(const QByteArray &content);
QString rulesKindName(RulesKind kind); // "iptables-save", "nft -j", ...

// One file of a folder of today's rules and the point it stands for.
struct FolderFile
{
    enum class MappedBy
    {
        None,     // unmapped: not compared
        Name,     // the file name names the point (kong-a.rules, host-kong-a.nft.json)
        Content,  // the addresses (or group names, pod labels) in the file are one point's only
        Override, // the user said so (--map FILE=POINT, the window's table)
    };
    QString path;     // as found
    QString fileName; // the name in the folder: what --map names
    QByteArray content;
    RulesKind kind = RulesKind::Unknown;
    QString point; // empty: unmapped
    MappedBy mappedBy = MappedBy::None;
    QString reason; // why this point, or why none and what to do (translated)
};
QString mappedByName(FolderFile::MappedBy by); // "name", "address", "override", "unmapped"

struct FolderReport
{
    QString folder;
    QList<FolderFile> files;        // every file, mapped or not
    QList<ReconcileReport> reports; // one per point that has files, by point id
    int unmappedRulesFiles() const; // files of today's rules not compared
    // Every file compared and every point equal to the plan.
    bool exact() const;
};

// A folder of today's rules (one flat folder, each file of one point):
// each file's kind told from its content, mapped to the enforcement point it
// stands for by its name, else by what only one point owns in it (a local
// address of an iptables or nftables file; the group names of an AWS file;
// the pods a NetworkPolicy file isolates), else left unmapped with what to
// do. The command line (`reconcile PROJECT FOLDER`) and the window's
// File > Reconcile... share it (docs/guide/reconcile.md).
class RulesFolder
{
    Q_DECLARE_TR_FUNCTIONS(RulesFolder)
public:
    // Where the user maps a file the folder does not map, which is what an
    // unmapped file's reason tells them to do.
    enum class HowToMap
    {
        MapOption,   // portolan-cli reconcile --map FILE=POINT
        PointColumn, // the window's mapping table
    };
    // The files of `folder`, read and mapped. Bad input (the folder or a
    // file unreadable, a malformed rules file) gives nothing and errors.
    static std::optional<QList<FolderFile>> scan(const QString &folder, const ExportInput &input,
                                                 Diagnostics *errors, HowToMap how = HowToMap::MapOption);
    // The points a file of this kind can stand for.
    static QStringList pointsFor(RulesKind kind, const Derivation &derivation);
    // Maps `fileName` to `point` (an override); false and an error for a
    // file not in the list or a point a file of its kind cannot stand for.
    static bool setPoint(QList<FolderFile> *files, const QString &fileName, const QString &point,
                         const Derivation &derivation, Diagnostics *errors);
    // Compares each point with its files (files of one point together, as
    // `--point` does). Bad input gives nothing and errors.
    static std::optional<FolderReport> reconcile(const QString &folder, const QList<FolderFile> &files,
                                                 const ExportInput &input, Diagnostics *errors);

    static QString text(const FolderReport &report);
    static QByteArray json(const FolderReport &report);
    // The points' summary first, then the files' mapping and each point's
    // items folded in <details> blocks; user text escaped for Markdown.
    static QString markdown(const FolderReport &report);
};

} // namespace portolan
