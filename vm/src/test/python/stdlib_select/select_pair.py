# select.select and select.poll over a socketpair and an os.pipe().
import os
import select
import socket

a, b = socket.socketpair()
r, w = os.pipe()
print(select.select([a, b, r], [], [], 0))
print(select.select([], [a, w], [], 0) == ([], [a, w], []))
b.sendall(b"x")
os.write(w, b"y")
rl, wl, xl = select.select([a, b, r], [a, b], [a], 0)
print(rl == [a, r], wl == [a, b], xl)
print(a.recv(1), os.read(r, 1))
print(select.select([a, r], [], [], 0.01))

p = select.poll()
p.register(a, select.POLLIN)
p.register(r, select.POLLIN)
p.register(w, select.POLLOUT)
print(p.poll(0) == [(w, select.POLLOUT)])
b.sendall(b"z")
print(sorted(p.poll(10)) == sorted([(a.fileno(), select.POLLIN), (w, select.POLLOUT)]))
p.modify(a, select.POLLOUT)
p.unregister(w)
print(p.poll() == [(a.fileno(), select.POLLOUT)])
try:
    p.unregister(w)
except KeyError as e:
    print("KeyError", e.args[0] == w)
try:
    p.modify(w, select.POLLIN)
except OSError as e:
    print(type(e).__name__, e)
closed_r, closed_w = os.pipe()
os.close(closed_w)
q = select.poll()
q.register(closed_r)
os.close(closed_r)
print(q.poll(0) == [(closed_r, select.POLLNVAL)])

for bad in (-1, "x", 1.5):
    try:
        select.select([bad], [], [], 0)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for t in ("a", -1):
    try:
        select.select([], [], [], t)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    select.select([r], [], [], 0)
    os.close(r)
    select.select([r], [], [], 0)
except OSError as e:
    print(type(e).__name__, e.errno)
print(select.error is OSError, select.POLLIN, select.POLLOUT, select.POLLNVAL, select.EPOLLET)
a.close()
b.close()
os.close(w)
