def f(a,
      *args: *Ts,  # type: int
      ): pass
