# tier: 1  area: logic
print(True + 1, True * True, -True, ~True, ~False)
print(True & False, True | False, True ^ True)
print(True == 1, False < True)
print(True / 2, True // 1)
