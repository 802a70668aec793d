def run(program):
    stack = []
    pc = 0
    out = []
    while pc < len(program):
        op, *args = program[pc]
        pc += 1
        match op:
            case "push":
                stack.append(args[0])
            case "add" | "sub" | "mul":
                b, a = stack.pop(), stack.pop()
                stack.append({"add": a + b, "sub": a - b, "mul": a * b}[op])
            case "dup":
                stack.append(stack[-1])
            case "jz":
                if stack.pop() == 0:
                    pc = args[0]
            case "jmp":
                pc = args[0]
            case "print":
                out.append(stack[-1])
            case "swap":
                stack[-1], stack[-2] = stack[-2], stack[-1]
            case "pop":
                stack.pop()
            case _:
                raise ValueError(f"bad op {op}")
    return out
prog = [
    ("push", 1), ("push", 5),
    ("dup",), ("jz", 12),
    ("swap",), ("push", 2), ("mul",), ("print",), ("swap",),
    ("push", 1), ("sub",), ("jmp", 2),
]
print(run(prog))
try:
    run([("bogus",)])
except ValueError as e:
    print(e)
