// Decoding: the decoder steps, id-to-token lookup and streaming.
#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "tokenizer/pipeline.h"

namespace hf2hlo {
namespace tok {

void Decoder::Apply(std::vector<std::string>* tokens) const {
  switch (kind) {
    case kSequence:
      for (const Decoder& d : children) d.Apply(tokens);
      break;
    case kByteLevel: {
      std::string bytes;
      for (const std::string& t : *tokens) {
        std::string mapped;
        bool all = true;
        for (size_t i = 0; i < t.size() && all;) {
          int b = tok::UnicodeToByte(tok::NextCodePoint(t, &i));
          if (b < 0)
            all = false;
          else
            mapped.push_back(static_cast<char>(b));
        }
        bytes.append(all ? mapped : t);
      }
      tokens->assign(1, tok::LossyUtf8(bytes));
      break;
    }
    case kMetaspace:
      for (size_t k = 0; k < tokens->size(); ++k) {
        Pattern rep{text, nullptr};
        (*tokens)[k] = ReplaceAll((*tokens)[k], rep, (k == 0 && strip_first) ? "" : " ").value();
      }
      break;
    case kByteFallback: {
      std::vector<std::string> out;
      std::string pending;
      auto flush = [&] {
        if (pending.empty()) return;
        if (tok::IsValidUtf8(pending)) {
          out.push_back(pending);
        } else {
          for (size_t i = 0; i < pending.size(); ++i) out.emplace_back(tok::kReplacementChar);
        }
        pending.clear();
      };
      for (std::string& t : *tokens) {
        int byte = -1;
        if (t.size() == 6 && t.compare(0, 3, "<0x") == 0 && t[5] == '>') {
          char* end = nullptr;
          std::string hex = t.substr(3, 2);
          long v = std::strtol(hex.c_str(), &end, 16);
          if (end == hex.c_str() + 2 && std::isxdigit(static_cast<unsigned char>(hex[0])) &&
              v >= 0 && v < 256)
            byte = static_cast<int>(v);
        }
        if (byte >= 0) {
          pending.push_back(static_cast<char>(byte));
        } else {
          flush();
          out.push_back(std::move(t));
        }
      }
      flush();
      *tokens = std::move(out);
      break;
    }
    case kFuse: {
      std::string all;
      for (const std::string& t : *tokens) all.append(t);
      tokens->assign(1, std::move(all));
      break;
    }
    case kStrip: {
      for (std::string& t : *tokens) {
        std::vector<std::pair<size_t, size_t>> chars;  // byte ranges
        for (size_t i = 0; i < t.size();) {
          size_t b = i;
          tok::NextCodePoint(t, &i);
          chars.emplace_back(b, i);
        }
        auto is_content = [&](size_t k) {
          return t.compare(chars[k].first, chars[k].second - chars[k].first, text) == 0;
        };
        size_t start_cut = 0;
        for (size_t k = 0; k < std::min(start, chars.size()) && is_content(k); ++k)
          start_cut = k + 1;
        size_t stop_cut = chars.size();
        for (size_t k = 0; k < std::min(stop, chars.size()); ++k) {
          size_t index = chars.size() - k - 1;
          if (!is_content(index)) break;
          stop_cut = index;
        }
        if (stop_cut <= start_cut) {
          t.clear();
        } else {
          size_t b = start_cut < chars.size() ? chars[start_cut].first : t.size();
          size_t e = stop_cut < chars.size() ? chars[stop_cut].first : t.size();
          t = t.substr(b, e - b);
        }
      }
      break;
    }
    case kReplace:
      // Decoding has no error path: a token whose Replace pattern PCRE2 gives
      // up on (match limits) decodes as U+FFFD rather than unreplaced.
      for (std::string& t : *tokens) {
        Result<std::string> replaced = ReplaceAll(t, pattern, text);
        t = replaced.ok() ? std::move(replaced).value() : std::string(tok::kReplacementChar);
      }
      break;
  }
}

}  // namespace tok

std::string Tokenizer::Decode(std::span<const int32_t> ids, bool skip_special_tokens) const {
  std::vector<std::string> tokens;
  tokens.reserve(ids.size());
  for (int32_t id : ids) {
    const std::string* token = nullptr;
    if (auto it = impl_->added_by_id.find(id); it != impl_->added_by_id.end()) {
      token = &impl_->added[it->second].content;
    } else if (auto mt = impl_->model.id_to_token.find(id); mt != impl_->model.id_to_token.end()) {
      token = &mt->second;
    }
    if (token == nullptr) continue;
    if (skip_special_tokens && impl_->special_contents.count(*token)) continue;
    tokens.push_back(*token);
  }
  if (!impl_->decoder) {
    std::string out;
    for (size_t k = 0; k < tokens.size(); ++k) {
      if (k) out.push_back(' ');
      out.append(tokens[k]);
    }
    return out;
  }
  impl_->decoder->Apply(&tokens);
  std::string out;
  for (const std::string& t : tokens) out.append(t);
  return out;
}

bool Tokenizer::ContinuesByteRun(int32_t id) const {
  if (!impl_->decoder_byte_fallback || impl_->added_by_id.count(id)) return false;
  auto it = impl_->model.id_to_token.find(id);
  if (it == impl_->model.id_to_token.end()) return false;
  const std::string& t = it->second;
  return t.size() == 6 && t.compare(0, 3, "<0x") == 0 && t[5] == '>';
}

// ---- Streaming ----

StreamDecoder::StreamDecoder(const Tokenizer& tokenizer, bool skip_special_tokens)
    : tokenizer_(tokenizer), skip_special_(skip_special_tokens) {}

std::string StreamDecoder::Step(int32_t id) {
  ids_.push_back(id);
  // A ByteFallback decoder decodes a whole run of byte tokens at once (valid
  // UTF-8, or U+FFFD per byte), so a run's text is final only once it ends.
  if (tokenizer_.ContinuesByteRun(id)) return "";
  std::string text = tokenizer_.Decode(ids_, skip_special_);
  if (text.size() <= prefix_.size() || text.compare(0, prefix_.size(), prefix_) != 0) return "";
  std::string_view tail(text);
  if (tail.ends_with(tok::kReplacementChar)) return "";  // maybe an incomplete sequence
  std::string out = text.substr(prefix_.size());
  // The just-emitted ids become the context of the next step.
  ids_.erase(ids_.begin(), ids_.begin() + static_cast<std::ptrdiff_t>(prefix_count_));
  prefix_count_ = ids_.size();
  prefix_ = tokenizer_.Decode(ids_, skip_special_);
  return out;
}

std::string StreamDecoder::Finish() {
  std::string text = tokenizer_.Decode(ids_, skip_special_);
  std::string out;
  if (text.size() > prefix_.size() && text.compare(0, prefix_.size(), prefix_) == 0)
    out = text.substr(prefix_.size());
  ids_.clear();
  prefix_count_ = 0;
  prefix_.clear();
  return out;
}

}  // namespace hf2hlo
