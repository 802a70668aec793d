package dev.kaa.vm.objects;

/**
 * The list of the core built-in types that {@link BuiltinTypes#boot} readies: naming each
 * class here makes the JVM run its static initializer, which declares the type.
 *
 * <p>Thread safety: stateless.
 */
final class CoreTypes {
    private CoreTypes() {}

    static PyType[] all() {
        java.util.List<PyType> all = new java.util.ArrayList<>(java.util.List.of(
                PyType.OBJECT, PyType.TYPE, PyNone.TYPE, PySingletons.NotImplementedType.TYPE,
                PySingletons.EllipsisType.TYPE, PyInt.TYPE, PyBool.TYPE, PyFloat.TYPE, PyStr.TYPE,
                PyTuple.TYPE, PyList.TYPE, PyDict.TYPE, PySlice.TYPE, PyModule.TYPE,
                SeqIterator.TUPLE_ITERATOR, SeqIterator.LIST_ITERATOR, SeqIterFromGetItem.TYPE,
                PyMethodDescr.TYPE, PyMethodDescr.WRAPPER_DESCRIPTOR, PyBuiltinFunction.TYPE, PyBuiltinFunction.METHOD_WRAPPER, PyClassMethodDescr.TYPE, PyGetSetDescr.TYPE,
                PyMemberDescr.TYPE, PyStaticMethod.TYPE, PyClassMethod.TYPE, PyBoundMethod.TYPE,
                MappingProxy.TYPE, GenericAlias.TYPE, UnionType.TYPE, PyTraceback.TYPE));
        all.addAll(java.util.List.of(Exceptions.all()));
        return all.toArray(new PyType[0]);
    }
}
