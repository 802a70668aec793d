def f():
  # type: ignoe
  pass  #type:(a)->b
