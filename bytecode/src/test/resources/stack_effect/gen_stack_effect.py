# Regenerate: python3.13 gen_stack_effect.py > stack_effect_313.txt
# Writes the expected table for StackEffectTest: opcode name, oparg, effect(jump=False), effect(jump=True)
import dis, sys
ARGS = list(range(0, 10)) + [15, 16, 255, 256, 257, 258, 511, 512, 513, 1000, 65535, 65536 + 3]
out = ["# dis.stack_effect of CPython 3.13: name oparg nojump jump (E = ValueError)"]
for name, o in sorted(dis.opmap.items(), key=lambda x: x[1]):
    for a in ARGS:
        r = []
        for j in (False, True):
            try:
                r.append(str(dis.stack_effect(o, a, jump=j)))
            except ValueError:
                r.append("E")
        out.append(f"{name} {a} {r[0]} {r[1]}")
sys.stdout.write("\n".join(out) + "\n")
