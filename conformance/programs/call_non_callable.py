# tier: 1  area: functions
# Calling a variable's value: the callee is read first, then the arguments, then the call raises.
def side(v):
    print("argument", v)
    return v

limit = 3.5
print("before")
print(limit(side(1), side(2)))
