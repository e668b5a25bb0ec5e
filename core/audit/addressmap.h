#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

namespace portolan {

// Maps the plan's addresses onto the addresses actually probed: for tests
// on loopback ("192.168.1.0/24=127.0.1.0/24" moves a whole subnet) and for
// probing through a jump address. Entries are "ADDRESS=ADDRESS" or IPv4
// "CIDR=CIDR" of equal prefix length; the first matching entry wins.
class AddressMap
{
    Q_DECLARE_TR_FUNCTIONS(AddressMap)
public:
    // Adds one entry; returns a translated error message on bad input.
    std::optional<QString> add(const QString &entry);
    QHostAddress map(const QHostAddress &planned) const;
    bool isEmpty() const { return m_entries.isEmpty(); }

private:
    struct Entry
    {
        QHostAddress from;
        QHostAddress to;
        int prefix = 32; // IPv4 networks; 128 for single IPv6 addresses
    };
    QList<Entry> m_entries;
};

} // namespace portolan
