# tier: 1  area: print
print("hello, world")
print('single', "double")
print("tab\tinside")
print("")
