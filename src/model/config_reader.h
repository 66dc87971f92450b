// Typed access to a config.json object whose errors name the file and key.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "base/base.h"

namespace hf2hlo {

class ConfigReader {
 public:
  // `where` prefixes every error, e.g. "model/config.json" or
  // "model/config.json: rope_scaling".
  ConfigReader(const nlohmann::json& object, std::string where)
      : j_(object), where_(std::move(where)) {}

  const std::string& where() const { return where_; }
  // True when the key is present and not null.
  bool Has(const std::string& key) const;
  // True when the key is present, even with a null value.
  bool HasKey(const std::string& key) const { return j_.contains(key); }
  const nlohmann::json& Raw(const std::string& key) const { return j_.at(key); }

  Result<int64_t> Int(const std::string& key) const;  // required
  Result<int64_t> IntOr(const std::string& key, int64_t fallback) const;
  Result<std::optional<int64_t>> OptionalInt(const std::string& key) const;
  Result<double> NumberOr(const std::string& key, double fallback) const;
  Result<double> Number(const std::string& key) const;  // required
  Result<bool> BoolOr(const std::string& key, bool fallback) const;
  Result<std::string> StringOr(const std::string& key, const std::string& fallback) const;
  // A nested object, or nullopt when absent or null; an error for other types.
  Result<std::optional<ConfigReader>> Object(const std::string& key) const;
  // Error naming this file and `key`.
  Status KeyError(const std::string& key, const std::string& what) const;

 private:
  const nlohmann::json& j_;
  std::string where_;
};

}  // namespace hf2hlo
