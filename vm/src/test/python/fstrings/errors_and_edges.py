# f-string edge cases: errors raised inside fields, compile-time errors via compile(), lambdas.
def fail():
    raise KeyError("inside")
try:
    f"a{fail()}b"
except KeyError as e:
    print("KeyError", e)
try:
    f"{undefined_name}"
except NameError as e:
    print("NameError", e)
for src in ["f'{}'", "f'{x!z}'", "f'{'", "f'}'", "f'{x!}'", "f'{x:{y:{z:{w}}}}'", "f'{lambda x: 1}'",
            "f'{yield}'", "f'{*a}'", "f'{!r}'", "f'{x=!q}'"]:
    try:
        compile(src, "<fstr>", "eval")
        print(src, "compiles")
    except SyntaxError as e:
        print(src, "SyntaxError", e.msg)
x = 5
print(f"{(lambda: x)()}", f"{x:{x}}|", f"{x!r:{x}}|", f"{'\n'.join(['a', 'b'])}")
print(f"{x:}", f"{x!s:}", f"{x}" f"{x}", "plain" f"{x}" "end", F"{x}", rf"\n{x}", fR"\t{x}")
nested = {"a": {"b": [10, 20]}}
print(f"{nested['a']['b'][1]}", f"{nested!r:.10}")
print(f"{x:>{x + 3}}|", f"{'x' * x}", f"{[i for i in range(x)]}")
class Obj:
    attr = "A"
    def method(self):
        return "M"
o = Obj()
print(f"{o.attr}{o.method()}{Obj.__name__}", f"{o.attr!r}")
print(f"{1:{'<'}5}|{2:{'>'}5}|", f"{'end'}")
def g():
    return f"{x}" + f"{x + 1}"
print(g(), len(f"{'é' * 3}"), f"{x:_^11}")
