/**
 * The disassembler ({@link dev.kaa.bytecode.dis.Disassembler}, CPython 3.13's {@code dis} layout)
 * and the decoders of a code object's tables that it and the interpreter need:
 * {@link dev.kaa.bytecode.dis.LineTable} (locations) and
 * {@link dev.kaa.bytecode.dis.ExceptionTable} (handlers).
 */
package dev.kaa.bytecode.dis;
