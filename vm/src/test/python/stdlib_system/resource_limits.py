# resource: the process's real limits (read, lowered, read back through prlimit too) and usage,
# with CPython's errors for bad resources, bad pairs and a soft limit above the hard one.
import resource

soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
print(isinstance(soft, int), isinstance(hard, int))
resource.setrlimit(resource.RLIMIT_CORE, (0, hard))
print(resource.getrlimit(resource.RLIMIT_CORE) == (0, hard))
print(resource.prlimit(0, resource.RLIMIT_CORE) == (0, hard))
print(resource.prlimit(0, resource.RLIMIT_CORE, (0, hard)) == (0, hard))
print(resource.RLIM_INFINITY, resource.RLIMIT_NOFILE == resource.RLIMIT_OFILE, resource.error is OSError)
print(resource.getpagesize() > 0 and resource.getpagesize() & (resource.getpagesize() - 1) == 0)

usage = resource.getrusage(resource.RUSAGE_SELF)
print(type(usage).__name__, len(usage), resource.struct_rusage.n_fields)
print(usage.ru_utime >= 0.0, usage.ru_maxrss > 0, usage[2] == usage.ru_maxrss, type(usage.ru_stime).__name__)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_nvcsw >= 0, resource.getrusage(resource.RUSAGE_THREAD).ru_utime >= 0)


def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


attempt(resource.getrlimit, 99)
attempt(resource.getrlimit, -1)
attempt(resource.getrlimit, "x")
attempt(resource.setrlimit, resource.RLIMIT_CORE, (1,))
attempt(resource.setrlimit, resource.RLIMIT_CORE, 5)
attempt(resource.setrlimit, resource.RLIMIT_NOFILE, (30, 20))
attempt(resource.setrlimit, resource.RLIMIT_CORE, (2**64, 5))
attempt(resource.setrlimit, resource.RLIMIT_CORE, ("a", 5))
attempt(resource.getrusage, 5)
attempt(resource.prlimit, 0, 99)
