# subprocess.run: captured output, input, text mode, check=True, stderr=STDOUT, DEVNULL.
import subprocess

r = subprocess.run(['echo', 'hello'], stdin=subprocess.DEVNULL, capture_output=True)
print(r)
print(type(r.stdout).__name__, r.stdout, r.stderr, r.returncode)

r = subprocess.run(['sh', '-c', 'echo out; echo err >&2; exit 3'], stdin=subprocess.DEVNULL,
                   capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr), r.returncode)

r = subprocess.run(['tr', 'a-z', 'A-Z'], input=b'shout\n', capture_output=True)
print(r.stdout)
r = subprocess.run(['tr', 'a-z', 'A-Z'], input='text mode\n', capture_output=True, text=True)
print(repr(r.stdout))

# A million bytes through cat, both ways at once: no deadlock.
data = bytes(range(256)) * 4000
r = subprocess.run(['cat'], input=data, capture_output=True)
print(len(r.stdout), r.stdout == data, r.stderr)

try:
    subprocess.run(['sh', '-c', 'echo partial; exit 2'], stdin=subprocess.DEVNULL,
                   capture_output=True, check=True)
except subprocess.CalledProcessError as e:
    print(e)
    print(e.returncode, e.cmd, e.output, e.stdout, e.stderr)

try:
    subprocess.check_call(['false'], stdin=subprocess.DEVNULL)
except subprocess.CalledProcessError as e:
    print(repr(e))

r = subprocess.run(['sh', '-c', 'echo one; echo two >&2'], stdin=subprocess.DEVNULL,
                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(sorted(r.stdout.split()), r.stderr)

r = subprocess.run(['echo', 'gone'], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
print(r.stdout, r.returncode)

print(subprocess.check_output(['printf', '%s-%s', 'a', 'b'], stdin=subprocess.DEVNULL))
print(subprocess.check_output('echo $((6 * 7))', shell=True, stdin=subprocess.DEVNULL, text=True))
print(subprocess.check_output(['cat'], input=b'from input'))
r = subprocess.run(['printf', 'a\\r\\nb\\rc\\n'], stdin=subprocess.DEVNULL, capture_output=True,
                   text=True)
print(repr(r.stdout))
r = subprocess.run(['printf', 'caf\\303\\251'], stdin=subprocess.DEVNULL, capture_output=True,
                   encoding='utf-8')
print(repr(r.stdout))

# argv[0] is what the caller gave, even when executable= names the program.
print(subprocess.run(['myname', '-c', 'echo $0'], executable='/bin/sh', stdin=subprocess.DEVNULL,
                     capture_output=True).stdout)
print(subprocess.run('echo $0', shell=True, stdin=subprocess.DEVNULL, capture_output=True).stdout)
