// Each element kind's field description against what it must agree with
// and cannot generate at run time: the checked-in JSON Schema
// (docs/project.schema.json) and the key tables of docs/project-format.md.
#include "model/elementfields.h"
#include "project/fieldschema.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portolan;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The table rows of the "## <section>" part of the format docs.
QStringList docRows(const QString &section)
{
    const QString text =
        QString::fromUtf8(readAll(QStringLiteral(PORTOLAN_SOURCE_DIR) + u"/docs/project-format.md"_s));
    const qsizetype start = text.indexOf(u"\n## "_s + section + u'\n');
    if (start < 0)
        return {};
    const qsizetype end = text.indexOf(u"\n## "_s, start + 1);
    QStringList rows;
    for (const QString &line : text.mid(start, end < 0 ? -1 : end - start).split(u'\n'))
        if (line.startsWith(u"| `"_s))
            rows.append(line);
    return rows;
}

// A choice's row names every name of its enum's table, so a name added to
// the table and forgotten in the docs fails here.
template <typename E> QStringList undocumentedChoices(const QList<FieldDescription<E>> &fields)
{
    QStringList missing;
    for (const FieldDescription<E> &f : fields)
        if (f.type == FieldType::Choice)
            for (const QString &name : f.choices())
                if (!name.isEmpty() && !QString::fromUtf8(f.docType).contains(u'`' + name + u'`'))
                    missing.append(f.name() + u": "_s + name);
    return missing;
}

template <typename E> QStringList expectedRows(const QList<FieldDescription<E>> &fields)
{
    QStringList rows = undocumentedChoices(fields); // never a table row: fails the test below
    for (const FieldDescription<E> &f : fields) {
        if (!f.docType || !f.inFile)
            continue;
        const QString meaning = QString::fromUtf8(f.docMeaning);
        rows.append(u"| `"_s + f.name() + u"` | "_s + QString::fromUtf8(f.docType) + u" | "_s +
                    QString::fromUtf8(f.docDefault) +
                    (meaning.isEmpty() ? u" | |"_s : u" | "_s + meaning + u" |"_s));
    }
    return rows;
}

} // namespace

class TestFieldDescriptions : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_definitions;

private Q_SLOTS:
    void initTestCase()
    {
        const QJsonDocument schema = QJsonDocument::fromJson(
            readAll(QStringLiteral(PORTOLAN_SOURCE_DIR) + u"/docs/project.schema.json"_s));
        m_definitions = schema.object().value(u"definitions"_s).toObject();
        QVERIFY(!m_definitions.isEmpty());
    }

    void schema_data()
    {
        QTest::addColumn<QString>("definition");
        QTest::addColumn<QJsonObject>("properties");
        QTest::addColumn<QJsonArray>("required");
        QTest::newRow("zone") << u"zone"_s << FieldSchema::properties(zoneFields())
                              << FieldSchema::required(zoneFields());
        QTest::newRow("node") << u"node"_s << FieldSchema::properties(nodeFields())
                              << FieldSchema::required(nodeFields());
        QTest::newRow("client") << u"client"_s << FieldSchema::properties(clientFields())
                                << FieldSchema::required(clientFields());
        QTest::newRow("link") << u"link"_s << FieldSchema::properties(linkFields())
                              << FieldSchema::required(linkFields());
        QTest::newRow("firewall") << u"firewall"_s << FieldSchema::properties(firewallFields())
                                  << FieldSchema::required(firewallFields());
        QTest::newRow("nat") << u"nat"_s << FieldSchema::properties(natFields())
                             << FieldSchema::required(natFields());
        QTest::newRow("loadBalancer") << u"loadBalancer"_s << FieldSchema::properties(loadBalancerFields())
                                      << FieldSchema::required(loadBalancerFields());
    }

    // The checked-in schema's definition has exactly the described keys and types.
    void schema()
    {
        QFETCH(QString, definition);
        QFETCH(QJsonObject, properties);
        QFETCH(QJsonArray, required);
        const QJsonObject def = m_definitions.value(definition).toObject();
        QVERIFY2(!def.isEmpty(), qPrintable(definition));
        const QJsonObject checkedIn = def.value(u"properties"_s).toObject();
        for (const QString &key : properties.keys())
            QVERIFY2(
                checkedIn.value(key) == properties.value(key),
                qPrintable(u"%1.%2: schema has %3, description gives %4"_s.arg(
                    definition, key,
                    QString::fromUtf8(
                        QJsonDocument(checkedIn.value(key).toObject()).toJson(QJsonDocument::Compact)),
                    QString::fromUtf8(
                        QJsonDocument(properties.value(key).toObject()).toJson(QJsonDocument::Compact)))));
        QCOMPARE(checkedIn.keys(), properties.keys());
        QCOMPARE(def.value(u"required"_s).toArray(), required);
    }

    void docs_data()
    {
        QTest::addColumn<QString>("section");
        QTest::addColumn<QStringList>("rows");
        QTest::newRow("zone") << u"Zones"_s << expectedRows(zoneFields());
        QTest::newRow("node") << u"Nodes"_s << expectedRows(nodeFields());
        QTest::newRow("client") << u"Clients"_s << expectedRows(clientFields());
        QTest::newRow("link") << u"Links"_s << expectedRows(linkFields());
        QTest::newRow("firewall") << u"Firewalls"_s << expectedRows(firewallFields());
        QTest::newRow("nat") << u"NAT layers"_s << expectedRows(natFields());
        QTest::newRow("loadBalancer") << u"Load balancers"_s << expectedRows(loadBalancerFields());
    }

    // Every described field with a docs line has its row in the section's table.
    void docs()
    {
        QFETCH(QString, section);
        QFETCH(QStringList, rows);
        const QStringList documented = docRows(section);
        QVERIFY2(!documented.isEmpty(), qPrintable(section));
        for (const QString &row : rows)
            QVERIFY2(documented.contains(row),
                     qPrintable(u"missing in docs/project-format.md, %1:\n%2"_s.arg(section, row)));
    }
};

QTEST_GUILESS_MAIN(TestFieldDescriptions)
#include "tst_fielddescriptions.moc"
