# AttributeError on a module object with a suggestion, and on a class (type object).
import sys
class Settings:
    verbose = False
    level = 3
print(Settings.level, Settings.verbose)
print(sys.maxsize > 0)
try:
    Settings.levle
except AttributeError as e:
    print("caught:", e)
try:
    sys.maxsise
except AttributeError as e:
    print("caught:", e)
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
value = sys.getrecursionlimt()
print("never")
