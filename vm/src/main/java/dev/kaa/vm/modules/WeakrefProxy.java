package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.BinaryOp;
import dev.kaa.vm.objects.CompareOp;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.PyFloat;
import dev.kaa.vm.objects.Slot;
import java.lang.invoke.MethodHandles;

/**
 * {@code weakref.ProxyType}: a weak reference that stands for its referent, forwarding
 * attribute access and the operators to it, and raising {@code ReferenceError} once it is gone.
 * Proxies to callable objects are {@link WeakrefCallableProxy}.
 *
 * <p>Thread safety: see {@link WeakrefBase}.
 */
public class WeakrefProxy extends WeakrefBase {
    public static final PyType TYPE = PyType.builtin("weakref.ProxyType", WeakrefProxy.class,
            MethodHandles.lookup(), PyType.UNHASHABLE);

    WeakrefProxy() {}

    @Override public PyType type() {
        return TYPE;
    }

    @Override boolean exactType() {
        return true;
    }

    /** {@code weakref.proxy(referent, callback)}; the shared proxy when there is no callback. */
    static Object make(Object referent, Object callback) {
        Weakrefs.drain();
        Weakrefs.checkReferable(referent);
        if (callback == null || callback == dev.kaa.vm.objects.PyNone.NONE) {
            WeakrefBase basic = Weakrefs.basic(referent, true);
            if (basic != null) {
                return basic;
            }
        }
        boolean callable = Abstract.typeOf(referent).slot(Slot.__call__) != null;
        WeakrefProxy p = callable ? new WeakrefCallableProxy() : new WeakrefProxy();
        p.bind(referent, callback);
        return p;
    }

    /** The referent when {@code o} is a proxy, else {@code o}. */
    static Object unwrap(Object o) {
        return o instanceof WeakrefProxy p ? p.referent() : o;
    }

    @PyMethod
    Object __getattribute__(Object name) {
        return Abstract.getAttr(referent(), Abstract.attrName(name));
    }

    @PyMethod
    void __setattr__(Object name, Object value) {
        Abstract.setAttr(referent(), Abstract.attrName(name), value);
    }

    @PyMethod
    void __delattr__(Object name) {
        Abstract.delAttr(referent(), Abstract.attrName(name));
    }

    @PyMethod
    Object __dir__() {
        // dir() looks __dir__ up on the type; CPython's proxy answers with the referent's.
        return Abstract.callMethod(referent(), "__dir__");
    }

    @PyMethod
    Object __repr__() {
        Object o = referentOrNull();
        String head = "<weakproxy at " + Abstract.idHex(this) + "; ";
        return PyStr.of(o == null ? head + "dead>" : head + referentDescription(o) + ">");
    }

    @PyMethod
    Object __str__() {
        return Abstract.str(referent());
    }

    @PyMethod
    boolean __bool__() {
        return Abstract.isTrue(referent());
    }

    @PyMethod
    long __len__() {
        return Abstract.lenLong(referent());
    }

    @PyMethod
    boolean __contains__(Object x) {
        return Abstract.contains(referent(), x);
    }

    @PyMethod
    Object __getitem__(Object key) {
        return Abstract.getItem(referent(), key);
    }

    @PyMethod
    void __setitem__(Object key, Object value) {
        Abstract.setItem(referent(), key, value);
    }

    @PyMethod
    void __delitem__(Object key) {
        Abstract.delItem(referent(), key);
    }

    @PyMethod
    Object __iter__() {
        return Abstract.iter(referent());
    }

    @PyMethod
    Object __next__() {
        Object o = referent();
        if (Abstract.typeOf(o).slot(Slot.__next__) == null) {
            throw PyErr.typeError("Weakref proxy referenced a non-iterator '%T' object", o);
        }
        Object v = Abstract.next(o);
        if (v == null) {
            throw PyErr.stopIteration(null);
        }
        return v;
    }

    @PyMethod
    Object __neg__() {
        return Abstract.unaryOp(referent(), Slot.__neg__, "-");
    }

    @PyMethod
    Object __pos__() {
        return Abstract.unaryOp(referent(), Slot.__pos__, "+");
    }

    @PyMethod
    Object __abs__() {
        return Abstract.unaryOp(referent(), Slot.__abs__, "abs()");
    }

    @PyMethod
    Object __invert__() {
        return Abstract.unaryOp(referent(), Slot.__invert__, "~");
    }

    @PyMethod
    Object __index__() {
        return Abstract.index(referent());
    }

    @PyMethod
    Object __int__() {
        return Abstract.callMethod(Abstract.typeOf(referent()), "__int__", referent());
    }

    @PyMethod
    Object __float__() {
        return new PyFloat(Abstract.asDouble(referent()));
    }

    @PyMethod
    Object __bytes__() {
        return Abstract.callMethod(referent(), "__bytes__");
    }

    @PyMethod
    Object __reversed__() {
        return Abstract.callMethod(referent(), "__reversed__");
    }

    @PyMethod
    Object __pow__(Object other, @Opt Object mod) {
        if (mod != null && mod != dev.kaa.vm.objects.PyNone.NONE) {
            return Abstract.callMethod(referent(), "__pow__", unwrap(other), mod);
        }
        return Abstract.binaryOp(referent(), unwrap(other), BinaryOp.POWER);
    }

    @PyMethod
    Object __rpow__(Object other, @Opt Object mod) {
        return Abstract.binaryOp(unwrap(other), referent(), BinaryOp.POWER);
    }

    @PyMethod
    Object __ipow__(Object other) {
        return Abstract.inplaceOp(referent(), unwrap(other), BinaryOp.POWER);
    }

    @PyMethod
    Object __add__(Object other) {
        return Abstract.binaryOp(referent(), unwrap(other), BinaryOp.ADD);
    }

    @PyMethod
    Object __radd__(Object other) {
        return Abstract.binaryOp(unwrap(other), referent(), BinaryOp.ADD);
    }

    @PyMethod
    Object __iadd__(Object other) {
        return Abstract.inplaceOp(referent(), unwrap(other), BinaryOp.ADD);
    }

    @PyMethod
    Object __sub__(Object other) {
        return Abstract.binaryOp(referent(), unwrap(other), BinaryOp.SUBTRACT);
    }

    @PyMethod
    Object __rsub__(Object other) {
        return Abstract.binaryOp(unwrap(other), referent(), BinaryOp.SUBTRACT);
    }

    @PyMethod
    Object __isub__(Object other) {
        return Abstract.inplaceOp(referent(), unwrap(other), BinaryOp.SUBTRACT);
    }

    @PyMethod
    Object __mul__(Object other) {
        return Abstract.binaryOp(referent(), unwrap(other), BinaryOp.MULTIPLY);
    }

    @PyMethod
    Object __rmul__(Object other) {
        return Abstract.binaryOp(unwrap(other), referent(), BinaryOp.MULTIPLY);
    }

    @PyMethod
    Object __imul__(Object other) {
        return Abstract.inplaceOp(referent(), unwrap(other), BinaryOp.MULTIPLY);
    }

    @PyMethod
    Object __matmul__(Object other) {
        return Abstract.binaryOp(referent(), unwrap(other), BinaryOp.MATRIX_MULTIPLY);
    }

    @PyMethod
    Object __rmatmul__(Object other) {
        return Abstract.binaryOp(unwrap(other), referent(), BinaryOp.MATRIX_MULTIPLY);
    }

    @PyMethod
    Object __imatmul__(Object other) {
        return Abstract.inplaceOp(referent(), unwrap(other), BinaryOp.MATRIX_MULTIPLY);
    }

    @PyMethod
    Object __truediv__(Object other) {
        return Abstract.binaryOp(referent(), unwrap(other), BinaryOp.TRUE_DIVIDE);
    }

    @PyMethod
    Object __rtruediv__(Object other) {
        return Abstract.binaryOp(unwrap(other), referent(), BinaryOp.TRUE_DIVIDE);
    }

    @PyMethod
    Object __itruediv__(Object other) {
        return Abstract.inplaceOp(referent(), unwrap(other), BinaryOp.TRUE_DIVIDE);
    }

    @PyMethod
    Object __floordiv__(Object other) {
        return Abstract.binaryOp(referent(), unwrap(other), BinaryOp.FLOOR_DIVIDE);
    }

    @PyMethod
    Object __rfloordiv__(Object other) {
        return Abstract.binaryOp(unwrap(other), referent(), BinaryOp.FLOOR_DIVIDE);
    }

    @PyMethod
    Object __ifloordiv__(Object other) {
        return Abstract.inplaceOp(referent(), unwrap(other), BinaryOp.FLOOR_DIVIDE);
    }

    @PyMethod
    Object __mod__(Object other) {
        return Abstract.binaryOp(referent(), unwrap(other), BinaryOp.REMAINDER);
    }

    @PyMethod
    Object __rmod__(Object other) {
        return Abstract.binaryOp(unwrap(other), referent(), BinaryOp.REMAINDER);
    }

    @PyMethod
    Object __imod__(Object other) {
        return Abstract.inplaceOp(referent(), unwrap(other), BinaryOp.REMAINDER);
    }

    @PyMethod
    Object __lshift__(Object other) {
        return Abstract.binaryOp(referent(), unwrap(other), BinaryOp.LSHIFT);
    }

    @PyMethod
    Object __rlshift__(Object other) {
        return Abstract.binaryOp(unwrap(other), referent(), BinaryOp.LSHIFT);
    }

    @PyMethod
    Object __ilshift__(Object other) {
        return Abstract.inplaceOp(referent(), unwrap(other), BinaryOp.LSHIFT);
    }

    @PyMethod
    Object __rshift__(Object other) {
        return Abstract.binaryOp(referent(), unwrap(other), BinaryOp.RSHIFT);
    }

    @PyMethod
    Object __rrshift__(Object other) {
        return Abstract.binaryOp(unwrap(other), referent(), BinaryOp.RSHIFT);
    }

    @PyMethod
    Object __irshift__(Object other) {
        return Abstract.inplaceOp(referent(), unwrap(other), BinaryOp.RSHIFT);
    }

    @PyMethod
    Object __and__(Object other) {
        return Abstract.binaryOp(referent(), unwrap(other), BinaryOp.AND);
    }

    @PyMethod
    Object __rand__(Object other) {
        return Abstract.binaryOp(unwrap(other), referent(), BinaryOp.AND);
    }

    @PyMethod
    Object __iand__(Object other) {
        return Abstract.inplaceOp(referent(), unwrap(other), BinaryOp.AND);
    }

    @PyMethod
    Object __or__(Object other) {
        return Abstract.binaryOp(referent(), unwrap(other), BinaryOp.OR);
    }

    @PyMethod
    Object __ror__(Object other) {
        return Abstract.binaryOp(unwrap(other), referent(), BinaryOp.OR);
    }

    @PyMethod
    Object __ior__(Object other) {
        return Abstract.inplaceOp(referent(), unwrap(other), BinaryOp.OR);
    }

    @PyMethod
    Object __xor__(Object other) {
        return Abstract.binaryOp(referent(), unwrap(other), BinaryOp.XOR);
    }

    @PyMethod
    Object __rxor__(Object other) {
        return Abstract.binaryOp(unwrap(other), referent(), BinaryOp.XOR);
    }

    @PyMethod
    Object __ixor__(Object other) {
        return Abstract.inplaceOp(referent(), unwrap(other), BinaryOp.XOR);
    }

    @PyMethod
    Object __lt__(Object other) {
        return Abstract.richCompare(referent(), unwrap(other), CompareOp.LT);
    }

    @PyMethod
    Object __le__(Object other) {
        return Abstract.richCompare(referent(), unwrap(other), CompareOp.LE);
    }

    @PyMethod
    Object __eq__(Object other) {
        return Abstract.richCompare(referent(), unwrap(other), CompareOp.EQ);
    }

    @PyMethod
    Object __ne__(Object other) {
        return Abstract.richCompare(referent(), unwrap(other), CompareOp.NE);
    }

    @PyMethod
    Object __gt__(Object other) {
        return Abstract.richCompare(referent(), unwrap(other), CompareOp.GT);
    }

    @PyMethod
    Object __ge__(Object other) {
        return Abstract.richCompare(referent(), unwrap(other), CompareOp.GE);
    }
}
