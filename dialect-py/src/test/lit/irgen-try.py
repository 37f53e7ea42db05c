# RUN: irc --emit=py %s | filecheck %s
# try/except/finally: the handler is the second successor of py.try_enter; every way out of
# protected code pops it (py.try_exit), every way out of a handler ends it (py.except_end); the
# finally body is inlined on each exit, and on the exception path it ends in py.reraise. Locals
# of a function with a try live in frame cells, so a handler sees what the protected code
# assigned before it raised.

# CHECK-LABEL: py.func @safe(%arg0, %arg1)
# CHECK:         py.local_store "a", %arg0
# CHECK-NEXT:    py.local_store "b", %arg1
# CHECK-NEXT:    py.try_enter ^[[BODY:bb[0-9]+]], ^[[FINALLY:bb[0-9]+]]
# CHECK:       ^[[BODY]]:
# CHECK-NEXT:    py.try_enter ^[[TRY:bb[0-9]+]], ^[[HANDLER:bb[0-9]+]]
# CHECK:       ^[[TRY]]:
# CHECK:         py.local_store "q", %{{[0-9]+}}
# CHECK-NEXT:    py.try_exit
# CHECK:       ^[[HANDLER]]:
# CHECK-NEXT:    [[E:%[0-9]+]] = py.caught
# CHECK-NEXT:    [[M1:%[0-9]+]] = py.exception_match "ZeroDivisionError", [[E]]
# CHECK-NEXT:    py.cond_br [[M1]], ^[[CLAUSE:bb[0-9]+]], ^[[NEXT:bb[0-9]+]]
# CHECK:       ^[[NEXT]]:
# CHECK-NEXT:    [[M2:%[0-9]+]] = py.exception_match "OverflowError", [[E]]
# CHECK-NEXT:    py.cond_br [[M2]], ^[[CLAUSE]], ^[[NOMATCH:bb[0-9]+]]
# CHECK:       ^[[CLAUSE]]:
# CHECK-NEXT:    py.local_store "e", [[E]]
# CHECK:         py.except_end
# CHECK-NEXT:    py.local_store "e", %0
# CHECK-NEXT:    py.try_exit
# CHECK-NEXT:    %{{[0-9]+}} = py.constant "done"
# CHECK-NEXT:    %{{[0-9]+}} = py.builtin "print"
# CHECK-NEXT:    py.return
# CHECK:       ^[[NOMATCH]]:
# CHECK-NEXT:    py.reraise
# CHECK:       ^[[FINALLY]]:
# CHECK-NEXT:    py.caught
# CHECK-NEXT:    py.constant "done"
# CHECK-NEXT:    py.builtin "print"
# CHECK-NEXT:    py.reraise
def safe(a, b):
    try:
        q = a // b
    except (ZeroDivisionError, OverflowError) as e:
        print(e)
        return 0
    finally:
        print("done")
    return q

# CHECK-LABEL: py.func @__main__()
# CHECK:         [[X:%[0-9]+]] = py.builtin "ValueError"(%{{[0-9]+}})
# CHECK-NEXT:    [[C:%[0-9]+]] = py.builtin "RuntimeError"()
# CHECK-NEXT:    py.throw [[X]], [[C]]
# CHECK:         py.exception_match "ArithmeticError"
# CHECK:         py.global_store @err
# CHECK:         py.except_end
# CHECK-NEXT:    py.global_delete @err
try:
    raise ValueError("bad") from RuntimeError
except ArithmeticError as err:
    print(err)
