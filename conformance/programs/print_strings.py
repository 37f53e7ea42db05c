print("hello, world")
print('single', "double")
print("tab\tinside")
print("")
