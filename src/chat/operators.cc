// Operators, subscripts, attribute lookup and iteration with Python and
// Jinja semantics.
#include <algorithm>
#include <cmath>

#include "chat/builtins.h"

namespace hf2hlo::chat::internal {

using Kind = Value::Kind;

namespace {

// printf-style `str % args` for %s, %d, %i, %r and %%.
Result<Value> PercentFormat(const std::string& fmt, const Value& args) {
  ValueList items = args.is(Kind::kList) ? *args.list : ValueList{args};
  size_t next = 0;
  std::string out;
  for (size_t k = 0; k < fmt.size(); ++k) {
    if (fmt[k] != '%') {
      out += fmt[k];
      continue;
    }
    if (k + 1 >= fmt.size()) return Error("incomplete format");
    char c = fmt[++k];
    if (c == '%') {
      out += '%';
      continue;
    }
    if (next >= items.size()) return Error("not enough arguments for format string");
    const Value& v = items[next++];
    if (c == 's') {
      out += PyStr(v);
    } else if (c == 'r') {
      out += PyRepr(v);
    } else if (c == 'd' || c == 'i') {
      if (v.is(Kind::kFloat)) {
        out += std::to_string(static_cast<int64_t>(v.f));
      } else if (v.is(Kind::kInt) || v.is(Kind::kBool)) {
        out += std::to_string(v.is(Kind::kInt) ? v.i : v.b);
      } else {
        return Error("%d format: a real number is required, not ", TypeName(v));
      }
    } else {
      return Error("unsupported format character '", c, "'");
    }
  }
  if (next < items.size()) return Error("not all arguments converted during string formatting");
  return Value::Str(std::move(out));
}

}  // namespace

Status UndefinedError(const Value& v) {
  return Error(v.s.empty() ? std::string("value is undefined") : v.s);
}

Result<ValueList> Iterate(const Value& v) {
  switch (v.kind) {
    case Kind::kUndefined:
      return ValueList{};
    case Kind::kList:
      return *v.list;
    case Kind::kDict: {
      ValueList keys;
      for (const auto& kv : *v.dict) keys.push_back(kv.first);
      return keys;
    }
    case Kind::kString: {
      ValueList chars;
      auto offs = CodePointOffsets(v.s);
      for (size_t k = 0; k + 1 < offs.size(); ++k)
        chars.push_back(Value::Str(v.s.substr(offs[k], offs[k + 1] - offs[k])));
      return chars;
    }
    default:
      return Error("'", TypeName(v), "' object is not iterable");
  }
}

Result<int64_t> ToIndex(const Value& v) {
  if (v.is(Kind::kInt)) return v.i;
  if (v.is(Kind::kBool)) return static_cast<int64_t>(v.b);
  return Error("indices must be integers, not ", TypeName(v));
}

Result<size_t> Length(const Value& v) {
  switch (v.kind) {
    case Kind::kUndefined:
      return size_t{0};
    case Kind::kString:
      return CodePointCount(v.s);
    case Kind::kList:
      return v.list->size();
    case Kind::kDict:
      return v.dict->size();
    default:
      return Error("object of type '", TypeName(v), "' has no len()");
  }
}

Value ItemsOf(const ValueDict& d) {
  ValueList items;
  for (const auto& [k, v] : d) items.push_back(Value::Tuple({k, v}));
  return Value::List(std::move(items));
}

Result<bool> Contains(const Value& container, const Value& item) {
  switch (container.kind) {
    case Kind::kString:
      if (!item.is(Kind::kString))
        return Error("'in <string>' requires string as left operand, not ", TypeName(item));
      return container.s.find(item.s) != std::string::npos;
    case Kind::kList:
      for (const Value& v : *container.list)
        if (Equal(v, item)) return true;
      return false;
    case Kind::kDict:
      return DictFind(*container.dict, item) != nullptr;
    case Kind::kUndefined:
      return false;
    default:
      return Error("argument of type '", TypeName(container), "' is not iterable");
  }
}

Result<bool> CompareOp(const std::string& op, const Value& l, const Value& r) {
  if (op == "==") return Equal(l, r);
  if (op == "!=") return !Equal(l, r);
  if (op == "in") return Contains(r, l);
  if (op == "not in") {
    ASSIGN_OR_RETURN(bool c, Contains(r, l));
    return !c;
  }
  if (l.undefined()) return UndefinedError(l);
  if (r.undefined()) return UndefinedError(r);
  Result<int> c = Compare(l, r);
  if (!c.ok()) {
    std::string m = c.status().message();
    size_t p = m.find("'<'");
    if (p != std::string::npos) m.replace(p, 3, "'" + op + "'");
    return Error(m);
  }
  if (op == "<") return *c < 0;
  if (op == ">") return *c > 0;
  if (op == "<=") return *c <= 0;
  return *c >= 0;
}

// The concatenation of two strings, or an error when it would be longer
// than kMaxValueBytes.
Result<Value> Concatenate(const std::string& a, const std::string& b) {
  if (a.size() + b.size() > kMaxValueBytes)
    return Error("string result of ", a.size() + b.size(), " bytes is longer than ",
                 kMaxValueBytes);
  return Value::Str(a + b);
}

// Bytes of the strings directly in `items`.
size_t StringBytes(const ValueList& items) {
  size_t n = 0;
  for (const Value& v : items) n += v.is(Kind::kString) ? v.s.size() : 0;
  return n;
}

Result<Value> Binary(const std::string& op, const Value& l, const Value& r) {
  if (op == "~") {
    if (l.is(Kind::kString) && r.is(Kind::kString)) return Concatenate(l.s, r.s);
    return Concatenate(PyStr(l), PyStr(r));
  }
  if (l.undefined()) return UndefinedError(l);
  if (r.undefined()) return UndefinedError(r);
  auto unsupported = [&]() {
    return Error("unsupported operand type(s) for ", op, ": '", TypeName(l), "' and '", TypeName(r),
                 "'");
  };
  if (l.numeric() && r.numeric()) {
    bool ints = !l.is(Kind::kFloat) && !r.is(Kind::kFloat);
    int64_t a = l.is(Kind::kInt) ? l.i : l.b, b = r.is(Kind::kInt) ? r.i : r.b;
    double x = l.is(Kind::kFloat) ? l.f : static_cast<double>(a);
    double y = r.is(Kind::kFloat) ? r.f : static_cast<double>(b);
    int64_t out = 0;
    if (op == "+") {
      if (!ints) return Value::Float(x + y);
      if (__builtin_add_overflow(a, b, &out)) return Error("integer overflow");
      return Value::Int(out);
    }
    if (op == "-") {
      if (!ints) return Value::Float(x - y);
      if (__builtin_sub_overflow(a, b, &out)) return Error("integer overflow");
      return Value::Int(out);
    }
    if (op == "*") {
      if (!ints) return Value::Float(x * y);
      if (__builtin_mul_overflow(a, b, &out)) return Error("integer overflow");
      return Value::Int(out);
    }
    if (op == "/") {
      if (y == 0) return Error("division by zero");
      return Value::Float(x / y);
    }
    if (op == "//" || op == "%") {
      if (y == 0)
        return Error(op == "%" ? "integer modulo by zero" : "integer division or modulo by zero");
      if (ints) {
        if (a == INT64_MIN && b == -1) return Error("integer overflow");
        int64_t q = a / b, m = a % b;
        if (m != 0 && ((m < 0) != (b < 0))) {
          q -= 1;
          m += b;
        }
        return Value::Int(op == "//" ? q : m);
      }
      double m = std::fmod(x, y);
      if (m != 0 && ((m < 0) != (y < 0))) m += y;
      if (op == "%") return Value::Float(m);
      return Value::Float(std::floor(x / y));
    }
    if (op == "**") {
      if (ints && b >= 0) {
        int64_t acc = 1;
        for (int64_t k = 0; k < b; ++k) {
          if (__builtin_mul_overflow(acc, a, &acc)) return Error("integer overflow");
          if (acc == 0 || acc == 1) break;
        }
        if (acc == 1 && a == -1 && b % 2 == 1) acc = -1;
        return Value::Int(acc);
      }
      return Value::Float(std::pow(x, y));
    }
    return unsupported();
  }
  if (op == "+") {
    if (l.is(Kind::kString) && r.is(Kind::kString)) return Concatenate(l.s, r.s);
    if (l.is(Kind::kString) || l.is(Kind::kList))
      if (l.kind != r.kind)
        return Error("can only concatenate ", TypeName(l), " (not \"", TypeName(r), "\") to ",
                     TypeName(l));
    if (l.is(Kind::kList) && r.is(Kind::kList)) {
      if (static_cast<int64_t>(l.list->size() + r.list->size()) > kMaxSequence)
        return Error("list result of ", l.list->size() + r.list->size(),
                     " items is longer than ", kMaxSequence);
      if (StringBytes(*l.list) + StringBytes(*r.list) > kMaxValueBytes)
        return Error("list result holds more than ", kMaxValueBytes, " bytes of strings");
      ValueList items = *l.list;
      items.insert(items.end(), r.list->begin(), r.list->end());
      return Value::List(std::move(items));
    }
    return unsupported();
  }
  if (op == "*") {
    const Value& seq = (l.is(Kind::kString) || l.is(Kind::kList)) ? l : r;
    const Value& count = &seq == &l ? r : l;
    if ((seq.is(Kind::kString) || seq.is(Kind::kList)) &&
        (count.is(Kind::kInt) || count.is(Kind::kBool))) {
      int64_t n = std::max<int64_t>(0, count.is(Kind::kInt) ? count.i : count.b);
      size_t unit = seq.is(Kind::kString) ? seq.s.size() : seq.list->size();
      if (unit > 0 && n > kMaxSequence / static_cast<int64_t>(unit))
        return Error("repetition result too large");
      if (seq.is(Kind::kList) && n > 0 &&
          StringBytes(*seq.list) > kMaxValueBytes / static_cast<size_t>(n))
        return Error("list result holds more than ", kMaxValueBytes, " bytes of strings");
      if (seq.is(Kind::kString)) {
        std::string out;
        for (int64_t k = 0; k < n; ++k) out += seq.s;
        return Value::Str(std::move(out));
      }
      ValueList items;
      for (int64_t k = 0; k < n; ++k) items.insert(items.end(), seq.list->begin(), seq.list->end());
      return Value::List(std::move(items));
    }
    return unsupported();
  }
  if (op == "%" && l.is(Kind::kString)) return PercentFormat(l.s, r);
  return unsupported();
}

Result<Value> Slice(const Value& obj, const Value& start, const Value& stop, const Value& step) {
  if (obj.undefined()) return UndefinedError(obj);
  int64_t n;
  std::vector<size_t> offs;
  if (obj.is(Kind::kString)) {
    offs = CodePointOffsets(obj.s);
    n = static_cast<int64_t>(offs.size()) - 1;
  } else if (obj.is(Kind::kList)) {
    n = static_cast<int64_t>(obj.list->size());
  } else {
    return Error("'", TypeName(obj), "' object is not subscriptable");
  }
  int64_t st = 1;
  if (!step.is(Kind::kNone)) {
    ASSIGN_OR_RETURN(st, ToIndex(step));
    if (st == 0) return Error("slice step cannot be zero");
  }
  auto bound = [&](const Value& v, int64_t dflt) -> Result<int64_t> {
    if (v.is(Kind::kNone)) return dflt;
    ASSIGN_OR_RETURN(int64_t x, ToIndex(v));
    if (x < 0) x += n;
    if (st > 0) return std::clamp<int64_t>(x, 0, n);
    return std::clamp<int64_t>(x, -1, n - 1);
  };
  ASSIGN_OR_RETURN(int64_t b, bound(start, st > 0 ? 0 : n - 1));
  ASSIGN_OR_RETURN(int64_t e, bound(stop, st > 0 ? n : -1));
  std::vector<int64_t> idx;
  for (int64_t k = b; st > 0 ? k < e : k > e; k += st) idx.push_back(k);
  if (obj.is(Kind::kString)) {
    std::string out;
    for (int64_t k : idx) out += obj.s.substr(offs[k], offs[k + 1] - offs[k]);
    return Value::Str(std::move(out));
  }
  ValueList out;
  for (int64_t k : idx) out.push_back((*obj.list)[k]);
  return Value::List(std::move(out));
}

Result<Value> GetItem(const Value& obj, const Value& key) {
  switch (obj.kind) {
    case Kind::kUndefined:
      return UndefinedError(obj);
    case Kind::kDict:
    case Kind::kNamespace: {
      const Value* v = DictFind(*obj.dict, key);
      if (v) return *v;
      if (obj.is(Kind::kDict) && key.is(Kind::kString)) return GetAttr(obj, key.s);
      return Value::Undefined(StrCat("'dict object' has no attribute ", PyRepr(key)));
    }
    case Kind::kList: {
      if (!key.is(Kind::kInt) && !key.is(Kind::kBool))
        return Value::Undefined(StrCat("'list object' has no attribute ", PyRepr(key)));
      int64_t k = key.is(Kind::kInt) ? key.i : key.b;
      int64_t n = static_cast<int64_t>(obj.list->size());
      if (k < 0) k += n;
      if (k < 0 || k >= n) return Value::Undefined("list object has no element " + PyStr(key));
      return (*obj.list)[k];
    }
    case Kind::kString: {
      if (key.is(Kind::kString)) return GetAttr(obj, key.s);
      if (!key.is(Kind::kInt) && !key.is(Kind::kBool))
        return Value::Undefined("'str object' has no attribute " + PyRepr(key));
      auto offs = CodePointOffsets(obj.s);
      int64_t n = static_cast<int64_t>(offs.size()) - 1;
      int64_t k = key.is(Kind::kInt) ? key.i : key.b;
      if (k < 0) k += n;
      if (k < 0 || k >= n) return Value::Undefined("str object has no element " + PyStr(key));
      return Value::Str(obj.s.substr(offs[k], offs[k + 1] - offs[k]));
    }
    default:
      if (key.is(Kind::kString)) return GetAttr(obj, key.s);
      return Value::Undefined(
          StrCat("'", TypeName(obj), " object' has no attribute ", PyRepr(key)));
  }
}

Result<Value> GetAttr(const Value& obj, const std::string& name) {
  switch (obj.kind) {
    case Kind::kUndefined:
      return UndefinedError(obj);
    case Kind::kDict: {
      if (std::optional<Value> method = BoundMethod(obj, name)) return *method;  // before keys
      const Value* v = DictFind(*obj.dict, name);
      if (v) return *v;
      return Value::Undefined(StrCat("'dict object' has no attribute '", name, "'"));
    }
    case Kind::kNamespace: {
      const Value* v = DictFind(*obj.dict, name);
      if (v) return *v;
      return Value::Undefined(StrCat("'Namespace object' has no attribute '", name, "'"));
    }
    case Kind::kString:
      if (std::optional<Value> method = BoundMethod(obj, name)) return *method;
      break;
    default:
      break;
  }
  return Value::Undefined(StrCat("'", TypeName(obj), " object' has no attribute '", name, "'"));
}

}  // namespace hf2hlo::chat::internal
