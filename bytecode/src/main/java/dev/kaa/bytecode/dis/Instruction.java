package dev.kaa.bytecode.dis;

/**
 * One instruction of a code object as {@code dis.get_instructions} describes it.
 *
 * @param opname the instruction's name ({@code <N>} for a number 3.13 does not define)
 * @param opcode its number
 * @param arg its argument with {@code EXTENDED_ARG} prefixes applied, or null if it takes none
 * @param argrepr the argument as {@code dis} shows it in parentheses ({@code ""} for none)
 * @param offset the byte offset of the instruction
 * @param startsLine whether a new source line starts here
 * @param lineNumber the source line, or null (Python's {@code None})
 * @param label the number of the {@code L} label at this offset, or null if nothing jumps here
 * @param jumpTarget the byte offset a jump goes to, or null if it is not a jump
 *
 * <p>Thread safety: immutable.
 */
public record Instruction(String opname, int opcode, Integer arg, String argrepr, int offset,
        boolean startsLine, Integer lineNumber, Integer label, Integer jumpTarget) {}
