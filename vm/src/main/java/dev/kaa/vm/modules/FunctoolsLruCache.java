package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBoundMethod;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PySetter;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;

/**
 * {@code functools._lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)}: the
 * callable {@code @lru_cache} makes. Keys are made as CPython's {@code _make_key}: the single
 * argument itself when it is an exact {@code str} or {@code int}, else a tuple of the
 * positional arguments, then a marker and the keyword items, then (when typed) the types.
 * A bounded cache keeps its entries in a doubly linked list, most recently used last.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class FunctoolsLruCache extends CollectionsSubclassable {
    public static final PyType TYPE = PyType.builtin("functools._lru_cache_wrapper", FunctoolsLruCache.class,
            MethodHandles.lookup(), PyType.METHOD_DESCRIPTOR);

    /** Separates positional from keyword arguments in keys (CPython's {@code kwd_mark}). */
    private static final Object KWD_MARK = Abstract.call(PyType.OBJECT);

    /** An entry of a bounded cache. */
    private static final class Link {
        Link prev, next;
        Object key, result;
    }

    private final Object func;
    /** -1 when unbounded. */
    private final long maxsize;
    private final boolean typed;
    private final Object cacheInfoType;
    private final PyDict cache = new PyDict();
    /** Sentinel of the circular list: {@code root.next} is the oldest entry. */
    private final Link root = new Link();
    private long hits, misses;

    private FunctoolsLruCache(PyType cls, Object func, long maxsize, boolean typed, Object cacheInfoType) {
        super(cls, true);
        this.func = func;
        this.maxsize = maxsize;
        this.typed = typed;
        this.cacheInfoType = cacheInfoType;
        root.prev = root.next = root;
    }

    @PyMethod(positionalOnly = 0)
    static Object __new__(PyType cls, Object user_function, Object maxsize, boolean typed, Object cache_info_type) {
        if (!FunctoolsModule.callable(user_function)) {
            throw PyErr.typeError("the first argument must be callable");
        }
        long max;
        if (maxsize == PyNone.NONE) {
            max = -1;
        } else if (maxsize instanceof PyInt i) {
            if (!i.isLong()) {
                throw PyErr.overflowError("cannot fit 'int' into an index-sized integer");
            }
            max = Math.max(0, i.longValue());
        } else {
            throw PyErr.typeError("maxsize should be integer or None");
        }
        return new FunctoolsLruCache(cls, user_function, max, typed, cache_info_type);
    }

    @PyMethod
    Object __call__(Object[] args, String[] kwnames) {
        if (maxsize == 0) {
            misses++;
            return Abstract.call(func, args, kwnames);
        }
        Object key = makeKey(args, kwnames);
        Object found = cache.getItem(key);
        if (maxsize < 0) {
            if (found != null) {
                hits++;
                return found;
            }
            misses++;
            Object result = Abstract.call(func, args, kwnames);
            cache.setItem(key, result);
            return result;
        }
        if (found instanceof Link link) {
            unlink(link);
            append(link);
            hits++;
            return link.result;
        }
        misses++;
        Object result = Abstract.call(func, args, kwnames);
        if (cache.getItem(key) != null) {
            // A recursive call cached this key meanwhile: keep that entry.
            return result;
        }
        Link link;
        if (cache.size() < maxsize || root.next == root) {
            link = new Link();
        } else {
            link = root.next;
            unlink(link);
            cache.delItem(link.key);
        }
        link.key = key;
        link.result = result;
        append(link);
        cache.setItem(key, link);
        return result;
    }

    private void unlink(Link link) {
        link.prev.next = link.next;
        link.next.prev = link.prev;
    }

    private void append(Link link) {
        link.prev = root.prev;
        link.next = root;
        root.prev.next = link;
        root.prev = link;
    }

    private Object makeKey(Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (!typed && nkw == 0) {
            if (npos == 1) {
                Object a = args[0];
                if (a.getClass() == PyStr.class || a.getClass() == PyInt.class) {
                    return a;
                }
            }
            return new PyTuple(args.clone());
        }
        int size = npos + (nkw > 0 ? 2 * nkw + 1 : 0) + (typed ? npos + nkw : 0);
        Object[] key = new Object[size];
        int k = 0;
        for (int i = 0; i < npos; i++) {
            key[k++] = args[i];
        }
        if (nkw > 0) {
            key[k++] = KWD_MARK;
            for (int i = 0; i < nkw; i++) {
                key[k++] = PyStr.of(kwnames[i]);
                key[k++] = args[npos + i];
            }
        }
        if (typed) {
            for (int i = 0; i < npos; i++) {
                key[k++] = Abstract.typeOf(args[i]);
            }
            for (int i = 0; i < nkw; i++) {
                key[k++] = Abstract.typeOf(args[npos + i]);
            }
        }
        return new PyTuple(key);
    }

    @PyMethod
    Object __get__(Object obj, @Opt Object type) {
        if (obj == null || obj == PyNone.NONE) {
            return this;
        }
        return new PyBoundMethod(this, obj);
    }

    @PyMethod(doc = "Report cache statistics")
    Object cache_info() {
        Object max = maxsize < 0 ? PyNone.NONE : PyInt.of(maxsize);
        return Abstract.call(cacheInfoType, PyInt.of(hits), PyInt.of(misses), max, PyInt.of(cache.size()));
    }

    @PyMethod(doc = "Empty the cache and reset its hit and miss counts")
    void cache_clear() {
        cache.clear();
        root.prev = root.next = root;
        hits = misses = 0;
    }

    @PyMethod
    Object __reduce__() {
        return Abstract.getAttr(this, "__qualname__");
    }

    @PyMethod
    Object __copy__() {
        return this;
    }

    @PyMethod
    Object __deepcopy__(Object memo) {
        return this;
    }

    @PyGetter("__dict__")
    Object dictAttr() {
        return instanceDict();
    }

    @PySetter("__dict__")
    void setDictAttr(Object value) {
        if (!(value instanceof PyDict d)) {
            throw PyErr.typeError("__dict__ must be set to a dictionary, not a '%T'", value);
        }
        setInstanceDict(d);
    }
}
