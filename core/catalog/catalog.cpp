#include "catalog.h"
#include "model/enumnames.h"

#include <algorithm>

namespace portolan {

namespace {

constexpr std::array<std::pair<Audience, const char16_t *>, 6> kAudiences{{
    {Audience::Clients, u"clients"},
    {Audience::Admins, u"admins"},
    {Audience::Peers, u"peers"},
    {Audience::Local, u"local"},
    {Audience::Internal, u"internal"},
    {Audience::Egress, u"egress"},
}};

constexpr std::array<std::pair<SettingType, const char16_t *>, 7> kSettingTypes{{
    {SettingType::Port, u"port"},
    {SettingType::Range, u"range"},
    {SettingType::Listen, u"listen"},
    {SettingType::AddressPort, u"address-port"},
    {SettingType::Address, u"address"},
    {SettingType::Bool, u"bool"},
    {SettingType::Text, u"text"},
}};

template <typename List, typename Key, typename Member>
auto findIn(const List &list, const Key &key, Member member) -> decltype(&list.front())
{
    auto it = std::find_if(list.begin(), list.end(), [&](const auto &e) { return e.*member == key; });
    return it == list.end() ? nullptr : &*it;
}

} // namespace

QString audienceName(Audience audience)
{
    return detail::nameOf(kAudiences, audience);
}
bool parseAudience(const QString &text, Audience *out)
{
    return detail::parseName(kAudiences, text, out);
}
QString settingTypeName(SettingType type)
{
    return detail::nameOf(kSettingTypes, type);
}
bool parseSettingType(const QString &text, SettingType *out)
{
    return detail::parseName(kSettingTypes, text, out);
}

const SettingDef *ComponentDef::setting(const QString &key) const
{
    return findIn(settings, key, &SettingDef::key);
}
const FeatureDef *ComponentDef::feature(const QString &id) const
{
    return findIn(features, id, &FeatureDef::id);
}
const PortDef *ComponentDef::port(const QString &id) const
{
    return findIn(ports, id, &PortDef::id);
}
const ComponentDef *Catalog::component(const QString &id) const
{
    return findIn(components, id, &ComponentDef::id);
}
const SourceDocument *Catalog::sourceDocument(const QString &id) const
{
    return findIn(sources, id, &SourceDocument::id);
}

} // namespace portolan
