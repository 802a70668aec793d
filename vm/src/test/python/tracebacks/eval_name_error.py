# NameError raised inside eval() called from a function; frames from "<string>".
def evaluate(expr, **names):
    return eval(expr, {}, names)
print(evaluate("a + b", a=1, b=2))
print(evaluate("x * x", x=12))
print(evaluate("len(s)", s="abc"))
exprs = ["1 + 1", "2 ** 10", "'ab' * 2"]
for e in exprs:
    print(e, "=", evaluate(e))
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("evaluating")
print(evaluate("alpha + beta", alpha=1))
print("never")
