// Byte-for-byte goldens: tests/goldens/<name>/config.json emitted as
// prefill.mlir (B=2, S=32, P=8) and decode.mlir (B=2, S=32). Regenerate only
// with scripts/regen_goldens.sh, which first runs the oracle suite.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "emit/emit.h"
#include "weights/weights.h"

namespace hf2hlo {
namespace {

namespace fs = std::filesystem;

std::string FirstDifference(const std::string& got, const std::string& want) {
  std::istringstream g(got), w(want);
  std::string gl, wl;
  for (int line = 1;; ++line) {
    bool gok = static_cast<bool>(std::getline(g, gl)), wok = static_cast<bool>(std::getline(w, wl));
    if (!gok && !wok) return "identical";
    if (gl != wl || gok != wok) {
      auto cut = [](const std::string& s) { return s.size() > 200 ? s.substr(0, 200) + "..." : s; };
      return StrCat("line ", line, ":\n  emitted: ", gok ? cut(gl) : "<end>",
                    "\n  golden:  ", wok ? cut(wl) : "<end>");
    }
  }
}

TEST(Goldens, EmittedTextMatchesByteForByte) {
  fs::path root = fs::path(HF2HLO_SOURCE_DIR) / "tests" / "goldens";
  int checked = 0;
  for (const auto& entry : fs::directory_iterator(root)) {
    if (!entry.is_directory()) continue;
    std::string dir = entry.path().string();
    auto config = LoadConfig(dir);
    ASSERT_TRUE(config.ok()) << config.status().message();
    auto specs = ResolveWeightSpecs(*config, dir);
    ASSERT_TRUE(specs.ok()) << specs.status().message();
    for (ProgramKind kind : {ProgramKind::kPrefill, ProgramKind::kDecode}) {
      ProgramShape shape{kind, 2, 32, kind == ProgramKind::kPrefill ? 8 : 0};
      auto text = EmitProgram(*config, *specs, shape);
      ASSERT_TRUE(text.ok()) << text.status().message();
      std::string golden_path = JoinPath(dir, StrCat(ProgramKindName(kind), ".mlir"));
      auto golden = ReadFile(golden_path);
      ASSERT_TRUE(golden.ok()) << golden.status().message();
      EXPECT_TRUE(*text == *golden)
          << golden_path << " differs at " << FirstDifference(*text, *golden);
      ++checked;
    }
  }
  EXPECT_GE(checked, 12);
}

}  // namespace
}  // namespace hf2hlo
