#include "catalogset.h"
#include "catalogreader.h"

#include <QDir>
#include <QStandardPaths>

namespace portolan {

CatalogSet CatalogSet::bundled(Diagnostics *errors)
{
    CatalogSet set;
    Diagnostics local;
    set.addFolder(QStringLiteral(":/portolan/catalogs"), errors ? errors : &local);
    return set;
}

QString CatalogSet::userCatalogFolder()
{
    const QString fromEnvironment = qEnvironmentVariable("PORTOLAN_CATALOG_PATH");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return base.isEmpty() ? QString() : base + QStringLiteral("/Portolan/catalogs");
}

bool CatalogSet::addFolder(const QString &folder, Diagnostics *errors)
{
    const QDir dir(folder);
    if (!dir.exists())
        return true; // an absent optional folder is not an error
    bool ok = true;
    const QStringList files =
        dir.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        auto loaded = CatalogReader::readFile(dir.filePath(name), errors);
        ok = loaded && add(std::move(*loaded), errors) && ok;
        if (!loaded)
            ok = false;
    }
    return ok;
}

bool CatalogSet::add(Catalog catalog, Diagnostics *errors)
{
    if (const Catalog *existing = this->catalog(catalog.id)) {
        errors->append({catalog.filePath, 1, 1,
                        tr("catalog id '%1' is already defined by %2").arg(catalog.id, existing->filePath),
                        tr("give the catalog its own id, e.g. '%1-custom'").arg(catalog.id)});
        return false;
    }
    m_catalogs.append(std::move(catalog));
    return true;
}

const Catalog *CatalogSet::catalog(const QString &id) const
{
    for (const Catalog &c : m_catalogs)
        if (c.id == id)
            return &c;
    return nullptr;
}

const ComponentDef *CatalogSet::component(const QString &reference, const Catalog **catalogOut) const
{
    const qsizetype slash = reference.indexOf(u'/');
    if (slash < 0)
        return nullptr;
    const Catalog *c = catalog(reference.left(slash));
    if (catalogOut)
        *catalogOut = c;
    return c ? c->component(reference.mid(slash + 1)) : nullptr;
}

QStringList CatalogSet::componentReferences() const
{
    QStringList references;
    for (const Catalog &c : m_catalogs)
        for (const ComponentDef &component : c.components)
            references.append(c.id + u'/' + component.id);
    return references;
}

} // namespace portolan
