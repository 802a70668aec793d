# select, poll and epoll on a pseudo-terminal's ends and on a file: readable when the other
# end has written, always writable, and at end when the slave is closed; epoll refuses the file.
import os
import select

master, slave = os.openpty()
print("nothing written:", select.select([master], [], [], 0))
print("master writable:", select.select([], [master], [], 0)[1] == [master])
os.write(slave, b"hi\n")
print("after a write:", select.select([master], [], [], 1)[0] == [master])
print("read:", os.read(master, 10))
print("drained:", select.select([master, slave], [], [], 0.01))

p = select.poll()
p.register(master, select.POLLIN)
print("poll, nothing:", p.poll(0))
os.write(slave, b"x")
print("poll, ready:", p.poll(1000) == [(master, select.POLLIN)])
os.read(master, 1)

ep = select.epoll()
ep.register(master, select.EPOLLIN)
print("epoll, nothing:", ep.poll(0))
os.write(slave, b"y")
print("epoll, ready:", ep.poll(1) == [(master, select.EPOLLIN)], os.read(master, 1))
os.write(master, b"to slave\n")
print("slave readable:", select.select([slave], [], [], 1)[0] == [slave], os.read(slave, 20))

fd = os.open(__file__, os.O_RDONLY)
print("a file is always ready:", select.select([fd], [fd], [], 0) == ([fd], [fd], []))
try:
    ep.register(fd)
except PermissionError as e:
    print("epoll and a file:", e.errno)
ep.close()
os.close(fd)
os.close(slave)
hung_up = p.poll(1000)
print("slave closed:", hung_up[0][0] == master, bool(hung_up[0][1] & select.POLLHUP))
os.close(master)
