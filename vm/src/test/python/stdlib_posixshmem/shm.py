# _posixshmem: a shared memory object opened, written, read back through /dev/shm, removed.
import _posixshmem
import os

name = "/kaa_corpus_shm_%d" % os.getpid()
fd = _posixshmem.shm_open(name, os.O_CREAT | os.O_EXCL | os.O_RDWR, mode=0o600)
print(isinstance(fd, int), os.get_inheritable(fd), oct(os.fstat(fd).st_mode & 0o777))
os.ftruncate(fd, 64)
os.write(fd, b"shared")
print(os.fstat(fd).st_size)
os.close(fd)

fd = _posixshmem.shm_open(name, os.O_RDONLY)
print(os.read(fd, 6))
os.close(fd)
with open("/dev/shm/" + name[1:], "rb") as f:
    print(f.read(8))

def attempt(f, *args, **kwargs):
    try:
        fd = f(*args, **kwargs)
        print("ok")
        if isinstance(fd, int):
            os.close(fd)
    except (OSError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", str(e).replace(name, "NAME"))

attempt(_posixshmem.shm_open, name, os.O_CREAT | os.O_EXCL | os.O_RDWR)
attempt(_posixshmem.shm_open, "/a/b", os.O_RDONLY)
attempt(_posixshmem.shm_open, "/", os.O_RDONLY)
attempt(_posixshmem.shm_open, "", os.O_RDONLY)
attempt(_posixshmem.shm_open, "/" + "x" * 300, os.O_RDONLY)
attempt(_posixshmem.shm_open, b"/x", os.O_RDONLY)
attempt(_posixshmem.shm_open, "/a\0b", os.O_RDONLY)
attempt(_posixshmem.shm_open, name.lstrip("/"), os.O_RDONLY)
attempt(_posixshmem.shm_unlink, name)
attempt(_posixshmem.shm_unlink, name)
attempt(_posixshmem.shm_unlink, "/a/b")
attempt(_posixshmem.shm_unlink, 1)
print(os.path.exists("/dev/shm/" + name[1:]))
