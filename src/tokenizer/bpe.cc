// The BPE model: characters (or byte-fallback tokens, or unk) merged by rank.
#include <queue>

#include "tokenizer/internal.h"

namespace hf2hlo::tok {

namespace {

constexpr size_t kMaxCachedWordBytes = 256;
constexpr size_t kMaxCacheEntries = 100000;

uint64_t PairKey(int32_t a, int32_t b) {
  return (static_cast<uint64_t>(static_cast<uint32_t>(a)) << 32) | static_cast<uint32_t>(b);
}

}  // namespace

void BpeModel::Tokenize(std::string_view word, std::vector<int32_t>* out) const {
  if (word.empty()) return;
  if (ignore_merges) {
    auto it = vocab.find(std::string(word));
    if (it != vocab.end()) {
      out->push_back(it->second);
      return;
    }
  }
  bool cacheable = word.size() <= kMaxCachedWordBytes;
  if (cacheable) {
    std::lock_guard<std::mutex> lock(cache_mu_);
    auto it = cache_.find(std::string(word));
    if (it != cache_.end()) {
      out->insert(out->end(), it->second.begin(), it->second.end());
      return;
    }
  }
  std::vector<int32_t> ids;
  MergeWord(word, &ids);
  out->insert(out->end(), ids.begin(), ids.end());
  if (cacheable) {
    std::lock_guard<std::mutex> lock(cache_mu_);
    if (cache_.size() >= kMaxCacheEntries) cache_.clear();
    cache_.emplace(std::string(word), std::move(ids));
  }
}

void BpeModel::MergeWord(std::string_view word, std::vector<int32_t>* out) const {
  // Initial symbols, as HF's merge_word: one per character, with the subword
  // prefix / suffix, byte fallback and (fused) unk.
  std::vector<int32_t> symbols;
  int32_t pending_unk = -1;  // an unk not yet added (fused with the next ones)
  int32_t unk_id = -1;
  if (unk_token) {
    auto it = vocab.find(*unk_token);
    if (it != vocab.end()) unk_id = it->second;
  }
  std::string s;
  size_t i = 0;
  while (i < word.size()) {
    size_t begin = i;
    NextCodePoint(word, &i);
    bool is_first = begin == 0, is_last = i >= word.size();
    s.assign(word.substr(begin, i - begin));
    if (!is_first && !continuing_subword_prefix.empty()) s.insert(0, continuing_subword_prefix);
    if (is_last) s.append(end_of_word_suffix);
    auto it = vocab.find(s);
    if (it != vocab.end()) {
      if (pending_unk >= 0) {
        symbols.push_back(pending_unk);
        pending_unk = -1;
      }
      symbols.push_back(it->second);
      continue;
    }
    if (byte_fallback) {
      bool all = true;
      for (unsigned char b : s) all = all && byte_ids[b] >= 0;
      if (all) {
        for (unsigned char b : s) symbols.push_back(byte_ids[b]);
        continue;
      }
    }
    if (unk_id >= 0) {
      if (pending_unk >= 0 && !fuse_unk) symbols.push_back(pending_unk);
      pending_unk = unk_id;
    }
  }
  if (pending_unk >= 0) symbols.push_back(pending_unk);

  // Merges by rank, lowest first; ties go to the leftmost pair.
  size_t n = symbols.size();
  if (n <= 1 || merges.empty()) {
    out->insert(out->end(), symbols.begin(), symbols.end());
    return;
  }
  std::vector<int32_t> prev(n), next(n);
  std::vector<bool> alive(n, true);
  for (size_t k = 0; k < n; ++k) {
    prev[k] = static_cast<int32_t>(k) - 1;
    next[k] = k + 1 < n ? static_cast<int32_t>(k + 1) : -1;
  }
  struct Candidate {
    int32_t rank;
    int32_t pos;
    int32_t new_id;
    bool operator>(const Candidate& o) const {
      return rank != o.rank ? rank > o.rank : pos > o.pos;
    }
  };
  std::priority_queue<Candidate, std::vector<Candidate>, std::greater<Candidate>> queue;
  auto push_pair = [&](int32_t left) {
    int32_t right = next[left];
    if (right < 0) return;
    auto it = merges.find(PairKey(symbols[left], symbols[right]));
    if (it == merges.end()) return;
    queue.push({it->second.first, left, it->second.second});
  };
  for (size_t k = 0; k + 1 < n; ++k) push_pair(static_cast<int32_t>(k));
  while (!queue.empty()) {
    Candidate c = queue.top();
    queue.pop();
    int32_t left = c.pos;
    if (!alive[left]) continue;
    int32_t right = next[left];
    if (right < 0) continue;
    // Like HF, an entry is still valid when the current pair merges into the
    // same token (two pairs can produce one token).
    auto it = merges.find(PairKey(symbols[left], symbols[right]));
    if (it == merges.end() || it->second.second != c.new_id) continue;
    symbols[left] = c.new_id;
    alive[right] = false;
    next[left] = next[right];
    if (next[right] >= 0) prev[next[right]] = left;
    if (prev[left] >= 0) push_pair(prev[left]);
    push_pair(left);
  }
  for (int32_t k = 0; k >= 0; k = next[k]) out->push_back(symbols[k]);
}

}  // namespace hf2hlo::tok
