#!/usr/bin/python3
"""Runs inside one test network namespace (started with `ip netns exec`).

  agent.py serve [PORT...]

Listens on TCP and UDP on every PORT on all addresses and answers each TCP
connection and UDP datagram with the port it arrived on (so a REDIRECT shows
up as the redirect target answering). Prints "ready" once every socket is
bound. Then reads probe rounds from stdin, one JSON line each:
{"timeout": T, "probes": [{"id", "proto", "src", "sport", "dst", "dport"}]},
runs each round's probes all at once and prints one JSON line
{"id": result}: "open:PORT" (answered, by PORT), "refused" (TCP RST or ICMP
port unreachable: the packet got past the filter but nothing listened) or
"dropped" (no answer within T seconds: the filter dropped it, as the
exported policies do). Exits when stdin closes, so a dying driver never
leaves it behind. One long-lived agent per namespace: starting a process
per round costs seconds on a loaded machine.

Standard library only: it runs with Debian's /usr/bin/python3.
"""

import errno
import ipaddress
import json
import selectors
import socket
import sys
import threading
import time


def listen(ports):
    sel = selectors.DefaultSelector()
    socks = []
    for port in ports:
        for kind in (socket.SOCK_STREAM, socket.SOCK_DGRAM):
            # One dual-stack socket per port and protocol serves IPv4 and IPv6.
            s = socket.socket(socket.AF_INET6, kind)
            s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.bind(("::", port))
            if kind == socket.SOCK_STREAM:
                s.listen(512)
            s.setblocking(False)
            sel.register(s, selectors.EVENT_READ, (kind, port))
            socks.append(s)
    return sel, socks


def answer_forever(sel):
    while True:
        for key, _ in sel.select():
            kind, port = key.data
            answer = str(port).encode()
            try:
                if kind == socket.SOCK_STREAM:
                    conn, _ = key.fileobj.accept()
                    conn.setblocking(True)
                    conn.settimeout(1.0)
                    conn.sendall(answer)
                    conn.close()
                else:
                    data, peer = key.fileobj.recvfrom(2048)
                    key.fileobj.sendto(answer, peer)
            except OSError:
                pass  # a prober that gave up already; the next one matters


def family_of(address):
    return socket.AF_INET6 if ipaddress.ip_address(address).version == 6 else socket.AF_INET


def probe(timeout, probes):
    """Runs one round of probes at once; returns {probe id: result}."""
    sel = selectors.DefaultSelector()
    results = {}
    pending = {}  # socket -> (probe, state)
    for p in probes:
        s = socket.socket(family_of(p["dst"]), socket.SOCK_STREAM if p["proto"] == "tcp" else socket.SOCK_DGRAM)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # A source port of its own per probe: conntrack never mistakes a probe
        # for an earlier phase's connection (UDP entries live for 30-120 s).
        s.bind((p["src"], p["sport"]))
        s.setblocking(False)
        if p["proto"] == "tcp":
            err = s.connect_ex((p["dst"], p["dport"]))
            if err not in (0, errno.EINPROGRESS):
                results[p["id"]] = "error:" + errno.errorcode.get(err, str(err))
                s.close()
                continue
            sel.register(s, selectors.EVENT_WRITE)
            pending[s] = [p, "connecting"]
        else:
            s.connect((p["dst"], p["dport"]))
            s.send(b"probe")
            sel.register(s, selectors.EVENT_READ)
            pending[s] = [p, "sent"]
    start = time.monotonic()
    resends = [start + 0.3, start + 0.7]  # UDP has no retransmission of its own
    deadline = start + timeout
    while pending:
        now = time.monotonic()
        if now >= deadline:
            break
        if resends and now >= resends[0]:
            resends.pop(0)
            for s, (p, _) in pending.items():
                if p["proto"] == "udp":
                    try:
                        s.send(b"probe")
                    except OSError:
                        pass  # the read below reports the error
        wake = min([deadline] + resends[:1])
        for key, _ in sel.select(max(0.0, wake - now)):
            s = key.fileobj
            p, state = pending[s]
            result = None
            if state == "connecting":
                err = s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
                if err == 0:
                    sel.modify(s, selectors.EVENT_READ)
                    pending[s][1] = "connected"
                    continue
                result = "refused" if err == errno.ECONNREFUSED else "error:" + errno.errorcode.get(err, str(err))
            else:
                try:
                    data = s.recv(64)
                    result = "open:" + data.decode() if data else "error:closed-without-answer"
                except ConnectionRefusedError:
                    result = "refused"
                except BlockingIOError:
                    continue
                except OSError as e:
                    result = "error:" + errno.errorcode.get(e.errno, str(e.errno))
            results[p["id"]] = result
            sel.unregister(s)
            s.close()
            del pending[s]
    for s, (p, state) in pending.items():
        # A TCP connection that completed but never answered got past the
        # filter: report it apart from a dropped SYN.
        results[p["id"]] = "dropped" if state != "connected" else "error:no-answer"
        s.close()
    return results


def main():
    if len(sys.argv) < 2 or sys.argv[1] != "serve":
        sys.exit(__doc__)
    sel, _socks = listen([int(a) for a in sys.argv[2:]])
    # Answering runs beside probing: a host probes its peers while they
    # probe it, and its answers must not wait for its own round to end.
    threading.Thread(target=answer_forever, args=(sel,), daemon=True).start()
    print("ready", flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        print(json.dumps(probe(request["timeout"], request["probes"])), flush=True)


if __name__ == "__main__":
    main()
