package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.CompareOp;
import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyStr;
import java.lang.invoke.MethodHandles;

/**
 * {@code _heapq}: the binary-heap primitives {@code heapq} imports, on a list, with the same
 * comparisons in the same order as CPython's (only {@code <}), so that a heap's layout, and
 * which of equal items comes out first, are CPython's. A pop sifts the hole at the root down to
 * a leaf along the smaller children and then sifts the moved item up (the bottom-up variant
 * {@code heapq}'s own commentary describes). A comparison that changes the list's size raises
 * RuntimeError, as the C version does.
 *
 * <p>Thread safety: stateless; runs under the GIL.
 */
public final class HeapqModule {
    private HeapqModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_heapq");
        m.put("__doc__", PyStr.of("Binary min-heaps kept in plain lists, where heap[0] is always the smallest item."));
        Exposer.functions(HeapqModule.class, MethodHandles.lookup(), "_heapq", m).forEach(m::put);
        return m;
    }

    private static PyList list(Object heap, String function) {
        if (!(heap instanceof PyList l)) {
            throw PyErr.typeError("%s() argument 1 must be list, not %T", function, heap);
        }
        return l;
    }

    /** {@code a < b} (or {@code b < a} for the max-heap), checking the heap kept its size. */
    private static boolean less(PyList heap, int size, Object a, Object b) {
        boolean r = Abstract.isTrue(Abstract.richCompare(a, b, CompareOp.LT));
        if (heap.size() != size) {
            throw PyErr.runtimeError("list changed size during iteration");
        }
        return r;
    }

    /** Moves the item at {@code pos} towards {@code start} while it is smaller than its parent. */
    private static void siftDown(PyList heap, int start, int pos, boolean max) {
        int size = heap.size();
        Object item = heap.get(pos);
        while (pos > start) {
            int parentPos = (pos - 1) >> 1;
            Object parent = heap.get(parentPos);
            if (max ? less(heap, size, parent, item) : less(heap, size, item, parent)) {
                heap.set(pos, parent);
                pos = parentPos;
                continue;
            }
            break;
        }
        heap.set(pos, item);
    }

    /** Restores the heap below {@code pos}: the smaller child moves up until a leaf, then the item sifts down. */
    private static void siftUp(PyList heap, int pos, boolean max) {
        int end = heap.size();
        int start = pos;
        Object item = heap.get(pos);
        int child = 2 * pos + 1;
        while (child < end) {
            int right = child + 1;
            if (right < end) {
                Object c = heap.get(child), r = heap.get(right);
                if (max ? !less(heap, end, r, c) : !less(heap, end, c, r)) {
                    child = right;
                }
            }
            heap.set(pos, heap.get(child));
            pos = child;
            child = 2 * pos + 1;
        }
        heap.set(pos, item);
        siftDown(heap, start, pos, max);
    }

    @PyMethod(doc = "Add item to the heap.")
    static void heappush(Object heap, Object item) {
        PyList h = list(heap, "heappush");
        h.append(item);
        siftDown(h, 0, h.size() - 1, false);
    }

    @PyMethod(doc = "Take the smallest item off the heap and give it back (IndexError when empty).")
    static Object heappop(Object heap) {
        return pop(list(heap, "heappop"), false);
    }

    private static Object pop(PyList h, boolean max) {
        if (h.size() == 0) {
            throw PyErr.indexError("index out of range");
        }
        Object last = h.removeLast();
        if (h.size() == 0) {
            return last;
        }
        Object top = h.get(0);
        h.set(0, last);
        siftUp(h, 0, max);
        return top;
    }

    @PyMethod(doc = "Take the smallest item off the heap and add item in its place, in one step.\n"
            + "\n"
            + "The heap keeps its size, and the item given back may be larger than the one\n"
            + "added (compare with heap[0] first, or use heappushpop, if that matters).")
    static Object heapreplace(Object heap, Object item) {
        return replace(list(heap, "heapreplace"), item, false);
    }

    private static Object replace(PyList h, Object item, boolean max) {
        if (h.size() == 0) {
            throw PyErr.indexError("index out of range");
        }
        Object top = h.get(0);
        h.set(0, item);
        siftUp(h, 0, max);
        return top;
    }

    @PyMethod(doc = "Add item, then take the smallest item off the heap, in one step: when item is\n"
            + "no larger than heap[0] it comes straight back and the heap is untouched.")
    static Object heappushpop(Object heap, Object item) {
        PyList h = list(heap, "heappushpop");
        if (h.size() == 0) {
            return item;
        }
        Object top = h.get(0);
        if (!less(h, h.size(), top, item)) {
            return item;
        }
        if (h.size() == 0) {
            throw PyErr.indexError("index out of range");
        }
        top = h.get(0);
        h.set(0, item);
        siftUp(h, 0, false);
        return top;
    }

    @PyMethod(doc = "Reorder a list in place, in linear time, so that it is a heap.")
    static void heapify(Object heap) {
        if (!(heap instanceof PyList h)) {
            throw PyErr.typeError("heapify() argument must be list, not %T", heap);
        }
        for (int i = h.size() / 2 - 1; i >= 0; i--) {
            siftUp(h, i, false);
        }
    }

    @PyMethod(doc = "Take the largest item off a max-heap.")
    static Object _heappop_max(Object heap) {
        return pop(list(heap, "_heappop_max"), true);
    }

    @PyMethod(doc = "Take the largest item off a max-heap and add item, in one step.")
    static Object _heapreplace_max(Object heap, Object item) {
        return replace(list(heap, "_heapreplace_max"), item, true);
    }

    @PyMethod(doc = "Reorder the list into a max-heap (largest item first).")
    static void _heapify_max(Object heap) {
        if (!(heap instanceof PyList h)) {
            throw PyErr.typeError("_heapify_max() argument must be list, not %T", heap);
        }
        for (int i = h.size() / 2 - 1; i >= 0; i--) {
            siftUp(h, i, true);
        }
    }
}
