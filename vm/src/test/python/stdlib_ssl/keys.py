# load_cert_chain with the private key in each form OpenSSL writes, and its errors.
import os
CERTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "certs")
import ssl

ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)


def load(label, *args, **kwargs):
    try:
        ctx.load_cert_chain(*args, **kwargs)
        print(label, "ok")
    except (ssl.SSLError, OSError, TypeError, ValueError) as e:
        print(label, type(e).__name__, str(e).split(" (_ssl.c:")[0])


load("PKCS#8:", os.path.join(CERTS, "cert.pem"), os.path.join(CERTS, "key.pem"))
load("PKCS#1:", os.path.join(CERTS, "cert.pem"), os.path.join(CERTS, "key_rsa.pem"))
load("SEC1 EC:", os.path.join(CERTS, "ec_cert.pem"), os.path.join(CERTS, "ec_key.pem"))
load("encrypted, str:", os.path.join(CERTS, "cert.pem"), os.path.join(CERTS, "key_enc.pem"), password="kaa-secret")
load("encrypted, bytes:", os.path.join(CERTS, "cert.pem"), os.path.join(CERTS, "key_enc.pem"), password=b"kaa-secret")
load("encrypted, bytearray:", os.path.join(CERTS, "cert.pem"), os.path.join(CERTS, "key_enc.pem"), password=bytearray(b"kaa-secret"))
calls = []


def callback():
    calls.append(1)
    return "kaa-secret"


load("encrypted, callable:", os.path.join(CERTS, "cert.pem"), os.path.join(CERTS, "key_enc.pem"), password=callback)
print("callback called:", len(calls))
load("plain key, callable:", os.path.join(CERTS, "cert.pem"), os.path.join(CERTS, "key.pem"), password=callback)
print("callback called:", len(calls))
load("wrong password:", os.path.join(CERTS, "cert.pem"), os.path.join(CERTS, "key_enc.pem"), password="nope")
load("bad password type:", os.path.join(CERTS, "cert.pem"), os.path.join(CERTS, "key_enc.pem"), password=42)
load("callback returns int:", os.path.join(CERTS, "cert.pem"), os.path.join(CERTS, "key_enc.pem"), password=lambda: 42)
load("password too long:", os.path.join(CERTS, "cert.pem"), os.path.join(CERTS, "key_enc.pem"), password="x" * 2000)


def failing():
    raise KeyError("from the callback")


try:
    ctx.load_cert_chain(os.path.join(CERTS, "cert.pem"), os.path.join(CERTS, "key_enc.pem"), password=failing)
except KeyError as e:
    print("callback's own error:", repr(e))
load("key of another cert:", os.path.join(CERTS, "ec_cert.pem"), os.path.join(CERTS, "key.pem"))
load("no key in file:", os.path.join(CERTS, "cert.pem"))
load("no cert in file:", os.path.join(CERTS, "key.pem"))
load("missing file:", os.path.join(CERTS, "missing.pem"))
load("not a path:", 42)

for spec in ["ECDHE+AESGCM", "HIGH:!aNULL", "AES256", "NOT-A-CIPHER"]:
    try:
        ctx.set_ciphers(spec)
        names = [c["name"] for c in ctx.get_ciphers()]
        print(spec, "->", "TLS_AES_256_GCM_SHA384" in names, "ECDHE-RSA-AES256-GCM-SHA384" in names)
    except ssl.SSLError as e:
        print(spec, "->", e)
for curve in ["prime256v1", "no-such-curve"]:
    try:
        ctx.set_ecdh_curve(curve)
        print(curve, "ok")
    except ValueError as e:
        print("ValueError:", e)
