# os.spawnv and its relatives: P_WAIT gives the exit code, P_NOWAIT the pid to wait for;
# a program that cannot start gives 127; argv is checked as os.py checks it. The children are
# the shell and grep, which every system has (an embedding host's sys.executable may not be a
# program at all), and answer by exit status only (a child writes to the process's own
# descriptors, which an embedding host's streams are not).
import os
import sys

sh = "/bin/sh"
script = "exit $0"
sys.stdout.flush()
print("spawnv", os.spawnv(os.P_WAIT, sh, [sh, "-c", script, "3"]))
sys.stdout.flush()
env = dict(os.environ)
env["SPAWN-KEY"] = "given"     # not a shell identifier: passed through all the same
grep = "/bin/grep"
has_key = [grep, "-qz", "^SPAWN-KEY=given$", "/proc/self/environ"]
print("spawnve", os.spawnve(os.P_WAIT, grep, has_key, env), os.spawnv(os.P_WAIT, grep, has_key))
sys.stdout.flush()
print("spawnl", os.spawnl(os.P_WAIT, sh, sh, "-c", script, "5"))
sys.stdout.flush()
print("spawnle", os.spawnle(os.P_WAIT, grep, *has_key, env))
sys.stdout.flush()
print("spawnvp", os.spawnvp(os.P_WAIT, "true", ["true"]))
print("spawnlp", os.spawnlp(os.P_WAIT, "false", "false"))
pid = os.spawnv(os.P_NOWAIT, sh, [sh, "-c", "exit 7"])
print("nowait", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
print("missing", os.spawnv(os.P_WAIT, "/nonexistent/program", ["program"]))
for args in ((), [], ("",), [""]):
    try:
        os.spawnv(os.P_NOWAIT, sh, args)
    except ValueError as e:
        print("ValueError", e)
try:
    os.spawnv(os.P_WAIT, sh, "abc")
except TypeError as e:
    print("TypeError", e)
print(os.P_WAIT, os.P_NOWAIT, os.P_NOWAITO)
