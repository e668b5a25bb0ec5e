#!/usr/bin/python3
"""Portolan lab agent: runs inside one lab network namespace.

  labagent.py PORT...

Answers TCP connections and UDP datagrams on every PORT (all addresses)
with the port number they arrived on, so a translation shows as its target
answering. Prints "ready" once bound, then reads probe rounds from stdin,
one JSON object per line: {"timeout": seconds, "probes": [[id, proto, src,
sport, dst, dport], ...]}, sends them all at once and prints one JSON line
{id: "open:PORT" | "refused" | "dropped" | "error:WHAT"}. Exits when stdin
closes. Standard library only (Debian's /usr/bin/python3).
"""

import errno
import json
import selectors
import socket
import sys
import threading
import time


def serve(ports):
    sel = selectors.DefaultSelector()
    for port in ports:
        for kind in (socket.SOCK_STREAM, socket.SOCK_DGRAM):
            s = socket.socket(socket.AF_INET, kind)
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.bind(("0.0.0.0", port))
            if kind == socket.SOCK_STREAM:
                s.listen(256)
            s.setblocking(False)
            sel.register(s, selectors.EVENT_READ, (kind, port))

    def loop():
        while True:
            for key, _ in sel.select():
                kind, port = key.data
                try:
                    if kind == socket.SOCK_STREAM:
                        conn, _ = key.fileobj.accept()
                        conn.settimeout(1.0)
                        conn.sendall(str(port).encode())
                        conn.close()
                    else:
                        _, peer = key.fileobj.recvfrom(512)
                        key.fileobj.sendto(str(port).encode(), peer)
                except OSError:
                    pass
    threading.Thread(target=loop, daemon=True).start()


def probe(timeout, probes):
    sel = selectors.DefaultSelector()
    results, pending = {}, {}
    for pid, proto, src, sport, dst, dport in probes:
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM if proto == "tcp" else socket.SOCK_DGRAM)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((src, sport))
            s.setblocking(False)
            if proto == "tcp":
                err = s.connect_ex((dst, dport))
                if err not in (0, errno.EINPROGRESS):
                    raise OSError(err, "connect")
                sel.register(s, selectors.EVENT_WRITE)
                pending[s] = [pid, proto, "connecting"]
            else:
                s.connect((dst, dport))
                s.send(b"lab")
                sel.register(s, selectors.EVENT_READ)
                pending[s] = [pid, proto, "sent"]
        except OSError as e:
            results[pid] = "error:" + errno.errorcode.get(e.errno or 0, str(e))
            s.close()
    start = time.monotonic()
    resend = [start + 0.3, start + 0.7]
    while pending and time.monotonic() < start + timeout:
        now = time.monotonic()
        if resend and now >= resend[0]:
            resend.pop(0)
            for s, (pid, proto, state) in pending.items():
                if proto == "udp":
                    try:
                        s.send(b"lab")
                    except OSError:
                        pass
        wake = min([start + timeout] + resend[:1])
        for key, _ in sel.select(max(0.0, wake - time.monotonic())):
            s = key.fileobj
            pid, proto, state = pending[s]
            if state == "connecting":
                err = s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
                if err == 0:
                    sel.modify(s, selectors.EVENT_READ)
                    pending[s][2] = "connected"
                    continue
                result = "refused" if err == errno.ECONNREFUSED else "error:" + errno.errorcode.get(err, str(err))
            else:
                try:
                    data = s.recv(64)
                    result = "open:" + data.decode() if data else "error:closed"
                except BlockingIOError:
                    continue
                except ConnectionRefusedError:
                    result = "refused"
                except OSError as e:
                    result = "error:" + errno.errorcode.get(e.errno or 0, str(e))
            results[pid] = result
            sel.unregister(s)
            s.close()
            del pending[s]
    for s, (pid, proto, state) in pending.items():
        results[pid] = "error:no-answer" if state == "connected" else "dropped"
        s.close()
    return results


def main():
    serve([int(p) for p in sys.argv[1:]])
    print("ready", flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        print(json.dumps(probe(request["timeout"], request["probes"])), flush=True)


if __name__ == "__main__":
    main()
