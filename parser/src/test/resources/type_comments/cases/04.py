x = 1
  # type: ignore[x]
y=2
