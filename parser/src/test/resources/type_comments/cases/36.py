class C:  # type: ignore
  x = []  # type: List[int]
