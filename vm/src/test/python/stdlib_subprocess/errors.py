# How a child that cannot start is reported: the OSError subclass, errno and file name.
import os
import subprocess
import tempfile

def attempt(label, *args, temp=False, **kwargs):
    kwargs.setdefault('stdin', subprocess.DEVNULL)
    kwargs.setdefault('capture_output', True)
    try:
        subprocess.run(*args, **kwargs)
    except OSError as e:
        name = '<temporary>' if temp else repr(e.filename)
        print(label, type(e).__name__, e.errno, e.strerror, name)
        return e
    print(label, 'started')

attempt('missing', ['no-such-program-kaa'])
attempt('missing bytes', [b'no-such-program-kaa'])
attempt('missing path', ['/no/such/dir/prog'])
attempt('missing shell', 'no-such-program-kaa', shell=True)
attempt('missing executable', ['sh', '-c', 'true'], executable='no-such-program-kaa')

with tempfile.TemporaryDirectory() as d:
    plain = os.path.join(d, 'plain.txt')
    with open(plain, 'w') as f:
        f.write('not a program\n')
    e = attempt('not executable', [plain], temp=True)
    print(e.filename == plain)
    os.chmod(plain, 0o755)
    e = attempt('no format', [plain], temp=True)
    print(e.filename == plain)
    e = attempt('directory', [d], temp=True)
    print(e.filename == d)
    missing = os.path.join(d, 'missing')
    e = attempt('bad cwd', ['pwd'], cwd=missing, temp=True)
    print(e.filename == missing)
    e = attempt('cwd is a file', ['pwd'], cwd=plain, temp=True)
    print(e.filename == plain)
    script = os.path.join(d, 'script')
    with open(script, 'w') as f:
        f.write('#!/no/such/interpreter\n')
    os.chmod(script, 0o755)
    e = attempt('bad interpreter', [script], temp=True)
    print(e.filename == script)
    with open(script, 'w') as f:
        f.write('#!/bin/sh\necho "script ran: $1"\n')
    print(subprocess.run([script, 'arg'], stdin=subprocess.DEVNULL, capture_output=True).stdout)
    print(subprocess.run(['./script', 'rel'], cwd=d, stdin=subprocess.DEVNULL,
                         capture_output=True).stdout)

try:
    subprocess.run(['true'], stdin=subprocess.DEVNULL, env={'A=B': 'c'})
except ValueError as e:
    print('ValueError', e)
try:
    subprocess.run(['true'], stdin=subprocess.DEVNULL, cwd=5)
except TypeError as e:
    print('TypeError', e)
