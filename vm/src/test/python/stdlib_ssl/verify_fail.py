# Certificate verification failures, as the client sees them (over MemoryBIOs, no sockets).
import os
CERTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "certs")
import ssl

server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
server_ctx.load_cert_chain(os.path.join(CERTS, "cert.pem"), os.path.join(CERTS, "key.pem"))


def connect(client_ctx, hostname):
    c_in, c_out, s_in, s_out = (ssl.MemoryBIO() for _ in range(4))
    client = client_ctx.wrap_bio(c_in, c_out, server_hostname=hostname)
    server = server_ctx.wrap_bio(s_in, s_out, server_side=True)
    try:
        for _ in range(5):
            for obj in (client, server):
                try:
                    obj.do_handshake()
                except ssl.SSLWantReadError:
                    pass
            s_in.write(c_out.read())
            c_in.write(s_out.read())
        print(hostname, "->", client.version(), "verified")
    except ssl.SSLCertVerificationError as e:
        print(hostname, "->", type(e).__name__, isinstance(e, ssl.SSLError), isinstance(e, OSError))
        # CPython ends the message with the place in _ssl.c that raised it; Kaa has no _ssl.c.
        print("  str:", str(e).split(" (_ssl.c:")[0])
        print("  args[0]:", e.args[0], "errno:", e.errno)
        print("  library/reason:", e.library, e.reason)
        print("  verify_code:", e.verify_code)
        print("  verify_message:", e.verify_message)


untrusting = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
connect(untrusting, "localhost")

trusting = ssl.create_default_context(cafile=os.path.join(CERTS, "cert.pem"))
connect(trusting, "localhost")
connect(trusting, "127.0.0.1")
connect(trusting, "example.org")
connect(trusting, "10.0.0.1")

trusting.check_hostname = False
connect(trusting, "example.org")
untrusting.check_hostname = False
untrusting.verify_mode = ssl.CERT_NONE
connect(untrusting, "anything")

try:
    trusting.check_hostname = True
    trusting.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO())
except ValueError as e:
    print("ValueError:", e)
try:
    untrusting.check_hostname = True
    untrusting.verify_mode = ssl.CERT_NONE
except ValueError as e:
    print("ValueError:", e)
print(untrusting.verify_mode)
