# Addresses in text and binary, byte order, getaddrinfo on literals, services and protocols.
import socket

print(socket.inet_aton("127.0.0.1"), socket.inet_aton("10.1"), socket.inet_aton("0x7f.1"))
print(socket.inet_ntoa(b"\xc0\xa8\x01\x02"))
print(socket.inet_pton(socket.AF_INET, "1.2.3.4"))
for text in ["::", "::1", "1::", "fe80::1:2", "2001:db8:0:0:1:0:0:1", "::ffff:1.2.3.4", "1:0:0:1::"]:
    packed = socket.inet_pton(socket.AF_INET6, text)
    print(text, len(packed), socket.inet_ntop(socket.AF_INET6, packed))
for bad in ["1.2.3", "256.1.1.1", "1.2.3.4.5", ""]:
    try:
        socket.inet_pton(socket.AF_INET, bad)
    except OSError as e:
        print(repr(bad), e)
try:
    socket.inet_ntop(socket.AF_INET6, b"short")
except ValueError as e:
    print(e)
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(0x01020304))
for f in (lambda: socket.htons(70000), lambda: socket.htonl(-1)):
    try:
        f()
    except OverflowError as e:
        print(e)
for info in socket.getaddrinfo("127.0.0.1", 80):
    print(info)
print(socket.getaddrinfo("127.0.0.1", "http", type=socket.SOCK_STREAM))
print(socket.getaddrinfo("::1", 8080, socket.AF_INET6, socket.SOCK_DGRAM))
print(socket.getaddrinfo(None, 0, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
print(socket.getnameinfo(("127.0.0.1", 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.getservbyname("http", "tcp"), socket.getservbyport(443), socket.getprotobyname("udp"))
print(socket.gethostbyname("127.0.0.1"), type(socket.gethostname()).__name__)
print(socket.AF_INET, socket.AF_INET6, socket.AF_UNIX, socket.SOCK_DGRAM, socket.SOL_SOCKET,
      socket.SO_REUSEADDR, socket.IPPROTO_TCP, socket.TCP_NODELAY, socket.MSG_PEEK, socket.SHUT_RDWR,
      socket.SOMAXCONN, socket.AI_PASSIVE, socket.NI_NUMERICHOST, socket.INADDR_ANY, socket.EAI_NONAME)
print(repr(socket.AF_INET), repr(socket.SOCK_STREAM))
