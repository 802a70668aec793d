package dev.kaa.vm.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@code _operator} through {@code operator}, and argument-count messages of the Group B modules, run as Python on Kaa. Each expected text is what CPython 3.13 printed for the same
 * program, with object addresses masked as {@code 0xX}.
 */
class OperatorModuleTest {
    @Test
    void everyFunctionAndTheGetterTypes() {
        String source = """
                import operator as op, _operator
                op._compare_digest = _operator._compare_digest
                print(op.add(1, 2), op.sub(5, 3), op.mul('a', 3), op.truediv(1, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
                print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.lshift(1, 4), op.rshift(16, 2), op.neg(3), op.pos(-3), op.inv(5), op.invert(5), op.abs(-2))
                print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1), op.ne(1, 1), op.gt(1, 2), op.ge(3, 2), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
                print(op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'), op.getitem([1, 2], 1), op.concat([1], [2]), op.index(5))
                l = [1, 2, 3]; op.setitem(l, 0, 9); op.delitem(l, 1); print(l, op.iadd([1], [2]), op.iconcat([1], (3,)))
                print(op.length_hint([1, 2]), op.length_hint(iter(range(5))), op.length_hint(3, 7), op.call(max, 1, 5, key=lambda x: -x))
                print(op.attrgetter('real', 'imag')(3+4j), op.attrgetter('__class__.__name__')(1), op.itemgetter(1)('abc'), op.itemgetter(0, 2)('abc'))
                print(op.attrgetter('a.b', 'c'), op.itemgetter(1), op.itemgetter(1, 'x'), op.methodcaller('split', ',', maxsplit=1))
                print(op.methodcaller('split', ',', maxsplit=1)('a,b,c'), op.methodcaller('upper')('x'))
                print(op.attrgetter('a').__reduce__(), op.itemgetter(1, 2).__reduce__(), op.methodcaller('f', 1).__reduce__())
                print(op._compare_digest('abc', 'abc'), op._compare_digest(b'ab', b'ac'), op.__add__(1, 2), op.ixor(5, 1), op.imatmul)
                for s in ["op.indexOf([1], 5)", "op.concat(1, 2)", "op.neg('a')", "op.abs('a')", "op.attrgetter()", "op.attrgetter(1)",
                          "op.itemgetter()", "op.methodcaller()", "op.methodcaller(1)", "op.attrgetter('a')(1, 2)", "op._compare_digest(1, 2)",
                          "op._compare_digest('é', 'e')", "op.length_hint(1, 'a')", "op.add(1, 'a')", "op.iadd(1, 'a')"]:
                    try: print(eval(s))
                    except Exception as e: print(type(e).__name__, e)
                """;
        String expected = """
                3 2 aaa 0.5 3 1 1024
                2 7 5 16 4 -3 -3 -6 -6 2
                True True True False False True True False True True
                True 2 2 2 [1, 2] 5
                [9, 3] [1, 2] [1, 3]
                2 5 7 1
                (3.0, 4.0) int b ('a', 'c')
                operator.attrgetter('a.b', 'c') operator.itemgetter(1) operator.itemgetter(1, 'x') operator.methodcaller('split', ',', maxsplit=1)
                ['a', 'b,c'] X
                (<class 'operator.attrgetter'>, ('a',)) (<class 'operator.itemgetter'>, (1, 2)) (<class 'operator.methodcaller'>, ('f', 1))
                True False 3 4 <built-in function imatmul>
                ValueError sequence.index(x): x not in sequence
                TypeError 'int' object can't be concatenated
                TypeError bad operand type for unary -: 'str'
                TypeError bad operand type for abs(): 'str'
                TypeError attrgetter expected 1 argument, got 0
                TypeError attribute name must be a string
                TypeError itemgetter expected 1 argument, got 0
                TypeError methodcaller needs at least one argument, the method name
                TypeError method name must be a string
                TypeError attrgetter expected 1 argument, got 2
                TypeError unsupported operand types(s) or combination of types: 'int' and 'int'
                TypeError comparing strings with non-ASCII characters is not supported
                TypeError 'str' object cannot be interpreted as an integer
                TypeError unsupported operand type(s) for +: 'int' and 'str'
                TypeError unsupported operand type(s) for +=: 'int' and 'str'
                """;
        assertEquals(expected, FunctoolsModuleTest.runPython(source, "operator_all.py"));
    }

    @Test
    void argumentCountMessages() {
        String source = """
                import math, operator, itertools, functools, collections
                for s in ['math.pow(1)', 'math.log()', 'math.log(1, 2, 3)', 'math.isclose(1)', 'math.prod()', 'math.prod([1], 2)', 'math.hypot(x=1)', 'math.comb(1)', 'math.perm()', 'math.dist(1)', 'math.nextafter(1)', 'math.fma(1, 2)', 'math.ldexp(1)', 'math.sumprod([1])', 'math.copysign(1)', 'math.atan2(1)', 'operator.add(1)', 'operator.setitem(1, 2)', 'operator.length_hint()', 'operator.call()', 'operator.itemgetter(1)(1, 2)', 'operator.methodcaller("x")()', 'operator.contains(1)', 'functools.reduce()', 'functools.cmp_to_key()', 'functools.cmp_to_key(1, 2)', 'collections.deque(1, 2, 3, 4)', 'collections.deque().append()', 'collections.deque().rotate(1, 2)', 'collections.deque().index()', 'collections.deque().insert(1)', 'collections.defaultdict().__missing__()', 'collections.deque(foo=1)', 'itertools.count(1, 2, 3)', 'itertools.tee()', 'itertools.islice(1)', 'itertools.compress([])', 'itertools.pairwise()', 'itertools.dropwhile(1)', 'itertools.zip_longest(a=1)', 'itertools.chain.from_iterable()', 'itertools.groupby()', 'itertools.accumulate([], 1, 2, 3)']:
                    try: print(s, '->', eval(s))
                    except Exception as e: print(s, type(e).__name__, e)
                """;
        String expected = """
                math.pow(1) TypeError pow expected 2 arguments, got 1
                math.log() TypeError log expected at least 1 argument, got 0
                math.log(1, 2, 3) TypeError log expected at most 2 arguments, got 3
                math.isclose(1) TypeError isclose() missing required argument 'b' (pos 2)
                math.prod() TypeError prod() takes exactly 1 positional argument (0 given)
                math.prod([1], 2) TypeError prod() takes exactly 1 positional argument (2 given)
                math.hypot(x=1) TypeError math.hypot() takes no keyword arguments
                math.comb(1) TypeError comb expected 2 arguments, got 1
                math.perm() TypeError perm expected at least 1 argument, got 0
                math.dist(1) TypeError dist expected 2 arguments, got 1
                math.nextafter(1) TypeError nextafter() takes exactly 2 positional arguments (1 given)
                math.fma(1, 2) TypeError fma expected 3 arguments, got 2
                math.ldexp(1) TypeError ldexp expected 2 arguments, got 1
                math.sumprod([1]) TypeError sumprod expected 2 arguments, got 1
                math.copysign(1) TypeError copysign expected 2 arguments, got 1
                math.atan2(1) TypeError atan2 expected 2 arguments, got 1
                operator.add(1) TypeError add expected 2 arguments, got 1
                operator.setitem(1, 2) TypeError setitem expected 3 arguments, got 2
                operator.length_hint() TypeError length_hint expected at least 1 argument, got 0
                operator.call() TypeError call expected at least 1 argument, got 0
                operator.itemgetter(1)(1, 2) TypeError itemgetter expected 1 argument, got 2
                operator.methodcaller("x")() TypeError methodcaller expected 1 argument, got 0
                operator.contains(1) TypeError contains expected 2 arguments, got 1
                functools.reduce() TypeError reduce expected at least 2 arguments, got 0
                functools.cmp_to_key() TypeError cmp_to_key() missing required argument 'mycmp' (pos 1)
                functools.cmp_to_key(1, 2) TypeError cmp_to_key() takes at most 1 argument (2 given)
                collections.deque(1, 2, 3, 4) TypeError deque() takes at most 2 arguments (4 given)
                collections.deque().append() TypeError deque.append() takes exactly one argument (0 given)
                collections.deque().rotate(1, 2) TypeError rotate expected at most 1 argument, got 2
                collections.deque().index() TypeError index expected at least 1 argument, got 0
                collections.deque().insert(1) TypeError insert expected 2 arguments, got 1
                collections.defaultdict().__missing__() TypeError defaultdict.__missing__() takes exactly one argument (0 given)
                collections.deque(foo=1) TypeError deque() got an unexpected keyword argument 'foo'
                itertools.count(1, 2, 3) TypeError count() takes at most 2 arguments (3 given)
                itertools.tee() TypeError tee expected at least 1 argument, got 0
                itertools.islice(1) TypeError islice expected at least 2 arguments, got 1
                itertools.compress([]) TypeError compress() missing required argument 'selectors' (pos 2)
                itertools.pairwise() TypeError pairwise expected 1 argument, got 0
                itertools.dropwhile(1) TypeError dropwhile expected 2 arguments, got 1
                itertools.zip_longest(a=1) TypeError zip_longest() got an unexpected keyword argument
                itertools.chain.from_iterable() TypeError chain.from_iterable() takes exactly one argument (0 given)
                itertools.groupby() TypeError groupby() missing required argument 'iterable' (pos 1)
                itertools.accumulate([], 1, 2, 3) TypeError accumulate() takes at most 3 arguments (4 given)
                """;
        assertEquals(expected, FunctoolsModuleTest.runPython(source, "arity_messages.py"));
    }
}
