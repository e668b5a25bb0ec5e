#pragma once

#include "catalog/catalogset.h"
#include "model/project.h"

#include <QCoreApplication>

namespace portolan {

class ReviewContext;

// One product setting review proposes for one node.
struct ProposedSetting
{
    ElementId node;
    QString component; // "<catalog>/<component>"
    QString file;      // "kong.conf", "livekit.yaml"
    QString key;       // "cluster_advertise", "rtc.node_ip"
    QString value;
    QString current; // what the node has now (override or default); empty = unset
    friend bool operator==(const ProposedSetting &, const ProposedSetting &) = default;
};

// The advertise/listen settings every NAT-sensitive component should run
// with, worked out from where its peers or clients are (NatAnalyzer).
class SettingsProposal
{
    Q_DECLARE_TR_FUNCTIONS(SettingsProposal)
public:
    static QList<ProposedSetting> propose(const Project &project, const CatalogSet &catalogs);
    // The same from a context the caller already has (its NAT analyses).
    static QList<ProposedSetting> propose(const ReviewContext &context);
    // Lines to paste, grouped per node, component and file: "key = value" for
    // .conf files, nested YAML for .yaml/.yml. `node` empty = every node.
    static QString format(const Project &project, const QList<ProposedSetting> &settings,
                          const ElementId &node = {});
    // One file's lines alone.
    static QString fileLines(const QString &file, const QList<ProposedSetting> &settings);
};

} // namespace portolan
