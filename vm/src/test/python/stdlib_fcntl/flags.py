# fcntl on pipe descriptors: F_GETFL/F_SETFL and O_NONBLOCK kept in step with os.get_blocking,
# F_GETFD, F_DUPFD making a descriptor os.read and os.close accept, the pipe's size.
import errno
import fcntl
import os

r, w = os.pipe()
flags = fcntl.fcntl(r, fcntl.F_GETFL)
print("accmode read end:", flags & os.O_ACCMODE == os.O_RDONLY)
print("accmode write end:", fcntl.fcntl(w, fcntl.F_GETFL) & os.O_ACCMODE == os.O_WRONLY)
print("nonblocking at first:", bool(flags & os.O_NONBLOCK), os.get_blocking(r))

print("F_SETFL gives", fcntl.fcntl(r, fcntl.F_SETFL, flags | os.O_NONBLOCK))
print("nonblocking now:", bool(fcntl.fcntl(r, fcntl.F_GETFL) & os.O_NONBLOCK), os.get_blocking(r))
try:
    os.read(r, 10)
except BlockingIOError as e:
    print("empty pipe:", type(e).__name__, errno.errorcode[e.errno])

os.set_blocking(r, True)
print("after set_blocking(True):", bool(fcntl.fcntl(r, fcntl.F_GETFL) & os.O_NONBLOCK))
os.set_blocking(w, False)
print("write end via set_blocking:", bool(fcntl.fcntl(w, fcntl.F_GETFL) & os.O_NONBLOCK))
os.set_blocking(w, True)

print("close-on-exec:", fcntl.fcntl(r, fcntl.F_GETFD) & fcntl.FD_CLOEXEC == fcntl.FD_CLOEXEC)

d = fcntl.fcntl(r, fcntl.F_DUPFD, 50)
print("F_DUPFD from 50:", d >= 50)
d2 = fcntl.fcntl(r, fcntl.F_DUPFD_CLOEXEC, d)
print("F_DUPFD_CLOEXEC above it:", d2 > d)
os.write(w, b"shared")
print("read through the copy:", os.read(d, 3), os.read(d2, 3))
os.close(d)
os.close(d2)
try:
    fcntl.fcntl(d, fcntl.F_GETFL)
except OSError as e:
    print("closed copy:", errno.errorcode[e.errno])

size = fcntl.fcntl(w, fcntl.F_GETPIPE_SZ)
print("pipe size positive:", size > 0)
fcntl.fcntl(w, fcntl.F_SETPIPE_SZ, size * 2)
print("pipe size doubled:", fcntl.fcntl(w, fcntl.F_GETPIPE_SZ) == size * 2)

class Holder:
    def __init__(self, fd):
        self.fd = fd
    def fileno(self):
        return self.fd

print("via fileno():", fcntl.fcntl(Holder(r), fcntl.F_GETFL) & os.O_ACCMODE)
for bad in (-1, "spam", Holder(-5), Holder("x")):
    try:
        fcntl.fcntl(bad, fcntl.F_GETFL)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    fcntl.fcntl(r, fcntl.F_GETFL, 1.5)
except TypeError as e:
    print("TypeError", e)
try:
    fcntl.fcntl(r, fcntl.F_DUPFD, -1)
except OSError as e:
    print("negative F_DUPFD:", errno.errorcode[e.errno])
os.close(r)
os.close(w)
