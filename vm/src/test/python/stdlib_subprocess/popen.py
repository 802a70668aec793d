# Popen: pipes between processes, stdin writes, communicate with a timeout, signals, waits.
import os
import signal
import subprocess

PIPE = subprocess.PIPE
p1 = subprocess.Popen(['printf', 'pear\\napple\\nfig\\n'], stdin=subprocess.DEVNULL, stdout=PIPE)
p2 = subprocess.Popen(['sort'], stdin=p1.stdout, stdout=PIPE)
p1.stdout.close()
print(p2.communicate(), p1.wait(), p2.returncode)

p = subprocess.Popen(['cat'], stdin=PIPE, stdout=PIPE)
p.stdin.write(b'line one\n')
p.stdin.write(b'line two\n')
p.stdin.close()
print(p.stdout.read(), p.wait())
p.stdout.close()

with subprocess.Popen(['tr', 'a-z', 'A-Z'], stdin=PIPE, stdout=PIPE, text=True) as p:
    out, err = p.communicate('context manager\n')
print(repr(out), err, p.returncode)

p = subprocess.Popen(['sleep', '10'], stdin=subprocess.DEVNULL, stdout=PIPE)
print(p.poll())
try:
    p.communicate(timeout=0.3)
except subprocess.TimeoutExpired as e:
    print(e)
    print(e.cmd, e.timeout, e.output)
p.kill()
print(p.communicate(), p.returncode, p.poll())

p = subprocess.Popen(['sleep', '10'], stdin=subprocess.DEVNULL)
p.terminate()
print(p.wait())
p = subprocess.Popen(['sleep', '10'], stdin=subprocess.DEVNULL)
p.send_signal(signal.SIGKILL)
print(p.wait(), signal.Signals(-p.returncode).name)
p.send_signal(signal.SIGTERM)  # ended: nothing is sent
p = subprocess.Popen(['sleep', '10'], stdin=subprocess.DEVNULL)
os.kill(p.pid, signal.SIGINT)
print(p.wait())
p = subprocess.Popen(['sh', '-c', 'exit 130'], stdin=subprocess.DEVNULL)
print(p.wait())
try:
    subprocess.run(['sleep', '10'], stdin=subprocess.DEVNULL, timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd)

p = subprocess.Popen(['sh', '-c', 'exit 7'], stdin=subprocess.DEVNULL)
pid, status = os.waitpid(p.pid, 0)
print(pid == p.pid, status, os.WIFEXITED(status), os.WEXITSTATUS(status))
print(os.waitstatus_to_exitcode(status))
try:
    os.waitpid(p.pid, 0)
except ChildProcessError as e:
    print(type(e).__name__, e)
p = subprocess.Popen(['sleep', '0.3'], stdin=subprocess.DEVNULL)
print(os.waitpid(p.pid, os.WNOHANG))
pid, status = os.wait()
print(pid == p.pid, status)
try:
    os.wait()
except ChildProcessError as e:
    print(type(e).__name__, e)
p.wait()
print(p.returncode)

err = subprocess.CalledProcessError(-9, ['sleep', '10'])
print(err)
