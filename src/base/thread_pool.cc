#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstring>
#include <vector>

#include "base/base.h"

namespace hf2hlo {
namespace {

inline void CpuRelax() {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#elif defined(__aarch64__)
  asm volatile("yield");
#endif
}

int64_t NowNs() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

// Set when a spinning thread finds it was descheduled: the machine has more
// runnable threads than cores, so a spinner only takes time from the thread
// it waits for. Until then (process-wide) every wait sleeps at once, which
// lets the scheduler favour the woken thread, as a plain condition-variable
// pool does.
std::atomic<int64_t> g_no_spin_until_ns{0};
// A gap this long between two checks. Shorter gaps are no sign of
// oversubscription: on a quiet 2-core VM a spinning thread sees about 100
// gaps of 50-200 us per second (hypervisor and timer interrupts) and none
// over 1 ms, while losing the core to another runnable thread costs a
// scheduler time slice (milliseconds).
constexpr int64_t kDescheduledNs = 500'000;
constexpr int64_t kNoSpinNs = 20'000'000;   // how long spinning then stays off

enum class Spin { kDone, kOff, kDescheduled, kTimedOut };

// Spins until done() or for about spin_ns. Gives up at once (kOff) while
// spinning is off, and turns it off for kNoSpinNs (kDescheduled) when a check
// comes kDescheduledNs after the previous one. It never yields: on a busy
// machine a yield gives away a whole time slice.
template <typename Done>
Spin SpinUntil(Done done, int64_t spin_ns) {
  if (done()) return Spin::kDone;
  const int64_t start = NowNs();
  auto last_look = [&](Spin otherwise) { return done() ? Spin::kDone : otherwise; };
  if (start < g_no_spin_until_ns.load(std::memory_order_relaxed)) return last_look(Spin::kOff);
  int64_t last = start;
  for (;;) {
    for (int i = 0; i < 32; ++i) {
      CpuRelax();
      if (done()) return Spin::kDone;
    }
    const int64_t now = NowNs();
    if (now - last >= kDescheduledNs) {
      g_no_spin_until_ns.store(now + kNoSpinNs, std::memory_order_relaxed);
      return last_look(Spin::kDescheduled);
    }
    last = now;
    if (now - start >= spin_ns) return last_look(Spin::kTimedOut);
  }
}

}  // namespace

ThreadPool::ThreadPool(int threads, std::chrono::microseconds spin) {
  if (threads <= 0) threads = static_cast<int>(std::thread::hardware_concurrency());
  size_ = threads < 1 ? 1 : threads;
  spin_ns_ = std::chrono::duration_cast<std::chrono::nanoseconds>(spin).count();
  for (int i = 1; i < size_; ++i) workers_.emplace_back([this] { Worker(); });
}

ThreadPool::~ThreadPool() {
  stop_ = true;
  epoch_.fetch_add(1, std::memory_order_seq_cst);
  {
    std::lock_guard<std::mutex> lock(sleep_mu_);
    work_cv_.notify_all();
  }
  for (auto& t : workers_) t.join();
}

void ThreadPool::RunChunks() {
  for (;;) {
    const int64_t begin = next_chunk_.fetch_add(1, std::memory_order_relaxed) * grain_;
    if (begin >= n_) return;
    fn_(ctx_, begin, std::min(n_, begin + grain_));
  }
}

void ThreadPool::Run(int64_t n, void* ctx, RangeFn fn) {
  if (n <= 0) return;
  if (size_ == 1 || n == 1 || busy_.exchange(true, std::memory_order_acquire)) {
    fn(ctx, 0, n);
    return;
  }
  n_ = n;
  grain_ = (n + kChunksPerThread * size_ - 1) / (kChunksPerThread * size_);
  next_chunk_.store(0, std::memory_order_relaxed);
  ctx_ = ctx;
  fn_ = fn;
  pending_.store(size_ - 1, std::memory_order_relaxed);
  started_.store(0, std::memory_order_relaxed);
  // seq_cst pairs with the worker's sleeping_workers_ increment before its
  // wait: either the worker sees the new epoch or we see it sleeping.
  epoch_.fetch_add(1, std::memory_order_seq_cst);
  if (sleeping_workers_.load(std::memory_order_seq_cst) > 0) {
    // A sleeper holds sleep_mu_ from its last look at epoch_ until it waits.
    std::lock_guard<std::mutex> lock(sleep_mu_);
    work_cv_.notify_all();
  }
  RunChunks();
  auto done = [this] { return pending_.load(std::memory_order_acquire) == 0; };
  const Spin spin = SpinUntil(done, spin_ns_);
  if (spin != Spin::kDone) {
    // A worker that has not even picked up the job after a whole spin is
    // waiting for a core, which spinning only takes. Uneven shares of a long
    // job are no such sign and leave spinning on.
    if (spin == Spin::kTimedOut && started_.load(std::memory_order_acquire) < size_ - 1) {
      g_no_spin_until_ns.store(NowNs() + kNoSpinNs, std::memory_order_relaxed);
      idle_worker_spin_offs_.fetch_add(1, std::memory_order_relaxed);
    }
    std::unique_lock<std::mutex> lock(sleep_mu_);
    caller_sleeping_.store(true, std::memory_order_seq_cst);
    done_cv_.wait(lock, [this] { return pending_.load(std::memory_order_seq_cst) == 0; });
    caller_sleeping_.store(false, std::memory_order_relaxed);
  }
  busy_.store(false, std::memory_order_release);
}

void ThreadPool::Worker() {
  uint32_t seen = 0;
  for (;;) {
    auto changed = [&] { return epoch_.load(std::memory_order_acquire) != seen; };
    if (SpinUntil(changed, spin_ns_) != Spin::kDone) {
      std::unique_lock<std::mutex> lock(sleep_mu_);
      sleeping_workers_.fetch_add(1, std::memory_order_seq_cst);
      work_cv_.wait(lock, [&] { return epoch_.load(std::memory_order_seq_cst) != seen; });
      sleeping_workers_.fetch_sub(1, std::memory_order_relaxed);
      continue;
    }
    seen = epoch_.load(std::memory_order_acquire);
    if (stop_) return;
    started_.fetch_add(1, std::memory_order_release);
    RunChunks();
    // seq_cst pairs with the caller's caller_sleeping_ store before its wait.
    if (pending_.fetch_sub(1, std::memory_order_seq_cst) == 1 &&
        caller_sleeping_.load(std::memory_order_seq_cst)) {
      std::lock_guard<std::mutex> lock(sleep_mu_);
      done_cv_.notify_one();
    }
  }
}

double MeasureReadBandwidth(ThreadPool& pool, int64_t bytes, int reps) {
  const auto words = static_cast<size_t>(std::max<int64_t>(bytes, 4096) / 32 * 4);
  std::vector<uint64_t> data(words);
  std::memset(data.data(), 1, words * sizeof(uint64_t));  // touch every page
  const int parts = pool.size();
  std::vector<uint64_t> sums(static_cast<size_t>(parts));
  std::vector<double> gbs;
  for (int rep = 0; rep < std::max(reps, 1); ++rep) {
    const int64_t t0 = NowNs();
    pool.ParallelFor(parts, [&](int64_t first, int64_t last) {
      for (int64_t p = first; p < last; ++p) {
        const size_t begin = words * static_cast<size_t>(p) / static_cast<size_t>(parts) / 4 * 4;
        const size_t end = words * static_cast<size_t>(p + 1) / static_cast<size_t>(parts) / 4 * 4;
        uint64_t a = 0, b = 0, c = 0, d = 0;
        for (size_t i = begin; i < end; i += 4) {
          a += data[i];
          b += data[i + 1];
          c += data[i + 2];
          d += data[i + 3];
        }
        sums[static_cast<size_t>(p)] = a ^ b ^ c ^ d;
      }
    });
    gbs.push_back(static_cast<double>(words * sizeof(uint64_t)) /
                  static_cast<double>(NowNs() - t0));
  }
  std::sort(gbs.begin(), gbs.end());
  volatile uint64_t sink = 0;
  for (uint64_t x : sums) sink = sink ^ x;
  return gbs[gbs.size() / 2];
}

}  // namespace hf2hlo
