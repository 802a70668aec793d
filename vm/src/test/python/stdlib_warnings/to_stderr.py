# Warnings that reach stderr: the default format with file, line, category and source line.
import warnings
def helper():
    warnings.warn("called helper", UserWarning, stacklevel=2)
    return 1
print("first call")
helper()
print("second call, same location: not shown again")
for _ in range(2):
    helper()
warnings.warn("module-level warning")
warnings.warn("runtime category", RuntimeWarning)
warnings.simplefilter("always")
for _ in range(2):
    warnings.warn("always shown")
warnings.simplefilter("ignore", DeprecationWarning)
warnings.warn("ignored deprecation", DeprecationWarning)
warnings.resetwarnings()
warnings.warn("after reset")
class MyWarning(UserWarning):
    pass
warnings.warn(MyWarning("custom category"))
warnings.warn_explicit("explicit", UserWarning, "fake_file.py", 42)
print("done")
print("stdout comes first in the expected file")
x = [1, 2, 3]
print(sum(x))
print("end")
