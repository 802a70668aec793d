# \N{...} escapes know Unicode's name aliases (NameAliases.txt) as well as the names: control
# characters, abbreviations, corrections and alternate names.
import ast

ALIASES = [
    "BYTE ORDER MARK", "BOM", "ZWJ", "ZWNJ", "NBSP", "LINE FEED", "LF", "NEW LINE", "EOL",
    "CARRIAGE RETURN", "NULL", "nul", "ESCAPE", "Esc", "DELETE", "PADDING CHARACTER",
    "LATIN CAPITAL LETTER GHA", "LATIN SMALL LETTER GHA", "KANNADA LETTER LLLA",
    "LAO LETTER FO FON", "YI SYLLABLE ITERATION MARK",
    "BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS", "VS1", "VS256", "SHY", "WJ",
]

for alias in ALIASES:
    s = ast.literal_eval('"\\N{%s}"' % alias)
    b = eval('"\\N{%s}"' % alias)
    print(f"{alias!r:60} U+{ord(s):04X} {s == b}")

# Names themselves, names made by rule, and what is not a name.
for name in ["LATIN SMALL LETTER A", "CJK UNIFIED IDEOGRAPH-4E00", "HANGUL SYLLABLE GAG",
             "LINE FEED (LF)", "NOT A REAL NAME", "BOM "]:
    try:
        print(name, hex(ord(eval('"\\N{%s}"' % name))))
    except SyntaxError as e:
        print(name, "SyntaxError:", e.msg)
