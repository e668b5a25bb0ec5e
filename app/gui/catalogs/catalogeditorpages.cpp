// The catalog editor's three pages (catalog, component, port): one bound
// field per catalog key, filled from the draft and turned into undo steps.
#include "catalogdraft.h"
#include "catalogeditor.h"
#include "catalogtable.h"

#include "catalog/catalogreader.h"
#include "panels/fieldmark.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace portolan {

namespace {

enum Page
{
    CatalogPage,
    ComponentPage,
    PortPage
};

const QStringList kKinds{u"number"_s, u"setting"_s, u"between"_s, u"any"_s};

QString required(const Catalog &, const QString &text)
{
    return text.trimmed().isEmpty() ? CatalogEditor::tr("required") : QString();
}

QString idProblem(const QString &text)
{
    static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9._-]*$"_s);
    if (text.isEmpty())
        return CatalogEditor::tr("required");
    return pattern.match(text).hasMatch()
               ? QString()
               : CatalogEditor::tr("'%1' is not a valid id: use lower-case letters, digits, '.', '_' and '-'")
                     .arg(text);
}

QString checkId(const Catalog &, const QString &text)
{
    return idProblem(text);
}

QString portKind(const PortSpec &spec)
{
    switch (spec.kind) {
    case PortSpec::Kind::Fixed:
        return kKinds[0];
    case PortSpec::Kind::Setting:
        return kKinds[1];
    case PortSpec::Kind::SettingRange:
        return kKinds[2];
    case PortSpec::Kind::All:
        return kKinds[3];
    }
    return {};
}

QStringList sourceIds(const Catalog &c)
{
    QStringList ids{QString()};
    for (const SourceDocument &s : c.sources)
        ids.append(s.id);
    return ids;
}

QString unknownSource(const Catalog &c, const QString &id)
{
    return id.isEmpty() || c.sourceDocument(id) ? QString()
                                                : CatalogEditor::tr("unknown source '%1'").arg(id);
}

QWidget *scrolling(QWidget *content)
{
    auto area = new QScrollArea;
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(content);
    return area;
}

} // namespace

// -- generic bound fields ----------------------------------------------------

void CatalogEditor::addLine(QFormLayout *form, int page, const QString &name, const QString &label,
                            Getter get, Setter set, Checker check)
{
    auto line = new QLineEdit;
    line->setObjectName(name);
    form->addRow(label, line);
    addField(name, label, line);
    connect(line, &QLineEdit::textEdited, this, [this, line, name, set](const QString &text) {
        m_editing = line; // keep what is typed, even where the model cannot hold it yet
        edit(name, [&](Catalog &c) { set(c, text); });
        refresh(); // the mark follows the text even when the model did not change
        m_editing = nullptr;
    });
    m_bindings.append({page, [this, line, get, check] {
                           const Catalog &c = m_draft->catalog();
                           if (line != m_editing && line->text() != get(c))
                               line->setText(get(c));
                           markInvalid(line, check ? check(c, line->text()) : QString());
                       }});
}

void CatalogEditor::addChoice(QFormLayout *form, int page, const QString &name, const QString &label,
                              Choices choices, Getter get, Setter set, Checker check)
{
    auto combo = new QComboBox;
    combo->setObjectName(name);
    form->addRow(label, combo);
    addField(name, label, combo);
    connect(combo, &QComboBox::activated, this, [this, combo, name, set] {
        const QString value = combo->currentData().toString();
        m_draft->edit(tr("Edit %1").arg(labelOf(name)), {}, [&](Catalog &c) { set(c, value); });
    });
    m_bindings.append({page, [this, combo, choices, get, check] {
                           const Catalog &c = m_draft->catalog();
                           QStringList values = choices(c);
                           const QString value = get(c);
                           if (!values.contains(value))
                               values.append(value);
                           combo->clear();
                           for (const QString &v : std::as_const(values))
                               combo->addItem(v.isEmpty() ? tr("(none)") : v, v);
                           combo->setCurrentIndex(int(values.indexOf(value)));
                           markInvalid(combo, check ? check(c, value) : QString());
                       }});
}

void CatalogEditor::addCheck(QFormLayout *form, int page, const QString &name, const QString &label,
                             Getter get, Setter set)
{
    auto box = new QCheckBox(label);
    box->setObjectName(name);
    form->addRow(QString(), box);
    addField(name, label, box);
    connect(box, &QCheckBox::clicked, this, [this, name, set](bool on) {
        m_draft->edit(tr("Edit %1").arg(labelOf(name)), {},
                      [&](Catalog &c) { set(c, on ? u"true"_s : u"false"_s); });
    });
    m_bindings.append({page, [this, box, get] { box->setChecked(get(m_draft->catalog()) == u"true"_s); }});
}

void CatalogEditor::editCells(CatalogTable *table, const QString &name, const CellSetter &set)
{
    connect(table, &CatalogTable::cellEdited, this,
            [this, name, set](int row, int column, const QString &value) {
                edit(
                    name, [&](Catalog &c) { set(c, row, column, value); }, u".%1.%2"_s.arg(row).arg(column));
            });
}

void CatalogEditor::addNotes(QFormLayout *form, int page, const QString &name, const QString &label,
                             Getter get, Setter set)
{
    auto notes = new QPlainTextEdit;
    notes->setObjectName(name);
    notes->setPlaceholderText(tr("One note per line"));
    notes->setMaximumHeight(70);
    form->addRow(label, notes);
    addField(name, label, notes);
    connect(notes, &QPlainTextEdit::textChanged, this, [this, notes, name, set] {
        if (m_refreshing)
            return;
        m_editing = notes;
        edit(name, [&](Catalog &c) { set(c, notes->toPlainText()); });
        m_editing = nullptr;
    });
    m_bindings.append({page, [this, notes, get] {
                           const QString text = get(m_draft->catalog());
                           if (notes != m_editing && notes->toPlainText() != text)
                               notes->setPlainText(text);
                       }});
}

CatalogTable *CatalogEditor::addTable(QFormLayout *form, const QString &name, const QString &label,
                                      CatalogTable *table, const std::function<void(Catalog &)> &addRow,
                                      const std::function<void(Catalog &, int)> &removeRow)
{
    addField(name, label, table);
    table->setMinimumHeight(130);
    auto add = new QPushButton(tr("Add"));
    add->setObjectName(name + u".add"_s);
    auto remove = new QPushButton(tr("Remove"));
    remove->setObjectName(name + u".remove"_s);
    connect(add, &QPushButton::clicked, this,
            [this, name, addRow] { m_draft->edit(tr("Add to %1").arg(labelOf(name)), {}, addRow); });
    connect(remove, &QPushButton::clicked, this, [this, table, name, removeRow] {
        const int row = table->selectedRow();
        if (row >= 0)
            m_draft->edit(tr("Remove from %1").arg(labelOf(name)), {},
                          [&](Catalog &c) { removeRow(c, row); });
    });
    auto buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    form->addRow(label, table);
    form->addRow(QString(), buttons);
    return table;
}

// -- the catalog -------------------------------------------------------------

QWidget *CatalogEditor::createCatalogPage()
{
    auto page = new QWidget;
    auto form = new QFormLayout(page);
    auto text = [](QString Catalog::*member) {
        return std::pair<Getter, Setter>{[member](const Catalog &c) { return c.*member; },
                                         [member](Catalog &c, const QString &v) { c.*member = v; }};
    };
    auto line = [&](const QString &name, const QString &label, QString Catalog::*member, Checker check = {}) {
        auto [get, set] = text(member);
        addLine(form, CatalogPage, name, label, get, set, check);
    };
    line(u"catalog.id"_s, tr("Id (file name)"), &Catalog::id, checkId);
    line(u"catalog.product"_s, tr("Product"), &Catalog::product, required);
    line(u"catalog.product_name"_s, tr("Product name"), &Catalog::productName, required);
    line(u"catalog.version"_s, tr("Version"), &Catalog::version, required);
    line(u"catalog.title"_s, tr("Title"), &Catalog::title, required);
    line(u"catalog.description"_s, tr("Description"), &Catalog::description);
    bindSources(form);
    return scrolling(page);
}

void CatalogEditor::bindSources(QFormLayout *form)
{
    auto table =
        new CatalogTable(u"catalog.sources"_s, {{tr("Id")}, {tr("Title")}, {tr("Document (path or URL)")}});
    addTable(
        form, u"catalog.sources"_s, tr("Source documents"), table,
        [](Catalog &c) {
            c.sources.append({freshId(u"source"_s, c.sources, &SourceDocument::id), {}, {}});
        },
        [](Catalog &c, int row) { c.sources.removeAt(row); });
    editCells(table, u"catalog.sources"_s, [](Catalog &c, int row, int column, const QString &value) {
        SourceDocument &s = c.sources[row];
        (column == 0 ? s.id : column == 1 ? s.title : s.document) = value;
    });
    m_bindings.append(
        {CatalogPage, [this, table] {
             QList<QStringList> rows, problems;
             const Catalog &c = m_draft->catalog();
             for (const SourceDocument &s : c.sources) {
                 rows.append({s.id, s.title, s.document});
                 problems.append({idProblem(s.id), required(c, s.title), required(c, s.document)});
             }
             table->setRows(rows, problems, {});
         }});
}

// -- a component -------------------------------------------------------------

QWidget *CatalogEditor::createComponentPage()
{
    auto page = new QWidget;
    auto form = new QFormLayout(page);
    auto text = [this](QString ComponentDef::*member) {
        return std::pair<Getter, Setter>{[this, member](const Catalog &c) {
                                             const ComponentDef *d = component(c);
                                             return d ? d->*member : QString();
                                         },
                                         [this, member](Catalog &c, const QString &v) {
                                             if (ComponentDef *d = component(c))
                                                 d->*member = v;
                                         }};
    };
    auto line = [&](const QString &name, const QString &label, QString ComponentDef::*member,
                    Checker check = {}) {
        auto [get, set] = text(member);
        addLine(form, ComponentPage, name, label, get, set, check);
    };
    line(u"component.id"_s, tr("Id"), &ComponentDef::id, checkId);
    line(u"component.title"_s, tr("Title"), &ComponentDef::title, required);
    line(u"component.description"_s, tr("Description"), &ComponentDef::description);
    line(u"component.config_file"_s, tr("Config file"), &ComponentDef::configFile);
    auto [getSource, setSource] = text(&ComponentDef::source);
    addChoice(form, ComponentPage, u"component.source"_s, tr("Source"), sourceIds, getSource, setSource,
              unknownSource);
    addCheck(
        form, ComponentPage, u"component.clustered"_s,
        tr("Clustered: its nodes reach each other's peers ports"),
        [this](const Catalog &c) { return component(c) && component(c)->clustered ? u"true"_s : u"false"_s; },
        [this](Catalog &c, const QString &v) { component(c)->clustered = v == u"true"_s; });
    addNotes(
        form, ComponentPage, u"component.notes"_s, tr("Notes"),
        [this](const Catalog &c) { return component(c) ? component(c)->notes.join(u'\n') : QString(); },
        [this](Catalog &c, const QString &v) { component(c)->notes = v.split(u'\n', Qt::SkipEmptyParts); });
    bindSettings(form);
    bindFeatures(form);
    return scrolling(page);
}

void CatalogEditor::bindSettings(QFormLayout *form)
{
    using K = CatalogTable::Kind;
    auto table = new CatalogTable(u"component.settings"_s, {{tr("Key")},
                                                            {tr("Type"), K::Choice},
                                                            {tr("Default")},
                                                            {tr("Title")},
                                                            {tr("File")},
                                                            {tr("Source"), K::Choice}});
    addTable(
        form, u"component.settings"_s, tr("Settings"), table,
        [this](Catalog &c) {
            ComponentDef *d = component(c);
            if (!d)
                return;
            d->settings.append({freshId(u"setting"_s, d->settings, &SettingDef::key),
                                SettingType::Port,
                                {},
                                tr("New setting"),
                                d->configFile,
                                {}});
        },
        [this](Catalog &c, int row) { component(c)->settings.removeAt(row); });
    editCells(table, u"component.settings"_s, [this](Catalog &c, int row, int column, const QString &value) {
        SettingDef &s = component(c)->settings[row];
        switch (column) {
        case 0:
            s.key = value;
            break;
        case 1:
            parseSettingType(value, &s.type);
            break;
        case 2:
            s.defaultValue = value;
            break;
        case 3:
            s.title = value;
            break;
        case 4:
            s.file = value;
            break;
        default:
            s.source = value;
        }
    });
    m_bindings.append(
        {ComponentPage, [this, table] {
             const Catalog &c = m_draft->catalog();
             const ComponentDef *d = component(c);
             QList<QStringList> rows, problems;
             for (const SettingDef &s : d ? d->settings : QList<SettingDef>{}) {
                 rows.append({s.key, settingTypeName(s.type), s.defaultValue, s.title, s.file, s.source});
                 problems.append({required(c, s.key),
                                  {},
                                  s.defaultValue.isEmpty()
                                      ? QString()
                                      : CatalogReader::checkSettingValue(s.type, s.defaultValue),
                                  required(c, s.title),
                                  {},
                                  unknownSource(c, s.source)});
             }
             QStringList types;
             for (SettingType t :
                  {SettingType::Port, SettingType::Range, SettingType::Listen, SettingType::AddressPort,
                   SettingType::Address, SettingType::Bool, SettingType::Text})
                 types.append(settingTypeName(t));
             table->setRows(rows, problems, {{}, types, {}, {}, {}, sourceIds(c)});
         }});
}

void CatalogEditor::bindFeatures(QFormLayout *form)
{
    using K = CatalogTable::Kind;
    auto table = new CatalogTable(u"component.features"_s, {{tr("Id")},
                                                            {tr("Title")},
                                                            {tr("On by default"), K::Check},
                                                            {tr("Setting"), K::Choice},
                                                            {tr("Source"), K::Choice}});
    addTable(
        form, u"component.features"_s, tr("Features"), table,
        [this](Catalog &c) {
            if (ComponentDef *d = component(c))
                d->features.append(
                    {freshId(u"feature"_s, d->features, &FeatureDef::id), tr("New feature"), false, {}, {}});
        },
        [this](Catalog &c, int row) { component(c)->features.removeAt(row); });
    editCells(table, u"component.features"_s, [this](Catalog &c, int row, int column, const QString &value) {
        FeatureDef &f = component(c)->features[row];
        switch (column) {
        case 0:
            f.id = value;
            break;
        case 1:
            f.title = value;
            break;
        case 2:
            f.defaultEnabled = value == u"true"_s;
            break;
        case 3:
            f.setting = value;
            break;
        default:
            f.source = value;
        }
    });
    m_bindings.append(
        {ComponentPage, [this, table] {
             const Catalog &c = m_draft->catalog();
             const ComponentDef *d = component(c);
             QList<QStringList> rows, problems;
             QStringList settings{QString()};
             for (const SettingDef &s : d ? d->settings : QList<SettingDef>{})
                 settings.append(s.key);
             for (const FeatureDef &f : d ? d->features : QList<FeatureDef>{}) {
                 rows.append({f.id, f.title, f.defaultEnabled ? u"true"_s : u"false"_s, f.setting, f.source});
                 problems.append(
                     {idProblem(f.id),
                      required(c, f.title),
                      {},
                      settings.contains(f.setting) ? QString() : tr("unknown setting '%1'").arg(f.setting),
                      unknownSource(c, f.source)});
             }
             table->setRows(rows, problems, {{}, {}, {}, settings, sourceIds(c)});
         }});
}

// -- a port ------------------------------------------------------------------

QWidget *CatalogEditor::createPortPage()
{
    auto page = new QWidget;
    auto form = new QFormLayout(page);
    m_portForm = form;
    // Getter and setter of one port field; `read` and `write` see the port.
    auto field = [this](std::function<QString(const PortDef &)> read,
                        std::function<void(PortDef &, const QString &)> write) {
        return std::pair<Getter, Setter>{[this, read](const Catalog &c) {
                                             const PortDef *p = port(c);
                                             return p ? read(*p) : QString();
                                         },
                                         [this, write](Catalog &c, const QString &v) {
                                             if (PortDef *p = port(c))
                                                 write(*p, v);
                                         }};
    };
    auto text = [&](QString PortDef::*member) {
        return field([member](const PortDef &p) { return p.*member; },
                     [member](PortDef &p, const QString &v) { p.*member = v; });
    };
    auto line = [&](const QString &name, const QString &label, std::pair<Getter, Setter> access,
                    Checker check = {}) {
        addLine(form, PortPage, name, label, access.first, access.second, check);
    };
    auto choice = [&](const QString &name, const QString &label, Choices choices,
                      std::pair<Getter, Setter> access, Checker check = {}) {
        addChoice(form, PortPage, name, label, choices, access.first, access.second, check);
    };
    auto settingKeys = [this](const Catalog &c) {
        QStringList keys;
        if (const ComponentDef *d = component(c))
            for (const SettingDef &s : d->settings)
                keys.append(s.key);
        return keys;
    };
    auto knownSetting = [this](const Catalog &c, const QString &key) {
        const ComponentDef *d = component(c);
        return d && d->setting(key) ? QString() : tr("unknown setting '%1'").arg(key);
    };

    line(u"port.id"_s, tr("Id"), text(&PortDef::id), checkId);
    line(u"port.title"_s, tr("Title"), text(&PortDef::title), required);
    choice(
        u"port.protocol"_s, tr("Protocol"),
        [](const Catalog &) {
            return QStringList{u"tcp"_s, u"udp"_s, u"both"_s, u"any"_s};
        },
        field([](const PortDef &p) { return protocolsName(p.protocols); },
              [](PortDef &p, const QString &v) { parseProtocols(v, &p.protocols); }));
    choice(
        u"port.kind"_s, tr("Port from"), [](const Catalog &) { return kKinds; },
        field([](const PortDef &p) { return portKind(p.spec); },
              [](PortDef &p, const QString &v) {
                  PortSpec &s = p.spec;
                  s.kind = v == kKinds[1]   ? PortSpec::Kind::Setting
                           : v == kKinds[2] ? PortSpec::Kind::SettingRange
                           : v == kKinds[3] ? PortSpec::Kind::All
                                            : PortSpec::Kind::Fixed;
                  if (s.kind == PortSpec::Kind::All)
                      s.fixed = {PortRange::Min, PortRange::Max};
                  if (s.kind == PortSpec::Kind::Setting && s.select.isEmpty())
                      s.select = u"any"_s;
              }));
    m_fields.value(u"port.kind"_s)
        ->setProperty("help",
                      tr("number: a port or range (22, 10000-20000); setting: a setting's value, plus an "
                         "offset; between: the range from one port setting to another; any: every port"));
    line(u"port.number"_s, tr("Port or range"),
         field([](const PortDef &p) { return p.spec.fixed.from == 0 ? QString() : p.spec.fixed.toString(); },
               [](PortDef &p, const QString &v) {
                   PortRange range;
                   p.spec.fixed = PortRange::parse(v.trimmed(), &range) ? range : PortRange{};
               }),
         [](const Catalog &, const QString &v) {
             PortRange range;
             return PortRange::parse(v.trimmed(), &range) && range.isValid()
                        ? QString()
                        : tr("'%1' is not a port or range in 1–65535, like 22 or 10000-20000").arg(v);
         });
    choice(u"port.setting"_s, tr("Setting"), settingKeys,
           field(
               [](const PortDef &p) {
                   return p.spec.kind == PortSpec::Kind::SettingRange ? p.spec.fromSetting : p.spec.setting;
               },
               [](PortDef &p, const QString &v) {
                   (p.spec.kind == PortSpec::Kind::SettingRange ? p.spec.fromSetting : p.spec.setting) = v;
               }),
           knownSetting);
    choice(u"port.to"_s, tr("To setting"), settingKeys,
           field([](const PortDef &p) { return p.spec.toSetting; },
                 [](PortDef &p, const QString &v) { p.spec.toSetting = v; }),
           knownSetting);
    choice(
        u"port.select"_s, tr("Listen entries"),
        [](const Catalog &) {
            return QStringList{u"any"_s, u"plain"_s, u"ssl"_s};
        },
        field([](const PortDef &p) { return p.spec.select.isEmpty() ? u"any"_s : p.spec.select; },
              [](PortDef &p, const QString &v) { p.spec.select = v; }));
    addOffset(form);
    choice(
        u"port.audience"_s, tr("Audience"),
        [](const Catalog &) {
            return QStringList{u"clients"_s, u"admins"_s, u"peers"_s, u"local"_s, u"internal"_s, u"egress"_s};
        },
        field([](const PortDef &p) { return audienceName(p.audience); },
              [](PortDef &p, const QString &v) { parseAudience(v, &p.audience); }));
    line(u"port.egress_to"_s, tr("Egress to"), text(&PortDef::egressTo),
         [this](const Catalog &c, const QString &v) {
             const PortDef *p = port(c);
             return p && p->audience == Audience::Egress && v.trimmed().isEmpty()
                        ? tr("an egress port needs where it connects to: internet or <catalog>/<component>")
                        : QString();
         });
    addCheck(
        form, PortPage, u"port.optional"_s, tr("Optional (the vendor calls it optional)"),
        [this](const Catalog &c) { return port(c) && port(c)->optional ? u"true"_s : u"false"_s; },
        [this](Catalog &c, const QString &v) { port(c)->optional = v == u"true"_s; });
    choice(
        u"port.enabled_by"_s, tr("Enabled by feature"),
        [this](const Catalog &c) {
            QStringList ids{QString()};
            if (const ComponentDef *d = component(c))
                for (const FeatureDef &f : d->features)
                    ids.append(f.id);
            return ids;
        },
        text(&PortDef::enabledBy),
        [this](const Catalog &c, const QString &v) {
            const ComponentDef *d = component(c);
            return v.isEmpty() || (d && d->feature(v)) ? QString() : tr("unknown feature '%1'").arg(v);
        });
    choice(u"port.source"_s, tr("Source document"), sourceIds, text(&PortDef::source),
           [](const Catalog &c, const QString &v) {
               return v.isEmpty() ? tr("required") : unknownSource(c, v);
           });
    line(u"port.quote"_s, tr("Quote (verbatim)"), text(&PortDef::quote));
    auto [getNotes, setNotes] =
        field([](const PortDef &p) { return p.notes.join(u'\n'); },
              [](PortDef &p, const QString &v) { p.notes = v.split(u'\n', Qt::SkipEmptyParts); });
    addNotes(form, PortPage, u"port.notes"_s, tr("Notes"), getNotes, setNotes);
    return scrolling(page);
}

void CatalogEditor::addOffset(QFormLayout *form)
{
    auto spin = new QSpinBox;
    spin->setObjectName(u"port.offset"_s);
    spin->setRange(0, PortRange::Max - 1);
    spin->setSpecialValueText(tr("none"));
    spin->setToolTip(
        tr("A port the product computes from the setting's port: Redis's cluster bus is port + 10000"));
    form->addRow(tr("Offset"), spin);
    addField(u"port.offset"_s, tr("Offset"), spin);
    connect(spin, &QSpinBox::valueChanged, this, [this](int value) {
        edit(u"port.offset"_s, [&](Catalog &c) {
            if (PortDef *p = port(c))
                p->spec.offset = value;
        });
    });
    m_bindings.append({PortPage, [this, spin] {
                           const PortDef *p = port(m_draft->catalog());
                           spin->setValue(p ? p->spec.offset : 0);
                       }});
}

void CatalogEditor::updatePortRows()
{
    const PortDef *p = port(m_draft->catalog());
    if (!p)
        return;
    const PortSpec::Kind kind = p->spec.kind;
    auto show = [this](const QString &name, bool visible) {
        m_portForm->setRowVisible(field(name), visible);
    };
    show(u"port.number"_s, kind == PortSpec::Kind::Fixed);
    show(u"port.setting"_s, kind == PortSpec::Kind::Setting || kind == PortSpec::Kind::SettingRange);
    show(u"port.to"_s, kind == PortSpec::Kind::SettingRange);
    show(u"port.select"_s, kind == PortSpec::Kind::Setting);
    show(u"port.offset"_s, kind == PortSpec::Kind::Setting);
}

} // namespace portolan
