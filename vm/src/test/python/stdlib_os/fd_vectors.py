# os.readv, os.writev, os.sendfile, os.copy_file_range, os.splice and os.getrandom over
# descriptors of files and pipes; and the RuntimeWarning for a bool taken as a descriptor.
import os
import tempfile
import warnings

def attempt(label, f, *args, **kwargs):
    try:
        print(label, f(*args, **kwargs))
    except Exception as e:
        print(label, type(e).__name__, e)

with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, "src")
    with open(src, "wb") as f:
        f.write(b"0123456789abcdef")
    r, w = os.pipe()
    print("writev", os.writev(w, [b"ab", bytearray(b"cd"), memoryview(b"ef")]))
    bufs = [bytearray(2), bytearray(3), bytearray(4)]
    print("readv", os.readv(r, bufs), bufs)
    attempt("readv bytes", os.readv, r, [b"xx"])
    attempt("writev int", os.writev, w, 5)
    attempt("writev dict", os.writev, w, {1: 2})

    fd = os.open(src, os.O_RDONLY)
    print("sendfile at 3", os.sendfile(w, fd, 3, 4), os.read(r, 10), os.lseek(fd, 0, os.SEEK_CUR))
    print("sendfile own", os.sendfile(w, fd, None, 5), os.read(r, 10), os.lseek(fd, 0, os.SEEK_CUR))
    print("sendfile kw", os.sendfile(out_fd=w, in_fd=fd, offset=14, count=10), os.read(r, 10))
    print("sendfile eof", os.sendfile(w, fd, 100, 4))
    attempt("sendfile from pipe", os.sendfile, w, r, None, 3)
    attempt("sendfile negative", os.sendfile, w, fd, 0, -1)

    out = os.open(os.path.join(d, "dst"), os.O_RDWR | os.O_CREAT)
    print("copy_file_range", os.copy_file_range(fd, out, 6, offset_src=2, offset_dst=3))
    print(os.pread(out, 20, 0))
    attempt("copy_file_range pipe", os.copy_file_range, r, out, 5)
    attempt("copy_file_range negative", os.copy_file_range, fd, out, -10)

    print("splice", os.splice(fd, w, 4, offset_src=10), os.read(r, 10))
    attempt("splice file to file", os.splice, fd, out, 4)
    attempt("splice offset on pipe", os.splice, r, out, 4, offset_src=1)
    attempt("splice negative", os.splice, 0, 1, -10)

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        attempt("fsync(False)", os.fsync, False)
    print([(c.category.__name__, str(c.message)) for c in caught])
    for x in (fd, out, r, w):
        os.close(x)

print("getrandom", len(os.getrandom(16)), os.getrandom(0), len(os.getrandom(3, os.GRND_NONBLOCK)))
attempt("getrandom negative", os.getrandom, -1)
