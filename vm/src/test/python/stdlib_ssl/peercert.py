# getpeercert() in CPython's format, the DER form, and a context's CA certificates.
import os
CERTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "certs")
import ssl

server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
server_ctx.load_cert_chain(os.path.join(CERTS, "cert.pem"), os.path.join(CERTS, "key.pem"))
client_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
client_ctx.load_verify_locations(os.path.join(CERTS, "cert.pem"))

c_in, c_out, s_in, s_out = (ssl.MemoryBIO() for _ in range(4))
client = client_ctx.wrap_bio(c_in, c_out, server_hostname="localhost")
server = server_ctx.wrap_bio(s_in, s_out, server_side=True)
for _ in range(4):
    for obj in (client, server):
        try:
            obj.do_handshake()
        except ssl.SSLWantReadError:
            pass
    s_in.write(c_out.read())
    c_in.write(s_out.read())

cert = client.getpeercert()
for key in sorted(cert):
    print(key, "=", cert[key])

der = client.getpeercert(binary_form=True)
with open(os.path.join(CERTS, "cert.pem")) as f:
    pem = f.read()
print("DER matches the PEM file:", der == ssl.PEM_cert_to_DER_cert(pem))
print("round trip:", ssl.DER_cert_to_PEM_cert(der).strip() == pem.strip())

chain = client.get_verified_chain()
print("verified chain:", len(chain), chain[0] == der)
print("unverified chain:", len(client.get_unverified_chain()))

print("ca certs:", client_ctx.get_ca_certs() == [cert])
print("ca certs DER:", client_ctx.get_ca_certs(binary_form=True) == [der])
print("stats:", client_ctx.cert_store_stats())
print("cadata PEM:", ssl.create_default_context(cadata=pem).cert_store_stats())
print("cadata DER:", ssl.create_default_context(cadata=der).cert_store_stats())
for bad in ("no certificate here", b"\x30\x03\x02\x01"):
    try:
        ssl.create_default_context(cadata=bad)
    except ssl.SSLError as e:
        print(type(e).__name__, str(e).split(" (_ssl.c:")[0])
try:
    ssl.create_default_context(cadata=42)
except TypeError as e:
    print("TypeError:", e)

# A server that does not ask for a client certificate gets none.
print("server's view of the client:", server.getpeercert(), server.getpeercert(True))
