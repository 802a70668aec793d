log = []
def t(v):
    log.append(v)
    return v
print(t(0) and t(1))
print(t(2) and t(3))
print(t(0) or t(4))
print(t(5) or t(6))
print(log)
log.clear()
print(t(1) and t(0) or t(7))
print(t(None) or t("") or t([]))
print(t(1) and t(2) and t(3))
print(log)
x = [] or {} or "default"
print(x)
y = 0 and crash_if_evaluated
print(y)
def cond(a, b, c):
    if a and (b or c):
        return "yes"
    return "no"
print([cond(a, b, c) for a in (0, 1) for b in (0, 1) for c in (0, 1)])
print(not 1 and 0, not (1 and 0))
z = 5
print(z > 1 and z < 10 or z == 100)
