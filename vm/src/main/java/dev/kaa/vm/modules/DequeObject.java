package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.ClassMethod;
import dev.kaa.vm.objects.CompareOp;
import dev.kaa.vm.objects.GenericAlias;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PySingletons;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.Slot;
import java.lang.invoke.MethodHandles;
import java.util.Arrays;

/**
 * {@code collections.deque([iterable[, maxlen]])}: a double-ended queue in a circular array
 * (capacity a power of two). {@link #state} changes on every change of the contents that moves
 * items, so that iterators and searches notice "deque mutated during iteration" where CPython
 * does; assigning an item by index does not count.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class DequeObject extends CollectionsSubclassable {
    public static final PyType TYPE = PyType.builtin("collections.deque", DequeObject.class,
            MethodHandles.lookup(), PyType.BASETYPE | PyType.SEQUENCE | PyType.UNHASHABLE);

    private Object[] buf = new Object[8];
    private int head;
    private int size;
    /** -1 when unbounded. */
    private int maxlen = -1;
    /** Mutation counter checked by iterators and searches. */
    long state;

    DequeObject(PyType cls) {
        super(cls, false);
    }

    /** An empty deque of the built-in type. */
    public static DequeObject of(int maxlen) {
        DequeObject d = new DequeObject(TYPE);
        d.maxlen = maxlen;
        return d;
    }

    int size() {
        return size;
    }

    Object at(int i) {
        return buf[(head + i) & (buf.length - 1)];
    }

    private void put(int i, Object v) {
        buf[(head + i) & (buf.length - 1)] = v;
    }

    private void grow() {
        if (size < buf.length) {
            return;
        }
        if (buf.length >= (1 << 30)) {
            throw PyErr.memoryError();
        }
        Object[] nb = new Object[buf.length * 2];
        for (int i = 0; i < size; i++) {
            nb[i] = at(i);
        }
        buf = nb;
        head = 0;
    }

    private Object[] toArray() {
        Object[] a = new Object[size];
        for (int i = 0; i < size; i++) {
            a[i] = at(i);
        }
        return a;
    }

    // ---- the primitive changes --------------------------------------------------------------------

    private void pushRight(Object x) {
        grow();
        put(size, x);
        size++;
        state++;
    }

    private void pushLeft(Object x) {
        grow();
        head = (head - 1) & (buf.length - 1);
        buf[head] = x;
        size++;
        state++;
    }

    private Object takeRight() {
        size--;
        int at = (head + size) & (buf.length - 1);
        Object x = buf[at];
        buf[at] = null;
        state++;
        return x;
    }

    private Object takeLeft() {
        Object x = buf[head];
        buf[head] = null;
        head = (head + 1) & (buf.length - 1);
        size--;
        state++;
        return x;
    }

    // ---- construction -------------------------------------------------------------------------------

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        return new DequeObject(cls);
    }

    @PyMethod
    void __init__(Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (args.length > 2) {
            throw PyErr.typeError("deque() takes at most 2 arguments (%d given)", args.length);
        }
        Object iterable = npos > 0 ? args[0] : null;
        Object max = npos > 1 ? args[1] : null;
        for (int k = 0; k < nkw; k++) {
            String kw = kwnames[k];
            if (kw.equals("iterable") && iterable == null) {
                iterable = args[npos + k];
            } else if (kw.equals("maxlen") && max == null) {
                max = args[npos + k];
            } else if (kw.equals("iterable") || kw.equals("maxlen")) {
                throw PyErr.typeError("argument for deque() given by name ('%s') and position (%d)", kw,
                        kw.equals("iterable") ? 1 : 2);
            } else {
                throw PyErr.typeError("deque() got an unexpected keyword argument '%s'", kw);
            }
        }
        int m = -1;
        if (max != null && max != PyNone.NONE) {
            if (!(max instanceof PyInt i)) {
                throw PyErr.typeError("an integer is required");
            }
            if (!i.isLong() || i.longValue() > Integer.MAX_VALUE) {
                if (i.signum() < 0) {
                    throw PyErr.valueError("maxlen must be non-negative");
                }
                throw PyErr.overflowError("Python int too large to convert to C ssize_t");
            }
            if (i.longValue() < 0) {
                throw PyErr.valueError("maxlen must be non-negative");
            }
            m = (int) i.longValue();
        }
        maxlen = m;
        if (size > 0) {
            clear();
        }
        if (iterable != null) {
            extend(iterable);
        }
    }

    // ---- methods ---------------------------------------------------------------------------------------

    @PyMethod(doc = "Put x at the back.")
    void append(Object x) {
        if (maxlen == 0) {
            return;
        }
        if (size == maxlen) {
            takeLeft();
        }
        pushRight(x);
    }

    @PyMethod(doc = "Put x at the front.")
    void appendleft(Object x) {
        if (maxlen == 0) {
            return;
        }
        if (size == maxlen) {
            takeRight();
        }
        pushLeft(x);
    }

    @PyMethod(doc = "Take the back item off and give it back.")
    Object pop() {
        if (size == 0) {
            throw PyErr.indexError("pop from an empty deque");
        }
        return takeRight();
    }

    @PyMethod(doc = "Take the front item off and give it back.")
    Object popleft() {
        if (size == 0) {
            throw PyErr.indexError("pop from an empty deque");
        }
        return takeLeft();
    }

    /** The items of {@code iterable}, a snapshot when it is this deque. */
    private Object iterateSafely(Object iterable) {
        return iterable == this ? new PyList(toArray()) : iterable;
    }

    @PyMethod(doc = "append() each item of the iterable in turn.")
    void extend(Object iterable) {
        Object it = Abstract.iter(iterateSafely(iterable));
        for (Object x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            append(x);
        }
    }

    @PyMethod(doc = "appendleft() each item of the iterable in turn (so they end up reversed).")
    void extendleft(Object iterable) {
        Object it = Abstract.iter(iterateSafely(iterable));
        for (Object x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            appendleft(x);
        }
    }

    @PyMethod(doc = "Empty the deque.")
    void clear() {
        buf = new Object[8];
        head = 0;
        size = 0;
        state++;
    }

    @PyMethod(doc = "A new deque with the same items and maxlen.")
    Object copy() {
        if (type() == TYPE) {
            DequeObject d = of(maxlen);
            d.buf = Arrays.copyOf(toArray(), Math.max(8, Integer.highestOneBit(Math.max(1, size)) * 2));
            d.size = size;
            return d;
        }
        return maxlen < 0 ? Abstract.call(type(), this) : Abstract.call(type(), this, PyInt.of(maxlen));
    }

    @PyMethod
    Object __copy__() {
        return copy();
    }

    @PyMethod(doc = "How many items equal value.")
    int count(Object value) {
        long start = state;
        int n = 0;
        for (int i = 0; i < size; i++) {
            boolean eq = Abstract.equals(at(i), value);
            if (state != start) {
                throw PyErr.runtimeError("deque mutated during iteration");
            }
            if (eq) {
                n++;
            }
        }
        return n;
    }

    private int clampIndex(Object v) {
        long i = Abstract.index(v) instanceof PyInt p && p.isLong() ? p.longValue()
                : (Abstract.index(v).signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE);
        if (i < 0) {
            i += size;
            if (i < 0) {
                i = 0;
            }
        }
        return (int) Math.min(i, size);
    }

    @PyMethod(doc = "Position of the first item equal to value within [start, stop) (ValueError if none).")
    int index(Object value, @Opt Object start, @Opt Object stop) {
        int from = start == null ? 0 : sliceIndex(start);
        int to = stop == null ? size : sliceIndex(stop);
        long st = state;
        for (int i = from; i < to && i < size; i++) {
            boolean eq = Abstract.equals(at(i), value);
            if (state != st) {
                throw PyErr.runtimeError("deque mutated during iteration");
            }
            if (eq) {
                return i;
            }
        }
        throw PyErr.valueError("%R is not in deque", value);
    }

    private int sliceIndex(Object v) {
        if (Abstract.typeOf(v).unary(Slot.__index__) == null) {
            throw PyErr.typeError("slice indices must be integers or have an __index__ method");
        }
        return clampIndex(v);
    }

    @PyMethod(doc = "Put value at position index, shifting later items right.")
    void insert(Object where, Object value) {
        long index = ssize(where);
        if (size == maxlen) {
            throw PyErr.indexError("deque already at its maximum size");
        }
        long i = index;
        if (i < 0) {
            i = Math.max(0, i + size);
        }
        i = Math.min(i, size);
        if (i == size) {
            append(value);
        } else if (i == 0) {
            appendleft(value);
        } else {
            Object[] a = toArray();
            Object[] b = new Object[size + 1];
            System.arraycopy(a, 0, b, 0, (int) i);
            b[(int) i] = value;
            System.arraycopy(a, (int) i, b, (int) i + 1, size - (int) i);
            replaceAll(b);
        }
    }

    /** An index-sized argument, as CPython's {@code Py_ssize_t} conversion. */
    private static long ssize(Object o) {
        PyInt i = Abstract.index(o);
        if (!i.isLong()) {
            throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        }
        return i.longValue();
    }

    private void replaceAll(Object[] items) {
        int cap = 8;
        while (cap < items.length + 1) {
            cap <<= 1;
        }
        buf = Arrays.copyOf(items, cap);
        head = 0;
        size = items.length;
        state++;
    }

    @PyMethod(doc = "Delete the first item equal to value (ValueError if none).")
    void remove(Object value) {
        long st = state;
        int n = size;
        for (int i = 0; i < n; i++) {
            boolean eq = Abstract.equals(at(i), value);
            if (state != st) {
                throw PyErr.indexError("deque mutated during iteration");
            }
            if (eq) {
                deleteAt(i);
                return;
            }
        }
        throw PyErr.valueError("%R is not in deque", value);
    }

    private void deleteAt(int i) {
        if (i == 0) {
            takeLeft();
        } else if (i == size - 1) {
            takeRight();
        } else {
            Object[] a = toArray();
            Object[] b = new Object[size - 1];
            System.arraycopy(a, 0, b, 0, i);
            System.arraycopy(a, i + 1, b, i, size - i - 1);
            replaceAll(b);
        }
    }

    @PyMethod(doc = "Reverse *IN PLACE*.")
    void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            Object t = at(i);
            put(i, at(j));
            put(j, t);
        }
        state++;
    }

    @PyMethod(doc = "Move the last n items to the front (n=1 by default); a negative n moves the first items to the"
            + " back.")
    void rotate(@Opt Object steps) {
        long n = steps == null ? 1 : ssize(steps);
        if (size <= 1) {
            state++;
            return;
        }
        int k = (int) Math.floorMod(n, (long) size);
        if (k == 0) {
            state++;
            return;
        }
        Object[] a = toArray();
        Object[] b = new Object[size];
        System.arraycopy(a, size - k, b, 0, k);
        System.arraycopy(a, 0, b, k, size - k);
        replaceAll(b);
    }

    @PyGetter(doc = "the size limit given at creation, or None")
    Object maxlen() {
        return maxlen < 0 ? PyNone.NONE : PyInt.of(maxlen);
    }

    // ---- sequence protocol -----------------------------------------------------------------------

    @PyMethod
    int __len__() {
        return size;
    }

    private int itemIndex(Object index) {
        if (Abstract.typeOf(index).unary(Slot.__index__) == null) {
            throw PyErr.typeError("sequence index must be integer, not '%T'", index);
        }
        PyInt p = Abstract.index(index);
        if (!p.isLong()) {
            throw PyErr.indexError("cannot fit 'int' into an index-sized integer");
        }
        long i = p.longValue();
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw PyErr.indexError("deque index out of range");
        }
        return (int) i;
    }

    @PyMethod
    Object __getitem__(Object index) {
        return at(itemIndex(index));
    }

    @PyMethod
    void __setitem__(Object index, Object value) {
        put(itemIndex(index), value);
    }

    @PyMethod
    void __delitem__(Object index) {
        deleteAt(itemIndex(index));
    }

    @PyMethod
    boolean __contains__(Object value) {
        long st = state;
        for (int i = 0; i < size; i++) {
            boolean eq = Abstract.equals(at(i), value);
            if (state != st) {
                throw PyErr.runtimeError("deque mutated during iteration");
            }
            if (eq) {
                return true;
            }
        }
        return false;
    }

    @PyMethod
    Object __iter__() {
        return new DequeIterator(DequeIterator.FORWARD, this, 0);
    }

    @PyMethod
    Object __reversed__() {
        return new DequeIterator(DequeIterator.REVERSE, this, 0);
    }

    @PyMethod
    Object __repr__() {
        if (!CollectionsRecursion.enter(this)) {
            return PyStr.of("[...]");
        }
        try {
            String items = Abstract.repr(new PyList(toArray())).value();
            String name = type().name();
            return PyStr.of(maxlen < 0 ? name + "(" + items + ")" : name + "(" + items + ", maxlen=" + maxlen + ")");
        } finally {
            CollectionsRecursion.leave(this);
        }
    }

    // ---- comparison and arithmetic ---------------------------------------------------------------

    private Object compare(Object other, CompareOp op) {
        if (!(other instanceof DequeObject w)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        long sv = state, sw = w.state;
        int i = 0;
        for (; i < size && i < w.size; i++) {
            Object a = at(i), b = w.at(i);
            boolean eq = Abstract.equals(a, b);
            if (state != sv || w.state != sw) {
                throw PyErr.runtimeError("deque mutated during iteration");
            }
            if (!eq) {
                if (op == CompareOp.EQ) {
                    return PyBool.FALSE;
                }
                if (op == CompareOp.NE) {
                    return PyBool.TRUE;
                }
                return Abstract.richCompare(a, b, op);
            }
        }
        return PyBool.of(op.test(Integer.compare(size, w.size)));
    }

    @PyMethod
    Object __eq__(Object other) {
        return compare(other, CompareOp.EQ);
    }

    @PyMethod
    Object __ne__(Object other) {
        return compare(other, CompareOp.NE);
    }

    @PyMethod
    Object __lt__(Object other) {
        return compare(other, CompareOp.LT);
    }

    @PyMethod
    Object __le__(Object other) {
        return compare(other, CompareOp.LE);
    }

    @PyMethod
    Object __gt__(Object other) {
        return compare(other, CompareOp.GT);
    }

    @PyMethod
    Object __ge__(Object other) {
        return compare(other, CompareOp.GE);
    }

    @PyMethod
    Object __add__(Object other) {
        if (!(other instanceof DequeObject)) {
            throw PyErr.typeError("can only concatenate deque (not \"%T\") to deque", other);
        }
        DequeObject r = (DequeObject) copy();
        r.extend(other);
        return r;
    }

    @PyMethod
    Object __iadd__(Object other) {
        extend(other);
        return this;
    }

    private static long repeatCount(Object n) {
        if (Abstract.typeOf(n).unary(Slot.__index__) == null) {
            return Long.MIN_VALUE;
        }
        PyInt i = Abstract.index(n);
        if (!i.isLong()) {
            if (i.signum() < 0) {
                return 0;
            }
            throw PyErr.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return Math.max(0, i.longValue());
    }

    @PyMethod
    Object __mul__(Object n) {
        long times = repeatCount(n);
        if (times == Long.MIN_VALUE) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        DequeObject r = (DequeObject) copy();
        r.repeatInPlace(times);
        return r;
    }

    @PyMethod
    Object __rmul__(Object n) {
        return __mul__(n);
    }

    @PyMethod
    Object __imul__(Object n) {
        long times = repeatCount(n);
        if (times == Long.MIN_VALUE) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        repeatInPlace(times);
        return this;
    }

    private void repeatInPlace(long times) {
        if (times == 0 || size == 0) {
            clear();
            return;
        }
        if (times == 1) {
            return;
        }
        Object[] items = toArray();
        int n = items.length;
        long total = times > Long.MAX_VALUE / n ? Long.MAX_VALUE : (long) n * times;
        // With a maxlen only the last maxlen items of the repetition survive.
        long keep = maxlen >= 0 ? Math.min(total, maxlen) : total;
        if (keep > (1 << 30)) {
            throw PyErr.memoryError();
        }
        Object[] out = new Object[(int) keep];
        long first = total - keep;
        for (int j = 0; j < out.length; j++) {
            out[j] = items[(int) ((first + j) % n)];
        }
        replaceAll(out);
    }

    @PyMethod
    Object __reduce__() {
        PyDict d = instanceDict();
        Object state = d == null || d.size() == 0 ? PyNone.NONE : d;
        Object args = maxlen < 0 ? PyTuple.EMPTY : PyTuple.of(PyTuple.EMPTY, PyInt.of(maxlen));
        return PyTuple.of(type(), args, state, __iter__());
    }

    @ClassMethod
    static Object __class_getitem__(PyType cls, Object item) {
        return GenericAlias.of(cls, item);
    }
}
