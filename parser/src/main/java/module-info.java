/**
 * The tokenizer and PEG parser of Python 3.13, producing the node set of the {@code ast} module.
 * It requires only {@code dev.kaa.bytecode}, for the one model of constant values that the AST,
 * code objects and {@code marshal} share. The parser is found as a {@link dev.kaa.parser.PythonParser}
 * service.
 */
module dev.kaa.parser {
    requires transitive dev.kaa.bytecode;

    exports dev.kaa.parser;
    exports dev.kaa.parser.ast;

    uses dev.kaa.parser.PythonParser;
    provides dev.kaa.parser.PythonParser with dev.kaa.parser.internal.peg.PegPythonParser;
}
