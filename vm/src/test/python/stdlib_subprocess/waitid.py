# os.waitid: the end of a child as a waitid_result; WNOHANG, WNOWAIT and errors.
import os, subprocess, signal
def show(r):
    print(r if r is None else (type(r).__name__, r.si_signo, r.si_status, r.si_code, r.si_uid == os.getuid(), tuple(r)[1:]))
p = subprocess.Popen(['sh', '-c', 'exit 3'], stdin=subprocess.DEVNULL)
show(os.waitid(os.P_PID, p.pid, os.WEXITED | os.WNOWAIT))
r = os.waitid(os.P_PID, p.pid, os.WEXITED); show(r); print(r.si_pid == p.pid)
p = subprocess.Popen(['sleep', '5'], stdin=subprocess.DEVNULL)
show(os.waitid(os.P_PID, p.pid, os.WEXITED | os.WNOHANG))
p.kill()
show(os.waitid(os.P_ALL, 0, os.WEXITED))
try: os.waitid(os.P_PID, p.pid, os.WEXITED)
except Exception as e: print(type(e).__name__, e)
p = subprocess.Popen(['true'], stdin=subprocess.DEVNULL)
try: os.waitid(os.P_PID, p.pid, 0)
except Exception as e: print(type(e).__name__, e)
try: os.waitid(9, p.pid, os.WEXITED)
except Exception as e: print(type(e).__name__, e)
print(os.waitid_result.__module__, os.waitid_result.n_fields, os.waitid_result.n_sequence_fields, os.waitid_result.__name__)
print(type(os.waitid_result.__doc__).__name__)  # the text is Kaa's own
p.wait()
print(p.returncode)

# An ended child not yet waited for is a zombie: it still takes signals.
import time
p = subprocess.Popen(['true'], stdin=subprocess.DEVNULL)
while os.waitid(os.P_PID, p.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is None:
    time.sleep(0.01)
os.kill(p.pid, 0)
os.kill(p.pid, signal.SIGTERM)
print(p.wait())
try:
    os.kill(p.pid, 0)
except ProcessLookupError as e:
    print(type(e).__name__, e)
