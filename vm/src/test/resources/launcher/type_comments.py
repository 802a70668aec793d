def f(a,  # type: int
      b):
    # type: (...) -> None
    x = [] # type: list[int]
    for i in x: # type: int
        pass
import os # type: ignore[misc]
