#include "portrange.h"
#include "enumnames.h"

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

constexpr std::array<std::pair<Protocol, const char16_t *>, 3> kProtocols{{
    {Protocol::Tcp, u"tcp"},
    {Protocol::Udp, u"udp"},
    {Protocol::Any, u"any"},
}};

} // namespace

QString protocolName(Protocol protocol)
{
    return detail::nameOf(kProtocols, protocol);
}

bool parseProtocol(const QString &text, Protocol *out)
{
    return detail::parseName(kProtocols, text, out);
}

bool parseProtocols(const QString &text, QList<Protocol> *out)
{
    if (text == u"both"_s || text == u"tcp+udp"_s) {
        *out = {Protocol::Tcp, Protocol::Udp};
        return true;
    }
    Protocol single;
    if (!parseProtocol(text, &single))
        return false;
    *out = {single};
    return true;
}

QString protocolsName(const QList<Protocol> &protocols)
{
    if (protocols.size() == 2 && protocols.contains(Protocol::Tcp) && protocols.contains(Protocol::Udp))
        return u"both"_s;
    return protocols.isEmpty() ? QString() : protocolName(protocols.first());
}

QString PortRange::toString(QChar separator) const
{
    if (isSingle())
        return QString::number(from);
    return QString::number(from) + separator + QString::number(to);
}

bool PortRange::parse(const QString &text, PortRange *out)
{
    const QStringList parts = text.trimmed().split(u'-');
    if (parts.isEmpty() || parts.size() > 2)
        return false;
    PortRange range;
    for (int i = 0; i < parts.size(); ++i) {
        const QString part = parts[i].trimmed();
        bool ok = false;
        const int value = part.toInt(&ok);
        // toInt accepts "+80"; a port is digits only.
        if (!ok || part.isEmpty() || !part.front().isDigit())
            return false;
        (i == 0 ? range.from : range.to) = value;
    }
    if (parts.size() == 1)
        range.to = range.from;
    *out = range;
    return true;
}

} // namespace portolan
