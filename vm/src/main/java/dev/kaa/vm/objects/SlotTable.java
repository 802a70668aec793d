package dev.kaa.vm.objects;


/**
 * Fills a type's {@link Slot slots} from what its MRO defines, as CPython's
 * {@code fixup_slot_dispatchers} does: a built-in method inherited unchanged is called
 * directly; a method written in Python (or any other callable) is called as Python would.
 *
 * <p>Thread safety: called while a type is readied or changed, under the GIL.
 */
final class SlotTable {
    private SlotTable() {}

    static void fill(PyType type) {
        for (Slot slot : Slot.VALUES) {
            type.setSlot(slot, resolve(type, slot));
        }
    }

    private static Object resolve(PyType type, Slot slot) {
        Object v = type.lookup(PyStr.of(slot.name()));
        if (v == null) {
            return null;
        }
        if (v == PyNone.NONE && slot == Slot.__hash__) {
            return (Fn.Unary) self -> {
                throw PyErr.typeError("unhashable type: '%s'", Abstract.typeOf(self).messageName());
            };
        }
        // None for __iter__ or __contains__ says "not supported", as CPython's slots check.
        if (v == PyNone.NONE && slot == Slot.__iter__) {
            return (Fn.Unary) self -> {
                throw PyErr.typeError("'%T' object is not iterable", self);
            };
        }
        if (v == PyNone.NONE && slot == Slot.__contains__) {
            return (Fn.Binary) (self, x) -> {
                throw PyErr.typeError("'%T' object is not a container", self);
            };
        }
        // A descriptor taken from an unrelated class is called as Python would, so that it
        // refuses the instance (bpo-37619) instead of the Java code being handed a stranger.
        if (v instanceof PyMethodDescr descr && type.isSubtypeOf(descr.owner)) {
            return direct(slot, descr.callable);
        }
        if (slot == Slot.__new__ && v instanceof PyBuiltinFunction f) {
            return (Fn.Call) (cls, args, kw) -> f.callNewChecked((PyType) cls, args, kw);
        }
        if (slot == Slot.__new__ && v instanceof PyStaticMethod sm) {
            Object fn = sm.function();
            return (Fn.Call) (cls, args, kw) -> Abstract.callPrepend(fn, cls, args, kw);
        }
        return viaPython(slot, v);
    }

    /** The slot function calling a built-in method's Java code. */
    private static Object direct(Slot slot, JavaCallable c) {
        int arity = c.directArity - 1;
        switch (slot.kind) {
            case UNARY:
                if (arity == 0) {
                    return (Fn.Unary) c::callSlot;
                }
                return (Fn.Unary) self -> c.callFromSlot(self, new Object[0]);
            case BINARY:
                if (arity == 1) {
                    return (Fn.Binary) c::callSlot;
                }
                return (Fn.Binary) (self, a) -> c.callFromSlot(self, new Object[] {a});
            case TERNARY:
                if (arity == 2) {
                    return (Fn.Ternary) c::callSlot;
                }
                return (Fn.Ternary) (self, a, b) -> c.callFromSlot(self, new Object[] {a, b});
            case CALL:
            default:
                return (Fn.Call) c::call;
        }
    }




    /** {@code __new__} as {@code getattr(cls, "__new__")} finds it: a class method binds to {@code cls}. */
    private static Object bindNew(Object v, Object cls) {
        Fn.Ternary get = Abstract.typeOf(v).ternary(Slot.__get__);
        return get == null ? v : get.call(v, null, cls);
    }

    /** The slot function calling {@code v}, found on the type, as a method of the instance. */
    private static Object viaPython(Slot slot, Object v) {
        return switch (slot.kind) {
            case UNARY -> (Fn.Unary) self -> Abstract.callMethodValue(v, self);
            case BINARY -> (Fn.Binary) (self, a) -> Abstract.callMethodValue(v, self, a);
            case TERNARY -> slot == Slot.__get__
                    // The slot passes null for "through the class"; Python's __get__ receives None.
                    ? (Fn.Ternary) (self, a, b) -> Abstract.callMethodValue(v, self, a == null ? PyNone.NONE : a,
                            b == null ? PyNone.NONE : b)
                    : (Fn.Ternary) (self, a, b) -> Abstract.callMethodValue(v, self, a, b);
            case CALL -> slot == Slot.__new__
                    ? (Fn.Call) (cls, args, kw) -> Abstract.callPrepend(bindNew(v, cls), cls, args, kw)
                    : (Fn.Call) (self, args, kw) -> Abstract.callMethodValueKw(v, self, args, kw);
        };
    }
}
