package dev.kaa.vm.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@code itertools}, run as Python on Kaa. Each expected text is what CPython 3.13 printed for the same
 * program, with object addresses masked as {@code 0xX}.
 */
class ItertoolsModuleTest {
    @Test
    void reprsAndArgumentErrors() {
        String source = """
                import itertools as it
                print(it.count(5), it.count(1.5, 2), it.count(0, -1), it.count(2**70), it.count(5, 1.0), it.count(), it.count(1, 1), it.count(1, 0))
                print(it.repeat(1, 3), it.repeat('a'), it.repeat(1, -2), it.repeat(1, 0))
                c = it.count(3); next(c); print(c)
                for s in ["it.islice([], -1)", "it.islice([], 1, -1)", "it.islice([], 'a')", "it.islice([], 1, 2, 0)", "it.islice([],1,2,3,4)", "it.islice([], None, None, 'x')",
                          "it.batched([], 0)", "it.count('a')", "it.repeat()", "it.chain(1)", "list(it.chain(1))", "it.combinations([], -1)", "it.permutations([], -1)",
                          "it.product([], repeat=-1)", "it.tee([], -1)", "it.accumulate()", "it.cycle()", "it.zip_longest(1)", "it.pairwise(1)", "it.starmap(1)", "list(it.starmap(len, [1]))",
                          "it.compress(1, [])", "it.groupby(1)", "list(it.batched('abcde', 2, strict=True))", "it.islice()", "it.count(1, 'a')", "it.repeat(1, 'a')", "it.combinations_with_replacement([], -1)"]:
                    try: print(eval(s))
                    except Exception as e: print(type(e).__name__, e)
                print(list(it.batched('abcdefg', 3)), type(it.tee([1])[0]).__name__, it._tee, it._tee_dataobject, it._grouper)
                a, b = it.tee(iter([1,2,3]), 2); print(next(a), list(b), list(a), a.__copy__())
                g = it.groupby('aabbbc'); k, grp = next(g); print(k, grp, type(grp), list(grp))
                print([(k, list(v)) for k, v in it.groupby([1, 1, 2, 3, 3], key=lambda x: x % 2)])
                print(list(it.zip_longest('ab', 'xyz', fillvalue='-')), list(it.pairwise('abcd')), list(it.accumulate([1,2,3], initial=10)), list(it.accumulate([3,1,2], max)))
                class C(it.count): pass
                print(C(3), type(C(3)), next(C(3)))
                """;
        String expected = """
                count(5) count(1.5, 2) count(0, -1) count(1180591620717411303424) count(5, 1.0) count(0) count(1) count(1, 0)
                repeat(1, 3) repeat('a') repeat(1, 0) repeat(1, 0)
                count(4)
                ValueError Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
                ValueError Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
                ValueError Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
                ValueError Step for islice() must be a positive integer or None.
                TypeError islice expected at most 4 arguments, got 5
                ValueError Step for islice() must be a positive integer or None.
                ValueError n must be at least one
                TypeError a number is required
                TypeError repeat() missing required argument 'object' (pos 1)
                <itertools.chain object at 0xX>
                TypeError 'int' object is not iterable
                ValueError r must be non-negative
                ValueError r must be non-negative
                ValueError repeat argument cannot be negative
                ValueError n must be >= 0
                TypeError accumulate() missing required argument 'iterable' (pos 1)
                TypeError cycle expected 1 argument, got 0
                TypeError 'int' object is not iterable
                TypeError 'int' object is not iterable
                TypeError starmap expected 2 arguments, got 1
                TypeError 'int' object is not iterable
                TypeError 'int' object is not iterable
                TypeError 'int' object is not iterable
                ValueError batched(): incomplete batch
                TypeError islice expected at least 2 arguments, got 0
                TypeError a number is required
                TypeError 'str' object cannot be interpreted as an integer
                ValueError r must be non-negative
                [('a', 'b', 'c'), ('d', 'e', 'f'), ('g',)] _tee <class 'itertools._tee'> <class 'itertools._tee_dataobject'> <class 'itertools._grouper'>
                1 [1, 2, 3] [2, 3] <itertools._tee object at 0xX>
                a <itertools._grouper object at 0xX> <class 'itertools._grouper'> ['a', 'a']
                [(1, [1, 1]), (0, [2]), (1, [3, 3])]
                [('a', 'x'), ('b', 'y'), ('-', 'z')] [('a', 'b'), ('b', 'c'), ('c', 'd')] [10, 11, 13, 16] [3, 3, 3]
                C(3) <class '__main__.C'> 3
                """;
        assertEquals(expected, FunctoolsModuleTest.runPython(source, "itertools_basic.py"));
    }

    @Test
    void iteratorResults() {
        String source = """
                from itertools import *
                print(list(product('ab', range(2))), list(product([1, 2], repeat=2)), list(product()), list(product('ab', [])))
                print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('ab', 0)), list(combinations('ab', 3)))
                print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement('', 0)), list(combinations_with_replacement('', 1)))
                print(list(permutations('ABC', 2)), list(permutations(range(3))), list(permutations('ab', 0)), list(permutations('ab', 3)))
                print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)), list(islice(count(), 3, 20, 5)))
                print(list(compress('ABCDEF', [1,0,1,0,1,1])), list(dropwhile(lambda x: x<5, [1,4,6,3,8])), list(takewhile(lambda x: x<5, [1,4,6,3,8])), list(filterfalse(None, [0, 1, '', 'a'])))
                print(list(starmap(pow, [(2,5), (3,2)])), list(zip(count(10, 2.5), 'abc')), list(repeat('x', 3)), list(islice(cycle('ab'), 5)), list(chain.from_iterable(['ab', 'cd'])))
                t = tee(range(100), 3); print([sum(x) for x in t], len(tee(iter([]), 0)))
                a, b = tee(count()); print(next(a), next(a), next(b))
                it = iter([1,2,3]); a, b = tee(it); print(list(a), list(b))
                from operator import mul
                print(list(accumulate([1,2,3,4], mul)), list(accumulate([])), list(accumulate([], initial=1)))
                g = groupby('AAABBBCCD'); k1, g1 = next(g); k2, g2 = next(g); print(k1, list(g1), k2, list(g2))
                print([k for k, _ in groupby('AAAABBBCCDAABBB')], [list(g) for k, g in groupby('AAAABBBCCD')])
                print(list(pairwise([])), list(pairwise([1])), list(batched(range(7), 3)), list(zip_longest()), list(zip_longest([1], [])))
                class MyChain(chain):
                    def __init__(self, *a): self.tag = 'x'
                m = MyChain('ab', 'c'); print(list(m), m.tag, chain[int])
                print(repeat(1, 2).__length_hint__(), list(islice(range(10), 1, 8, 3)), count(1, 2) , count(1.5))
                r = repeat(None); 
                try: r.__length_hint__()
                except TypeError as e: print(e)
                """;
        String expected = """
                [('a', 0), ('a', 1), ('b', 0), ('b', 1)] [(1, 1), (1, 2), (2, 1), (2, 2)] [()] []
                [('A', 'B'), ('A', 'C'), ('A', 'D'), ('B', 'C'), ('B', 'D'), ('C', 'D')] [(0, 1, 2), (0, 1, 3), (0, 2, 3), (1, 2, 3)] [()] []
                [('A', 'A'), ('A', 'B'), ('A', 'C'), ('B', 'B'), ('B', 'C'), ('C', 'C')] [()] []
                [('A', 'B'), ('A', 'C'), ('B', 'A'), ('B', 'C'), ('C', 'A'), ('C', 'B')] [(0, 1, 2), (0, 2, 1), (1, 0, 2), (1, 2, 0), (2, 0, 1), (2, 1, 0)] [()] []
                ['A', 'B'] ['C', 'D'] ['C', 'D', 'E', 'F', 'G'] ['A', 'C', 'E', 'G'] [3, 8, 13, 18]
                ['A', 'C', 'E', 'F'] [6, 3, 8] [1, 4] [0, '']
                [32, 9] [(10, 'a'), (12.5, 'b'), (15.0, 'c')] ['x', 'x', 'x'] ['a', 'b', 'a', 'b', 'a'] ['a', 'b', 'c', 'd']
                [4950, 4950, 4950] 0
                0 1 0
                [1, 2, 3] [1, 2, 3]
                [1, 2, 6, 24] [] [1]
                A [] B ['B', 'B', 'B']
                ['A', 'B', 'C', 'D', 'A', 'B'] [['A', 'A', 'A', 'A'], ['B', 'B', 'B'], ['C', 'C'], ['D']]
                [] [] [(0, 1, 2), (3, 4, 5), (6,)] [] [(1, None)]
                ['a', 'b', 'c'] x itertools.chain[int]
                2 [1, 4, 7] count(1, 2) count(1.5)
                len() of unsized object
                """;
        assertEquals(expected, FunctoolsModuleTest.runPython(source, "itertools_more.py"));
    }

    @Test
    void hugeAndOutOfRangeArguments() {
        String source = """
                import itertools as it, collections, math, functools, operator
                for s in ["collections.deque([1], 3) * (2**62)", 
                          "it.repeat(1, 10**30)", "it.islice([], 10**30)", "it.batched([], 10**30)", "collections.deque(maxlen=10**30)", "collections.deque()[10**30]",
                          "collections.deque([1]).insert(10**30, 2)", "collections.deque([1]).rotate(10**30)", "math.ldexp(1.0, 10**30)", "math.ldexp(1.0, -10**30)", "math.factorial(2**70)", "math.perm(5, 2**70)", "math.nextafter(1.0, 2.0, steps=10**30)",
                          "functools.lru_cache(maxsize=10**30)(len).cache_info()", "collections.deque([1, 2]).index(1, 10**30)", "collections.deque([1, 2]).index(1, -10**30)", "math.floor(1e300)", "math.comb(10**30, 2)", "math.isqrt(10**100)", "it.count(10**30).__next__()",
                          "it.islice('abc', -5)", "it.islice('abc', 1, -5)", "it.islice('abc', 10**30, 2)", "list(it.islice('abcdef', 1, None, 2))", "collections.deque([1, 2, 3]) * -1", "collections.deque([1,2,3], 5) * 3"]:
                    try: r = eval(s); print(s, '->', r if len(repr(r)) < 80 else repr(r)[:80])
                    except Exception as e: print(s, type(e).__name__, e)
                """;
        String expected = """
                collections.deque([1], 3) * (2**62) -> deque([1, 1, 1], maxlen=3)
                it.repeat(1, 10**30) OverflowError Python int too large to convert to C ssize_t
                it.islice([], 10**30) ValueError Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
                it.batched([], 10**30) OverflowError Python int too large to convert to C ssize_t
                collections.deque(maxlen=10**30) OverflowError Python int too large to convert to C ssize_t
                collections.deque()[10**30] IndexError cannot fit 'int' into an index-sized integer
                collections.deque([1]).insert(10**30, 2) OverflowError Python int too large to convert to C ssize_t
                collections.deque([1]).rotate(10**30) OverflowError Python int too large to convert to C ssize_t
                math.ldexp(1.0, 10**30) OverflowError math range error
                math.ldexp(1.0, -10**30) -> 0.0
                math.factorial(2**70) OverflowError factorial() argument should not exceed 9223372036854775807
                math.perm(5, 2**70) -> 0
                math.nextafter(1.0, 2.0, steps=10**30) -> 2.0
                functools.lru_cache(maxsize=10**30)(len).cache_info() OverflowError cannot fit 'int' into an index-sized integer
                collections.deque([1, 2]).index(1, 10**30) ValueError 1 is not in deque
                collections.deque([1, 2]).index(1, -10**30) -> 0
                math.floor(1e300) -> 10000000000000000525047602552044202487044685811081591549158541155118024579889081
                math.comb(10**30, 2) -> 499999999999999999999999999999500000000000000000000000000000
                math.isqrt(10**100) -> 100000000000000000000000000000000000000000000000000
                it.count(10**30).__next__() -> 1000000000000000000000000000000
                it.islice('abc', -5) ValueError Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.
                it.islice('abc', 1, -5) ValueError Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.
                it.islice('abc', 10**30, 2) ValueError Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.
                list(it.islice('abcdef', 1, None, 2)) -> ['b', 'd', 'f']
                collections.deque([1, 2, 3]) * -1 -> deque([])
                collections.deque([1,2,3], 5) * 3 -> deque([2, 3, 1, 2, 3], maxlen=5)
                """;
        assertEquals(expected, FunctoolsModuleTest.runPython(source, "huge_arguments.py"));
    }
}
