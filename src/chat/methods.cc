// Python str and dict methods (`s.strip()`, `d.items()`, ...) as tables from
// method name to implementation, and the str helpers the filters share.
#include <cctype>
#include <charconv>
#include <unordered_map>

#include "chat/builtins.h"

namespace hf2hlo::chat::internal {

using Kind = Value::Kind;

namespace {

bool IsSpaceChar(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == '\x1c' ||
         c == '\x1d' || c == '\x1e' || c == '\x1f';
}

// Python str.title (ASCII letters).
std::string PyTitle(const std::string& s) {
  std::string out = s;
  bool prev_cased = false;
  for (char& c : out) {
    unsigned char u = c;
    if (std::isalpha(u)) {
      c = static_cast<char>(prev_cased ? std::tolower(u) : std::toupper(u));
      prev_cased = true;
    } else {
      prev_cased = u >= 0x80 && prev_cased;
    }
  }
  return out;
}

Result<Value> Split(const std::string& s, const Value& sep, int64_t maxsplit) {
  ValueList parts;
  if (sep.is(Kind::kNone) || sep.undefined()) {
    size_t k = 0;
    while (true) {
      while (k < s.size() && IsSpaceChar(s[k])) ++k;
      if (k >= s.size()) break;
      if (maxsplit >= 0 && static_cast<int64_t>(parts.size()) >= maxsplit) {
        size_t e = s.size();
        while (e > k && IsSpaceChar(s[e - 1])) --e;
        parts.push_back(Value::Str(s.substr(k, e - k)));
        break;
      }
      size_t b = k;
      while (k < s.size() && !IsSpaceChar(s[k])) ++k;
      parts.push_back(Value::Str(s.substr(b, k - b)));
    }
    return Value::List(std::move(parts));
  }
  if (!sep.is(Kind::kString)) return Error("must be str or None, not ", TypeName(sep));
  if (sep.s.empty()) return Error("empty separator");
  size_t pos = 0;
  while (maxsplit < 0 || static_cast<int64_t>(parts.size()) < maxsplit) {
    size_t f = s.find(sep.s, pos);
    if (f == std::string::npos) break;
    parts.push_back(Value::Str(s.substr(pos, f - pos)));
    pos = f + sep.s.size();
  }
  parts.push_back(Value::Str(s.substr(pos)));
  return Value::List(std::move(parts));
}

// Python str.format with {}, {0} and {name} fields (no format specs).
Result<std::string> PyFormat(const std::string& fmt, Args& args) {
  std::string out;
  size_t auto_index = 0;
  for (size_t k = 0; k < fmt.size(); ++k) {
    char c = fmt[k];
    if (c == '{') {
      if (k + 1 < fmt.size() && fmt[k + 1] == '{') {
        out += '{';
        ++k;
        continue;
      }
      size_t e = fmt.find('}', k);
      if (e == std::string::npos) return Error("Single '{' encountered in format string");
      std::string field = fmt.substr(k + 1, e - k - 1);
      if (field.find_first_of(":!.[") != std::string::npos)
        return Error("str.format: field '{", field, "}' is not supported");
      Value v;
      if (field.empty() || std::isdigit(static_cast<unsigned char>(field[0]))) {
        size_t idx = auto_index;
        if (field.empty()) {
          ++auto_index;
        } else {
          auto [end, ec] = std::from_chars(field.data(), field.data() + field.size(), idx);
          if (ec != std::errc() || end != field.data() + field.size())
            return Error("str.format: field '{", field, "}' is not supported");
        }
        if (idx >= args.pos.size())
          return Error("Replacement index ", idx, " out of range for positional args tuple");
        v = args.pos[idx];
      } else {
        bool found = false;
        for (auto& [name, val] : args.kw) {
          if (name == field) {
            v = val;
            found = true;
          }
        }
        if (!found) return Error("KeyError: '", field, "'");
      }
      out += PyStr(v);
      k = e;
    } else if (c == '}') {
      if (k + 1 < fmt.size() && fmt[k + 1] == '}') ++k;
      out += '}';
    } else {
      out += c;
    }
  }
  return out;
}

// A method gets the object it is bound to and the name it was called by
// (errors name it; aliases share an implementation).
using Method = Result<Value> (*)(const Value& self, const std::string& name, Args& a);

// ---- str methods ----

Result<Value> StrStrip(const Value& self, const std::string& name, Args& a) {
  Value chars = a.Take(0, "chars", Value::None());
  RETURN_IF_ERROR(a.CheckDone(name, 1));
  return Value::Str(StripChars(self.s, chars, name != "rstrip", name != "lstrip"));
}

Result<Value> StrSplit(const Value& self, const std::string& name, Args& a) {
  Value sep = a.Take(0, "sep", Value::None());
  Value maxsplit = a.Take(1, "maxsplit", Value::Int(-1));
  RETURN_IF_ERROR(a.CheckDone(name, 2));
  ASSIGN_OR_RETURN(int64_t m, ToIndex(maxsplit));
  if (name == "rsplit" && m >= 0) return Error("rsplit with maxsplit is not supported");
  return Split(self.s, sep, m);
}

// startswith / endswith, with one affix or a tuple of them.
Result<Value> StrHasAffix(const Value& self, const std::string& name, Args& a) {
  const std::string& s = self.s;
  Value prefix = a.Take(0, "prefix");
  RETURN_IF_ERROR(a.CheckDone(name, 1));
  ValueList options = prefix.is(Kind::kList) ? *prefix.list : ValueList{prefix};
  for (const Value& p : options) {
    if (!p.is(Kind::kString))
      return Error(name, " first arg must be str or a tuple of str, not ", TypeName(p));
    bool hit = name == "startswith" ? s.compare(0, p.s.size(), p.s) == 0
                                    : (s.size() >= p.s.size() &&
                                       s.compare(s.size() - p.s.size(), p.s.size(), p.s) == 0);
    if (hit) return Value::Bool(true);
  }
  return Value::Bool(false);
}

Result<Value> StrReplace(const Value& self, const std::string& name, Args& a) {
  Value from = a.Take(0, "old"), to = a.Take(1, "new"), count = a.Take(2, "count", Value::Int(-1));
  RETURN_IF_ERROR(a.CheckDone(name, 3));
  if (!from.is(Kind::kString) || !to.is(Kind::kString))
    return Error("replace() arguments must be str");
  ASSIGN_OR_RETURN(int64_t c, ToIndex(count));
  return Value::Str(ReplaceAll(self.s, from.s, to.s, c));
}

Result<Value> StrFormat(const Value& self, const std::string&, Args& a) {
  ASSIGN_OR_RETURN(std::string out, PyFormat(self.s, a));
  return Value::Str(std::move(out));
}

Result<Value> StrJoin(const Value& self, const std::string& name, Args& a) {
  Value items = a.Take(0, "iterable");
  RETURN_IF_ERROR(a.CheckDone(name, 1));
  ASSIGN_OR_RETURN(ValueList list, Iterate(items));
  std::string out;
  for (size_t k = 0; k < list.size(); ++k) {
    if (!list[k].is(Kind::kString))
      return Error("sequence item ", k, ": expected str instance, ", TypeName(list[k]), " found");
    if (k) out += self.s;
    out += list[k].s;
  }
  return Value::Str(std::move(out));
}

// The one argument of find / count: the substring.
Result<std::string> TakeSubstring(const std::string& name, Args& a) {
  Value sub = a.Take(0, "sub");
  RETURN_IF_ERROR(a.CheckDone(name, 1));
  if (!sub.is(Kind::kString)) return Error("must be str, not ", TypeName(sub));
  return sub.s;
}

// The index in code points, or -1.
Result<Value> StrFind(const Value& self, const std::string& name, Args& a) {
  ASSIGN_OR_RETURN(std::string sub, TakeSubstring(name, a));
  const std::string& s = self.s;
  size_t f = s.find(sub);
  return Value::Int(f == std::string::npos ? -1
                                           : static_cast<int64_t>(CodePointCount(s.substr(0, f))));
}

// Non-overlapping occurrences; the empty string occurs between every two code points.
Result<Value> StrCount(const Value& self, const std::string& name, Args& a) {
  ASSIGN_OR_RETURN(std::string sub, TakeSubstring(name, a));
  const std::string& s = self.s;
  if (sub.empty()) return Value::Int(static_cast<int64_t>(CodePointCount(s)) + 1);
  int64_t n = 0;
  for (size_t p = s.find(sub); p != std::string::npos; p = s.find(sub, p + sub.size())) ++n;
  return Value::Int(n);
}

// A method without arguments whose result depends on the string alone.
template <Value (*kOf)(const std::string&)>
Result<Value> StrQuery(const Value& self, const std::string& name, Args& a) {
  RETURN_IF_ERROR(a.CheckDone(name, 0));
  return kOf(self.s);
}

Value UpperOf(const std::string& s) { return Value::Str(Upper(s)); }
Value LowerOf(const std::string& s) { return Value::Str(Lower(s)); }
Value TitleOf(const std::string& s) { return Value::Str(PyTitle(s)); }
Value CapitalizeOf(const std::string& s) { return Value::Str(Capitalize(s)); }

Value LinesOf(const std::string& s) {
  ValueList lines;
  for (std::string& line : SplitLines(s)) lines.push_back(Value::Str(std::move(line)));
  return Value::List(std::move(lines));
}

// isdigit, isalpha, ...: a non-empty string of which every byte is in the class.
template <int (*kInClass)(int)>
Value AllBytesIn(const std::string& s) {
  if (s.empty()) return Value::Bool(false);
  for (unsigned char c : s)
    if (!kInClass(c)) return Value::Bool(false);
  return Value::Bool(true);
}

Value IsLowerOf(const std::string& s) { return Value::Bool(IsLowerCase(s)); }
Value IsUpperOf(const std::string& s) { return Value::Bool(IsUpperCase(s)); }

// ---- dict methods ----

Result<Value> DictGet(const Value& self, const std::string&, Args& a) {
  Value key = a.Take(0, "key");
  Value dflt = a.Take(1, "default", Value::None());
  RETURN_IF_ERROR(a.CheckDone("get", 2));
  const Value* v = DictFind(*self.dict, key);
  return v ? *v : dflt;
}

Result<Value> DictItems(const Value& self, const std::string& name, Args& a) {
  RETURN_IF_ERROR(a.CheckDone(name, 0));
  return ItemsOf(*self.dict);
}

// keys() when kKeys, else values().
template <bool kKeys>
Result<Value> DictColumn(const Value& self, const std::string& name, Args& a) {
  RETURN_IF_ERROR(a.CheckDone(name, 0));
  ValueList out;
  for (const auto& [k, v] : *self.dict) out.push_back(kKeys ? k : v);
  return Value::List(std::move(out));
}

// Some cased letter, and no letter of which `other_case` holds.
bool AllCasedWithout(const std::string& s, int (*other_case)(int)) {
  bool has_cased = false;
  for (unsigned char c : s) {
    if (other_case(c)) return false;
    has_cased = has_cased || std::isalpha(c);
  }
  return has_cased;
}

using MethodTable = std::unordered_map<std::string, Method>;

const MethodTable& StrMethods() {
  static const MethodTable kTable = {
      {"strip", StrStrip},
      {"lstrip", StrStrip},
      {"rstrip", StrStrip},
      {"split", StrSplit},
      {"rsplit", StrSplit},
      {"startswith", StrHasAffix},
      {"endswith", StrHasAffix},
      {"replace", StrReplace},
      {"upper", StrQuery<UpperOf>},
      {"lower", StrQuery<LowerOf>},
      {"title", StrQuery<TitleOf>},
      {"capitalize", StrQuery<CapitalizeOf>},
      {"format", StrFormat},
      {"find", StrFind},
      {"count", StrCount},
      {"join", StrJoin},
      {"splitlines", StrQuery<LinesOf>},
      {"isdigit", StrQuery<AllBytesIn<std::isdigit>>},
      {"isalpha", StrQuery<AllBytesIn<std::isalpha>>},
      {"isspace", StrQuery<AllBytesIn<std::isspace>>},
      {"isalnum", StrQuery<AllBytesIn<std::isalnum>>},
      {"islower", StrQuery<IsLowerOf>},
      {"isupper", StrQuery<IsUpperOf>},
  };
  return kTable;
}

const MethodTable& DictMethods() {
  static const MethodTable kTable = {
      {"get", DictGet},
      {"items", DictItems},
      {"keys", DictColumn<true>},
      {"values", DictColumn<false>},
  };
  return kTable;
}

}  // namespace

std::string StripChars(const std::string& s, const Value& chars, bool left, bool right) {
  auto strip = [&](char c) {
    if (chars.is(Kind::kString)) return chars.s.find(c) != std::string::npos;
    return IsSpaceChar(c);
  };
  size_t b = 0, e = s.size();
  if (left)
    while (b < e && strip(s[b])) ++b;
  if (right)
    while (e > b && strip(s[e - 1])) --e;
  return s.substr(b, e - b);
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}
std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}
std::string Capitalize(const std::string& s) {
  std::string out = Lower(s);
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

// Jinja's title filter: words start after whitespace or one of -({[<.
std::string JinjaTitle(const std::string& s) {
  std::string out;
  bool start = true;
  for (char c : s) {
    unsigned char u = c;
    bool sep = IsSpaceChar(c) || c == '-' || c == '(' || c == '{' || c == '[' || c == '<';
    if (sep) {
      out += c;
      start = true;
    } else {
      out += static_cast<char>(start ? std::toupper(u) : std::tolower(u));
      start = false;
    }
  }
  return out;
}

std::string ReplaceAll(const std::string& s, const std::string& from, const std::string& to,
                       int64_t count) {
  std::string out;
  if (from.empty()) {
    // Python inserts `to` between every character (and at both ends).
    auto offs = CodePointOffsets(s);
    int64_t done = 0;
    for (size_t k = 0; k + 1 < offs.size(); ++k) {
      if (count < 0 || done < count) out += to, ++done;
      out += s.substr(offs[k], offs[k + 1] - offs[k]);
    }
    if (count < 0 || done < count) out += to;
    return out;
  }
  size_t pos = 0;
  int64_t done = 0;
  while (count < 0 || done < count) {
    size_t f = s.find(from, pos);
    if (f == std::string::npos) break;
    out += s.substr(pos, f - pos);
    out += to;
    pos = f + from.size();
    ++done;
  }
  out += s.substr(pos);
  return out;
}

std::vector<std::string> SplitLines(const std::string& s) {
  std::vector<std::string> lines;
  size_t b = 0;
  for (size_t k = 0; k < s.size(); ++k) {
    if (s[k] == '\n' || s[k] == '\r') {
      lines.push_back(s.substr(b, k - b));
      if (s[k] == '\r' && k + 1 < s.size() && s[k + 1] == '\n') ++k;
      b = k + 1;
    }
  }
  if (b < s.size()) lines.push_back(s.substr(b));
  return lines;
}

bool IsLowerCase(const std::string& s) { return AllCasedWithout(s, std::isupper); }

bool IsUpperCase(const std::string& s) { return AllCasedWithout(s, std::islower); }

std::optional<Value> BoundMethod(const Value& obj, const std::string& name) {
  const MethodTable* table = obj.is(Kind::kString) ? &StrMethods()
                             : obj.is(Kind::kDict) ? &DictMethods()
                                                   : nullptr;
  if (table == nullptr) return std::nullopt;
  auto it = table->find(name);
  if (it == table->end()) return std::nullopt;
  Method method = it->second;
  return Value::Func([obj, name, method](Args& a) { return method(obj, name, a); });
}

}  // namespace hf2hlo::chat::internal
