// A module with a nested module, written in the generic form:
//   bin/irc-opt examples/hello.mlir                       prints it in the custom form
//   bin/irc-opt examples/hello.mlir --print-op-generic    prints it back generically
"builtin.module"() ({
  "builtin.module"() ({
  ^bb0:
  }) {sym_name = "inner"} : () -> ()
}) {sym_name = "hello"} : () -> ()
