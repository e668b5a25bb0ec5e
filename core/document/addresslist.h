#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>

namespace portolan {

// The text of an addresses field: a list of addresses and ranges separated
// by commas or spaces. "10.50.0.11-13" is three addresses (the part after
// the dash replaces the last octet, or the last group of an IPv6 address),
// as is the full form "10.50.0.11-10.50.0.13". A range may differ only in
// that last octet or group, which keeps a typo from planning a /8.
class AddressList
{
    Q_DECLARE_TR_FUNCTIONS(AddressList)
public:
    // More would be a typo, not a plan; the largest node group planned so
    // far has a few hundred hosts.
    static constexpr int MaxAddresses = 4096;

    // False with a translated reason naming the part that is wrong; `out`
    // is only written on success.
    static bool parse(const QString &text, QList<QHostAddress> *out, QString *error);
    // Runs of three or more consecutive addresses shown as ranges again, so
    // a group of 200 hosts reads as one line; parse(format(x)) == x.
    static QString format(const QList<QHostAddress> &list);
};

} // namespace portolan
