# os.spawnv and its relatives: P_WAIT gives the exit code, P_NOWAIT the pid to wait for;
# a program that cannot start gives 127; argv is checked as os.py checks it.
import os
import sys

code = "import os, sys; print('child', sys.argv[1:], os.environ.get('SPAWN-KEY')); sys.exit(int(sys.argv[1]))"
exe = sys.executable
sys.stdout.flush()
print("spawnv", os.spawnv(os.P_WAIT, exe, [exe, "-c", code, "3"]))
sys.stdout.flush()
env = dict(os.environ)
env["SPAWN-KEY"] = "given"
print("spawnve", os.spawnve(os.P_WAIT, exe, [exe, "-c", code, "4"], env))
sys.stdout.flush()
print("spawnl", os.spawnl(os.P_WAIT, exe, exe, "-c", code, "5"))
sys.stdout.flush()
print("spawnle", os.spawnle(os.P_WAIT, exe, exe, "-c", code, "6", env))
sys.stdout.flush()
print("spawnvp", os.spawnvp(os.P_WAIT, "true", ["true"]))
print("spawnlp", os.spawnlp(os.P_WAIT, "false", "false"))
pid = os.spawnv(os.P_NOWAIT, exe, [exe, "-c", "import sys; sys.exit(7)"])
print("nowait", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
print("missing", os.spawnv(os.P_WAIT, "/nonexistent/program", ["program"]))
for args in ((), [], ("",), [""]):
    try:
        os.spawnv(os.P_NOWAIT, exe, args)
    except ValueError as e:
        print("ValueError", e)
try:
    os.spawnv(os.P_WAIT, exe, "abc")
except TypeError as e:
    print("TypeError", e)
print(os.P_WAIT, os.P_NOWAIT, os.P_NOWAITO)
