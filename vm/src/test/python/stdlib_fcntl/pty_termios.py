# A pseudo-terminal from os.openpty: both ends are terminals to os.isatty, termios and
# fcntl.ioctl, and text written to one end arrives at the other.
import array
import fcntl
import os
import pty
import struct
import termios
import tty

master, slave = os.openpty()
print("isatty:", os.isatty(master), os.isatty(slave))
print("slave name:", os.ttyname(slave).startswith("/dev/pts/"))
print("inheritable:", os.get_inheritable(master), os.get_inheritable(slave))

attrs = termios.tcgetattr(slave)
print("attributes:", len(attrs), len(attrs[6]), bool(attrs[3] & termios.ICANON))
attrs[3] &= ~termios.ECHO
termios.tcsetattr(slave, termios.TCSANOW, attrs)
print("echo off:", termios.tcgetattr(slave)[3] & termios.ECHO)

os.write(slave, b"to master\n")
print("master reads:", os.read(master, 100))
os.write(master, b"to slave\n")
print("slave reads:", os.read(slave, 100))

fcntl.ioctl(master, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
print("winsize via bytes:", struct.unpack("HHHH", fcntl.ioctl(slave, termios.TIOCGWINSZ, bytes(8))))
buf = bytearray(8)
print("ioctl into bytearray:", fcntl.ioctl(slave, termios.TIOCGWINSZ, buf), struct.unpack("HHHH", buf))
frozen = bytearray(8)
print("mutate_flag False:", struct.unpack("HHHH", fcntl.ioctl(slave, termios.TIOCGWINSZ, frozen, False)), frozen == bytes(8))
a = array.array("H", [0] * 4)
fcntl.ioctl(slave, termios.TIOCGWINSZ, a)
print("ioctl into array:", a.tolist())
print("tcgetwinsize:", termios.tcgetwinsize(master))
termios.tcsetwinsize(slave, (12, 34))
print("tcsetwinsize:", termios.tcgetwinsize(master))
print("FIONREAD, nothing waiting:", struct.unpack("i", fcntl.ioctl(master, termios.FIONREAD, bytes(4)))[0])

os.set_blocking(master, False)
try:
    os.read(master, 10)
except BlockingIOError as e:
    print("non-blocking master:", type(e).__name__)
os.set_blocking(master, True)
os.close(master)
os.close(slave)

m, s = pty.openpty()
tty.setraw(s)
mode = tty.tcgetattr(s)
print("raw mode:", bool(mode[3] & termios.ICANON), bool(mode[3] & termios.ECHO))
with open(s, "wb", buffering=0, closefd=False) as f:
    print("file on the slave is a tty:", f.isatty())
os.close(m)
os.close(s)
try:
    termios.tcgetattr(s)
except termios.error as e:
    print("closed:", e.args[0])
r, w = os.pipe()
try:
    termios.tcgetattr(r)
except termios.error as e:
    print("pipe:", e.args)
os.close(r)
os.close(w)
