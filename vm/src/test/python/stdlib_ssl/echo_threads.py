# A loopback TLS echo server in a thread and a client, with the test certificate.
import os
CERTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "certs")
import socket
import ssl
import threading

server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
server_ctx.load_cert_chain(os.path.join(CERTS, "cert.pem"), os.path.join(CERTS, "key.pem"))
client_ctx = ssl.create_default_context(cafile=os.path.join(CERTS, "cert.pem"))
print("client defaults:", client_ctx.check_hostname, client_ctx.verify_mode == ssl.CERT_REQUIRED)

listener = socket.create_server(("127.0.0.1", 0))
port = listener.getsockname()[1]
log = []


def serve():
    conn, _ = listener.accept()
    tls = server_ctx.wrap_socket(conn, server_side=True)
    log.append(("server", tls.version(), tls.server_side))
    while True:
        data = tls.recv(1024)
        if not data:
            break
        tls.sendall(data.upper())
    log.append(("server saw close_notify", True))
    tls.unwrap().close()


thread = threading.Thread(target=serve)
thread.start()
with socket.create_connection(("127.0.0.1", port)) as raw:
    with client_ctx.wrap_socket(raw, server_hostname="localhost") as tls:
        print("client:", tls.version(), tls.server_hostname, tls.server_side)
        print("cipher protocol:", tls.cipher()[1], "compression:", tls.compression())
        print("peer CN:", dict(x[0] for x in tls.getpeercert()["subject"])["commonName"])
        for line in [b"hello", b"over tls", b"x" * 20000]:
            tls.sendall(line)
            got = b""
            while len(got) < len(line):
                got += tls.recv(65536)
            print(len(got), got[:16])
        buf = bytearray(10)
        tls.sendall(b"into")
        n = tls.recv_into(buf)
        print("recv_into:", n, bytes(buf[:n]))
        print("pending:", tls.pending())
        plain = tls.unwrap()
        print("unwrapped:", type(plain).__name__)
        plain.close()
thread.join()
listener.close()
print(log)
