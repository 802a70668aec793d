# warnings.warn with filters: error, ignore, always, once-per-location default; catch_warnings record.
import warnings
def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return "result"
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_api()
    old_api()
    warnings.warn("plain user warning")
    warnings.warn(UserWarning("instance warning"))
    warnings.warn("runtime", RuntimeWarning)
print(len(caught), [(w.category.__name__, str(w.message)) for w in caught])
print([w.lineno for w in caught][:2], caught[0].filename.endswith("filters.py"))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", UserWarning)
    except UserWarning as e:
        print("raised", type(e).__name__, e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
    print("ignored count", len(caught))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("same place")
    print("default shows once per location:", len(caught))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.warn("skip this one")
    warnings.warn("keep this one")
    print([str(w.message) for w in caught])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.filterwarnings("error", category=FutureWarning)
    try:
        warnings.warn("future", FutureWarning)
    except FutureWarning as e:
        print("FutureWarning raised:", e)
    warnings.warn("still recorded", SyntaxWarning)
    print([w.category.__name__ for w in caught])
try:
    warnings.warn("x", category=int)
except TypeError as e:
    print("TypeError", e)
print(issubclass(DeprecationWarning, Warning), Warning.__mro__[1].__name__)
