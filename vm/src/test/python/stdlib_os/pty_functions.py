# os.posix_openpt, grantpt, unlockpt and ptsname: a pseudo-terminal made step by step, its
# slave opened by name; then the same calls on descriptors that are no pty master.
import errno
import os

master = os.posix_openpt(os.O_RDWR | os.O_NOCTTY)
os.grantpt(master)
os.unlockpt(master)
name = os.ptsname(master)
print("slave under /dev/pts:", name.startswith("/dev/pts/"))
slave = os.open(name, os.O_RDWR | os.O_NOCTTY)
print("ttyname agrees:", os.ttyname(slave) == name)
print("master not inheritable:", os.get_inheritable(master), "terminals:", os.isatty(master), os.isatty(slave))
os.write(slave, b"foo")
print("master reads:", os.read(master, 3))

class Wrapped:
    def fileno(self):
        return master

print("fileno() accepted:", os.ptsname(Wrapped()) == name)

r, w = os.pipe()
for call in (os.grantpt, os.unlockpt, os.ptsname):
    try:
        call(r)
    except OSError as e:
        print(call.__name__, "on a pipe:", errno.errorcode[e.errno])
os.close(r)
os.close(w)
os.close(slave)
os.close(master)
for call in (os.grantpt, os.ptsname):
    try:
        call(master)
    except OSError as e:
        print(call.__name__, "on a closed descriptor:", errno.errorcode[e.errno])
try:
    os.ptsname(-1)
except ValueError as e:
    print("ValueError", e)
openpty_master, openpty_slave = os.openpty()
print("openpty's slave is its master's:", os.ptsname(openpty_master) == os.ttyname(openpty_slave))
os.close(openpty_master)
os.close(openpty_slave)
