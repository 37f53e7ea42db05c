package dev.irc.ir.text;

import dev.irc.ir.Attribute;
import dev.irc.ir.Block;
import dev.irc.ir.BlockArgument;
import dev.irc.ir.CoreTrait;
import dev.irc.ir.Dialect;
import dev.irc.ir.IrContext;
import dev.irc.ir.NamedAttribute;
import dev.irc.ir.OpDefinition;
import dev.irc.ir.Operation;
import dev.irc.ir.OperationState;
import dev.irc.ir.Region;
import dev.irc.ir.Type;
import dev.irc.ir.Value;
import dev.irc.ir.builtin.ArrayAttr;
import dev.irc.ir.builtin.DenseArrayAttr;
import dev.irc.ir.builtin.DictionaryAttr;
import dev.irc.ir.builtin.FloatAttr;
import dev.irc.ir.builtin.FloatType;
import dev.irc.ir.builtin.FunctionType;
import dev.irc.ir.builtin.IndexType;
import dev.irc.ir.builtin.IntegerAttr;
import dev.irc.ir.builtin.IntegerType;
import dev.irc.ir.builtin.ModuleOp;
import dev.irc.ir.builtin.NoneType;
import dev.irc.ir.builtin.OpaqueAttr;
import dev.irc.ir.builtin.OpaqueType;
import dev.irc.ir.builtin.StringAttr;
import dev.irc.ir.builtin.SymbolRefAttr;
import dev.irc.ir.builtin.TypeAttr;
import dev.irc.ir.builtin.UnitAttr;
import dev.irc.ir.diag.Diagnostic;
import dev.irc.ir.diag.DiagnosticException;
import dev.irc.ir.diag.Location;
import dev.irc.ir.diag.SourceFile;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses IR text (generic and custom op forms, regions, blocks, types, attributes, locations)
 * into operations. The first error stops parsing with a located {@link DiagnosticException};
 * structural rules beyond syntax (dominance, op invariants) are the verifier's job.
 */
public final class IrParser implements OpAsmParser {
  private static final String FORWARD_REF = "builtin.<<forward reference>>";
  /**
   * How deeply regions, array and dictionary attributes, function types and dialect types may
   * nest. The parser, verifier and printer recurse per level, so deeper input would overflow the
   * stack; it gets a diagnostic instead.
   */
  public static final int MAX_NESTING = 256;

  private final IrContext context;
  private final SourceFile source;
  private final Lexer lexer;
  private Token token;
  /** Current depth of nested regions, attributes and types (see {@link #MAX_NESTING}). */
  private int nesting;

  /** Values visible at the current point, innermost region last. */
  private final ArrayDeque<ValueScope> scopes = new ArrayDeque<>();
  /** Blocks named in the region being parsed, innermost last. */
  private final ArrayDeque<BlockScope> blockScopes = new ArrayDeque<>();
  /** Whether the op whose regions are being parsed is isolated from above, innermost last. */
  private final ArrayDeque<Boolean> isolatedOps = new ArrayDeque<>();
  /** The dialect for unprefixed op names in the regions being parsed ("" for none), innermost last. */
  private final ArrayDeque<String> defaultDialects = new ArrayDeque<>();

  private IrParser(IrContext context, SourceFile source) {
    this.context = context;
    this.source = source;
    this.lexer = new Lexer(source);
    this.token = lexer.next();
  }

  /**
   * Parses a whole file. A single top-level {@code builtin.module} is returned as is; any other
   * sequence of top-level ops is wrapped in a new module, as MLIR does.
   */
  public static Operation parseModule(IrContext context, SourceFile source) {
    return new IrParser(context, source).parseTopLevel();
  }

  private Operation parseTopLevel() {
    Block block = new Block();
    scopes.addLast(new ValueScope(true));
    while (!token.is(TokenKind.EOF)) {
      parseOperation(block);
    }
    closeScope();
    if (block.size() == 1 && block.firstOp().name().equals(ModuleOp.NAME)) {
      Operation module = block.firstOp();
      module.removeFromParent();
      return module;
    }
    Operation module = ModuleOp.create(Location.of(source.name(), 1, 1));
    Block body = module.region(0).entryBlock();
    block.moveTailTo(block.firstOp(), body);
    return module;
  }

  // ---- operations -------------------------------------------------------------------------

  private record ResultName(String name, int count, int offset) {}

  private void parseOperation(Block block) {
    var resultNames = new ArrayList<ResultName>();
    long resultCount = 0;
    if (token.is(TokenKind.PERCENT_IDENTIFIER)) {
      do {
        Token nameToken = expect(TokenKind.PERCENT_IDENTIFIER, "expected SSA value name");
        if (nameToken.text().contains("#")) {
          throw errorAt(nameToken, "expected result name without '#' number");
        }
        int count = 1;
        if (parseOptionalPunctuation(":")) {
          Token countToken = expect(TokenKind.INTEGER, "expected integer number of results");
          count = intValue(countToken, "number of results");
          if (count < 1) {
            throw errorAt(countToken, "expected named operation to have at least 1 result");
          }
        }
        resultNames.add(new ResultName(nameToken.text(), count, nameToken.start()));
        resultCount += count;
      } while (parseOptionalPunctuation(","));
      parsePunctuation("=");
    }
    Token nameToken = token;
    Location location = locationOf(nameToken);
    Operation op;
    if (token.is(TokenKind.STRING)) {
      op = parseGenericOperation(location);
    } else if (token.is(TokenKind.BARE_IDENTIFIER)) {
      op = parseCustomOperation(location);
    } else {
      throw error("expected operation name in quotes");
    }
    if (!resultNames.isEmpty() && op.numResults() != resultCount) {
      throw errorAt(nameToken, "operation defines " + op.numResults() + " results but was provided "
          + resultCount + " to bind");
    }
    block.append(op);
    int next = 0;
    for (ResultName resultName : resultNames) {
      List<Value> group;
      if (resultName.count() == 1) {
        group = List.of(op.result(next++));
      } else {
        group = new ArrayList<>();
        for (int i = 0; i < resultName.count(); i++) {
          group.add(op.result(next++));
        }
      }
      define(resultName.name(), group, resultName.offset());
    }
  }

  private Operation parseGenericOperation(Location location) {
    Token nameToken = token;
    String name = parseString();
    if (name.indexOf('.') <= 0) {
      throw errorAt(nameToken, "op name must be of the form 'dialect.op': \"" + name + "\"");
    }
    OpDefinition definition = checkRegistered(name, nameToken);
    var state = new OperationState(name, location);
    parsePunctuation("(");
    List<UnresolvedOperand> operands = token.is(")") ? List.of() : parseOperandList();
    parsePunctuation(")");
    if (parseOptionalPunctuation("[")) {
      do {
        state.addSuccessor(parseSuccessor());
      } while (parseOptionalPunctuation(","));
      parsePunctuation("]");
    }
    // MLIR prints inherent attributes as properties, '<{...}>'; irc keeps one attribute dictionary.
    DictionaryAttr properties = null;
    Token propertiesToken = token;
    if (parseOptionalPunctuation("<")) {
      if (!token.is("{")) {
        throw error("expected '{' to start op properties");
      }
      properties = parseDictionary();
      parsePunctuation(">");
    }
    if (parseOptionalPunctuation("(")) {
      enterOpRegions(definition);
      try {
        do {
          parseRegion(state.addRegion(), List.of());
        } while (parseOptionalPunctuation(","));
      } finally {
        exitOpRegions();
      }
      parsePunctuation(")");
    }
    parseOptionalAttrDict(state);
    if (properties != null) {
      for (NamedAttribute entry : properties.entries()) {
        if (state.attributes().get(entry.name()).isPresent()) {
          throw errorAt(propertiesToken, "attribute '" + entry.name() + "' is given both as a property and in the attribute dictionary");
        }
        state.addAttribute(entry.name(), entry.value());
      }
    }
    parsePunctuation(":");
    Token typeToken = token;
    Type type = parseType();
    if (!(type instanceof FunctionType(List<Type> inputs, List<Type> results))) {
      throw errorAt(typeToken, "expected function type");
    }
    if (inputs.size() != operands.size()) {
      throw errorAt(typeToken, "expected " + operands.size() + " operand type" + (operands.size() == 1 ? "" : "s")
          + " but had " + inputs.size());
    }
    resolveOperands(operands, inputs, state);
    state.addResultTypes(results);
    parseTrailingLocation(state);
    return Operation.create(state, definition);
  }

  private Operation parseCustomOperation(Location location) {
    Token nameToken = token;
    String spelled = parseIdentifier();
    String name = spelled.indexOf('.') < 0 ? unprefixedName(spelled) : spelled;
    OpDefinition definition = context.lookup(name);
    if (definition == null || definition.syntax().isEmpty()) {
      throw errorAt(nameToken, "custom op '" + spelled + "' is unknown");
    }
    var state = new OperationState(name, location);
    enterOpRegions(definition);
    try {
      definition.syntax().get().parse(this, state);
    } finally {
      exitOpRegions();
    }
    parseTrailingLocation(state);
    return Operation.create(state, definition);
  }

  /** Resolves an op name written without a dialect: the enclosing default dialect, else builtin. */
  private String unprefixedName(String spelled) {
    String dialect = defaultDialects.isEmpty() ? "" : defaultDialects.getLast();
    if (!dialect.isEmpty() && context.lookup(dialect + "." + spelled) != null) {
      return dialect + "." + spelled;
    }
    return "builtin." + spelled;
  }

  /** Enters the regions of an op of kind {@code definition} (null if unregistered). */
  private void enterOpRegions(OpDefinition definition) {
    isolatedOps.addLast(definition != null && definition.hasTrait(CoreTrait.ISOLATED_FROM_ABOVE));
    String inherited = defaultDialects.isEmpty() ? "" : defaultDialects.getLast();
    defaultDialects.addLast(definition == null ? inherited : definition.defaultDialect().orElse(inherited));
  }

  private void exitOpRegions() {
    isolatedOps.removeLast();
    defaultDialects.removeLast();
  }

  private OpDefinition checkRegistered(String name, Token at) {
    OpDefinition definition = context.lookup(name);
    if (definition != null) {
      return definition;
    }
    String namespace = name.substring(0, name.indexOf('.'));
    if (context.dialect(namespace).isPresent()) {
      throw errorAt(at, "operation '" + name + "' is not defined by dialect '" + namespace + "'");
    }
    if (!context.allowsUnregisteredDialects()) {
      throw errorAt(at, "operation '" + name + "' belongs to unregistered dialect '" + namespace
          + "' (use --allow-unregistered-dialect to allow it)");
    }
    return null;
  }

  private void parseTrailingLocation(OperationState state) {
    if (token.is("loc")) {
      state.setLocation(parseLocation());
    }
  }

  private Location parseLocation() {
    parseKeyword("loc");
    parsePunctuation("(");
    Location location;
    if (parseOptionalKeyword("unknown")) {
      location = Location.UNKNOWN;
    } else if (token.is(TokenKind.STRING)) {
      String file = parseString();
      parsePunctuation(":");
      int line = intValue(expect(TokenKind.INTEGER, "expected line number in location"), "line number");
      parsePunctuation(":");
      int column = intValue(expect(TokenKind.INTEGER, "expected column number in location"), "column number");
      location = Location.of(file, line, column);
    } else {
      throw error("expected location: 'unknown' or \"file\":line:column");
    }
    parsePunctuation(")");
    return location;
  }

  // ---- regions and blocks -----------------------------------------------------------------

  /** The blocks of one region: those defined so far and those only referenced. */
  private static final class BlockScope {
    final Map<String, Block> blocks = new HashMap<>();
    final Map<String, Token> firstReference = new LinkedHashMap<>();
    final java.util.Set<Block> defined = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
  }

  @Override
  public void parseRegion(Region region, List<Argument> entryArguments) {
    enterNesting();
    parsePunctuation("{");
    boolean isolated = !isolatedOps.isEmpty() && isolatedOps.getLast();
    scopes.addLast(new ValueScope(isolated));
    blockScopes.addLast(new BlockScope());
    try {
      Block entry = null;
      if (!entryArguments.isEmpty()) {
        entry = new Block();
        for (Argument argument : entryArguments) {
          BlockArgument value = entry.addArgument(argument.type(), argument.location());
          define(argument.ssaName().name(), List.of(value), argument.ssaName().offset());
        }
      }
      if (token.is(TokenKind.CARET_IDENTIFIER) && entry != null) {
        throw error("invalid block name in region with named arguments");
      }
      if (!token.is("}") && !token.is(TokenKind.CARET_IDENTIFIER)) {
        if (entry == null) {
          entry = new Block();
        }
        region.append(entry);
        parseBlockBody(entry);
      } else if (entry != null) {
        region.append(entry);
      }
      while (token.is(TokenKind.CARET_IDENTIFIER)) {
        parseBlock(region);
      }
      parsePunctuation("}");
      BlockScope blocks = blockScopes.getLast();
      for (var reference : blocks.firstReference.entrySet()) {
        if (!blocks.defined.contains(blocks.blocks.get(reference.getKey()))) {
          throw errorAt(reference.getValue(), "reference to an undefined block");
        }
      }
    } finally {
      blockScopes.removeLast();
    }
    closeScope();
    nesting--;
  }

  @Override
  public boolean parseOptionalRegion(Region region, List<Argument> entryArguments) {
    if (!token.is("{")) {
      return false;
    }
    parseRegion(region, entryArguments);
    return true;
  }

  private void parseBlock(Region region) {
    Token labelToken = token;
    Block block = blockNamed(labelToken);
    BlockScope blocks = blockScopes.getLast();
    if (!blocks.defined.add(block)) {
      throw errorAt(labelToken, "redefinition of block '^" + labelToken.text() + "'");
    }
    advance();
    if (parseOptionalPunctuation("(")) {
      if (!token.is(")")) {
        do {
          Argument argument = parseArgument(true);
          BlockArgument value = block.addArgument(argument.type(), argument.location());
          define(argument.ssaName().name(), List.of(value), argument.ssaName().offset());
        } while (parseOptionalPunctuation(","));
      }
      parsePunctuation(")");
    }
    parsePunctuation(":");
    region.append(block);
    parseBlockBody(block);
  }

  private void parseBlockBody(Block block) {
    while (!token.is("}") && !token.is(TokenKind.CARET_IDENTIFIER)) {
      if (token.is(TokenKind.EOF)) {
        throw error("expected '}' to end the region");
      }
      parseOperation(block);
    }
  }

  private Block blockNamed(Token labelToken) {
    if (blockScopes.isEmpty()) {
      throw errorAt(labelToken, "block reference outside of a region");
    }
    BlockScope blocks = blockScopes.getLast();
    Block block = blocks.blocks.get(labelToken.text());
    if (block == null) {
      block = new Block();
      blocks.blocks.put(labelToken.text(), block);
    }
    return block;
  }

  @Override
  public Block parseSuccessor() {
    Token labelToken = expect(TokenKind.CARET_IDENTIFIER, "expected block name");
    Block block = blockNamed(labelToken);
    BlockScope blocks = blockScopes.getLast();
    if (!blocks.defined.contains(block)) {
      blocks.firstReference.putIfAbsent(labelToken.text(), labelToken);
    }
    return block;
  }

  @Override
  public SuccessorOperands parseSuccessorAndUseList() {
    Block block = parseSuccessor();
    if (!parseOptionalPunctuation("(")) {
      return new SuccessorOperands(block, List.of());
    }
    List<UnresolvedOperand> operands = parseOperandList();
    parsePunctuation(":");
    List<Type> types = parseTypeList();
    parsePunctuation(")");
    if (operands.size() != types.size()) {
      throw error(operands.size() + " operands present, but expected " + types.size());
    }
    var values = new ArrayList<Value>();
    for (int i = 0; i < operands.size(); i++) {
      values.add(resolveOperand(operands.get(i), types.get(i)));
    }
    return new SuccessorOperands(block, values);
  }

  @Override
  public Argument parseArgument(boolean withType) {
    UnresolvedOperand name = parseOperand();
    if (name.number() != 0 || token.text().contains("#")) {
      throw errorAt(name.location(), "expected argument name without '#' number");
    }
    Type type = null;
    if (withType) {
      parsePunctuation(":");
      type = parseType();
    }
    Location location = name.location();
    if (token.is("loc")) {
      location = parseLocation();
    }
    return new Argument(name, type, location);
  }

  // ---- SSA values -------------------------------------------------------------------------

  /** The values defined in one region, and (for an isolated scope) uses not yet defined. */
  private static final class ValueScope {
    final boolean isolated;
    final Map<String, List<Value>> values = new HashMap<>();
    final Map<String, ForwardReference> forwardReferences = new LinkedHashMap<>();

    ValueScope(boolean isolated) {
      this.isolated = isolated;
    }
  }

  private record ForwardReference(Operation placeholder, Location location, String spelling) {}

  /** Binds {@code name} to {@code group}; {@code offset} is where the name is written, for errors. */
  private void define(String name, List<Value> group, int offset) {
    for (var it = scopes.descendingIterator(); it.hasNext(); ) {
      ValueScope scope = it.next();
      if (scope.values.containsKey(name)) {
        throw new DiagnosticException(Diagnostic.error(source.locationOf(offset), "redefinition of SSA value '%" + name + "'"));
      }
      if (scope.isolated) {
        break;
      }
    }
    scopes.getLast().values.put(name, group);
    ValueScope isolatedScope = isolatedScope();
    if (isolatedScope.forwardReferences.isEmpty()) {
      return;
    }
    for (int i = 0; i < group.size(); i++) {
      ForwardReference forward = isolatedScope.forwardReferences.remove(name + "#" + i);
      if (forward != null) {
        Value placeholder = forward.placeholder().result(0);
        if (!placeholder.type().equals(group.get(i).type())) {
          throw new DiagnosticException(Diagnostic.error(source.locationOf(offset), "definition of SSA value '%" + name
              + (i == 0 ? "" : "#" + i) + "' has type " + group.get(i).type() + ", but prior uses expect "
              + placeholder.type()));
        }
        placeholder.replaceAllUsesWith(group.get(i));
      }
    }
  }

  private ValueScope isolatedScope() {
    for (var it = scopes.descendingIterator(); it.hasNext(); ) {
      ValueScope scope = it.next();
      if (scope.isolated) {
        return scope;
      }
    }
    throw new IllegalStateException("no isolated scope");
  }

  private void closeScope() {
    ValueScope scope = scopes.removeLast();
    if (scope.isolated && !scope.forwardReferences.isEmpty()) {
      ForwardReference first = scope.forwardReferences.values().iterator().next();
      throw new DiagnosticException(Diagnostic.error(first.location(),
          "use of undeclared SSA value name '%" + first.spelling() + "'"));
    }
  }

  @Override
  public UnresolvedOperand parseOperand() {
    Token t = expect(TokenKind.PERCENT_IDENTIFIER, "expected SSA operand");
    String text = t.text();
    int hash = text.indexOf('#');
    if (hash < 0) {
      return new UnresolvedOperand(text, 0, t.start(), source);
    }
    String number = text.substring(hash + 1);
    if (number.length() > 9 && new BigInteger(number).bitLength() > 31) {
      throw errorAt(t, "result number is too large: '%" + text + "'");
    }
    return new UnresolvedOperand(text.substring(0, hash), Integer.parseInt(number), t.start(), source);
  }

  @Override
  public Optional<UnresolvedOperand> parseOptionalOperand() {
    return token.is(TokenKind.PERCENT_IDENTIFIER) ? Optional.of(parseOperand()) : Optional.empty();
  }

  @Override
  public List<UnresolvedOperand> parseOperandList() {
    var operands = new ArrayList<UnresolvedOperand>();
    if (!token.is(TokenKind.PERCENT_IDENTIFIER)) {
      return operands;
    }
    do {
      operands.add(parseOperand());
    } while (parseOptionalPunctuation(","));
    return operands;
  }

  @Override
  public Value resolveOperand(UnresolvedOperand operand, Type type) {
    for (var it = scopes.descendingIterator(); it.hasNext(); ) {
      ValueScope scope = it.next();
      List<Value> group = scope.values.get(operand.name());
      if (group != null) {
        if (operand.number() >= group.size()) {
          throw new DiagnosticException(Diagnostic.error(operand.location(),
              "reference to invalid result number '%" + spelling(operand) + "'"));
        }
        Value value = group.get(operand.number());
        checkUseType(value, type, operand);
        return value;
      }
      if (scope.isolated) {
        break;
      }
    }
    ValueScope isolatedScope = isolatedScope();
    String key = operand.name() + "#" + operand.number();
    ForwardReference forward = isolatedScope.forwardReferences.get(key);
    if (forward == null) {
      Operation placeholder = Operation.create(
          new OperationState(FORWARD_REF, operand.location()).addResultType(type), null);
      forward = new ForwardReference(placeholder, operand.location(), spelling(operand));
      isolatedScope.forwardReferences.put(key, forward);
    }
    Value value = forward.placeholder().result(0);
    checkUseType(value, type, operand);
    return value;
  }

  /** {@code operand} as written, without the {@code %}: {@code x} or {@code x#1}. */
  private static String spelling(UnresolvedOperand operand) {
    return operand.name() + (operand.number() == 0 ? "" : "#" + operand.number());
  }

  private static void checkUseType(Value value, Type type, UnresolvedOperand operand) {
    if (value.type() != type && !value.type().equals(type)) {
      throw new DiagnosticException(Diagnostic.error(operand.location(), "use of value '%" + spelling(operand)
          + "' expects different type than prior uses: " + type + " vs " + value.type()));
    }
  }

  // ---- attributes -------------------------------------------------------------------------

  @Override
  public void parseOptionalAttrDict(OperationState state) {
    if (token.is("{")) {
      DictionaryAttr dictionary = parseDictionary();
      if (state.attributes().isEmpty()) {
        state.setAttributes(dictionary);
      } else {
        for (NamedAttribute entry : dictionary.entries()) {
          state.addAttribute(entry.name(), entry.value());
        }
      }
    }
  }

  @Override
  public void parseOptionalAttrDictWithKeyword(OperationState state) {
    if (parseOptionalKeyword("attributes")) {
      if (!token.is("{")) {
        throw error("expected '{' after 'attributes'");
      }
      parseOptionalAttrDict(state);
    }
  }

  private DictionaryAttr parseDictionary() {
    enterNesting();
    parsePunctuation("{");
    var entries = new ArrayList<NamedAttribute>();
    var seen = new java.util.HashSet<String>();
    if (!parseOptionalPunctuation("}")) {
      do {
        Token nameToken = token;
        String name;
        if (token.is(TokenKind.BARE_IDENTIFIER)) {
          name = parseIdentifier();
        } else if (token.is(TokenKind.STRING)) {
          name = parseString();
        } else {
          throw error("expected attribute name");
        }
        if (!seen.add(name)) {
          throw errorAt(nameToken, "duplicate key '" + name + "' in dictionary attribute");
        }
        Attribute value = parseOptionalPunctuation("=") ? parseAttribute() : UnitAttr.UNIT;
        entries.add(new NamedAttribute(name, value));
      } while (parseOptionalPunctuation(","));
      parsePunctuation("}");
    }
    nesting--;
    return new DictionaryAttr(entries);
  }

  @Override
  public Attribute parseAttribute() {
    switch (token.kind()) {
      case STRING -> {
        return new StringAttr(parseString());
      }
      case INTEGER, FLOAT -> {
        return parseNumberAttribute(false);
      }
      case AT_IDENTIFIER -> {
        String root = advance().text();
        var nested = new ArrayList<String>();
        while (parseOptionalPunctuation("::")) {
          nested.add(expect(TokenKind.AT_IDENTIFIER, "expected symbol reference after '::'").text());
        }
        return new SymbolRefAttr(root, nested);
      }
      case HASH_IDENTIFIER -> {
        return parseDialectAttribute();
      }
      case PUNCTUATION -> {
        if (token.is("-")) {
          return parseNumberAttribute(true);
        }
        if (token.is("[")) {
          enterNesting();
          advance();
          var elements = new ArrayList<Attribute>();
          if (!parseOptionalPunctuation("]")) {
            do {
              elements.add(parseAttribute());
            } while (parseOptionalPunctuation(","));
            parsePunctuation("]");
          }
          nesting--;
          return new ArrayAttr(elements);
        }
        if (token.is("{")) {
          return parseDictionary();
        }
      }
      case BARE_IDENTIFIER -> {
        if (parseOptionalKeyword("true")) {
          return IntegerAttr.TRUE;
        }
        if (parseOptionalKeyword("false")) {
          return IntegerAttr.FALSE;
        }
        if (parseOptionalKeyword("unit")) {
          return UnitAttr.UNIT;
        }
        if (token.text().equals("array")) {
          return parseDenseArray();
        }
      }
      default -> {}
    }
    Optional<Type> type = parseOptionalType();
    if (type.isPresent()) {
      return new TypeAttr(type.get());
    }
    throw error("expected attribute value");
  }

  /** {@code array<i32: 1, -2>} or {@code array<i32>}: MLIR's dense array of integers. */
  private Attribute parseDenseArray() {
    advance();
    enterNesting();
    parsePunctuation("<");
    Token typeToken = token;
    if (!(parseType() instanceof IntegerType elementType) || elementType.width() > 64) {
      throw errorAt(typeToken, "expected an integer type of at most 64 bits as the dense array element type");
    }
    var values = new ArrayList<Long>();
    if (parseOptionalPunctuation(":")) {
      do {
        Token element = token;
        long value;
        if (parseOptionalKeyword("true")) {
          value = 1;
        } else if (parseOptionalKeyword("false")) {
          value = 0;
        } else {
          boolean negative = parseOptionalPunctuation("-");
          Token number = expect(TokenKind.INTEGER, "expected integer value in dense array");
          BigInteger magnitude = number.text().startsWith("0x")
              ? new BigInteger(number.text().substring(2), 16)
              : new BigInteger(number.text());
          BigInteger signed = negative ? magnitude.negate() : magnitude;
          if (!elementType.fits(signed)) {
            throw errorAt(element, "integer value " + signed + " is too large for element type '" + elementType + "'");
          }
          value = signed.longValue();
        }
        values.add(value);
      } while (parseOptionalPunctuation(","));
    }
    parsePunctuation(">");
    nesting--;
    return new DenseArrayAttr(elementType, values);
  }

  private Attribute parseNumberAttribute(boolean negative) {
    if (negative) {
      advance();
    }
    Token number = token;
    if (!number.is(TokenKind.INTEGER) && !number.is(TokenKind.FLOAT)) {
      throw error("expected integer or floating point literal");
    }
    advance();
    Type type = null;
    if (parseOptionalPunctuation(":")) {
      type = parseType();
    }
    if (number.is(TokenKind.FLOAT) || type instanceof FloatType) {
      if (type == null) {
        type = FloatType.F64;
      }
      if (!(type instanceof FloatType floatType)) {
        throw errorAt(number, "floating point value not valid for specified type " + type);
      }
      double value;
      if (number.text().startsWith("0x")) {
        if (negative) {
          throw errorAt(number, "hexadecimal float literal should not have a leading minus");
        }
        BigInteger bits = new BigInteger(number.text().substring(2), 16);
        if (bits.bitLength() > floatType.width()) {
          throw errorAt(number, "hexadecimal float constant out of range for type " + type);
        }
        value = switch (floatType.width()) {
          case 16 -> Float.float16ToFloat(bits.shortValue());
          case 32 -> Float.intBitsToFloat(bits.intValue());
          default -> Double.longBitsToDouble(bits.longValue());
        };
      } else {
        value = Double.parseDouble(number.text());
        if (floatType.width() == 32) {
          value = (float) value;
        } else if (floatType.width() == 16) {
          value = Float.float16ToFloat(Float.floatToFloat16((float) value));
        }
        if (negative) {
          value = -value;
        }
      }
      return new FloatAttr(value, type);
    }
    if (type == null) {
      type = IntegerType.I64;
    }
    BigInteger value = number.text().startsWith("0x")
        ? new BigInteger(number.text().substring(2), 16)
        : new BigInteger(number.text());
    if (negative) {
      value = value.negate();
    }
    if (type instanceof IntegerType integerType) {
      if (!integerType.fits(value)) {
        throw errorAt(number, "integer constant out of range for attribute of type " + type);
      }
    } else if (!(type instanceof IndexType)) {
      throw errorAt(number, "integer literal not valid for specified type " + type);
    }
    return new IntegerAttr(value, type);
  }

  private Attribute parseDialectAttribute() {
    Token t = token;
    String full = t.text();
    int dot = full.indexOf('.');
    if (dot <= 0) {
      throw errorAt(t, "attribute aliases ('#" + full + "') are not supported; write the attribute inline");
    }
    String namespace = full.substring(0, dot);
    Optional<Dialect> dialect = context.dialect(namespace);
    if (dialect.isEmpty()) {
      if (!context.allowsUnregisteredDialects()) {
        throw errorAt(t, "dialect '" + namespace + "' is not registered (use --allow-unregistered-dialect to allow it)");
      }
      return new OpaqueAttr(namespace, full.substring(dot + 1) + rawAngleBody());
    }
    lexer.reset(t.start() + 1 + dot + 1);
    token = lexer.next();
    enterNesting();
    Attribute attribute = dialect.get().parseAttribute(this);
    nesting--;
    return attribute;
  }

  // ---- types ------------------------------------------------------------------------------

  @Override
  public Type parseType() {
    return parseOptionalType().orElseThrow(() -> error("expected type"));
  }

  @Override
  public Optional<Type> parseOptionalType() {
    Token t = token;
    switch (t.kind()) {
      case BARE_IDENTIFIER -> {
        Type builtin = builtinType(t.text());
        if (builtin != null) {
          advance();
          return Optional.of(builtin);
        }
        return Optional.empty();
      }
      case EXCLAMATION_IDENTIFIER -> {
        return Optional.of(parseDialectType());
      }
      case PUNCTUATION -> {
        if (!t.is("(")) {
          return Optional.empty();
        }
        enterNesting();
        List<Type> inputs = parseParenTypeList();
        parsePunctuation("->");
        var type = new FunctionType(inputs, parseFunctionResultTypes());
        nesting--;
        return Optional.of(type);
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  private static Type builtinType(String name) {
    switch (name) {
      case "index" -> {
        return IndexType.INDEX;
      }
      case "none" -> {
        return NoneType.NONE;
      }
      case "f16" -> {
        return FloatType.F16;
      }
      case "f32" -> {
        return FloatType.F32;
      }
      case "f64" -> {
        return FloatType.F64;
      }
      case "i1" -> {
        return IntegerType.I1;
      }
      case "i8" -> {
        return IntegerType.I8;
      }
      case "i16" -> {
        return IntegerType.I16;
      }
      case "i32" -> {
        return IntegerType.I32;
      }
      case "i64" -> {
        return IntegerType.I64;
      }
      default -> {
        if (name.length() > 1 && name.length() < 7 && name.charAt(0) == 'i') {
          for (int i = 1; i < name.length(); i++) {
            if (!Lexer.isDigit(name.charAt(i))) {
              return null;
            }
          }
          int width = Integer.parseInt(name.substring(1));
          return width >= 1 && width <= 1 << 16 ? new IntegerType(width) : null;
        }
        return null;
      }
    }
  }

  private Type parseDialectType() {
    Token t = token;
    String full = t.text();
    int dot = full.indexOf('.');
    if (dot <= 0) {
      throw errorAt(t, "type aliases ('!" + full + "') are not supported; write the type inline");
    }
    String namespace = full.substring(0, dot);
    Optional<Dialect> dialect = context.dialect(namespace);
    if (dialect.isEmpty()) {
      if (!context.allowsUnregisteredDialects()) {
        throw errorAt(t, "dialect '" + namespace + "' is not registered (use --allow-unregistered-dialect to allow it)");
      }
      return new OpaqueType(namespace, full.substring(dot + 1) + rawAngleBody());
    }
    lexer.reset(t.start() + 1 + dot + 1);
    token = lexer.next();
    enterNesting();
    Type type = dialect.get().parseType(this);
    nesting--;
    return type;
  }

  /** After an opaque type/attribute name: its {@code <...>} body verbatim (balanced), or "". */
  private String rawAngleBody() {
    advance();
    if (!token.is("<")) {
      return "";
    }
    String text = source.text();
    int start = token.start();
    int depth = 0;
    int pos = start;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '<') {
        depth++;
      } else if (c == '>' && text.charAt(pos - 1) != '-') {
        depth--;
        if (depth == 0) {
          break;
        }
      } else if (c == '\n') {
        break;
      }
      pos++;
    }
    if (depth != 0) {
      throw errorAt(token, "unbalanced '<' in dialect type or attribute");
    }
    lexer.reset(pos + 1);
    token = lexer.next();
    return text.substring(start, pos + 1);
  }

  // ---- tokens -----------------------------------------------------------------------------

  @Override
  public Location currentLocation() {
    return locationOf(token);
  }

  @Override
  public DiagnosticException error(String message) {
    return errorAt(token, message);
  }

  private DiagnosticException errorAt(Token t, String message) {
    return new DiagnosticException(Diagnostic.error(locationOf(t), message));
  }

  private DiagnosticException errorAt(Location location, String message) {
    return new DiagnosticException(Diagnostic.error(location, message));
  }

  private Location locationOf(Token t) {
    return source.locationOf(t.start());
  }

  /** The value of integer token {@code t} (decimal or hex), which must fit in an int. */
  private int intValue(Token t, String what) {
    String text = t.text();
    BigInteger value = text.startsWith("0x") ? new BigInteger(text.substring(2), 16) : new BigInteger(text);
    if (value.bitLength() > 31) {
      throw errorAt(t, what + " is too large: " + text);
    }
    return value.intValue();
  }

  /** Enters one more level of nesting; the caller decrements {@link #nesting} when it leaves. */
  private void enterNesting() {
    if (++nesting > MAX_NESTING) {
      throw error("nesting is too deep: more than " + MAX_NESTING + " levels of regions, attributes and types");
    }
  }

  private Token advance() {
    Token current = token;
    token = lexer.next();
    return current;
  }

  private Token expect(TokenKind kind, String message) {
    if (!token.is(kind)) {
      throw error(message);
    }
    return advance();
  }

  @Override
  public void parsePunctuation(String spelling) {
    if (!parseOptionalPunctuation(spelling)) {
      throw error("expected '" + spelling + "'");
    }
  }

  @Override
  public boolean parseOptionalPunctuation(String spelling) {
    if (token.is(TokenKind.PUNCTUATION) && token.text().equals(spelling)) {
      advance();
      return true;
    }
    return false;
  }

  @Override
  public void parseKeyword(String keyword) {
    if (!parseOptionalKeyword(keyword)) {
      throw error("expected '" + keyword + "'");
    }
  }

  @Override
  public boolean parseOptionalKeyword(String keyword) {
    if (token.is(TokenKind.BARE_IDENTIFIER) && token.text().equals(keyword)) {
      advance();
      return true;
    }
    return false;
  }

  @Override
  public String parseIdentifier() {
    return expect(TokenKind.BARE_IDENTIFIER, "expected identifier").text();
  }

  @Override
  public Optional<String> parseOptionalIdentifier() {
    return token.is(TokenKind.BARE_IDENTIFIER) ? Optional.of(advance().text()) : Optional.empty();
  }

  @Override
  public BigInteger parseInteger() {
    return parseOptionalInteger().orElseThrow(() -> error("expected integer value"));
  }

  @Override
  public Optional<BigInteger> parseOptionalInteger() {
    boolean negative = false;
    if (token.is("-")) {
      negative = true;
      advance();
    } else if (!token.is(TokenKind.INTEGER)) {
      return Optional.empty();
    }
    Token t = expect(TokenKind.INTEGER, "expected integer value");
    BigInteger value = t.text().startsWith("0x") ? new BigInteger(t.text().substring(2), 16) : new BigInteger(t.text());
    return Optional.of(negative ? value.negate() : value);
  }

  @Override
  public String parseString() {
    return expect(TokenKind.STRING, "expected string").text();
  }

  @Override
  public Optional<String> parseOptionalSymbolName() {
    return token.is(TokenKind.AT_IDENTIFIER) ? Optional.of(advance().text()) : Optional.empty();
  }

  @Override
  public String parseSymbolName() {
    return expect(TokenKind.AT_IDENTIFIER, "expected symbol name").text();
  }
}
