# A TCP echo server in a thread and a client on loopback: bind to port 0, listen, accept,
# sendall/recv, shutdown, and the addresses both ends report.
import socket
import threading

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
host, port = srv.getsockname()
print("bound", host, port > 0)
srv.listen(5)
print("listening", srv.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))

seen = []

def serve():
    conn, addr = srv.accept()
    with conn:
        seen.append(addr == cli.getsockname())
        chunks = []
        while True:
            data = conn.recv(7)
            if not data:
                break
            chunks.append(data)
            conn.sendall(data.upper())
        seen.append(b"".join(chunks))

cli = socket.socket()
t = threading.Thread(target=serve)
cli.connect(("127.0.0.1", port))
t.start()
print("client peer", cli.getpeername() == (host, port))
msg = b"hello, sockets! " * 4
cli.sendall(msg)
got = b""
while len(got) < len(msg):
    got += cli.recv(1024)
print("echoed", got)
cli.shutdown(socket.SHUT_WR)
print("eof", cli.recv(10))
t.join()
print("server saw", seen)
cli.close()
srv.close()
print("closed fileno", cli.fileno(), srv.fileno())
print(repr(cli))

# The module-level helpers over a real connection.
srv = socket.create_server(("127.0.0.1", 0))
port = srv.getsockname()[1]
with socket.create_connection(("127.0.0.1", port), timeout=5) as c:
    s, _ = srv.accept()
    print("timeouts", c.gettimeout(), s.gettimeout())
    c.sendall(b"abc")
    buf = bytearray(8)
    n = s.recv_into(buf)
    print("recv_into", n, bytes(buf[:n]))
    s.sendall(b"xyz")
    print("recvfrom", c.recvfrom(10))
    f = s.makefile("rwb")
    c.sendall(b"line one\nline two\n")
    print(f.readline(), f.readline())
    f.close()
    s.close()
srv.close()
print("type", socket.SOCK_STREAM == cli.type, cli.family is socket.AF_INET)
