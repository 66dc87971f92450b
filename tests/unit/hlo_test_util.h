// Helpers shared by the hlo parser and verifier tests.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "hlo/hlo.h"

namespace hf2hlo::hlo::testing {

// Parses `text` as "t.mlir" or fails the test; returns an empty module then.
inline Module MustParse(const std::string& text) {
  auto m = ParseModule(text, "t.mlir");
  EXPECT_TRUE(m.ok()) << m.status().message();
  return m.ok() ? std::move(m).value() : Module{};
}

// The error message of parsing `text` as "t.mlir" ("" if it parsed).
inline std::string ParseError(const std::string& text) {
  auto m = ParseModule(text, "t.mlir");
  return m.ok() ? std::string() : m.status().message();
}

// Number of ops with `code` in the function body (not counting regions).
inline int CountOps(const Function& fn, OpCode code) {
  int n = 0;
  for (const Op& op : fn.body.ops) n += op.code == code;
  return n;
}

}  // namespace hf2hlo::hlo::testing
