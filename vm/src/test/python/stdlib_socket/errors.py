# Timeouts, non-blocking errors and CPython's messages for bad arguments.
import errno
import socket

def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("ok", r)

s = socket.socket()
s.bind(("127.0.0.1", 0))
s.listen()
s.settimeout(0.05)
print(s.gettimeout(), s.getblocking())
attempt(s.accept)
s.setblocking(False)
print(s.gettimeout(), s.getblocking())
attempt(s.accept)
c = socket.socket()
c.setblocking(False)
err = c.connect_ex(s.getsockname())
print("connect_ex", errno.errorcode.get(err, err) in ("EINPROGRESS", 0))
c.setblocking(True)
c.close()
s.close()

a, b = socket.socketpair()
b.settimeout(0.05)
attempt(lambda: b.recv(10))
b.setblocking(False)
attempt(lambda: b.recv(10))
attempt(lambda: a.recv(-1))
attempt(lambda: a.settimeout(-1))
attempt(lambda: a.bind(("127.0.0.1", 0)))
a.close()
attempt(lambda: a.recv(1))
attempt(lambda: a.getsockname())
b.close()

t = socket.socket()
attempt(lambda: t.bind("x"))
attempt(lambda: t.bind(("127.0.0.1", 70000)))
attempt(lambda: t.bind(("127.0.0.1",)))
attempt(lambda: t.getpeername())
attempt(lambda: t.recv(1))
attempt(lambda: t.getsockopt(socket.SOL_SOCKET, 999))
print("unbound", t.getsockname())
t.close()
attempt(lambda: socket.socket(99))
attempt(lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM, 17))
attempt(lambda: socket.socket(fileno=-5))
attempt(lambda: socket.socketpair(socket.AF_INET))
attempt(lambda: socket.getaddrinfo("127.0.0.1", "no-such-service"))
attempt(lambda: socket.getaddrinfo("::1", 80, socket.AF_INET))
attempt(lambda: socket.getaddrinfo("127.0.0.1", 80, socket.AF_UNIX))
print(issubclass(socket.gaierror, OSError), socket.timeout is TimeoutError, socket.error is OSError)
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(2.5)
with socket.socket() as u:
    print(u.gettimeout(), u.getblocking())
socket.setdefaulttimeout(None)
