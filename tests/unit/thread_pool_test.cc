// ThreadPool: chunked partition, every index exactly once, a stalled thread, the spin and sleep
// hand-offs, concurrent and nested callers. The fork/join benchmark only
// reports; it never asserts a timing.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

#include "base/base.h"

namespace hf2hlo {
namespace {

using std::chrono::microseconds;

// For each index, the begin of the range that covered it; -1 when none, -2
// when covered twice.
std::vector<int64_t> Cover(ThreadPool& pool, int64_t n) {
  std::vector<std::atomic<int64_t>> seen(static_cast<size_t>(n));
  for (auto& s : seen) s.store(-1);
  pool.ParallelFor(n, [&](int64_t begin, int64_t end) {
    for (int64_t i = begin; i < end; ++i) {
      int64_t expected = -1;
      if (!seen[static_cast<size_t>(i)].compare_exchange_strong(expected, begin))
        seen[static_cast<size_t>(i)].store(-2);
    }
  });
  std::vector<int64_t> out;
  for (auto& s : seen) out.push_back(s.load());
  return out;
}

TEST(ThreadPool, EveryIndexOnceInChunksOfTheGrain) {
  for (int threads : {1, 2, 3, 5}) {
    for (microseconds spin : {microseconds(0), ThreadPool::kDefaultSpin}) {
      ThreadPool pool(threads, spin);
      for (int64_t n : {1, 2, 3, 7, 64, 1001}) {
        std::vector<int64_t> got = Cover(pool, n);
        // Inline runs (one thread, one index) are a single range [0, n).
        const int64_t per = ThreadPool::kChunksPerThread * threads;
        const int64_t grain = threads == 1 || n == 1 ? n : (n + per - 1) / per;
        for (int64_t i = 0; i < n; ++i) {
          ASSERT_EQ(got[static_cast<size_t>(i)], i / grain * grain)
              << "threads " << threads << " n " << n << " i " << i;
        }
      }
    }
  }
}

// A thread stuck in its first chunk (as when it loses its core) leaves every
// other chunk to the rest: the stuck chunk waits until all the others are
// done, which a fixed per-thread split never lets happen.
TEST(ThreadPool, StalledThreadLeavesItsChunksToTheOthers) {
  for (int threads : {2, 3}) {
    ThreadPool pool(threads);
    const int64_t n = 64;
    const int64_t grain = (n + ThreadPool::kChunksPerThread * threads - 1) /
                          (ThreadPool::kChunksPerThread * threads);
    std::atomic<int64_t> done{0};
    std::atomic<bool> stalled{false}, gave_up{false};
    pool.ParallelFor(n, [&](int64_t begin, int64_t end) {
      if (!stalled.exchange(true)) {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
        while (done.load() < n - grain) {
          if (std::chrono::steady_clock::now() > deadline) {
            gave_up = true;
            break;
          }
          std::this_thread::sleep_for(microseconds(100));
        }
      }
      done += end - begin;
    });
    EXPECT_FALSE(gave_up.load()) << "threads " << threads << ": the other chunks never ran";
    EXPECT_EQ(done.load(), n);
  }
}

TEST(ThreadPool, ManyBackToBackCalls) {
  ThreadPool pool(3);
  std::vector<int64_t> data(96);
  for (int call = 0; call < 20000; ++call) {
    pool.ParallelFor(static_cast<int64_t>(data.size()), [&](int64_t b, int64_t e) {
      for (int64_t i = b; i < e; ++i) data[static_cast<size_t>(i)] += i;
    });
  }
  for (size_t i = 0; i < data.size(); ++i) ASSERT_EQ(data[i], 20000 * static_cast<int64_t>(i));
}

TEST(ThreadPool, WakesSleepingWorkers) {
  // No spin: every hand-off goes through the futex, and the pauses let the
  // workers fall asleep between calls.
  for (microseconds spin : {microseconds(0), microseconds(50)}) {
    ThreadPool pool(2, spin);
    for (int call = 0; call < 200; ++call) {
      if (call % 10 == 0) std::this_thread::sleep_for(microseconds(300));
      std::atomic<int64_t> sum{0};
      pool.ParallelFor(100, [&](int64_t b, int64_t e) {
        for (int64_t i = b; i < e; ++i) sum += i;
      });
      ASSERT_EQ(sum.load(), 4950);
    }
  }
}

TEST(ThreadPool, ConcurrentCallersEachGetEveryIndex) {
  ThreadPool pool(2);
  auto caller = [&](int64_t n, std::atomic<bool>* ok) {
    for (int call = 0; call < 2000; ++call) {
      std::vector<int64_t> got = Cover(pool, n);
      if (std::count(got.begin(), got.end(), -1) + std::count(got.begin(), got.end(), -2) > 0)
        ok->store(false);
    }
  };
  std::atomic<bool> ok_a{true}, ok_b{true};
  std::thread a(caller, 37, &ok_a), b(caller, 64, &ok_b);
  a.join();
  b.join();
  EXPECT_TRUE(ok_a.load());
  EXPECT_TRUE(ok_b.load());
}

TEST(ThreadPool, NestedCallRunsInline) {
  ThreadPool pool(2);
  std::atomic<int64_t> sum{0};
  pool.ParallelFor(4, [&](int64_t b, int64_t e) {
    for (int64_t i = b; i < e; ++i) {
      pool.ParallelFor(10, [&](int64_t ib, int64_t ie) {
        EXPECT_EQ(ib, 0);
        EXPECT_EQ(ie, 10);
        for (int64_t j = ib; j < ie; ++j) sum += j;
      });
    }
  });
  EXPECT_EQ(sum.load(), 4 * 45);
}

// Regression: a job whose shares take longer than the spin (the lm_head's
// 2 ms halves differ by more than 200 us) turned spinning off process-wide
// for 20 ms after every such job, so every later fork/join paid a
// condition-variable wake-up (45 us here; decode B=1 ran at half speed).
// The caller's share waits until the worker has started, so the worker has
// provably picked up the job: a slow share must not count as an idle worker.
TEST(ThreadPool, SlowShareDoesNotTurnSpinningOff) {
  ThreadPool pool(2, microseconds(50));
  for (int rep = 0; rep < 5; ++rep) {
    std::atomic<bool> worker_started{false};
    pool.ParallelFor(2, [&](int64_t begin, int64_t) {
      if (begin == 1) {
        worker_started.store(true);
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
      } else {
        while (!worker_started.load()) std::this_thread::yield();
      }
    });
  }
  EXPECT_EQ(pool.idle_worker_spin_offs(), 0);
}

// Regression: a caller that found spinning off (it skips its spin) saw the
// worker still waking up and turned spinning off again, every call, for
// good. A turn-off needs a whole spin, so it happens at most once per 20 ms
// of wall time: far fewer than one per call even on a loaded machine.
TEST(ThreadPool, SpinningOffDoesNotRenewItself) {
  ThreadPool pool(2);
  const int calls = 20000;
  for (int i = 0; i < calls; ++i) pool.ParallelFor(2, [](int64_t, int64_t) {});
  EXPECT_LT(pool.idle_worker_spin_offs(), calls / 10);
}

// Median fork/join time of an empty ParallelFor, back to back and after the
// workers have gone to sleep. Reported, not asserted.
TEST(ThreadPool, ForkJoinCostReport) {
  const int threads = std::max(2, static_cast<int>(std::thread::hardware_concurrency()));
  auto median_us = [&](ThreadPool& pool, microseconds gap, int calls) {
    std::vector<double> t;
    for (int i = 0; i < calls; ++i) {
      if (gap.count() > 0) std::this_thread::sleep_for(gap);
      auto t0 = std::chrono::steady_clock::now();
      pool.ParallelFor(threads, [](int64_t, int64_t) {});
      t.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0)
                      .count());
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
  };
  ThreadPool spinning(threads), sleeping(threads, microseconds(0));
  const double hot = median_us(spinning, microseconds(0), 20000);
  const double cold = median_us(spinning, microseconds(2000), 200);
  const double always_sleep = median_us(sleeping, microseconds(0), 2000);
  std::printf(
      "fork/join, %d threads: %.2f us back to back (spinning workers), %.2f us after 2 ms idle, "
      "%.2f us when workers always sleep\n",
      threads, hot, cold, always_sleep);
  RecordProperty("fork_join_hot_us", std::to_string(hot));
  RecordProperty("fork_join_after_idle_us", std::to_string(cold));
  RecordProperty("fork_join_no_spin_us", std::to_string(always_sleep));
}

}  // namespace
}  // namespace hf2hlo
