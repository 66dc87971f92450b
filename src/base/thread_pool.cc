#include <chrono>

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

// Spins until done() or for about spin_ns; true when done() held. After the
// first few microseconds it yields between checks: a thread woken onto this
// CPU (the scheduler likes to put a wakee beside its waker) then runs at once
// instead of waiting for the spin to end.
template <typename Done>
bool SpinUntil(Done done, int64_t spin_ns) {
  constexpr int64_t kPureSpinNs = 1000;
  if (done()) return true;
  const int64_t start = NowNs();
  for (;;) {
    for (int i = 0; i < 32; ++i) {
      CpuRelax();
      if (done()) return true;
    }
    const int64_t elapsed = NowNs() - start;
    if (elapsed >= spin_ns) return done();
    if (elapsed >= kPureSpinNs) std::this_thread::yield();
  }
}

}  // namespace

ThreadPool::ThreadPool(int threads, std::chrono::microseconds spin) {
  if (threads <= 0) threads = static_cast<int>(std::thread::hardware_concurrency());
  size_ = threads < 1 ? 1 : threads;
  spin_ns_ = std::chrono::duration_cast<std::chrono::nanoseconds>(spin).count();
  for (int i = 1; i < size_; ++i) workers_.emplace_back([this, i] { Worker(i); });
}

ThreadPool::~ThreadPool() {
  stop_ = true;
  epoch_.fetch_add(1, std::memory_order_seq_cst);
  epoch_.notify_all();
  for (auto& t : workers_) t.join();
}

void ThreadPool::RunRange(int index) {
  const int64_t begin = n_ * index / size_;
  const int64_t end = n_ * (index + 1) / size_;
  if (begin < end) fn_(ctx_, begin, end);
}

void ThreadPool::Run(int64_t n, void* ctx, RangeFn fn) {
  if (n <= 0) return;
  if (size_ == 1 || n == 1 || busy_.exchange(true, std::memory_order_acquire)) {
    fn(ctx, 0, n);
    return;
  }
  n_ = n;
  ctx_ = ctx;
  fn_ = fn;
  pending_.store(size_ - 1, std::memory_order_relaxed);
  // seq_cst pairs with the worker's sleeping_workers_ increment before its
  // wait: either the worker sees the new epoch or we see it sleeping.
  epoch_.fetch_add(1, std::memory_order_seq_cst);
  if (sleeping_workers_.load(std::memory_order_seq_cst) > 0) epoch_.notify_all();
  RunRange(0);
  auto done = [this] { return pending_.load(std::memory_order_acquire) == 0; };
  if (!SpinUntil(done, spin_ns_)) {
    caller_sleeping_.store(true, std::memory_order_seq_cst);
    for (int p; (p = pending_.load(std::memory_order_seq_cst)) != 0;) pending_.wait(p);
    caller_sleeping_.store(false, std::memory_order_relaxed);
  }
  busy_.store(false, std::memory_order_release);
}

void ThreadPool::Worker(int index) {
  uint32_t seen = 0;
  for (;;) {
    auto changed = [&] { return epoch_.load(std::memory_order_acquire) != seen; };
    if (!SpinUntil(changed, spin_ns_)) {
      sleeping_workers_.fetch_add(1, std::memory_order_seq_cst);
      epoch_.wait(seen, std::memory_order_seq_cst);
      sleeping_workers_.fetch_sub(1, std::memory_order_relaxed);
      continue;
    }
    seen = epoch_.load(std::memory_order_acquire);
    if (stop_) return;
    RunRange(index);
    // seq_cst pairs with the caller's caller_sleeping_ store before its wait.
    if (pending_.fetch_sub(1, std::memory_order_seq_cst) == 1 &&
        caller_sleeping_.load(std::memory_order_seq_cst)) {
      pending_.notify_one();
    }
  }
}

}  // namespace hf2hlo
