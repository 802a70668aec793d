async def f():
  async with (a): # type: int
    pass
