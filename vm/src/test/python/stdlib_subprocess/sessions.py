# Children in a new session or process group, with a umask: run through wrappers on Kaa that
# then execute the program in the same process, so the pid is the program's.
import os
import subprocess

DEVNULL = subprocess.DEVNULL

p = subprocess.Popen(['sleep', '5'], stdin=DEVNULL, start_new_session=True)
print(os.getsid(p.pid) == p.pid, os.getpgid(p.pid) == p.pid, os.getsid(p.pid) == os.getsid(0))
p.kill()
print(p.wait())

p = subprocess.Popen(['sleep', '5'], stdin=DEVNULL, process_group=0)
print(os.getpgid(p.pid) == p.pid, os.getsid(p.pid) == os.getsid(0))
p.terminate()
print(p.wait())

p = subprocess.Popen(['sleep', '5'], stdin=DEVNULL)
print(os.getpgid(p.pid) == os.getpgrp(), os.getsid(p.pid) == os.getsid(0))
p.kill()
print(p.wait())

try:
    subprocess.run(['true'], stdin=DEVNULL, process_group=0, start_new_session=True)
except OSError as e:
    print(type(e).__name__, e)

r = subprocess.run(['sh', '-c', 'echo $0; umask'], stdin=DEVNULL, capture_output=True, umask=0o27)
print(r.stdout)
r = subprocess.run(['sh', '-c', 'echo $0 "$@"', 'zero', 'one'], stdin=DEVNULL, capture_output=True,
                   start_new_session=True, process_group=-1, umask=0o77)
print(r.stdout)
r = subprocess.run(['myname', '-c', 'echo $0; umask'], executable='/bin/sh', stdin=DEVNULL,
                   capture_output=True, process_group=0, umask=0)
print(r.stdout)

# The child's own pid, as the parent knows it.
p = subprocess.Popen(['sh', '-c', 'echo $$'], stdin=DEVNULL, stdout=subprocess.PIPE,
                     start_new_session=True, umask=0o22)
print(int(p.communicate()[0]) == p.pid)
