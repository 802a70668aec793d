# select.epoll directly, then selectors.DefaultSelector (epoll) driving a small echo exchange.
import os
import select
import selectors
import socket

ep = select.epoll()
print(ep.closed, ep.fileno() >= 0)
a, b = socket.socketpair()
ep.register(a.fileno(), select.EPOLLIN)
print(ep.poll(0))
b.sendall(b"hi")
print(ep.poll(0.5) == [(a.fileno(), select.EPOLLIN)])
ep.modify(a.fileno(), select.EPOLLIN | select.EPOLLOUT)
print(ep.poll(0, 1) == [(a.fileno(), select.EPOLLIN | select.EPOLLOUT)])
for f in (lambda: ep.register(a.fileno()), lambda: ep.unregister(b.fileno()), lambda: ep.poll(0, 0)):
    try:
        f()
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
with open(__file__) as regular:
    try:
        ep.register(regular)
    except OSError as e:
        print(type(e).__name__, e)
ep.unregister(a.fileno())
print(a.recv(10))
ep.register(b, select.EPOLLIN | select.EPOLLONESHOT)
a.sendall(b"once")
print(len(ep.poll(0.5)), ep.poll(0))
with ep:
    pass
print(ep.closed)
try:
    ep.poll(0)
except ValueError as e:
    print(e)

sel = selectors.DefaultSelector()
print(type(sel).__name__)
srv = socket.create_server(("127.0.0.1", 0))
srv.setblocking(False)
sel.register(srv, selectors.EVENT_READ, "accept")
cli = socket.create_connection(srv.getsockname())
events = []
conn = None
for _ in range(20):
    for key, mask in sel.select(timeout=1):
        if key.data == "accept":
            conn, _ = srv.accept()
            conn.setblocking(False)
            sel.register(conn, selectors.EVENT_READ, "echo")
            events.append("accepted")
            cli.sendall(b"ping")
        else:
            data = key.fileobj.recv(100)
            events.append(data)
            if data:
                key.fileobj.sendall(data.upper())
                cli.shutdown(socket.SHUT_WR)
            else:
                sel.unregister(key.fileobj)
                key.fileobj.close()
    if events and events[-1] == b"":
        break
print(events, cli.recv(100))
r, w = os.pipe()
sel.register(r, selectors.EVENT_READ)
print(sel.select(0))
os.write(w, b"!")
print([(k.fd == r, m) for k, m in sel.select(0)])
sel.close()
for s in (a, b, srv, cli):
    s.close()
os.close(r)
os.close(w)
