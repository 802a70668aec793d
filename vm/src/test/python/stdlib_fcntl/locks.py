# fcntl's locks on a file: flock, lockf and fcntl with a struct flock passed as bytes
# (F_GETLK answers in a copy), the argument checks and their messages.
import errno
import fcntl
import os
import struct
import tempfile

FLOCK = "hhqqi4x"   # struct flock on Linux x86-64: type, whence, start, len, pid

fd, path = tempfile.mkstemp()
f = os.fdopen(fd, "wb+")
f.write(b"0123456789")
f.flush()

for op in ("LOCK_SH", "LOCK_EX", "LOCK_UN", "LOCK_SH | LOCK_NB", "LOCK_EX | LOCK_NB", "LOCK_UN"):
    print("flock", op, fcntl.flock(f, eval(op, vars(fcntl))))

fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB, 4, 2, os.SEEK_SET)
print("lockf: 4 bytes from 2 locked")
fcntl.lockf(f.fileno(), fcntl.LOCK_UN, 4, 2)
fcntl.lockf(f, fcntl.LOCK_SH)
fcntl.lockf(f, fcntl.LOCK_UN)
print("lockf whole file: done")

query = struct.pack(FLOCK, fcntl.F_WRLCK, os.SEEK_SET, 0, 0, 0)
answer = fcntl.fcntl(f, fcntl.F_GETLK, query)
print("F_GETLK answer length:", len(answer), "type unlocked:", struct.unpack(FLOCK, answer)[0] == fcntl.F_UNLCK)
print("F_SETLKW:", fcntl.fcntl(f, fcntl.F_SETLKW, struct.pack(FLOCK, fcntl.F_WRLCK, 0, 0, 0, 0)) == struct.pack(FLOCK, fcntl.F_WRLCK, 0, 0, 0, 0))
fcntl.fcntl(f, fcntl.F_SETLK, struct.pack(FLOCK, fcntl.F_UNLCK, 0, 0, 0, 0))
print("F_OFD_SETLK:", len(fcntl.fcntl(f, fcntl.F_OFD_SETLK, struct.pack(FLOCK, fcntl.F_RDLCK, 0, 0, 0, 0))))
fcntl.fcntl(f, fcntl.F_OFD_SETLK, struct.pack(FLOCK, fcntl.F_UNLCK, 0, 0, 0, 0))
print("str argument:", fcntl.fcntl(f, fcntl.F_GETFL, "abc"))

def attempt(label, call, *args):
    try:
        call(*args)
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("long buffer:", fcntl.fcntl, f, fcntl.F_GETLK, b"x" * 1025)
attempt("bytearray arg:", fcntl.fcntl, f, fcntl.F_GETFL, bytearray(4))
attempt("lockf bad cmd:", fcntl.lockf, f, 0)
attempt("lockf bad len:", fcntl.lockf, f, fcntl.LOCK_SH, "x")
attempt("lockf huge len:", fcntl.lockf, f, fcntl.LOCK_SH, 2**70)
attempt("flock bad op:", fcntl.flock, f, "x")
attempt("flock -1:", fcntl.flock, -1, fcntl.LOCK_SH)
attempt("flock invalid op:", fcntl.flock, f, 0)
attempt("too few:", fcntl.fcntl, f)
f.close()
attempt("closed file:", fcntl.flock, fd, fcntl.LOCK_SH)
os.unlink(path)
print(sorted(n for n in dir(fcntl) if n.startswith("LOCK_")))
print(fcntl.F_OFD_SETLKW, fcntl.F_SEAL_WRITE, fcntl.F_GETPIPE_SZ, fcntl.FASYNC, fcntl.DN_MULTISHOT)
