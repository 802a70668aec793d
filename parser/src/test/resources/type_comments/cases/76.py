x = [
  1, # type: ignore
  # type: int
]
