// A small module in the generic form: irc-opt parses, verifies and pretty-prints it.
"builtin.module"() ({
  "test.op"() : () -> ()
}) {sym_name = "hello"} : () -> ()
