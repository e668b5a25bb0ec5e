#pragma once

#include <QObject>
#include <QStringList>

namespace portolan {

// The flows the user has selected, by Flow::key(), shared by every view
// that shows flows (canvas layer, flows table, rules view) so selecting in
// one selects in all. Views ignore the change they made themselves by
// comparing `origin` with their own address.
class FlowSelection : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    QStringList keys() const { return m_keys; }
    bool contains(const QString &key) const { return m_keys.contains(key); }
    void setKeys(const QStringList &keys, const QObject *origin = nullptr)
    {
        if (keys == m_keys)
            return;
        m_keys = keys;
        Q_EMIT changed(m_keys, origin);
    }
    void clear(const QObject *origin = nullptr) { setKeys({}, origin); }

Q_SIGNALS:
    void changed(const QStringList &keys, const QObject *origin);

private:
    QStringList m_keys;
};

} // namespace portolan
