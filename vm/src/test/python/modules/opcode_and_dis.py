# _opcode and the opcode/dis modules built on it: the instruction table, stack effects, errors.
import _opcode
import opcode
import dis
print(opcode.opmap["CALL"], opcode.opmap["RETURN_VALUE"], opcode.HAVE_ARGUMENT, len(opcode.opname) > 200)
print(opcode.hasjump[:4], opcode.hasconst, opcode.hasname[:4], opcode.hasfree[:3], opcode.haslocal[:3], opcode.hasexc)
print(_opcode.is_valid(17), _opcode.is_valid(256), _opcode.is_valid(999), _opcode.has_arg(1), _opcode.has_arg(53))
for args, kw in [((90,), {}), ((53,), {}), ((53, 2), {}), ((52, 3), {}), ((1000,), {}), ((-1,), {}), ((262, 0), {"jump": True}), ((262, 0), {"jump": False}), ((262, 0), {})]:
    try:
        print(args, kw, _opcode.stack_effect(*args, **kw))
    except ValueError as e:
        print(args, kw, "ValueError", e)
print(_opcode.get_nb_ops()[:3], len(_opcode.get_intrinsic1_descs()), _opcode.get_intrinsic2_descs()[1])
print(_opcode.get_specialization_stats())
print(dis.stack_effect(opcode.opmap["BUILD_LIST"], 4), opcode._nb_ops[0])
def f(a, b=2):
    c = a + b
    return [c * i for i in range(3)]
print([ins.opname for ins in dis.get_instructions(f)][:6])
print(f.__code__._varname_from_oparg(0), f.__code__._varname_from_oparg(2))
