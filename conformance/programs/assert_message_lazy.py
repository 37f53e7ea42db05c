# tier: 1  area: assert
def msg():
    print("message evaluated")
    return "boom"

assert True, msg()
print("after first")
assert 0, msg()
