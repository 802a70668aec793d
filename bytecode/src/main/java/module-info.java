/**
 * CPython 3.13's instruction set, code objects, {@code marshal}, the {@code .pyc} format and the
 * disassembler. A leaf: it requires no other Kaa module.
 */
module dev.kaa.bytecode {
    exports dev.kaa.bytecode;
    exports dev.kaa.bytecode.marshal;
    exports dev.kaa.bytecode.pyc;
    exports dev.kaa.bytecode.dis;
}
