# os.posix_spawn and os.posix_spawnp: file actions on the standard streams, errors, waits.
import os

def spawn(func, path, argv, env=None, **kwargs):
    try:
        pid = func(path, argv, env, **kwargs)
    except (OSError, TypeError, ValueError) as e:
        print(func.__name__, type(e).__name__, e)
        return None
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])

def captured(func, path, argv, env=None, more=(), **kwargs):
    r, w = os.pipe()
    actions = [(os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
               (os.POSIX_SPAWN_DUP2, w, 1), (os.POSIX_SPAWN_CLOSE, r), *more]
    code = spawn(func, path, argv, env, file_actions=actions, **kwargs)
    os.close(w)
    out = b''
    while chunk := os.read(r, 1000):
        out += chunk
    os.close(r)
    return code, out

print(os.POSIX_SPAWN_OPEN, os.POSIX_SPAWN_CLOSE, os.POSIX_SPAWN_DUP2)
print(captured(os.posix_spawn, '/bin/sh', ['sh', '-c', 'echo spawned; exit 4']))
print(captured(os.posix_spawnp, 'echo', ['echo', 'searched']))
print(captured(os.posix_spawn, '/bin/sh', ['myname', '-c', 'echo $0']))
print(captured(os.posix_spawn, '/bin/sh', ['sh', '-c', 'echo "[$V]"'], {'V': 'env value'}))
print(captured(os.posix_spawn, '/bin/sh', ['sh', '-c', 'echo "[$V]"'], {b'V': b'bytes'}))
print(captured(os.posix_spawn, '/bin/sh', ['sh', '-c', 'echo out; echo err >&2'],
               more=[(os.POSIX_SPAWN_DUP2, 1, 2)], setsigdef=[13], setsid=False))
print(captured(os.posix_spawn, '/bin/sh', ['sh', '-c', 'ls /proc/self/fd/0 >/dev/null 2>&1 && echo open || echo closed'],
               more=[(os.POSIX_SPAWN_CLOSE, 0)]))

spawn(os.posix_spawn, '/no/such/program', ['x'])
spawn(os.posix_spawnp, 'no-such-program-kaa', ['x'])
spawn(os.posix_spawn, '/etc/passwd', ['x'])
spawn(os.posix_spawn, '/bin/true', [])
spawn(os.posix_spawn, '/bin/true', 'true')
spawn(os.posix_spawn, '/bin/true', [''])
spawn(os.posix_spawn, '/bin/true', ['true'], 5)
spawn(os.posix_spawn, '/bin/true', ['true'], {'A=B': 'c'})
spawn(os.posix_spawn, '/bin/true', ['true'], file_actions=5)
spawn(os.posix_spawn, '/bin/true', ['true'], file_actions=[5])
spawn(os.posix_spawn, '/bin/true', ['true'], file_actions=[(9,)])
spawn(os.posix_spawn, '/bin/true', ['true'], file_actions=[(os.POSIX_SPAWN_CLOSE,)])
spawn(os.posix_spawn, '/bin/true', ['true'], file_actions=[(os.POSIX_SPAWN_DUP2, 1)])
spawn(os.posix_spawn, '/bin/true', ['true'], file_actions=[(os.POSIX_SPAWN_DUP2, 55, 1)])
spawn(os.posix_spawn, '/bin/true', ['true'],
      file_actions=[(os.POSIX_SPAWN_OPEN, 1, '/no/such/dir/f', os.O_WRONLY, 0)])
spawn(os.posix_spawn, '/bin/true', ['true'], setsigdef=[99])
spawn(os.posix_spawn, '/bin/true', ['true'], file_actions=[(os.POSIX_SPAWN_CLOSE, None)])
spawn(os.posix_spawn, '/bin/true', ['true'], file_actions=[(os.POSIX_SPAWN_OPEN, 3, 'x\0', 0, 0)])
spawn(os.posix_spawn, '/bin/true', ['true'], setpgroup='023')
print(spawn(os.posix_spawn, '/bin/true', ['true'], file_actions=[(os.POSIX_SPAWN_CLOSE, 55)]))
print(spawn(os.posix_spawn, '/bin/sh', ['sh', '-c', 'exit 9'],
            file_actions=[(os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0)]))
