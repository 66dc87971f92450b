// The Scheduler's threaded path on a tiny random Llama written by the test:
// requests submitted and cancelled from several threads while the loop runs
// each get exactly one final event, and every one that was not cancelled
// produces its solo tokens. Runs in the ASan/UBSan build too.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <limits>
#include <map>
#include <random>
#include <set>
#include <thread>

#include "engine/engine.h"
#include "test_util.h"

namespace hf2hlo {
namespace {

namespace fs = std::filesystem;

// config.json and model.safetensors (f32, seeded normal weights) of the tiny
// Llama of test_util, in a fresh temporary folder.
std::string WriteTinyCheckpoint() {
  const fs::path dir = fs::temp_directory_path() / ("hf2hlo_sched_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const nlohmann::json cfg = testing::TinyLlamaJson();
  EXPECT_TRUE(WriteFile((dir / "config.json").string(), cfg.dump()).ok());
  const ModelConfig config = testing::MustParse(cfg);
  std::mt19937 rng(1234);
  std::normal_distribution<float> normal(0.0f, 0.3f);
  nlohmann::json header = nlohmann::json::object();
  std::string data;
  std::set<std::string> written;
  for (const WeightSpec& spec : WeightSpecs(config)) {
    if (!written.insert(spec.tensor).second) continue;
    int64_t n = 1;
    for (int64_t d : spec.tensor_shape) n *= d;
    std::vector<float> values(static_cast<size_t>(n));
    const bool norm = spec.tensor_shape.size() == 1;
    for (float& v : values) v = norm ? 1.0f + normal(rng) : normal(rng);
    header[spec.tensor] = {{"dtype", "F32"},
                           {"shape", spec.tensor_shape},
                           {"data_offsets", {data.size(), data.size() + values.size() * 4}}};
    data.append(reinterpret_cast<const char*>(values.data()), values.size() * 4);
  }
  const std::string h = header.dump();
  std::string file(8, '\0');
  for (int i = 0; i < 8; ++i) file[i] = static_cast<char>((h.size() >> (8 * i)) & 0xff);
  EXPECT_TRUE(WriteFile((dir / "model.safetensors").string(), file + h + data).ok());
  return dir.string();
}

struct Outcome {
  std::vector<int32_t> tokens;
  int finals = 0, events_after_final = 0;
  FinishReason finish = FinishReason::kNone;
  RequestStats stats;
};

// Gathers events per request id; waits for all finals with a deadline.
class Collector {
 public:
  RequestCallback Callback() {
    return [this](const RequestEvent& e) {
      std::lock_guard<std::mutex> lock(mu_);
      Outcome& o = outcomes_[e.id];
      if (o.finals > 0) ++o.events_after_final;
      o.tokens.insert(o.tokens.end(), e.tokens.begin(), e.tokens.end());
      if (e.finish != FinishReason::kNone) {
        ++o.finals;
        o.finish = e.finish;
        o.stats = e.stats;
        done_.notify_all();
      }
    };
  }
  bool WaitForFinals(size_t n) {
    std::unique_lock<std::mutex> lock(mu_);
    return done_.wait_for(lock, std::chrono::minutes(2), [&] {
      size_t finals = 0;
      for (const auto& [id, o] : outcomes_) finals += o.finals > 0;
      return finals >= n;
    });
  }
  Outcome Get(uint64_t id) {
    std::lock_guard<std::mutex> lock(mu_);
    return outcomes_[id];
  }

 private:
  std::mutex mu_;
  std::condition_variable done_;
  std::map<uint64_t, Outcome> outcomes_;
};

Request MakeRequest(int i) {
  Request r;
  for (int j = 0; j < 3 + 5 * i; ++j) r.prompt.push_back((i * 37 + j * 11 + 1) % 256);
  r.max_tokens = 6 + 3 * (i % 4);
  r.sampling.temperature = i % 2 ? 0.9 : 0.0;
  r.sampling.seed = 100 + static_cast<uint64_t>(i);
  return r;
}

class SchedulerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { dir_ = new std::string(WriteTinyCheckpoint()); }
  static void TearDownTestSuite() {
    fs::remove_all(*dir_);
    delete dir_;
  }
  static std::unique_ptr<ServedModel> Load(int64_t batch, std::vector<int64_t> rows) {
    OpenOptions o;
    o.batch = batch;
    o.context = 64;
    o.chunk = 8;
    o.threads = 2;
    o.decode_rows = std::move(rows);
    auto m = ServedModel::Open(*dir_, o);
    EXPECT_TRUE(m.ok()) << m.status().message();
    return m.ok() ? std::move(m).value() : nullptr;
  }
  static std::string* dir_;
};
std::string* SchedulerTest::dir_ = nullptr;

constexpr int kRequests = 10;

TEST_F(SchedulerTest, ThreadedSubmitAndCancelMatchSoloRuns) {
  // Solo references, one request at a time, stepped on this thread.
  auto solo_model = Load(1, {});
  ASSERT_NE(solo_model, nullptr);
  std::vector<std::vector<int32_t>> solo(kRequests);
  for (int i = 0; i < kRequests; ++i) {
    auto scheduler = solo_model->NewScheduler({});
    Scheduler& s = *scheduler;
    Collector c;
    auto id = s.Submit(MakeRequest(i), c.Callback());
    ASSERT_TRUE(id.ok()) << id.status().message();
    while (true) {
      auto busy = s.Step();
      ASSERT_TRUE(busy.ok()) << busy.status().message();
      if (!*busy) break;
    }
    solo[i] = c.Get(*id).tokens;
    ASSERT_EQ(static_cast<int64_t>(solo[i].size()), MakeRequest(i).max_tokens);
  }

  auto model = Load(4, {1, 2});
  ASSERT_NE(model, nullptr);
  Collector c;
  std::vector<uint64_t> ids(kRequests);
  {
    auto scheduler = model->NewScheduler({});
    Scheduler& s = *scheduler;
    s.Start();
    // Three client threads submit interleaved requests; requests 3 and 8 are
    // cancelled by a fourth thread as soon as they exist.
    std::mutex ids_mu;
    std::condition_variable submitted;
    std::vector<std::thread> clients;
    for (int t = 0; t < 3; ++t) {
      clients.emplace_back([&, t] {
        for (int i = t; i < kRequests; i += 3) {
          auto id = s.Submit(MakeRequest(i), c.Callback());
          ASSERT_TRUE(id.ok()) << id.status().message();
          std::lock_guard<std::mutex> lock(ids_mu);
          ids[i] = *id;
          submitted.notify_all();
        }
      });
    }
    std::thread canceller([&] {
      for (int i : {3, 8}) {
        std::unique_lock<std::mutex> lock(ids_mu);
        submitted.wait(lock, [&] { return ids[i] != 0; });
        s.Cancel(ids[i]);
      }
    });
    for (auto& t : clients) t.join();
    canceller.join();
    ASSERT_TRUE(c.WaitForFinals(kRequests)) << "requests did not finish within the deadline";
    const SchedulerMetrics m = s.metrics();
    EXPECT_EQ(m.requests_submitted, kRequests);
    EXPECT_EQ(m.active_slots, 0);
    EXPECT_EQ(m.queue_depth, 0);
    EXPECT_TRUE(s.Idle());
  }
  for (int i = 0; i < kRequests; ++i) {
    const Outcome o = c.Get(ids[i]);
    EXPECT_EQ(o.finals, 1) << "request " << i;
    EXPECT_EQ(o.events_after_final, 0) << "request " << i;
    EXPECT_EQ(static_cast<int64_t>(o.tokens.size()), o.stats.completion_tokens);
    if (i == 3 || i == 8) {
      // Cancelled, possibly after it had finished by itself.
      EXPECT_TRUE(o.finish == FinishReason::kCancelled || o.finish == FinishReason::kLength);
      EXPECT_TRUE(std::equal(o.tokens.begin(), o.tokens.end(), solo[i].begin()))
          << "a cancelled request's tokens are a prefix of its solo run";
    } else {
      EXPECT_EQ(o.finish, FinishReason::kLength) << "request " << i;
      EXPECT_EQ(o.tokens, solo[i]) << "request " << i << " differs from its solo run";
    }
  }
}

TEST_F(SchedulerTest, DestructorCancelsWhatIsLeft) {
  auto model = Load(2, {});
  ASSERT_NE(model, nullptr);
  Collector c;
  std::vector<uint64_t> ids;
  {
    auto scheduler = model->NewScheduler({});
    Scheduler& s = *scheduler;
    for (int i = 0; i < 4; ++i) ids.push_back(*s.Submit(MakeRequest(i), c.Callback()));
    ASSERT_TRUE(s.Step().ok());  // two admitted, two queued
  }
  for (uint64_t id : ids) {
    const Outcome o = c.Get(id);
    EXPECT_EQ(o.finals, 1);
    EXPECT_EQ(o.finish, FinishReason::kCancelled);
  }
}

TEST_F(SchedulerTest, HugeBudgetsAreRefusedNotOverflowed) {
  auto model = Load(1, {});
  ASSERT_NE(model, nullptr);
  const std::vector<int32_t> prompt = {1, 2, 3};
  // Regression: prompt + INT64_MAX wrapped negative and passed the check.
  auto r = model->Generate(prompt, std::numeric_limits<int64_t>::max(), SamplingParams(), {});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("maximum context length is 64"), std::string::npos);
  auto scheduler = model->NewScheduler({});
    Scheduler& s = *scheduler;
  Request request;
  request.prompt = prompt;
  request.max_tokens = std::numeric_limits<int64_t>::max();
  auto id = s.Submit(request, [](const RequestEvent&) {});
  ASSERT_FALSE(id.ok());
  EXPECT_NE(id.status().message().find("maximum context length is 64"), std::string::npos);
}

TEST_F(SchedulerTest, DecodeRejectsRowCountsWithoutAProgram) {
  auto model = Load(4, {2});
  ASSERT_NE(model, nullptr);
  EXPECT_EQ(model->decode_rows(), (std::vector<int64_t>{2, 4}));
  std::vector<int32_t> tokens(3, 1), pos(3, 0);
  auto r = model->Decode(tokens, pos);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("2, 4"), std::string::npos) << r.status().message();
}

}  // namespace
}  // namespace hf2hlo
