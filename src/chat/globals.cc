// The global functions that transformers gives chat templates: range,
// namespace, dict, raise_exception and strftime_now.
#include <ctime>

#include "chat/builtins.h"

namespace hf2hlo::chat::internal {

using Kind = Value::Kind;

namespace {

// Python's range(stop) and range(start, stop[, step]) as a list of at most
// kMaxSequence ints.
Result<Value> Range(Args& a) {
  if (a.pos.empty() || a.pos.size() > 3 || !a.kw.empty())
    return Error("range expected 1 to 3 integer arguments");
  int64_t v[3];
  for (size_t k = 0; k < a.pos.size(); ++k) {
    ASSIGN_OR_RETURN(v[k], ToIndex(a.pos[k]));
  }
  int64_t start = 0, stop, step = 1;
  if (a.pos.size() == 1) {
    stop = v[0];
  } else {
    start = v[0];
    stop = v[1];
    if (a.pos.size() == 3) step = v[2];
  }
  if (step == 0) return Error("range() arg 3 must not be zero");
  long double count = (static_cast<long double>(stop) - start) / step;
  if (count > kMaxSequence) return Error("range() longer than ", kMaxSequence, " items");
  ValueList out;
  for (int64_t x = start; step > 0 ? x < stop : x > stop; x += step) {
    if (static_cast<int64_t>(out.size()) >= kMaxSequence)
      return Error("range() longer than ", kMaxSequence, " items");
    out.push_back(Value::Int(x));
    if ((step > 0 && x > INT64_MAX - step) || (step < 0 && x < INT64_MIN - step)) break;
  }
  return Value::List(std::move(out));
}

// dict(mapping, **kwargs) or namespace(...): a copy of the mapping (if any)
// with the keyword arguments set, in insertion order.
Value DictLikeFunction(Kind kind) {
  return Value::Func([kind](Args& a) -> Result<Value> {
    ValueDict items;
    if (a.pos.size() > 1) return Error("expected at most 1 positional argument");
    if (a.pos.size() == 1) {
      if (!a.pos[0].mapping()) return Error("expected a mapping as positional argument");
      items = *a.pos[0].dict;
    }
    for (auto& [k, v] : a.kw) {
      bool replaced = false;
      for (auto& kv : items) {
        if (kv.first.is(Kind::kString) && kv.first.s == k) {
          kv.second = v;
          replaced = true;
        }
      }
      if (!replaced) items.emplace_back(Value::Str(k), v);
    }
    return Value::Dict(std::move(items), kind);
  });
}

// Fails the render with the template's message, as transformers' does.
Result<Value> RaiseException(Args& a) {
  Value msg = a.Take(0, "message");
  return Error(PyStr(msg));
}

// The local time formatted by C strftime.
Result<Value> StrftimeNow(Args& a) {
  Value fmt = a.Take(0, "format");
  RETURN_IF_ERROR(a.CheckDone("strftime_now", 1));
  if (!fmt.is(Kind::kString)) return Error("strftime_now: format must be a string");
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  localtime_r(&now, &tm);
  char buf[512];
  size_t len = std::strftime(buf, sizeof(buf), fmt.s.c_str(), &tm);
  if (len == 0 && !fmt.s.empty())
    return Error("strftime_now: format produces no output or is too long");
  return Value::Str(std::string(buf, len));
}

}  // namespace

std::vector<std::pair<std::string, Value>> GlobalFunctions() {
  return {
      {"range", Value::Func(Range)},
      {"namespace", DictLikeFunction(Kind::kNamespace)},
      {"dict", DictLikeFunction(Kind::kDict)},
      {"raise_exception", Value::Func(RaiseException)},
      {"strftime_now", Value::Func(StrftimeNow)},
  };
}

}  // namespace hf2hlo::chat::internal
