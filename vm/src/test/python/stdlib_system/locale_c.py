# _locale and locale in the locales every Linux has (C, C.UTF-8, POSIX): the start-up state,
# setlocale's queries and errors, localeconv, nl_langinfo, collation, and the gettext calls.
import _locale
import locale

print(_locale.setlocale(_locale.LC_NUMERIC), _locale.setlocale(_locale.LC_TIME))
print(sorted(locale.localeconv().items()))
print([_locale.nl_langinfo(getattr(_locale, f"DAY_{i}")) for i in range(1, 8)])
print([_locale.nl_langinfo(getattr(_locale, f"ABMON_{i}")) for i in range(1, 13)])
print([_locale.nl_langinfo(getattr(_locale, k)) for k in ("D_T_FMT", "D_FMT", "T_FMT", "AM_STR", "RADIXCHAR", "YESEXPR")])
print(_locale.strcoll("a", "b") < 0, _locale.strcoll("b", "a") > 0, _locale.strcoll("a", "a"))
print(_locale.strxfrm("abc"), sorted(["b", "a", "B"], key=locale.strxfrm))
print(_locale.gettext("hello"), _locale.dgettext(None, "x"), _locale.textdomain(None))
print(_locale.setlocale(_locale.LC_ALL, "C"), _locale.setlocale(_locale.LC_ALL, "POSIX"))
print(_locale.nl_langinfo(_locale.CODESET), _locale.getencoding())
print(locale.format_string("%.2f|%d", (1234.5, 1000), grouping=True), locale.str(2.5), locale.atof("3.25"))
print(issubclass(locale.Error, Exception), _locale.Error is locale.Error, _locale.CHAR_MAX)


def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


attempt(_locale.setlocale, 99)
attempt(_locale.setlocale, _locale.LC_ALL, "xx_YY.nowhere")
attempt(_locale.setlocale, "x")
attempt(_locale.setlocale, _locale.LC_ALL, "a\0b")
attempt(_locale.nl_langinfo, 12345)
attempt(_locale.strcoll, "a\0", "b")
attempt(_locale.strxfrm, "a\0")
attempt(_locale.gettext, 5)

# Back to the start-up state: other programs may share this process's locale.
_locale.setlocale(_locale.LC_ALL, "C")
print(_locale.setlocale(_locale.LC_CTYPE, ""))
