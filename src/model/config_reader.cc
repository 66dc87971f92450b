#include "model/config_reader.h"

#include <cmath>

namespace hf2hlo {
namespace {

std::string Describe(const nlohmann::json& v) {
  std::string dump = v.dump();
  if (dump.size() > 40) dump = dump.substr(0, 37) + "...";
  return StrCat(v.type_name(), " ", dump);
}

}  // namespace

bool ConfigReader::Has(const std::string& key) const {
  auto it = j_.find(key);
  return it != j_.end() && !it->is_null();
}

Status ConfigReader::KeyError(const std::string& key, const std::string& what) const {
  return Error(where_, ": key '", key, "': ", what);
}

Result<int64_t> ConfigReader::Int(const std::string& key) const {
  if (!Has(key)) return KeyError(key, "required key is missing");
  const auto& v = j_.at(key);
  if (v.is_number_integer()) return v.get<int64_t>();
  if (v.is_number_float()) {
    double d = v.get<double>();
    if (std::floor(d) == d && std::fabs(d) < 9e15) return static_cast<int64_t>(d);
  }
  return KeyError(key, StrCat("expected an integer, got ", Describe(v)));
}

Result<int64_t> ConfigReader::IntOr(const std::string& key, int64_t fallback) const {
  if (!Has(key)) return fallback;
  return Int(key);
}

Result<std::optional<int64_t>> ConfigReader::OptionalInt(const std::string& key) const {
  if (!Has(key)) return std::optional<int64_t>();
  ASSIGN_OR_RETURN(int64_t v, Int(key));
  return std::optional<int64_t>(v);
}

Result<double> ConfigReader::Number(const std::string& key) const {
  if (!Has(key)) return KeyError(key, "required key is missing");
  const auto& v = j_.at(key);
  if (!v.is_number()) return KeyError(key, StrCat("expected a number, got ", Describe(v)));
  return v.get<double>();
}

Result<double> ConfigReader::NumberOr(const std::string& key, double fallback) const {
  if (!Has(key)) return fallback;
  return Number(key);
}

Result<bool> ConfigReader::BoolOr(const std::string& key, bool fallback) const {
  if (!Has(key)) return fallback;
  const auto& v = j_.at(key);
  if (!v.is_boolean()) return KeyError(key, StrCat("expected a boolean, got ", Describe(v)));
  return v.get<bool>();
}

Result<std::string> ConfigReader::StringOr(const std::string& key,
                                           const std::string& fallback) const {
  if (!Has(key)) return fallback;
  const auto& v = j_.at(key);
  if (!v.is_string()) return KeyError(key, StrCat("expected a string, got ", Describe(v)));
  return v.get<std::string>();
}

Result<std::optional<ConfigReader>> ConfigReader::Object(const std::string& key) const {
  if (!Has(key)) return std::optional<ConfigReader>();
  const auto& v = j_.at(key);
  if (!v.is_object()) return KeyError(key, StrCat("expected an object, got ", Describe(v)));
  return std::optional<ConfigReader>(ConfigReader(v, StrCat(where_, ": ", key)));
}

}  // namespace hf2hlo
