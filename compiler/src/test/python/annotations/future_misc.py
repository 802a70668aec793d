from __future__ import generator_stop, nested_scopes, division, absolute_import, with_statement, print_function, unicode_literals
import __future__
print(__future__.annotations.compiler_flag == 0x1000000, sorted(__future__.all_feature_names)[:3])
print(generator_stop.optional[:2], division.mandatory[:2])
def uses():
    return 7 / 2, "unicode" == "unicode"
print(uses())
def gen():
    yield 1
    raise StopIteration
try:
    list(gen())
except RuntimeError as e:
    print("RuntimeError:", e)
