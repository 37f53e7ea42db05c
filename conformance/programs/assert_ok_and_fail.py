# tier: 1  area: assert
assert 1 + 1 == 2
assert True, "not shown"
x = 3
assert x > 5, "x is too small: " + "3"
