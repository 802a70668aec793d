def greet(name):
    mesage = "hello " + name
    return mesage.upper() + messsage

greet("kaa")
