# operator module: function forms of operators, itemgetter/attrgetter/methodcaller, index/length_hint.
import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul("a", 3), op.truediv(1, 4), op.floordiv(-7, 2), op.mod(-7, 2), op.pow(2, 8), op.neg(5), op.pos(-1), op.abs(-2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.invert(0), op.lshift(1, 4), op.rshift(256, 4), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2), op.contains([1, 2], 2), op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"))
print(op.getitem([1, 2, 3], 1), op.getitem("abc", slice(1, None)), op.concat([1], [2]), op.index(7), op.length_hint([1, 2]), op.length_hint(iter([]), 5))
lst = [1, 2, 3]
op.setitem(lst, 0, 9)
op.delitem(lst, 1)
print(lst, op.iadd([1], [2]), op.iconcat("a", "b"), op.imul(3, 4))
ig = op.itemgetter(1)
ig2 = op.itemgetter(0, -1)
print(ig("abc"), ig2("abc"), sorted([(1, "b"), (0, "c")], key=op.itemgetter(1)), repr(ig) if False else "ig")
class P:
    def __init__(self):
        self.name = "n"
        self.inner = self
    def greet(self, who, punct="!"):
        return f"hi {who}{punct}"
ag = op.attrgetter("name", "inner.name")
mc = op.methodcaller("greet", "bob", punct="?")
print(ag(P()), mc(P()), op.attrgetter("name")(P()))
for f in (lambda: op.index(1.5), lambda: op.add(1, "a"), lambda: op.itemgetter(5)([1]), lambda: op.attrgetter("zz")(P()), lambda: op.concat(1, 2)):
    try:
        print(f())
    except (TypeError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)
print(op.call(len, "abc") if hasattr(op, "call") else 3, op.matmul.__name__, op.__add__ is op.add)
