# A TLS handshake and a conversation between two SSLObjects over MemoryBIOs (no sockets).
import os
CERTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "certs")
import ssl

server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
server_ctx.load_cert_chain(os.path.join(CERTS, "cert.pem"), os.path.join(CERTS, "key.pem"))
client_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
client_ctx.load_verify_locations(os.path.join(CERTS, "cert.pem"))

c_in, c_out, s_in, s_out = ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO()
client = client_ctx.wrap_bio(c_in, c_out, server_hostname="localhost")
server = server_ctx.wrap_bio(s_in, s_out, server_side=True)
print(type(client).__name__, client.server_side, server.server_side, client.server_hostname)


def pump():
    s_in.write(c_out.read())
    c_in.write(s_out.read())


def step(obj, name):
    try:
        obj.do_handshake()
        print(name, "handshake done")
        return True
    except ssl.SSLWantReadError as e:
        print(name, "wants to read:", e.args[0] == ssl.SSL_ERROR_WANT_READ)
        return False


print("cipher before:", client.cipher(), "version before:", client.version())
try:
    client.getpeercert()
except ValueError as e:
    print("ValueError:", e)
done = {"client": False, "server": False}
for _ in range(4):
    for name, obj in (("client", client), ("server", server)):
        if not done[name]:
            done[name] = step(obj, name)
    pump()
print(client.version(), server.version())
print("peer subject:", client.getpeercert()["subject"])
print("server sees no client cert:", server.getpeercert())

client.write(b"hello, server")
pump()
print("server read:", server.read(5), server.pending(), server.read(100))
server.write(b"hello, client")
pump()
buf = bytearray(32)
n = client.read(32, buf)
print("client read into buffer:", n, bytes(buf[:n]))
try:
    client.read(10)
except ssl.SSLWantReadError:
    print("no more data yet")

bio = ssl.MemoryBIO()
print("fresh BIO:", bio.pending, bio.eof, bio.write(b"abc"), bio.read(2), bio.pending)
bio.write_eof()
print("after write_eof:", bio.eof, bio.read(), bio.eof)
try:
    bio.write(b"x")
except ssl.SSLError as e:
    print("SSLError:", e)

try:
    client.unwrap()
except ssl.SSLWantReadError:
    print("client sent close_notify, waits for the server's")
pump()
print("server unwrap:", server.unwrap())
pump()
print("client unwrap:", client.unwrap())
