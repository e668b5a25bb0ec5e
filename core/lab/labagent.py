#!/usr/bin/python3
"""Portolan lab agent: runs inside one lab network namespace.

  labagent.py [--cert PEM] PORT|tls:PORT...

Answers TCP connections and UDP datagrams on every PORT (all addresses,
IPv4 and IPv6) with the port number they arrived on (over TLS, with the
throw-away certificate and key in PEM, on a tls:PORT's TCP connections), so a translation shows as its target
answering. Prints "ready" once bound, then reads probe rounds from stdin,
one JSON object per line: {"timeout": seconds, "probes": [[id, proto, src,
sport, dst, dport, tls], ...]}, sends them all at once (tls: the probe
is answered by a TLS listener, or goes through a TLS-terminating HAProxy
listener, and speaks TLS, with no certificate check: the lab's
certificates are throw-away ones) and prints one JSON line
{id: "open:PORT" | "refused" | "dropped" | "error:WHAT"}. Exits when stdin
closes. Standard library only (Debian's /usr/bin/python3).
"""

import errno
import json
import selectors
import socket
import ssl
import sys
import threading
import time


def answer_tls(context, conn, port):
    try:
        with context.wrap_socket(conn, server_side=True) as t:
            t.sendall(str(port).encode())
    except (OSError, ssl.SSLError):
        conn.close()


def serve(ports, tls_ports, cert):
    context = None
    if tls_ports:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert)
    sel = selectors.DefaultSelector()
    for port in ports:
        for kind, family, anywhere in ((k, f, a) for k in (socket.SOCK_STREAM, socket.SOCK_DGRAM)
                                       for f, a in ((socket.AF_INET, "0.0.0.0"), (socket.AF_INET6, "::"))):
            try:
                s = socket.socket(family, kind)
            except OSError:
                continue  # a kernel without IPv6: the lab gives no namespace an IPv6 address then
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            if family == socket.AF_INET6:
                s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
                if kind == socket.SOCK_DGRAM:
                    s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_RECVPKTINFO, 1)
            s.bind((anywhere, port))
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
                        if port in tls_ports:
                            # The handshake waits on the client: not in the serving loop.
                            threading.Thread(target=answer_tls, args=(context, conn, port), daemon=True).start()
                            continue
                        conn.sendall(str(port).encode())
                        conn.close()
                    elif key.fileobj.family == socket.AF_INET6:
                        # Answer from the address the datagram came to: IPv6
                        # source selection may pick another of the namespace's
                        # addresses, which the prober's connected socket ignores.
                        _, ancillary, _, peer = key.fileobj.recvmsg(512, socket.CMSG_SPACE(20))
                        info = [(level, kind_, data) for level, kind_, data in ancillary
                                if level == socket.IPPROTO_IPV6 and kind_ == socket.IPV6_PKTINFO]
                        key.fileobj.sendmsg([str(port).encode()], info, 0, peer)
                    else:
                        _, peer = key.fileobj.recvfrom(512)
                        key.fileobj.sendto(str(port).encode(), peer)
                except OSError:
                    pass
    threading.Thread(target=loop, daemon=True).start()


def family(address):
    return socket.AF_INET6 if ":" in address else socket.AF_INET


def probe_tls(timeout, pid, src, sport, dst, dport, results):
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    s = socket.socket(family(src), socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.settimeout(timeout)
    try:
        s.bind((src, sport))
        s.connect((dst, dport))
        with context.wrap_socket(s) as t:
            data = t.recv(64)
            results[pid] = "open:" + data.decode() if data else "error:closed"
    except ConnectionRefusedError:
        results[pid] = "refused"
    except socket.timeout:
        results[pid] = "dropped"
    except (OSError, ssl.SSLError) as e:
        results[pid] = "error:" + errno.errorcode.get(getattr(e, "errno", 0) or 0, type(e).__name__)
    finally:
        s.close()


def probe(timeout, probes):
    sel = selectors.DefaultSelector()
    results, pending = {}, {}
    threads = []
    for pid, proto, src, sport, dst, dport, tls in probes:
        if tls:
            t = threading.Thread(target=probe_tls, args=(timeout, pid, src, sport, dst, dport, results))
            t.start()
            threads.append(t)
            continue
        s = socket.socket(family(src), socket.SOCK_STREAM if proto == "tcp" else socket.SOCK_DGRAM)
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
    for t in threads:
        t.join()
    return results


def main():
    args, cert = sys.argv[1:], None
    if args[:1] == ["--cert"]:
        cert, args = args[1], args[2:]
    tls_ports = {int(a[4:]) for a in args if a.startswith("tls:")}
    serve([int(a[4:]) if a.startswith("tls:") else int(a) for a in args], tls_ports, cert)
    print("ready", flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        print(json.dumps(probe(request["timeout"], request["probes"])), flush=True)


if __name__ == "__main__":
    main()
