# A child starts ignoring SIGPIPE and SIGXFSZ, as CPython does, unless restore_signals or setsigdef.
import subprocess, os
def ign(**kw):
    out = subprocess.check_output(['grep', 'SigIgn', '/proc/self/status'], stdin=subprocess.DEVNULL, **kw)
    return int(out.split()[1], 16) & ((1 << 12) | (1 << 24))
print(ign(restore_signals=False), ign(restore_signals=True), ign())
r, w = os.pipe()
pid = os.posix_spawn('/bin/grep', ['grep', 'SigIgn', '/proc/self/status'], None, file_actions=[(os.POSIX_SPAWN_DUP2, w, 1)])
os.close(w); os.waitpid(pid, 0); print(int(os.read(r, 100).split()[1], 16) & ((1 << 12) | (1 << 24)))
r, w = os.pipe()
pid = os.posix_spawn('/bin/grep', ['grep', 'SigIgn', '/proc/self/status'], None, file_actions=[(os.POSIX_SPAWN_DUP2, w, 1)], setsigdef=[13])
os.close(w); os.waitpid(pid, 0); print(int(os.read(r, 100).split()[1], 16) & ((1 << 12) | (1 << 24)))

# A writer to a pipe whose reader is gone: killed by SIGPIPE (141 in the shell), or, while it
# ignores the signal, told EPIPE by write(2).
for restore in (True, False):
    r = subprocess.run(['sh', '-c', '(yes; echo "yes ended with $?" >&2) | head -n 2'],
                       stdin=subprocess.DEVNULL, capture_output=True, restore_signals=restore)
    print(restore, r.returncode, r.stdout, r.stderr)

# Popen's own pipe: the child is killed by SIGPIPE once the parent closes the read end.
p = subprocess.Popen(['yes'], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE)
print(p.stdout.read(4))
p.stdout.close()
print(p.wait())
p = subprocess.Popen(['yes'], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                     stderr=subprocess.DEVNULL, restore_signals=False)
print(p.stdout.read(4))
p.stdout.close()
print(p.wait())
