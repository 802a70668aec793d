# _posixsubprocess.fork_exec's argument checks, which run before any child is started.
import os
import _posixsubprocess

r, w = os.pipe()
w = os.dup2(w, 30)

def call(**changes):
    args = dict(args=[b'true'], executable_list=[b'/bin/true'], close_fds=True, pass_fds=(w,),
                cwd=None, env=None, p2cread=-1, p2cwrite=-1, c2pread=-1, c2pwrite=-1,
                errread=-1, errwrite=-1, errpipe_read=r, errpipe_write=w,
                restore_signals=True, call_setsid=False, pgid_to_set=-1, gid=None,
                extra_groups=None, uid=None, child_umask=-1, preexec_fn=None, allow_vfork=True)
    args.update(changes)
    try:
        pid = _posixsubprocess.fork_exec(*args.values())
    except Exception as e:
        print(sorted(changes), type(e).__name__, e)
    else:
        print(sorted(changes), 'started', os.waitpid(pid, 0)[1])

print(_posixsubprocess.__name__, type(_posixsubprocess.__doc__).__name__)  # the text is Kaa's own
print([n for n in dir(_posixsubprocess) if not n.startswith('_')])
for bad in [(), (1,) * 22, (1,) * 24]:
    try:
        _posixsubprocess.fork_exec(*bad)
    except TypeError as e:
        print(e)
try:
    _posixsubprocess.fork_exec(args=1)
except TypeError as e:
    print(e)

call()
call(args=(b'true',))
call(args=['true'])
call(args=5)
call(args=[1])
call(args=[b'a\0b'])
call(executable_list=5)
call(executable_list=[5])
call(executable_list=['/bin/true'])
call(executable_list=[b'/no/such/file', b'/bin/true'])
call(pass_fds=[w])
call(pass_fds=(w, 5, 3))
call(pass_fds=(-1, w))
call(pass_fds=('a',))
call(cwd=5)
call(env=5)
call(env=[5])
call(env=['A=B'])
call(env={})
call(p2cread='x')
call(p2cread=2 ** 70)
call(gid='x')
call(gid=-5)
call(uid=2 ** 40)
call(uid=2 ** 64)
call(extra_groups=5)
call(extra_groups=(1,))
call(extra_groups=['x'])
call(extra_groups=[-2])
call(close_fds=True, errpipe_write=2)
call(cwd=5, errpipe_write=-1)
call(extra_groups=5, pass_fds=(1, 0))
call(args=5, executable_list=5)
call(args=[1], executable_list=5)
call(executable_list=5, env=5)
call(args=[1], env=5)
call(env=5, cwd=5)
call(extra_groups=5, gid='x')
call(gid='x', uid='x')
