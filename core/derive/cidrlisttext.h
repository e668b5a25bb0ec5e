#pragma once

#include "model/cidr.h"

#include <QHash>
#include <QString>

namespace portolan {

// CIDR lists as text ("10.0.0.0/8,192.168.0.0/16"), remembered by the
// list's storage. The derivation interns member sets, so thousands of flows
// and rules share one list of thousands of networks; a 10,000-node plan diff
// formatted the same lists again for every changed flow and rule (a quarter
// of its time). A memo is only valid while the lists it saw are alive and
// unchanged: keep one per computation (PlanDiff::compare), on one thread.
class CidrListText
{
public:
    static QString join(const CidrList &cidrs, QChar separator);
    // join(), asked once per distinct list storage.
    QString operator()(const CidrList &cidrs, QChar separator);

private:
    struct Key
    {
        const Cidr *data;
        qsizetype size;
        char16_t separator;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &k, size_t seed)
        {
            return qHashMulti(seed, k.data, k.size, k.separator);
        }
    };
    QHash<Key, QString> m_memo;
};

} // namespace portolan
