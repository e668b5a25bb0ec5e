#pragma once

#include "audittarget.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

namespace portolan {

// One probe of one address:port. Reports exactly once through `done`,
// then stays inert; its sockets close when it is destroyed.
class Probe : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const ProbeResult &)>;
    static std::unique_ptr<Probe> make(Protocol protocol, bool tls);
    void start(const QHostAddress &address, int port, int timeoutMs, Done done);
    void abort(const QString &why);

protected:
    virtual void begin(const QHostAddress &address, int port) = 0;
    virtual ProbeState onTimeout() const = 0;
    void report(ProbeResult result);

private:
    Done m_done;
    QTimer m_timer;
    QElapsedTimer m_clock;
};

} // namespace portolan
