# bdb, the debugger framework under pdb, on Kaa's tracing: a breakpoint by line, step into a
# call, next over one, return out of it, and a conditional breakpoint; each stop prints where
# it is and a local. Then pdb.run with commands from a string.
import bdb
import io
import os
import pdb
import sys

FILE = os.path.abspath(__file__)

def helper(n):
    total = 0
    for i in range(n):
        total += i
    return total

def main():
    a = 3
    b = helper(a)
    c = helper(b)
    return a + b + c

class Stepper(bdb.Bdb):
    def __init__(self, plan):
        super().__init__()
        self.plan = list(plan)

    def user_line(self, frame):
        name = frame.f_code.co_name
        print('stop', name, frame.f_lineno, sorted(frame.f_locals))
        action = self.plan.pop(0) if self.plan else 'continue'
        if action == 'step':
            self.set_step()
        elif action == 'next':
            self.set_next(frame)
        elif action == 'return':
            self.set_return(frame)
        else:
            self.set_continue()

    def user_return(self, frame, value):
        print('return from', frame.f_code.co_name, value)
        self.set_step()

dbg = Stepper(['next', 'step', 'next', 'return', 'next', 'continue'])
dbg.set_break(FILE, 21)
dbg.runcall(main)
print('breaks', [(os.path.basename(b.file), b.line) for b in bdb.Breakpoint.bpbynumber if b])
dbg.clear_all_breaks()

cond = Stepper(['continue'])
cond.set_break(FILE, 16, cond='i == 2')
print('result', cond.runcall(helper, 4))

out = io.StringIO()
p = pdb.Pdb(stdin=io.StringIO('step\nnext\np total\nwhere 0\ncontinue\n'), stdout=out, nosigint=True)
p.prompt = '(Pdb) '
p.runcall(helper, 2)
print(out.getvalue().replace(FILE, '<file>'))
print(sys.gettrace())
