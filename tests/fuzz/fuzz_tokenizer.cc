// tokenizer.json -> Tokenizer, then encode and decode a fixed text.
#include "fuzz_target.h"
#include "tokenizer/tokenizer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto t = hf2hlo::Tokenizer::FromJson(hf2hlo::fuzz::AsString(data, size));
  if (!t.ok()) return 0;
  for (bool allow_special : {true, false}) {
    hf2hlo::EncodeOptions options;
    options.allow_special = allow_special;
    auto ids = t->Encode("Hello, world! <|im_start|>user\n  12345 \xc3\xbc" "n\xc3\xaf" "code \xe6\x97\xa5", options);
    if (ids.ok()) (void)t->Decode(*ids, /*skip_special_tokens=*/!allow_special);
  }
  return 0;
}
