// Encoding: added-token matching, normalizers, pre-tokenizers, the BPE
// model and the post-processor template.
#include <algorithm>

#include "tokenizer/pipeline.h"

namespace hf2hlo {
namespace tok {

namespace {

// Splits every piece at the matches of `pattern`; a part keeps `at_origin`
// only if it starts its piece.
Status SplitPieces(std::vector<Piece>* pieces, const Pattern& pattern, SplitBehavior behavior,
                   bool invert) {
  std::vector<Piece> out;
  for (Piece& p : *pieces) {
    ASSIGN_OR_RETURN(auto matches, pattern.Find(p.text));
    for (auto [b, e] : tok::SplitByMatches(p.text.size(), matches, behavior, invert)) {
      out.push_back({p.text.substr(b, e - b), p.at_origin && b == 0});
    }
  }
  *pieces = std::move(out);
  return OkStatus();
}

}  // namespace

Result<std::string> ReplaceAll(std::string_view text, const Pattern& pattern,
                               std::string_view content) {
  std::string out;
  size_t prev = 0;
  ASSIGN_OR_RETURN(auto matches, pattern.Find(text));
  for (auto [b, e] : matches) {
    out.append(text.substr(prev, b - prev));
    out.append(content);
    prev = e;
  }
  out.append(text.substr(prev));
  return out;
}

Status Normalizer::Apply(std::string* s) const {
  switch (kind) {
    case kSequence:
      for (const Normalizer& n : children) RETURN_IF_ERROR(n.Apply(s));
      break;
    case kPrepend:
      if (!s->empty()) s->insert(0, text);
      break;
    case kReplace: {
      ASSIGN_OR_RETURN(*s, ReplaceAll(*s, pattern, text));
      break;
    }
    case kUnicode:
      *s = tok::NormalizeUnicode(*s, form);
      break;
    case kStrip: {
      size_t b = 0, e = s->size();
      if (left) {
        while (b < e) {
          size_t i = b;
          if (!tok::IsWhitespace(tok::NextCodePoint(*s, &i))) break;
          b = i;
        }
      }
      if (right) {
        while (e > b) {
          size_t start = e - 1;
          while (start > b && ((*s)[start] & 0xC0) == 0x80) --start;
          size_t i = start;
          if (!tok::IsWhitespace(tok::NextCodePoint(*s, &i))) break;
          e = start;
        }
      }
      *s = s->substr(b, e - b);
      break;
    }
  }
  return OkStatus();
}

Status PreTokenizer::Apply(std::vector<Piece>* pieces) const {
  switch (kind) {
    case kSequence:
      for (const PreTokenizer& p : children) RETURN_IF_ERROR(p.Apply(pieces));
      break;
    case kSplit:
    case kDigits:
      RETURN_IF_ERROR(SplitPieces(pieces, pattern, behavior, invert));
      break;
    case kByteLevel: {
      if (add_prefix_space) {
        for (Piece& p : *pieces)
          if (!p.text.empty() && p.text[0] != ' ')
            p.text.insert(p.text.begin(), ' ');  // HF: no-op on ""
      }
      if (use_regex) RETURN_IF_ERROR(SplitPieces(pieces, pattern, SplitBehavior::kIsolated, false));
      for (Piece& p : *pieces) {
        std::string mapped;
        mapped.reserve(p.text.size() * 2);
        for (unsigned char c : p.text) mapped.append(tok::ByteToUnicode(c));
        p.text = std::move(mapped);
      }
      break;
    }
    case kMetaspace: {
      Pattern space{" ", nullptr};
      for (Piece& p : *pieces) {
        ASSIGN_OR_RETURN(p.text, ReplaceAll(p.text, space, replacement));
        bool starts = p.text.compare(0, replacement.size(), replacement) == 0;
        if (!starts && !p.text.empty() &&
            (prepend == kAlways || (prepend == kFirst && p.at_origin)))
          p.text.insert(0, replacement);
      }
      if (split) {
        Pattern rep{replacement, nullptr};
        RETURN_IF_ERROR(SplitPieces(pieces, rep, SplitBehavior::kMergedWithNext, false));
      }
      break;
    }
  }
  return OkStatus();
}

}  // namespace tok

using tok::AddedToken;
using tok::Piece;
using tok::TemplateItem;

Result<std::vector<Tokenizer::Impl::Split>> Tokenizer::Impl::FindAdded(
    std::string_view text, bool normalized, bool allow_special,
    std::span<const std::pair<size_t, size_t>> plain) const {
  std::vector<Split> splits;
  if (text.empty()) {
    splits.push_back({-1, 0, 0});
    return splits;
  }
  std::vector<size_t> candidates;
  for (size_t k = 0; k < added.size(); ++k) {
    const AddedToken& t = added[k];
    if (t.normalized != normalized || t.match.empty()) continue;
    if (text.find(t.match) != std::string_view::npos) candidates.push_back(k);
  }
  size_t start_offset = 0;
  if (!candidates.empty()) {
    std::vector<size_t> next_at;  // next occurrence of each candidate
    for (size_t k : candidates) next_at.push_back(text.find(added[k].match));
    size_t pos = 0;
    while (pos < text.size()) {
      // Leftmost-longest match at or after pos; ties of equal length go to the
      // first token in added_tokens order.
      size_t best_start = std::string_view::npos, best_len = 0;
      int64_t best = -1;
      for (size_t c = 0; c < candidates.size(); ++c) {
        size_t k = candidates[c];
        if (next_at[c] != std::string_view::npos && next_at[c] < pos)
          next_at[c] = text.find(added[k].match, pos);
        size_t at = next_at[c];
        if (at == std::string_view::npos) continue;
        size_t len = added[k].match.size();
        if (at < best_start || (at == best_start && len > best_len)) {
          best_start = at;
          best_len = len;
          best = static_cast<int64_t>(k);
        }
      }
      if (best < 0) break;
      size_t start = best_start, stop = best_start + best_len;
      pos = stop;
      const AddedToken& t = added[best];
      // Like HF's encode_special_tokens: a special token still takes its match
      // (so it can shadow an overlapping added token) but stays plain text.
      auto in_plain = [&] {
        for (const auto& [b, e] : plain) {
          if (start < e && b < stop) return true;
        }
        return false;
      };
      if (t.special && (!allow_special || in_plain())) continue;
      if (t.single_word) {
        bool start_space = start == 0;
        if (!start_space) {
          ASSIGN_OR_RETURN(bool word, word_end->Matches(text.substr(0, start)));
          start_space = !word;
        }
        bool stop_space = stop == text.size();
        if (!stop_space) {
          ASSIGN_OR_RETURN(bool word, word_start->Matches(text.substr(stop)));
          stop_space = !word;
        }
        if (!start_space || !stop_space) continue;
      }
      if (t.lstrip) {
        size_t b = start;
        while (b > 0) {
          size_t c = b - 1;
          while (c > 0 && (static_cast<unsigned char>(text[c]) & 0xC0) == 0x80) --c;
          size_t i = c;
          if (!tok::IsWhitespace(tok::NextCodePoint(text, &i))) break;
          b = c;
        }
        start = std::max(b, start_offset);
      }
      if (t.rstrip) {
        while (stop < text.size()) {
          size_t i = stop;
          if (!tok::IsWhitespace(tok::NextCodePoint(text, &i))) break;
          stop = i;
        }
      }
      if (start > start_offset) splits.push_back({-1, start_offset, start});
      splits.push_back({best, start, stop});
      start_offset = stop;
    }
  }
  if (start_offset != text.size()) splits.push_back({-1, start_offset, text.size()});
  return splits;
}

Status Tokenizer::Impl::EncodePieces(std::string_view text, const EncodeOptions& options,
                                     std::vector<int32_t>* ids) const {
  std::vector<Piece> pieces;
  ASSIGN_OR_RETURN(auto raw_splits,
                   FindAdded(text, /*normalized=*/false, options.allow_special, options.plain_spans));
  for (const Split& raw : raw_splits) {
    if (raw.token >= 0) {
      ids->push_back(added[raw.token].id);
      continue;
    }
    std::string normalized(text.substr(raw.b, raw.e - raw.b));
    if (normalizer) RETURN_IF_ERROR(normalizer->Apply(&normalized));
    // Normalized offsets do not map back to the text: a piece that touches a
    // plain span matches no special token at all.
    bool touches_plain = false;
    for (const auto& [b, e] : options.plain_spans) touches_plain |= raw.b < e && b < raw.e;
    ASSIGN_OR_RETURN(auto splits, FindAdded(normalized, /*normalized=*/true,
                                            options.allow_special && !touches_plain));
    for (const Split& sub : splits) {
      if (sub.token >= 0) {
        ids->push_back(added[sub.token].id);
        continue;
      }
      pieces.clear();
      pieces.push_back({normalized.substr(sub.b, sub.e - sub.b), raw.b == 0 && sub.b == 0});
      if (pre_tokenizer) RETURN_IF_ERROR(pre_tokenizer->Apply(&pieces));
      for (const Piece& p : pieces) model.Tokenize(p.text, ids);
    }
  }
  return OkStatus();
}

Result<std::vector<int32_t>> Tokenizer::Encode(std::string_view text,
                                               const EncodeOptions& options) const {
  if (size_t bad = tok::InvalidUtf8Offset(text); bad != std::string_view::npos)
    return Error("text to encode is not valid UTF-8 (byte ", bad, ")");
  std::vector<int32_t> ids;
  for (const auto& [b, e] : options.plain_spans) {
    if (b > e || e > text.size())
      return Error("plain span [", b, ", ", e, ") is outside the text of ", text.size(), " bytes");
  }
  RETURN_IF_ERROR(impl_->EncodePieces(text, options, &ids));
  if (!options.add_special_tokens || !impl_->has_post_template) return ids;
  std::vector<int32_t> out;
  out.reserve(ids.size() + 4);
  for (const TemplateItem& item : impl_->post_template) {
    if (item.is_sequence)
      out.insert(out.end(), ids.begin(), ids.end());
    else
      out.insert(out.end(), item.ids.begin(), item.ids.end());
  }
  return out;
}

}  // namespace hf2hlo
