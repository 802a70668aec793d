x = "module"
def a():
    x = "a-local"
    def b():
        global x
        x = "set by b"
        return x
    def c():
        return x
    return b(), c()
print(a(), x)
def reads_before_global_decl():
    return x
print(reads_before_global_decl())
class K:
    global gk
    gk = "from class body"
print(gk)
def gen():
    global gx
    gx = 0
    for i in range(3):
        gx += i
        yield gx
print(list(gen()), gx)
def comp_global():
    global cg
    cg = [i for i in range(3)]
comp_global()
print(cg)
exec("global_from_exec = 42")
print(global_from_exec)
