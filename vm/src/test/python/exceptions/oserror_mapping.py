# OSError constructor maps errno values to subclasses; attributes and str forms.
cases = [(2, "ENOENT"), (13, "EACCES"), (17, "EEXIST"), (20, "ENOTDIR"), (21, "EISDIR"), (32, "EPIPE"), (4, "EINTR"),
         (3, "ESRCH"), (10, "ECHILD"), (99999, "other")]
for errno_, name in cases:
    e = OSError(errno_, f"message for {name}")
    print(errno_, type(e).__name__, e.errno, e.strerror, str(e), e.args)
print(type(OSError("only message")).__name__, OSError("only message").errno, str(OSError()))
fe = FileNotFoundError(2, "No such file or directory", "missing.txt")
print(fe, repr(fe), fe.filename, fe.args)
fe2 = OSError(2, "No such file or directory", "a.txt", None, "b.txt")
print(fe2, fe2.filename2, type(fe2).__name__)
print(str(PermissionError("custom")), PermissionError("custom").errno, PermissionError(13, "denied").errno)
print(issubclass(FileNotFoundError, OSError), issubclass(ConnectionRefusedError, ConnectionError), issubclass(TimeoutError, OSError))
print(BlockingIOError(11, "would block", 5).characters_written)
e = OSError(1, 2, 3, 4, 5, 6)
print(e.args, e.errno, e.strerror, e.filename)
class MyOSError(OSError):
    pass
m = MyOSError(2, "mine")
print(type(m).__name__, m.errno, m)
try:
    raise FileExistsError(17, "File exists", "dir")
except OSError as err:
    print(type(err).__name__, err.errno, err)
print(OSError.__name__, EnvironmentError.__name__, IOError.__name__)
print(OSError(2, "x").__class__ is FileNotFoundError, FileNotFoundError(13, "y").__class__.__name__)
print(str(OSError(None, "no errno")), str(OSError(2, None)), OSError(2, "s", None).filename)
