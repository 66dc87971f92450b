// Module structure: top level, functions, regions, types, attributes,
// literals, value scopes, and inlining of private calls.
#include "hlo/parser.h"

#include <charconv>
#include <limits>

namespace hf2hlo::hlo {
namespace {

std::string_view TokDesc(const Token& t) {
  if (t.kind == Tok::kEof) return "end of input";
  return t.text;
}

bool ParseElementType(std::string_view s, ElementType* out) {
  static const std::pair<std::string_view, ElementType> kTypes[] = {
      {"i1", ElementType::kI1},     {"i8", ElementType::kI8},     {"i16", ElementType::kI16},
      {"i32", ElementType::kI32},   {"i64", ElementType::kI64},   {"ui8", ElementType::kUI8},
      {"ui16", ElementType::kUI16}, {"ui32", ElementType::kUI32}, {"ui64", ElementType::kUI64},
      {"f16", ElementType::kF16},   {"bf16", ElementType::kBF16}, {"f32", ElementType::kF32},
      {"f64", ElementType::kF64},
  };
  for (const auto& [name, type] : kTypes) {
    if (s == name) {
      *out = type;
      return true;
    }
  }
  return false;
}

}  // namespace

Parser::Parser(std::string_view text, std::string_view filename)
    : text_(text), filename_(filename), lexer_(text) {
  tok_ = lexer_.Next();
}

void Parser::Advance() { tok_ = lexer_.Next(); }

bool Parser::Consume(Tok kind) {
  if (tok_.kind != kind) return false;
  Advance();
  return true;
}

bool Parser::ConsumeIdent(std::string_view word) {
  if (!IsIdent(word)) return false;
  Advance();
  return true;
}

Status Parser::Unexpected(std::string_view what) const {
  if (tok_.kind == Tok::kError) return Err(Here(), tok_.text);
  return Err(Here(), "expected ", what, ", got '", TokDesc(tok_), "'");
}

Status Parser::Expect(Tok kind, std::string_view what) {
  if (Consume(kind)) return OkStatus();
  return Unexpected(what);
}

Status Parser::ExpectIdent(std::string_view word) {
  if (ConsumeIdent(word)) return OkStatus();
  return Unexpected(StrCat("'", word, "'"));
}

Result<Module> Parser::Run() {
  RETURN_IF_ERROR(ParseTopLevel());
  RETURN_IF_ERROR(ResolveArgNames());
  RETURN_IF_ERROR(InlineCalls());
  return std::move(module_);
}

// ---- Top level -------------------------------------------------------------

Status Parser::ParseTopLevel() {
  bool in_module = false, saw_module = false;
  while (true) {
    if (Is(Tok::kEof)) {
      if (in_module) return Unexpected("'}' closing the module");
      break;
    }
    if (Is(Tok::kHash)) {  // #loc3 = loc(...) and other aliases
      std::string alias(tok_.text);
      Advance();
      RETURN_IF_ERROR(Expect(Tok::kEqual, "'=' after an attribute alias"));
      if (IsIdent("loc")) {
        std::string name, unused;
        RETURN_IF_ERROR(SkipLocation(&name, &unused));
        if (!name.empty()) loc_names_[alias] = name;
      } else {
        RETURN_IF_ERROR(SkipAttrValue());
      }
      continue;
    }
    if (!in_module && !saw_module && IsIdent("module")) {
      Advance();
      if (Is(Tok::kSymbol)) {
        module_.name = std::string(tok_.text);
        Advance();
      }
      if (ConsumeIdent("attributes")) RETURN_IF_ERROR(ParseAttrDict(0).status());
      RETURN_IF_ERROR(Expect(Tok::kLBrace, "'{' opening the module"));
      in_module = saw_module = true;
      continue;
    }
    if (in_module && Consume(Tok::kRBrace)) {
      in_module = false;
      if (IsIdent("loc")) RETURN_IF_ERROR(SkipLocation(nullptr, nullptr));
      continue;
    }
    if (IsIdent("func.func")) {
      RETURN_IF_ERROR(ParseFunction());
      continue;
    }
    return Unexpected(in_module ? "'func.func' or '}'" : "'module' or 'func.func'");
  }
  if (module_.functions.empty()) return Err(Here(), "no functions in the module");
  return OkStatus();
}

Status Parser::ParseFunction() {
  SourceLoc loc = Here();
  Advance();
  Function fn;
  fn.loc = loc;
  if (ConsumeIdent("private")) {
    fn.is_public = false;
  } else if (!ConsumeIdent("public")) {
    ConsumeIdent("nested");
  }
  if (!Is(Tok::kSymbol)) return Unexpected("a function name like '@main'");
  fn.name = std::string(tok_.text);
  if (!function_names_.insert(fn.name).second) {
    return Err(Here(), "redefinition of function '@", fn.name, "'");
  }
  Advance();
  Scope scope;
  scopes_.assign(1, &scope);
  RETURN_IF_ERROR(Expect(Tok::kLParen, "'(' opening the argument list"));
  if (!Consume(Tok::kRParen)) {
    do {
      RETURN_IF_ERROR(ParseFunctionArg(&fn, &scope));
    } while (Consume(Tok::kComma));
    RETURN_IF_ERROR(Expect(Tok::kRParen, "',' or ')' in the argument list"));
  }
  if (Consume(Tok::kArrow)) {
    bool paren = Consume(Tok::kLParen);
    if (!(paren && Is(Tok::kRParen))) {
      do {
        ASSIGN_OR_RETURN(TensorType t, ParseType());
        fn.result_types.push_back(std::move(t));
        if (paren && Is(Tok::kLBrace)) RETURN_IF_ERROR(ParseAttrDict(0).status());
      } while (paren && Consume(Tok::kComma));
    }
    if (paren) RETURN_IF_ERROR(Expect(Tok::kRParen, "',' or ')' in the result list"));
  }
  if (ConsumeIdent("attributes")) RETURN_IF_ERROR(ParseAttrDict(0).status());
  RETURN_IF_ERROR(Expect(Tok::kLBrace, "'{' opening the function body"));
  module_.functions.push_back(std::move(fn));
  calls_.emplace_back();
  Function& f = module_.functions.back();
  for (const Argument& a : f.args) f.body.args.push_back(a.value);
  RETURN_IF_ERROR(ParseRegionBody(&f.body, /*is_function=*/true, 0));
  scopes_.clear();
  if (IsIdent("loc")) RETURN_IF_ERROR(SkipLocation(nullptr, nullptr));
  return OkStatus();
}

Status Parser::ParseFunctionArg(Function* fn, Scope* scope) {
  if (!Is(Tok::kValue)) return Unexpected("an argument like '%arg0: tensor<...>'");
  std::string name(tok_.text.substr(1));
  SourceLoc loc = Here();
  if (name.find('#') != std::string::npos) return Err(loc, "bad argument name '%", name, "'");
  Advance();
  RETURN_IF_ERROR(Expect(Tok::kColon, "':' after the argument name"));
  ASSIGN_OR_RETURN(TensorType type, ParseType());
  if (scope->count(name)) return Err(loc, "redefinition of value '%", name, "'");
  Argument arg;
  arg.value = NewValue(type, "%" + name);
  (*scope)[name] = {arg.value};
  if (Is(Tok::kLBrace)) {
    ASSIGN_OR_RETURN(AttrDict attrs, ParseAttrDict(0));
    for (const auto& [key, value] : attrs) {
      if (key != "tf.aliasing_output") continue;
      if (value.kind != Attr::Kind::kInt || value.negative || value.ints[0] > (1 << 30)) {
        return Err(value.loc, "tf.aliasing_output must be a non-negative integer");
      }
      arg.aliasing_output = static_cast<int>(value.ints[0]);
    }
  }
  if (IsIdent("loc")) {
    std::string alias;
    RETURN_IF_ERROR(SkipLocation(&arg.name, &alias));
    if (!alias.empty()) {
      pending_arg_locs_.push_back({module_.functions.size(), fn->args.size(), alias});
    }
  }
  fn->args.push_back(std::move(arg));
  return OkStatus();
}

Status Parser::ResolveArgNames() {
  for (const PendingArgLoc& p : pending_arg_locs_) {
    auto it = loc_names_.find(p.alias);
    if (it != loc_names_.end()) module_.functions[p.function].args[p.arg].name = it->second;
  }
  return OkStatus();
}

// Region body: ops up to and including the terminator, then '}'.
Status Parser::ParseRegionBody(Region* region, bool is_function, int depth) {
  bool terminated = false;
  while (!terminated) {
    if (Is(Tok::kRBrace)) {
      return Err(Here(), is_function ? "function body must end with 'return'"
                                     : "region must end with 'stablehlo.return'");
    }
    RETURN_IF_ERROR(ParseOperation(region, is_function, depth, &terminated));
  }
  return Expect(Tok::kRBrace, "'}' after the terminator");
}

// loc(...): records a NameLoc's name ("name" or "name"(...)) or an alias (#loc3).
Status Parser::SkipLocation(std::string* name, std::string* alias) {
  RETURN_IF_ERROR(ExpectIdent("loc"));
  if (!Is(Tok::kLParen)) return Unexpected("'(' after 'loc'");
  Advance();
  if (Is(Tok::kString)) {
    std::string_view s = tok_.text;
    Advance();
    if (name && (Is(Tok::kRParen) || Is(Tok::kLParen)) && s.find('\\') == std::string_view::npos) {
      *name = std::string(s);
    }
  } else if (Is(Tok::kHash) && alias) {
    *alias = std::string(tok_.text);
  }
  int depth = 1;
  while (depth > 0) {
    if (Is(Tok::kEof) || Is(Tok::kError)) return Unexpected("')' closing 'loc('");
    if (Is(Tok::kLParen)) ++depth;
    if (Is(Tok::kRParen)) --depth;
    Advance();
  }
  return OkStatus();
}

// Skips one balanced (), [], {} or <> group starting at the current token.
Status Parser::SkipBalanced() {
  std::vector<Tok> stack;
  do {
    switch (tok_.kind) {
      case Tok::kLParen:
        stack.push_back(Tok::kRParen);
        break;
      case Tok::kLSquare:
        stack.push_back(Tok::kRSquare);
        break;
      case Tok::kLBrace:
        stack.push_back(Tok::kRBrace);
        break;
      case Tok::kLess:
        stack.push_back(Tok::kGreater);
        break;
      case Tok::kRParen:
      case Tok::kRSquare:
      case Tok::kRBrace:
      case Tok::kGreater:
        if (stack.empty() || stack.back() != tok_.kind) return Unexpected("a balanced bracket");
        stack.pop_back();
        break;
      case Tok::kEof:
      case Tok::kError:
        return Unexpected("a closing bracket");
      default:
        break;
    }
    Advance();
  } while (!stack.empty());
  return OkStatus();
}

// An attribute value we do not interpret: a token plus bracket groups that
// follow it, and a `: type` suffix.
Status Parser::SkipAttrValue() {
  if (Is(Tok::kLParen) || Is(Tok::kLSquare) || Is(Tok::kLBrace) || Is(Tok::kLess)) {
    RETURN_IF_ERROR(SkipBalanced());
  } else {
    if (Is(Tok::kMinus)) Advance();
    if (Is(Tok::kEof) || Is(Tok::kError) || Is(Tok::kRParen) || Is(Tok::kRBrace) ||
        Is(Tok::kRSquare) || Is(Tok::kGreater) || Is(Tok::kComma)) {
      return Unexpected("an attribute value");
    }
    Advance();
  }
  while (Is(Tok::kLess) || Is(Tok::kLParen) || Is(Tok::kLSquare)) RETURN_IF_ERROR(SkipBalanced());
  if (Consume(Tok::kColon)) {
    if (!Is(Tok::kIdent)) return Unexpected("a type");
    Advance();
    if (Is(Tok::kLess)) RETURN_IF_ERROR(SkipBalanced());
  }
  return OkStatus();
}

// ---- Types -----------------------------------------------------------------

Result<TensorType> Parser::ParseType() {
  SourceLoc loc = Here();
  if (!IsIdent("tensor")) {
    if (Is(Tok::kIdent))
      return Err(loc, "unsupported type '", tok_.text, "' (expected tensor<...>)");
    return Unexpected("a type like 'tensor<2x3xf32>'");
  }
  Advance();
  if (!Is(Tok::kLess)) return Unexpected("'<' after 'tensor'");
  std::string_view body;
  if (!lexer_.RawUntil('>', &body)) return Err(loc, "expected '>' closing the tensor type");
  Advance();
  TensorType type;
  int64_t total = 1;
  size_t p = 0;
  while (p < body.size() && body[p] == ' ') ++p;
  while (p < body.size() && (body[p] == '?' || (body[p] >= '0' && body[p] <= '9'))) {
    if (body[p] == '?') return Err(loc, "dynamic dimensions are not supported: tensor<", body, ">");
    int64_t d = 0;
    auto [ptr, ec] = std::from_chars(body.data() + p, body.data() + body.size(), d);
    if (ec != std::errc() || d > kMaxElements) {
      return Err(loc, "dimension too large in tensor<", body, "> (limit 2^40 elements)");
    }
    p = static_cast<size_t>(ptr - body.data());
    if (p >= body.size() || body[p] != 'x')
      return Err(loc, "expected 'x' after a dimension in tensor<", body, ">");
    ++p;
    if (type.dims.size() >= static_cast<size_t>(kMaxRank))
      return Err(loc, "tensor rank exceeds ", kMaxRank);
    if (d != 0 && total > kMaxElements / d) {
      return Err(loc, "tensor<", body, "> has more than 2^40 elements");
    }
    total *= d;
    type.dims.push_back(d);
  }
  std::string_view elem = body.substr(p);
  while (!elem.empty() && elem.back() == ' ') elem.remove_suffix(1);
  if (!ParseElementType(elem, &type.element)) {
    return Err(loc, "unsupported element type '", elem, "' in tensor<", body, ">");
  }
  return type;
}

Result<Signature> Parser::ParseSignature() {
  Signature sig;
  sig.loc = Here();
  if (Consume(Tok::kLParen)) {
    sig.functional = true;
    if (!Is(Tok::kRParen)) {
      do {
        ASSIGN_OR_RETURN(TensorType t, ParseType());
        sig.ins.push_back(std::move(t));
      } while (Consume(Tok::kComma));
    }
    RETURN_IF_ERROR(Expect(Tok::kRParen, "',' or ')' in the operand types"));
    RETURN_IF_ERROR(Expect(Tok::kArrow, "'->' after the operand types"));
    bool paren = Consume(Tok::kLParen);
    if (!(paren && Is(Tok::kRParen))) {
      do {
        ASSIGN_OR_RETURN(TensorType t, ParseType());
        sig.outs.push_back(std::move(t));
      } while (paren && Consume(Tok::kComma));
    }
    if (paren) RETURN_IF_ERROR(Expect(Tok::kRParen, "',' or ')' in the result types"));
    return sig;
  }
  do {
    ASSIGN_OR_RETURN(TensorType t, ParseType());
    sig.ins.push_back(std::move(t));
  } while (Consume(Tok::kComma));
  return sig;
}

// ---- Values ----------------------------------------------------------------

ValueId Parser::NewValue(const TensorType& type, std::string name) {
  module_.value_types.push_back(type);
  module_.value_names.push_back(std::move(name));
  return static_cast<ValueId>(module_.value_types.size() - 1);
}

Result<ValueId> Parser::ParseOperand() {
  if (!Is(Tok::kValue)) return Unexpected("an operand like '%0'");
  std::string_view text = tok_.text.substr(1);
  SourceLoc loc = Here();
  size_t hash = text.find('#');
  std::string name(text.substr(0, hash));
  int64_t index = -1;
  if (hash != std::string_view::npos) {
    auto [ptr, ec] = std::from_chars(text.data() + hash + 1, text.data() + text.size(), index);
    if (ec != std::errc()) index = std::numeric_limits<int64_t>::max();
  }
  Advance();
  auto it = scopes_.back()->find(name);
  if (it == scopes_.back()->end()) return Err(loc, "use of undefined value '%", text, "'");
  const std::vector<ValueId>& ids = it->second;
  if (index < 0) {
    if (ids.size() != 1)
      return Err(loc, "'%", name, "' has ", ids.size(), " results; use '%", name, "#N'");
    return ids[0];
  }
  if (index >= static_cast<int64_t>(ids.size())) {
    return Err(loc, "result index ", text.substr(hash + 1), " out of range: '%", name, "' has ",
               ids.size(), " results");
  }
  return ids[static_cast<size_t>(index)];
}

Result<std::vector<ValueId>> Parser::ParseOperandList(Tok close) {
  std::vector<ValueId> ids;
  if (Is(close)) return ids;
  do {
    ASSIGN_OR_RETURN(ValueId v, ParseOperand());
    ids.push_back(v);
  } while (Consume(Tok::kComma));
  return ids;
}

Status Parser::DefineResults(const std::vector<ResultName>& names,
                             const std::vector<ValueId>& values) {
  size_t k = 0;
  for (const ResultName& r : names) {
    Scope& scope = *scopes_.back();
    if (scope.count(r.name)) return Err(r.loc, "redefinition of value '%", r.name, "'");
    std::vector<ValueId>& ids = scope[r.name];
    for (int i = 0; i < r.count; ++i) {
      ValueId v = values[k++];
      module_.value_names[static_cast<size_t>(v)] =
          r.count == 1 ? StrCat("%", r.name) : StrCat("%", r.name, "#", i);
      ids.push_back(v);
    }
  }
  return OkStatus();
}

}  // namespace hf2hlo::hlo

namespace hf2hlo::hlo {

Result<Module> ParseModule(std::string_view text, std::string_view filename) {
  Parser parser(text, filename);
  ASSIGN_OR_RETURN(Module module, parser.Run());
  RETURN_IF_ERROR(VerifyModule(module, filename));
  module.filename = std::string(filename);
  return module;
}

}  // namespace hf2hlo::hlo
