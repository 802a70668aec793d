x = os.getcwd()
