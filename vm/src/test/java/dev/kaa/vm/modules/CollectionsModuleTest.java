package dev.kaa.vm.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@code _collections}: deque, defaultdict, _count_elements, _tuplegetter, run as Python on Kaa. Each expected text is what CPython 3.13 printed for the same
 * program, with object addresses masked as {@code 0xX}.
 */
class CollectionsModuleTest {
    @Test
    void dequeDefaultdictTuplegetter() {
        String source = """
                from _collections import deque, defaultdict, _count_elements, _tuplegetter
                d = deque([1,2,3]); it = iter(d); d.rotate()
                try: print(next(it))
                except Exception as e: print(type(e).__name__, e)
                d = deque([1,2,3]); it = iter(d); d[0] = 5; print(next(it))
                class E:
                    def __eq__(s, o): d.append(1); return False
                d = deque([E(), 2])
                for s in ["d.remove(2)", "d.index(2)", "d.count(2)", "2 in d"]:
                    d = deque([E(), 2])
                    try: print(eval(s))
                    except Exception as e: print(type(e).__name__, e)
                d = deque(); d.append(d); print(d, repr(deque([1],maxlen=2)))
                class D(deque): pass
                print(D([1,2]), D([1],3).copy(), type(D([1]) + deque([2])), D.__name__)
                print(deque([1,2]) < deque([1,3]), deque([1,2]) == deque([1,2]), deque([1]) == [1])
                d = deque(range(10), maxlen=4); print(d, d * 2, 2 * deque([1]), len(d))
                d = deque([1,2,3,4,5]); d.rotate(2); print(d); d.rotate(-3); print(d); del d[1]; print(d); d.insert(-1, 'x'); print(d)
                d.extendleft([7,8]); print(d, d.pop(), d.popleft(), d.index(4), d.count(3))
                it = iter(d); print(it.__length_hint__(), list(reversed(d)))
                d += [1]; print(d); d *= 2; print(d); d.reverse(); print(d); d.clear(); print(d, d.maxlen, deque(maxlen=3).maxlen)
                print(deque[int], deque('abc').copy().__class__)
                print(deque([1],2).__copy__())
                try: hash(deque())
                except TypeError as e: print(e)
                d = deque([1,2,3]); it=iter(d); d.append(4)
                try: next(it)
                except RuntimeError as e: print(e)
                try: deque([1]).__init__(1, 2, 3)
                except TypeError as e: print(e)
                try: deque([1], maxlen=1.5)
                except TypeError as e: print(e)
                d=deque([1,2,3],2); d.appendleft(0); print(d); d.extend([9,8,7]); print(d)
                print(deque([1, 2, 3, 2]).index(2, 2), deque([1,2]).index(2, -1, 10))
                try: deque([1,2]).index(2, 0, 1)
                except ValueError as e: print(e)
                dd = defaultdict(list, {1: 2})
                dd[5].append(3)
                print(dd, dd.__reduce__()[:2], dd | {3:4}, {3:4} | dd, type({3:4}|dd), dd.copy(), type(dd.copy()))
                try: defaultdict(1)
                except TypeError as e: print(e)
                try: defaultdict()[1]
                except KeyError as e: print(repr(e))
                class DD(defaultdict): pass
                x = DD(int); x['a'] += 1; print(x, x.default_factory, isinstance(x, dict))
                d = {}; _count_elements(d, 'abracadabra'); print(d)
                class T(tuple): x = _tuplegetter(1, 'doc of x')
                print(T((1, 2)).x, T.x, T.x.__doc__)
                try: T((1,)).x
                except IndexError as e: print(e)
                try: T((1,2)).x = 1
                except AttributeError as e: print(e)
                print(deque(range(5))[-1], deque('ab', 0), list(deque(range(20))), deque(range(20), 3))
                """;
        String expected = """
                RuntimeError deque mutated during iteration
                5
                IndexError deque mutated during iteration
                RuntimeError deque mutated during iteration
                RuntimeError deque mutated during iteration
                RuntimeError deque mutated during iteration
                deque([[...]]) deque([1], maxlen=2)
                D([1, 2]) D([1], maxlen=3) <class '__main__.D'> D
                True True False
                deque([6, 7, 8, 9], maxlen=4) deque([6, 7, 8, 9], maxlen=4) deque([1, 1]) 4
                deque([4, 5, 1, 2, 3])
                deque([2, 3, 4, 5, 1])
                deque([2, 4, 5, 1])
                deque([2, 4, 5, 'x', 1])
                deque([7, 2, 4, 5, 'x']) 1 8 2 0
                5 ['x', 5, 4, 2, 7]
                deque([7, 2, 4, 5, 'x', 1])
                deque([7, 2, 4, 5, 'x', 1, 7, 2, 4, 5, 'x', 1])
                deque([1, 'x', 5, 4, 2, 7, 1, 'x', 5, 4, 2, 7])
                deque([]) None 3
                collections.deque[int] <class 'collections.deque'>
                deque([1], maxlen=2)
                unhashable type: 'collections.deque'
                deque mutated during iteration
                deque() takes at most 2 arguments (3 given)
                an integer is required
                deque([0, 2], maxlen=2)
                deque([8, 7], maxlen=2)
                3 1
                2 is not in deque
                defaultdict(<class 'list'>, {1: 2, 5: [3]}) (<class 'collections.defaultdict'>, (<class 'list'>,)) defaultdict(<class 'list'>, {1: 2, 5: [3], 3: 4}) defaultdict(<class 'list'>, {3: 4, 1: 2, 5: [3]}) <class 'collections.defaultdict'> defaultdict(<class 'list'>, {1: 2, 5: [3]}) <class 'collections.defaultdict'>
                first argument must be callable or None
                KeyError(1)
                DD(<class 'int'>, {'a': 1}) <class 'int'> True
                {'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1}
                2 _tuplegetter(1, 'doc of x') doc of x
                tuple index out of range
                can't set attribute
                4 deque([], maxlen=0) [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19] deque([17, 18, 19], maxlen=3)
                """;
        assertEquals(expected, FunctoolsModuleTest.runPython(source, "deque_defaultdict.py"));
    }
}
