# The environment and working directory a child starts with.
import os
import subprocess
import tempfile

def out(args, **kwargs):
    kwargs.setdefault('stdin', subprocess.DEVNULL)
    return subprocess.run(args, capture_output=True, text=True, **kwargs).stdout

print(repr(out(['sh', '-c', 'echo "[$FRUIT]"'], env={'FRUIT': 'orange', 'PATH': os.defpath})))
print(repr(out(['/usr/bin/env'], env={'ONLY': 'this'})))
print(repr(out(['/usr/bin/env'], env={b'BYTES_KEY': b'bytes value'})))

os.environ['KAA_SUBPROCESS_VAR'] = 'from os.environ'
print(repr(out('echo "$KAA_SUBPROCESS_VAR"', shell=True)))
del os.environ['KAA_SUBPROCESS_VAR']
print(repr(out('echo "[${KAA_SUBPROCESS_VAR-unset}]"', shell=True)))
os.putenv('KAA_PUTENV_VAR', 'put')
print(repr(out('echo "$KAA_PUTENV_VAR"', shell=True)))
os.unsetenv('KAA_PUTENV_VAR')

print(repr(out(['pwd'], cwd='/')))
print(repr(out(['pwd'], cwd=b'/')))
with tempfile.TemporaryDirectory() as d:
    real = os.path.realpath(d)
    os.mkdir(os.path.join(real, 'sub'))
    print(out(['pwd'], cwd=real).strip() == real)
    print(out(['ls'], cwd=real))
    with open(os.path.join(real, 'sub', 'data.txt'), 'w') as f:
        f.write('in sub\n')
    print(repr(out(['cat', 'data.txt'], cwd=os.path.join(real, 'sub'))))
    import pathlib
    print(repr(out(['cat', 'data.txt'], cwd=pathlib.Path(real) / 'sub')))
    # The child writes to a file the parent opened, at the file's position.
    name = os.path.join(real, 'log.txt')
    with open(name, 'w') as f:
        f.write('parent first\n')
        f.flush()
        subprocess.run(['echo', 'child second'], stdin=subprocess.DEVNULL, stdout=f)
        f.write('parent third\n')
    with open(name) as f:
        print(repr(f.read()))
    with open(name) as f:
        print(repr(out(['wc', '-l'], stdin=f).strip()))
