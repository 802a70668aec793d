table = {"x": 1}
value = table [ "y" ]
