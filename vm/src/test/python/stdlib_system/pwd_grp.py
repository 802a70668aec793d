# pwd and grp: entries of the system's databases (root is on every Linux), their struct types,
# and the errors for ids and names out of range or not found.
import grp
import pwd

root = pwd.getpwuid(0)
print(root.pw_name, root.pw_uid, root.pw_gid, root[0] == root.pw_name, len(root))
print(type(root).__name__, type(root).__module__, pwd.struct_passwd.n_fields, pwd.struct_passwd.n_sequence_fields)
print(pwd.getpwnam("root") == root, root in pwd.getpwall())
print(all(pwd.getpwnam(e.pw_name).pw_uid == e.pw_uid for e in pwd.getpwall()))
print(pwd.struct_passwd(("u", "x", 1, 2, "gecos", "/home/u", "/bin/sh")))

group = grp.getgrgid(0)
print(group.gr_name, group.gr_gid, type(group.gr_mem).__name__, len(group))
print(grp.getgrnam("root") == group, grp.getgrgid(id=0) == group, grp.getgrnam(name="root").gr_gid)
print(all(grp.getgrnam(g.gr_name).gr_gid == g.gr_gid for g in grp.getgrall()))
print(all(isinstance(m, str) for g in grp.getgrall() for m in g.gr_mem))


def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for value in (2**32 - 1, 2**32, 2**63, -1, -2, "0", 1.5):
    attempt(pwd.getpwuid, value)
    attempt(grp.getgrgid, value)
attempt(pwd.getpwnam, "no such user, surely")
attempt(pwd.getpwnam, "a\0b")
attempt(pwd.getpwnam, 5)
attempt(grp.getgrnam, "no such group, surely")
attempt(grp.getgrnam, b"root")
