async def f():
  async with (a, b):  # type: int
    pass
