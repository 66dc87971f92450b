// Python semantics of chat-template values: truthiness, str/repr, equality,
// ordering and json.dumps.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "chat/template.h"

namespace hf2hlo::chat::internal {

using Kind = Value::Kind;

Value Args::Take(size_t index, const std::string& name, Value fallback) {
  if (pos_taken.size() < pos.size()) pos_taken.resize(pos.size(), false);
  if (index < pos.size() && !pos_taken[index]) {
    pos_taken[index] = true;
    return pos[index];
  }
  for (auto it = kw.begin(); it != kw.end(); ++it) {
    if (it->first == name) {
      Value v = std::move(it->second);
      kw.erase(it);
      return v;
    }
  }
  return fallback;
}

Status Args::CheckDone(const std::string& what, size_t max_pos) const {
  if (pos.size() > max_pos)
    return Error(what, "() takes at most ", max_pos, " positional arguments (", pos.size(),
                 " given)");
  if (!kw.empty()) return Error(what, "() got an unexpected keyword argument '", kw[0].first, "'");
  return OkStatus();
}

bool Truthy(const Value& v) {
  switch (v.kind) {
    case Kind::kUndefined:
    case Kind::kNone:
      return false;
    case Kind::kBool:
      return v.b;
    case Kind::kInt:
      return v.i != 0;
    case Kind::kFloat:
      return v.f != 0;
    case Kind::kString:
      return !v.s.empty();
    case Kind::kList:
      return !v.list->empty();
    case Kind::kDict:
      return !v.dict->empty();
    default:
      return true;
  }
}

std::string FormatFloat(double f) {
  if (std::isnan(f)) return "nan";
  if (std::isinf(f)) return f > 0 ? "inf" : "-inf";
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof(buf), f, std::chars_format::scientific);
  std::string sci(buf, res.ptr);  // [-]d[.ddd]e[+-]XX
  bool neg = sci[0] == '-';
  if (neg) sci.erase(0, 1);
  size_t epos = sci.find('e');
  int exp = std::stoi(sci.substr(epos + 1));
  std::string digits;
  for (size_t k = 0; k < epos; ++k)
    if (sci[k] != '.') digits += sci[k];
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  std::string out;
  int decpt = exp + 1;
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) {
      out = "0." + std::string(-decpt, '0') + digits;
    } else if (static_cast<size_t>(decpt) >= digits.size()) {
      out = digits + std::string(decpt - digits.size(), '0') + ".0";
    } else {
      out = digits.substr(0, decpt) + "." + digits.substr(decpt);
    }
  } else {
    out = digits.substr(0, 1);
    if (digits.size() > 1) out += "." + digits.substr(1);
    char e[16];
    std::snprintf(e, sizeof(e), "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    out += e;
  }
  return neg ? "-" + out : out;
}

static std::string ReprString(const std::string& s) {
  char q = (s.find('\'') != std::string::npos && s.find('"') == std::string::npos) ? '"' : '\'';
  std::string out(1, q);
  for (unsigned char c : s) {
    if (c == q || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof(buf), "\\x%02x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  out += q;
  return out;
}

std::string PyRepr(const Value& v) {
  switch (v.kind) {
    case Kind::kString:
      return ReprString(v.s);
    case Kind::kList: {
      std::string out = v.tuple ? "(" : "[";
      for (size_t k = 0; k < v.list->size(); ++k) {
        if (k) out += ", ";
        out += PyRepr((*v.list)[k]);
      }
      if (v.tuple && v.list->size() == 1) out += ",";
      return out + (v.tuple ? ")" : "]");
    }
    case Kind::kDict: {
      std::string out = "{";
      for (size_t k = 0; k < v.dict->size(); ++k) {
        if (k) out += ", ";
        out += PyRepr((*v.dict)[k].first) + ": " + PyRepr((*v.dict)[k].second);
      }
      return out + "}";
    }
    default:
      return PyStr(v);
  }
}

std::string PyStr(const Value& v) {
  switch (v.kind) {
    case Kind::kUndefined:
      return "";
    case Kind::kNone:
      return "None";
    case Kind::kBool:
      return v.b ? "True" : "False";
    case Kind::kInt:
      return std::to_string(v.i);
    case Kind::kFloat:
      return FormatFloat(v.f);
    case Kind::kString:
      return v.s;
    case Kind::kNamespace:
      return "<Namespace>";
    case Kind::kFunction:
      return "<function>";
    default:
      return PyRepr(v);
  }
}

std::string TypeName(const Value& v) {
  switch (v.kind) {
    case Kind::kUndefined:
      return "Undefined";
    case Kind::kNone:
      return "NoneType";
    case Kind::kBool:
      return "bool";
    case Kind::kInt:
      return "int";
    case Kind::kFloat:
      return "float";
    case Kind::kString:
      return "str";
    case Kind::kList:
      return "list";
    case Kind::kDict:
      return "dict";
    case Kind::kNamespace:
      return "Namespace";
    case Kind::kFunction:
      return "function";
  }
  return "object";
}

static double AsDouble(const Value& v) {
  return v.kind == Kind::kFloat ? v.f : v.kind == Kind::kInt ? static_cast<double>(v.i) : v.b;
}

bool Equal(const Value& a, const Value& b) {
  if (a.numeric() && b.numeric()) {
    if (a.kind != Kind::kFloat && b.kind != Kind::kFloat) {
      int64_t x = a.kind == Kind::kInt ? a.i : a.b, y = b.kind == Kind::kInt ? b.i : b.b;
      return x == y;
    }
    return AsDouble(a) == AsDouble(b);
  }
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case Kind::kUndefined:
    case Kind::kNone:
      return true;
    case Kind::kString:
      return a.s == b.s;
    case Kind::kList:
      if (a.list->size() != b.list->size()) return false;
      for (size_t k = 0; k < a.list->size(); ++k)
        if (!Equal((*a.list)[k], (*b.list)[k])) return false;
      return true;
    case Kind::kDict:
      if (a.dict->size() != b.dict->size()) return false;
      for (const auto& [key, val] : *a.dict) {
        const Value* other = DictFind(*b.dict, key);
        if (!other || !Equal(val, *other)) return false;
      }
      return true;
    default:
      return a.dict == b.dict && a.fn == b.fn;
  }
}

Result<int> Compare(const Value& a, const Value& b) {
  if (a.numeric() && b.numeric()) {
    if (a.kind != Kind::kFloat && b.kind != Kind::kFloat) {
      int64_t x = a.kind == Kind::kInt ? a.i : a.b, y = b.kind == Kind::kInt ? b.i : b.b;
      return x < y ? -1 : x > y ? 1 : 0;
    }
    double x = AsDouble(a), y = AsDouble(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (a.kind == Kind::kString && b.kind == Kind::kString) {
    int c = a.s.compare(b.s);
    return c < 0 ? -1 : c > 0 ? 1 : 0;
  }
  if (a.kind == Kind::kList && b.kind == Kind::kList) {
    size_t n = std::min(a.list->size(), b.list->size());
    for (size_t k = 0; k < n; ++k) {
      if (Equal((*a.list)[k], (*b.list)[k])) continue;
      return Compare((*a.list)[k], (*b.list)[k]);
    }
    return a.list->size() < b.list->size() ? -1 : a.list->size() > b.list->size() ? 1 : 0;
  }
  return Error("'<' not supported between instances of '", TypeName(a), "' and '", TypeName(b),
               "'");
}

Value FromJson(const nlohmann::ordered_json& j) {
  switch (j.type()) {
    case nlohmann::ordered_json::value_t::null:
      return Value::None();
    case nlohmann::ordered_json::value_t::boolean:
      return Value::Bool(j.get<bool>());
    case nlohmann::ordered_json::value_t::number_integer:
      return Value::Int(j.get<int64_t>());
    case nlohmann::ordered_json::value_t::number_unsigned: {
      uint64_t u = j.get<uint64_t>();
      if (u > static_cast<uint64_t>(INT64_MAX)) return Value::Float(static_cast<double>(u));
      return Value::Int(static_cast<int64_t>(u));
    }
    case nlohmann::ordered_json::value_t::number_float:
      return Value::Float(j.get<double>());
    case nlohmann::ordered_json::value_t::string:
      return Value::Str(j.get<std::string>());
    case nlohmann::ordered_json::value_t::array: {
      ValueList items;
      items.reserve(j.size());
      for (const auto& e : j) items.push_back(FromJson(e));
      return Value::List(std::move(items));
    }
    case nlohmann::ordered_json::value_t::object: {
      ValueDict items;
      items.reserve(j.size());
      for (auto it = j.begin(); it != j.end(); ++it)
        items.emplace_back(Value::Str(it.key()), FromJson(it.value()));
      return Value::Dict(std::move(items));
    }
    default:
      return Value::None();
  }
}

const Value* DictFind(const ValueDict& d, const Value& key) {
  for (const auto& [k, v] : d)
    if (Equal(k, key)) return &v;
  return nullptr;
}

const Value* DictFind(const ValueDict& d, const std::string& key) {
  for (const auto& [k, v] : d)
    if (k.kind == Kind::kString && k.s == key) return &v;
  return nullptr;
}

std::vector<size_t> CodePointOffsets(const std::string& s) {
  std::vector<size_t> out;
  out.reserve(s.size() + 1);
  for (size_t k = 0; k < s.size(); ++k)
    if ((static_cast<unsigned char>(s[k]) & 0xC0) != 0x80) out.push_back(k);
  out.push_back(s.size());
  return out;
}

size_t CodePointCount(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Decodes one UTF-8 code point at s[k]; advances k. Invalid bytes decode as themselves.
static uint32_t DecodeUtf8(const std::string& s, size_t& k) {
  unsigned char c = s[k++];
  int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
  uint32_t cp = extra == 3 ? c & 0x07 : extra == 2 ? c & 0x0F : extra == 1 ? c & 0x1F : c;
  for (int e = 0; e < extra && k < s.size(); ++e) {
    unsigned char d = s[k];
    if ((d & 0xC0) != 0x80) break;
    cp = (cp << 6) | (d & 0x3F);
    ++k;
  }
  return cp;
}

static void JsonString(const std::string& s, bool ensure_ascii, std::string& out) {
  out += '"';
  for (size_t k = 0; k < s.size();) {
    unsigned char c = s[k];
    char buf[16];
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
      ++k;
    } else if (c == '\n') {
      out += "\\n", ++k;
    } else if (c == '\r') {
      out += "\\r", ++k;
    } else if (c == '\t') {
      out += "\\t", ++k;
    } else if (c == '\b') {
      out += "\\b", ++k;
    } else if (c == '\f') {
      out += "\\f", ++k;
    } else if (c < 0x20) {
      std::snprintf(buf, sizeof(buf), "\\u%04x", c);
      out += buf, ++k;
    } else if (c < 0x80 || !ensure_ascii) {
      out += static_cast<char>(c), ++k;
    } else {
      uint32_t cp = DecodeUtf8(s, k);
      if (cp >= 0x10000) {
        cp -= 0x10000;
        std::snprintf(buf, sizeof(buf), "\\u%04x\\u%04x", 0xD800 + (cp >> 10),
                      0xDC00 + (cp & 0x3FF));
      } else {
        std::snprintf(buf, sizeof(buf), "\\u%04x", cp);
      }
      out += buf;
    }
  }
  out += '"';
}

static Status JsonValue(const Value& v, const JsonOptions& o, int depth, std::string& out) {
  if (depth > 200) return Error("tojson: nesting too deep");
  std::string nl, nl_inner;
  bool pretty = o.indent >= 0 || o.indent_is_str;
  if (pretty) {
    std::string unit = o.indent_is_str ? o.indent_str : std::string(o.indent, ' ');
    nl = "\n";
    nl_inner = "\n";
    for (int d = 0; d < depth; ++d) nl += unit;
    nl_inner = nl + unit;
  }
  switch (v.kind) {
    case Kind::kNone:
      out += "null";
      return OkStatus();
    case Kind::kBool:
      out += v.b ? "true" : "false";
      return OkStatus();
    case Kind::kInt:
      out += std::to_string(v.i);
      return OkStatus();
    case Kind::kFloat:
      if (std::isnan(v.f)) {
        out += "NaN";
      } else if (std::isinf(v.f)) {
        out += v.f > 0 ? "Infinity" : "-Infinity";
      } else {
        out += FormatFloat(v.f);
      }
      return OkStatus();
    case Kind::kString:
      JsonString(v.s, o.ensure_ascii, out);
      return OkStatus();
    case Kind::kList: {
      if (v.list->empty()) {
        out += "[]";
        return OkStatus();
      }
      out += "[";
      for (size_t k = 0; k < v.list->size(); ++k) {
        if (k) out += o.item_sep;
        out += nl_inner;
        RETURN_IF_ERROR(JsonValue((*v.list)[k], o, depth + 1, out));
      }
      out += nl + "]";
      return OkStatus();
    }
    case Kind::kDict: {
      if (v.dict->empty()) {
        out += "{}";
        return OkStatus();
      }
      std::vector<std::pair<std::string, const Value*>> items;
      for (const auto& [key, val] : *v.dict) {
        std::string ks;
        switch (key.kind) {
          case Kind::kString:
            ks = key.s;
            break;
          case Kind::kInt:
          case Kind::kFloat:
            ks = PyStr(key);
            break;
          case Kind::kBool:
            ks = key.b ? "true" : "false";
            break;
          case Kind::kNone:
            ks = "null";
            break;
          default:
            return Error("tojson: keys must be str, int, float, bool or None, not ", TypeName(key));
        }
        items.emplace_back(std::move(ks), &val);
      }
      if (o.sort_keys)
        std::stable_sort(items.begin(), items.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
      out += "{";
      for (size_t k = 0; k < items.size(); ++k) {
        if (k) out += o.item_sep;
        out += nl_inner;
        JsonString(items[k].first, o.ensure_ascii, out);
        out += o.key_sep;
        RETURN_IF_ERROR(JsonValue(*items[k].second, o, depth + 1, out));
      }
      out += nl + "}";
      return OkStatus();
    }
    default:
      return Error("Object of type ", TypeName(v), " is not JSON serializable");
  }
}

Result<std::string> ToJson(const Value& v, const JsonOptions& options) {
  std::string out;
  RETURN_IF_ERROR(JsonValue(v, options, 0, out));
  return out;
}

}  // namespace hf2hlo::chat::internal
