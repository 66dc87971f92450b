// Jinja's filters (`value | name(args)`) as a table from filter name to
// implementation.
#include <algorithm>
#include <charconv>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <unordered_map>

#include "chat/builtins.h"

namespace hf2hlo::chat::internal {

using Kind = Value::Kind;

namespace {

// A filter gets the name it was called by (errors name it; aliases share an
// implementation), the filtered value and the call's arguments.
using Filter = Result<Value> (*)(const std::string& name, const Value& v, Args& args);

// Attribute lookup as Jinja's attrgetter: item[part] for each dotted part.
Result<Value> AttrPath(const Value& item, const Value& attr) {
  if (attr.is(Kind::kInt)) return GetItem(item, attr);
  std::string path = PyStr(attr);
  Value cur = item;
  size_t b = 0;
  while (true) {
    size_t e = path.find('.', b);
    std::string part = path.substr(b, e == std::string::npos ? std::string::npos : e - b);
    Value key = Value::Str(part);
    if (!part.empty() && std::all_of(part.begin(), part.end(), ::isdigit)) {
      int64_t index = 0;
      auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), index);
      if (ec != std::errc() || end != part.data() + part.size())
        return Error("attribute '", path, "': index ", part, " is out of range");
      key = Value::Int(index);
    }
    ASSIGN_OR_RETURN(cur, GetItem(cur, key));
    if (e == std::string::npos) break;
    b = e + 1;
  }
  return cur;
}

// The item itself when `attr` is None, else its attribute path `attr`.
Result<Value> ItemOrAttr(const Value& item, const Value& attr) {
  if (attr.is(Kind::kNone)) return item;
  return AttrPath(item, attr);
}

// The key that the ordering filters compare: strings lowercased unless
// case-sensitive.
Value FoldCase(const Value& key, bool case_sensitive) {
  return (!case_sensitive && key.is(Kind::kString)) ? Value::Str(Lower(key.s)) : key;
}

Result<Value> SortKey(const Value& item, const Value& attr, bool case_sensitive) {
  ASSIGN_OR_RETURN(Value key, ItemOrAttr(item, attr));
  return FoldCase(key, case_sensitive);
}

// A stable sort by key(item); the first comparison error stops it and is
// returned (the order of `items` is then unspecified).
template <typename T, typename KeyFn>
Status SortValues(std::vector<T>& items, KeyFn key, bool reverse) {
  Status error;
  std::stable_sort(items.begin(), items.end(), [&](const T& a, const T& b) {
    if (!error.ok()) return false;
    Result<int> c = Compare(key(a), key(b));
    if (!c.ok()) {
      error = c.status();
      return false;
    }
    return reverse ? *c > 0 : *c < 0;
  });
  return error;
}

// select / reject (by_attr false) and selectattr / rejectattr (by_attr true):
// the items for which the test (truthiness when none is named) is `select`.
Result<Value> SelectOrReject(const Value& v, Args& args, bool by_attr, bool select) {
  ASSIGN_OR_RETURN(ValueList items, Iterate(v));
  Value attr;
  size_t first = 0;
  if (by_attr) {
    if (args.pos.empty()) return Error("selectattr/rejectattr need an attribute name");
    attr = args.pos[0];
    first = 1;
  }
  std::string test;
  Args test_args;
  if (args.pos.size() > first) {
    test = PyStr(args.pos[first]);
    test_args.pos.assign(args.pos.begin() + first + 1, args.pos.end());
    test_args.kw = args.kw;
  }
  ValueList out;
  for (const Value& item : items) {
    Value x = item;
    if (by_attr) {
      ASSIGN_OR_RETURN(x, AttrPath(item, attr));
    }
    bool r;
    if (test.empty()) {
      r = Truthy(x);
    } else {
      Args a = test_args;
      ASSIGN_OR_RETURN(r, ApplyTest(test, x, a));
    }
    if (r == select) out.push_back(item);
  }
  return Value::List(std::move(out));
}

Result<Value> FilterSelect(const std::string& name, const Value& v, Args& args) {
  return SelectOrReject(v, args, /*by_attr=*/false, name == "select");
}

Result<Value> FilterSelectAttr(const std::string& name, const Value& v, Args& args) {
  return SelectOrReject(v, args, /*by_attr=*/true, name == "selectattr");
}

// json.dumps with Jinja's tojson arguments.
Result<Value> FilterToJson(const std::string&, const Value& v, Args& args) {
  JsonOptions o;
  o.ensure_ascii = Truthy(args.Take(0, "ensure_ascii", Value::Bool(false)));
  Value indent = args.Take(1, "indent", Value::None());
  Value seps = args.Take(2, "separators", Value::None());
  o.sort_keys = Truthy(args.Take(3, "sort_keys", Value::Bool(false)));
  RETURN_IF_ERROR(args.CheckDone("tojson", 4));
  if (indent.is(Kind::kInt) || indent.is(Kind::kBool)) {
    int64_t w = indent.is(Kind::kInt) ? indent.i : indent.b;
    o.indent = static_cast<int>(std::clamp<int64_t>(w, 0, 1000));
  } else if (indent.is(Kind::kString)) {
    o.indent_is_str = true;
    o.indent_str = indent.s;
  } else if (!indent.is(Kind::kNone)) {
    return Error("tojson: indent must be an int or a string");
  }
  if (o.indent >= 0 || o.indent_is_str) o.item_sep = ',';
  if (!seps.is(Kind::kNone)) {
    if (!seps.is(Kind::kList) || seps.list->size() != 2 || !(*seps.list)[0].is(Kind::kString) ||
        !(*seps.list)[1].is(Kind::kString))
      return Error("tojson: separators must be a pair of strings");
    o.item_sep = (*seps.list)[0].s;
    o.key_sep = (*seps.list)[1].s;
  }
  ASSIGN_OR_RETURN(std::string s, ToJson(v, o));
  return Value::Str(std::move(s));
}

// Output is never autoescaped, so `safe` changes nothing (and takes any arguments).
Result<Value> FilterSafe(const std::string&, const Value& v, Args&) { return v; }

Result<Value> FilterTrim(const std::string& name, const Value& v, Args& args) {
  Value chars = args.Take(0, "chars", Value::None());
  RETURN_IF_ERROR(args.CheckDone(name, 1));
  return Value::Str(StripChars(PyStr(v), chars, true, true));
}

Result<Value> FilterLength(const std::string& name, const Value& v, Args& args) {
  RETURN_IF_ERROR(args.CheckDone(name, 0));
  ASSIGN_OR_RETURN(size_t len, Length(v));
  return Value::Int(static_cast<int64_t>(len));
}

// map(attribute=..., default=...) or map(filter_name, filter args...).
Result<Value> FilterMap(const std::string& name, const Value& v, Args& args) {
  ASSIGN_OR_RETURN(ValueList items, Iterate(v));
  ValueList out;
  Value attr = args.Take(99, "attribute");
  if (!attr.undefined()) {
    Value dflt = args.Take(99, "default");
    RETURN_IF_ERROR(args.CheckDone(name, 0));
    for (const Value& item : items) {
      ASSIGN_OR_RETURN(Value x, AttrPath(item, attr));
      out.push_back(x.undefined() && !dflt.undefined() ? dflt : x);
    }
    return Value::List(std::move(out));
  }
  if (args.pos.empty()) return Error("map requires a filter argument");
  std::string filter = PyStr(args.pos[0]);
  Args rest;
  rest.pos.assign(args.pos.begin() + 1, args.pos.end());
  rest.kw = args.kw;
  for (const Value& item : items) {
    Args a = rest;
    ASSIGN_OR_RETURN(Value x, ApplyFilter(filter, item, a));
    out.push_back(std::move(x));
  }
  return Value::List(std::move(out));
}

Result<Value> FilterJoin(const std::string& name, const Value& v, Args& args) {
  Value sep = args.Take(0, "d", Value::Str(""));
  Value attr = args.Take(1, "attribute", Value::None());
  RETURN_IF_ERROR(args.CheckDone(name, 2));
  ASSIGN_OR_RETURN(ValueList items, Iterate(v));
  std::string out;
  const std::string separator = PyStr(sep);
  for (size_t k = 0; k < items.size(); ++k) {
    if (k) out += separator;
    ASSIGN_OR_RETURN(Value x, ItemOrAttr(items[k], attr));
    const std::string text = PyStr(x);
    if (out.size() + text.size() > kMaxValueBytes)
      return Error("join result is longer than ", kMaxValueBytes, " bytes");
    out += text;
  }
  return Value::Str(std::move(out));
}

Result<Value> FilterDefault(const std::string& name, const Value& v, Args& args) {
  Value dflt = args.Take(0, "default_value", Value::Str(""));
  bool boolean = Truthy(args.Take(1, "boolean", Value::Bool(false)));
  RETURN_IF_ERROR(args.CheckDone(name, 2));
  if (v.undefined() || (boolean && !Truthy(v))) return dflt;
  return v;
}

// A filter without arguments of str(value) alone.
template <Value (*kOf)(const std::string&)>
Result<Value> TextFilter(const std::string& name, const Value& v, Args& args) {
  RETURN_IF_ERROR(args.CheckDone(name, 0));
  return kOf(PyStr(v));
}

Value UpperText(const std::string& s) { return Value::Str(Upper(s)); }
Value LowerText(const std::string& s) { return Value::Str(Lower(s)); }
Value CapitalizedText(const std::string& s) { return Value::Str(Capitalize(s)); }
Value TitleText(const std::string& s) { return Value::Str(JinjaTitle(s)); }
Value PlainText(const std::string& s) { return Value::Str(s); }

// Runs of word characters; every non-ASCII byte counts as one.
Value WordCount(const std::string& s) {
  int64_t words = 0;
  bool in_word = false;
  for (unsigned char c : s) {
    bool w = std::isalnum(c) || c == '_' || c >= 0x80;
    if (w && !in_word) ++words;
    in_word = w;
  }
  return Value::Int(words);
}

Result<Value> FilterReplace(const std::string& name, const Value& v, Args& args) {
  Value from = args.Take(0, "old"), to = args.Take(1, "new"),
        count = args.Take(2, "count", Value::None());
  RETURN_IF_ERROR(args.CheckDone(name, 3));
  int64_t c = -1;
  if (!count.is(Kind::kNone)) {
    ASSIGN_OR_RETURN(c, ToIndex(count));
  }
  return Value::Str(ReplaceAll(PyStr(v), PyStr(from), PyStr(to), c));
}

Result<Value> FilterFirstOrLast(const std::string& name, const Value& v, Args& args) {
  RETURN_IF_ERROR(args.CheckDone(name, 0));
  ASSIGN_OR_RETURN(ValueList items, Iterate(v));
  if (items.empty()) return Value::Undefined(StrCat("No ", name, " item, sequence was empty."));
  return name == "first" ? items.front() : items.back();
}

Result<Value> FilterList(const std::string& name, const Value& v, Args& args) {
  RETURN_IF_ERROR(args.CheckDone(name, 0));
  if (v.is(Kind::kNone) || v.numeric()) return Error("'", TypeName(v), "' object is not iterable");
  ASSIGN_OR_RETURN(ValueList items, Iterate(v));
  return Value::List(std::move(items));
}

Result<Value> FilterInt(const std::string& name, const Value& v, Args& args) {
  Value dflt = args.Take(0, "default", Value::Int(0));
  RETURN_IF_ERROR(args.CheckDone(name, 2));
  if (v.is(Kind::kInt)) return v;
  if (v.is(Kind::kBool)) return Value::Int(v.b);
  if (v.is(Kind::kFloat)) {
    if (!std::isfinite(v.f) || std::fabs(v.f) > 9.2e18) return dflt;
    return Value::Int(static_cast<int64_t>(v.f));
  }
  if (v.is(Kind::kString)) {
    std::string s = StripChars(v.s, Value::None(), true, true);
    char* end = nullptr;
    errno = 0;
    long long x = std::strtoll(s.c_str(), &end, 10);
    if (!s.empty() && *end == 0 && errno == 0) return Value::Int(x);
    bool decimal = s.find_first_not_of("0123456789+-.eE") == std::string::npos;
    double f = std::strtod(s.c_str(), &end);
    if (decimal && !s.empty() && *end == 0 && std::isfinite(f) && std::fabs(f) < 9.2e18)
      return Value::Int(static_cast<int64_t>(f));
  }
  return dflt;
}

Result<Value> FilterFloat(const std::string& name, const Value& v, Args& args) {
  Value dflt = args.Take(0, "default", Value::Float(0.0));
  RETURN_IF_ERROR(args.CheckDone(name, 1));
  if (v.is(Kind::kFloat)) return v;
  if (v.is(Kind::kInt) || v.is(Kind::kBool)) return Value::Float(v.is(Kind::kInt) ? v.i : v.b);
  if (v.is(Kind::kString)) {
    std::string s = StripChars(v.s, Value::None(), true, true);
    char* end = nullptr;
    double f = std::strtod(s.c_str(), &end);
    bool hex = s.find_first_of("xX") != std::string::npos;  // Python's float() has no hex
    if (!s.empty() && !hex && *end == 0) return Value::Float(f);
  }
  return dflt;
}

Result<Value> FilterAbs(const std::string& name, const Value& v, Args& args) {
  RETURN_IF_ERROR(args.CheckDone(name, 0));
  if (v.is(Kind::kInt)) {
    if (v.i == INT64_MIN) return Error("integer overflow");
    return Value::Int(v.i < 0 ? -v.i : v.i);
  }
  if (v.is(Kind::kBool)) return Value::Int(v.b);
  if (v.is(Kind::kFloat)) return Value::Float(std::fabs(v.f));
  return Error("bad operand type for abs(): '", TypeName(v), "'");
}

Result<Value> FilterRound(const std::string& name, const Value& v, Args& args) {
  Value prec = args.Take(0, "precision", Value::Int(0));
  Value method = args.Take(1, "method", Value::Str("common"));
  RETURN_IF_ERROR(args.CheckDone(name, 2));
  if (!v.numeric()) return Error("round: a number is required, not ", TypeName(v));
  ASSIGN_OR_RETURN(int64_t p, ToIndex(prec));
  p = std::clamp<int64_t>(p, -20, 20);
  double x = v.is(Kind::kFloat) ? v.f : static_cast<double>(v.is(Kind::kInt) ? v.i : v.b);
  double scale = std::pow(10.0, static_cast<double>(p));
  double y = x * scale;
  std::string m = PyStr(method);
  if (m == "common") {
    y = std::nearbyint(y);
  } else if (m == "ceil") {
    y = std::ceil(y);
  } else if (m == "floor") {
    y = std::floor(y);
  } else {
    return Error("method must be common, ceil or floor");
  }
  return Value::Float(y / scale);
}

Result<Value> FilterItems(const std::string& name, const Value& v, Args& args) {
  RETURN_IF_ERROR(args.CheckDone(name, 0));
  if (v.undefined()) return Value::List({});
  if (!v.mapping()) return Error("Can only get item pairs from a mapping.");
  return ItemsOf(*v.dict);
}

Result<Value> FilterDictSort(const std::string& name, const Value& v, Args& args) {
  bool case_sensitive = Truthy(args.Take(0, "case_sensitive", Value::Bool(false)));
  std::string by = PyStr(args.Take(1, "by", Value::Str("key")));
  bool reverse = Truthy(args.Take(2, "reverse", Value::Bool(false)));
  RETURN_IF_ERROR(args.CheckDone(name, 3));
  if (!v.mapping()) return Error("dictsort: a mapping is required");
  ValueDict items = *v.dict;
  bool by_value = by == "value";
  RETURN_IF_ERROR(SortValues(
      items,
      [by_value, case_sensitive](const std::pair<Value, Value>& kv) {
        return FoldCase(by_value ? kv.second : kv.first, case_sensitive);
      },
      reverse));
  return ItemsOf(items);
}

Result<Value> FilterSort(const std::string& name, const Value& v, Args& args) {
  bool reverse = Truthy(args.Take(0, "reverse", Value::Bool(false)));
  bool case_sensitive = Truthy(args.Take(1, "case_sensitive", Value::Bool(false)));
  Value attr = args.Take(2, "attribute", Value::None());
  RETURN_IF_ERROR(args.CheckDone(name, 3));
  ASSIGN_OR_RETURN(ValueList items, Iterate(v));
  std::vector<std::pair<Value, Value>> keyed;
  for (const Value& item : items) {
    ASSIGN_OR_RETURN(Value key, SortKey(item, attr, case_sensitive));
    keyed.emplace_back(key, item);
  }
  RETURN_IF_ERROR(
      SortValues(keyed, [](const std::pair<Value, Value>& kv) { return kv.first; }, reverse));
  ValueList out;
  for (auto& kv : keyed) out.push_back(kv.second);
  return Value::List(std::move(out));
}

Result<Value> FilterUnique(const std::string& name, const Value& v, Args& args) {
  bool case_sensitive = Truthy(args.Take(0, "case_sensitive", Value::Bool(false)));
  Value attr = args.Take(1, "attribute", Value::None());
  RETURN_IF_ERROR(args.CheckDone(name, 2));
  ASSIGN_OR_RETURN(ValueList items, Iterate(v));
  ValueList out, seen;
  for (const Value& item : items) {
    ASSIGN_OR_RETURN(Value key, SortKey(item, attr, case_sensitive));
    bool dup = false;
    for (const Value& s : seen) dup = dup || Equal(s, key);
    if (!dup) {
      seen.push_back(key);
      out.push_back(item);
    }
  }
  return Value::List(std::move(out));
}

Result<Value> FilterReverse(const std::string& name, const Value& v, Args& args) {
  RETURN_IF_ERROR(args.CheckDone(name, 0));
  ASSIGN_OR_RETURN(ValueList items, Iterate(v));
  std::reverse(items.begin(), items.end());
  if (v.is(Kind::kString)) {
    std::string s;
    for (const Value& c : items) s += c.s;
    return Value::Str(std::move(s));
  }
  return Value::List(std::move(items));
}

Result<Value> FilterIndent(const std::string& name, const Value& v, Args& args) {
  Value width = args.Take(0, "width", Value::Int(4));
  bool first = Truthy(args.Take(1, "first", Value::Bool(false)));
  bool blank = Truthy(args.Take(2, "blank", Value::Bool(false)));
  RETURN_IF_ERROR(args.CheckDone(name, 3));
  std::string ind;
  if (width.is(Kind::kString)) {
    ind = width.s;
  } else {
    ASSIGN_OR_RETURN(int64_t w, ToIndex(width));
    ind = std::string(std::clamp<int64_t>(w, 0, 1000), ' ');
  }
  std::vector<std::string> lines = SplitLines(PyStr(v) + "\n");
  std::string rv;
  for (size_t k = 0; k < lines.size(); ++k) {
    if (k) rv += "\n";
    if (k && (blank || !lines[k].empty())) rv += ind;
    rv += lines[k];
  }
  if (first) rv = ind + rv;
  return Value::Str(std::move(rv));
}

Result<Value> FilterSum(const std::string& name, const Value& v, Args& args) {
  Value attr = args.Take(0, "attribute", Value::None());
  Value total = args.Take(1, "start", Value::Int(0));
  RETURN_IF_ERROR(args.CheckDone(name, 2));
  ASSIGN_OR_RETURN(ValueList items, Iterate(v));
  for (const Value& item : items) {
    ASSIGN_OR_RETURN(Value x, ItemOrAttr(item, attr));
    ASSIGN_OR_RETURN(total, Binary("+", total, x));
  }
  return total;
}

// The first item with the least (min) or greatest (max) key.
Result<Value> FilterMinOrMax(const std::string& name, const Value& v, Args& args) {
  bool case_sensitive = Truthy(args.Take(0, "case_sensitive", Value::Bool(false)));
  Value attr = args.Take(1, "attribute", Value::None());
  RETURN_IF_ERROR(args.CheckDone(name, 2));
  ASSIGN_OR_RETURN(ValueList items, Iterate(v));
  if (items.empty()) return Value::Undefined(StrCat("No aggregated item, sequence was empty."));
  Value best, best_key;
  for (size_t k = 0; k < items.size(); ++k) {
    ASSIGN_OR_RETURN(Value key, SortKey(items[k], attr, case_sensitive));
    if (k == 0) {
      best = items[k];
      best_key = key;
      continue;
    }
    ASSIGN_OR_RETURN(int c, Compare(key, best_key));
    if ((name == "min" && c < 0) || (name == "max" && c > 0)) {
      best = items[k];
      best_key = key;
    }
  }
  return best;
}

Result<Value> FilterAttr(const std::string& name, const Value& v, Args& args) {
  Value attr = args.Take(0, "name");
  RETURN_IF_ERROR(args.CheckDone(name, 1));
  return GetAttr(v, PyStr(attr));
}

// Jinja filters that chat templates do not need; named so that the error says so.
Result<Value> Unsupported(const std::string& name, const Value&, Args&) {
  return Error("filter '", name, "' is not supported");
}

const std::unordered_map<std::string, Filter>& Filters() {
  static const std::unordered_map<std::string, Filter> kFilters = {
      {"tojson", FilterToJson},
      {"safe", FilterSafe},
      {"trim", FilterTrim},
      {"length", FilterLength},
      {"count", FilterLength},
      {"select", FilterSelect},
      {"reject", FilterSelect},
      {"selectattr", FilterSelectAttr},
      {"rejectattr", FilterSelectAttr},
      {"map", FilterMap},
      {"join", FilterJoin},
      {"default", FilterDefault},
      {"d", FilterDefault},
      {"upper", TextFilter<UpperText>},
      {"lower", TextFilter<LowerText>},
      {"capitalize", TextFilter<CapitalizedText>},
      {"title", TextFilter<TitleText>},
      {"string", TextFilter<PlainText>},
      {"wordcount", TextFilter<WordCount>},
      {"replace", FilterReplace},
      {"first", FilterFirstOrLast},
      {"last", FilterFirstOrLast},
      {"list", FilterList},
      {"int", FilterInt},
      {"float", FilterFloat},
      {"abs", FilterAbs},
      {"round", FilterRound},
      {"items", FilterItems},
      {"dictsort", FilterDictSort},
      {"sort", FilterSort},
      {"unique", FilterUnique},
      {"reverse", FilterReverse},
      {"indent", FilterIndent},
      {"sum", FilterSum},
      {"min", FilterMinOrMax},
      {"max", FilterMinOrMax},
      {"attr", FilterAttr},
      {"e", Unsupported},
      {"escape", Unsupported},
      {"forceescape", Unsupported},
      {"center", Unsupported},
      {"format", Unsupported},
      {"truncate", Unsupported},
      {"striptags", Unsupported},
      {"batch", Unsupported},
      {"slice", Unsupported},
      {"urlencode", Unsupported},
      {"xmlattr", Unsupported},
      {"pprint", Unsupported},
      {"filesizeformat", Unsupported},
  };
  return kFilters;
}

}  // namespace

Result<Value> ApplyFilter(const std::string& name, const Value& v, Args& args) {
  auto it = Filters().find(name);
  if (it == Filters().end()) return Error("No filter named '", name, "'.");
  return it->second(name, v, args);
}

}  // namespace hf2hlo::chat::internal
