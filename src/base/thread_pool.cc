#include "base/base.h"

namespace hf2hlo {

ThreadPool::ThreadPool(int threads) {
  if (threads <= 0) threads = static_cast<int>(std::thread::hardware_concurrency());
  size_ = threads < 1 ? 1 : threads;
  for (int i = 1; i < size_; ++i) workers_.emplace_back([this, i] { Worker(i); });
}

ThreadPool::~ThreadPool() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  start_cv_.notify_all();
  for (auto& t : workers_) t.join();
}

void ThreadPool::RunRange(int index) {
  const int64_t begin = n_ * index / size_;
  const int64_t end = n_ * (index + 1) / size_;
  if (begin < end) fn_(ctx_, begin, end);
}

void ThreadPool::Run(int64_t n, void* ctx, RangeFn fn) {
  if (n <= 0) return;
  if (size_ == 1 || n == 1) {
    fn(ctx, 0, n);
    return;
  }
  {
    std::lock_guard<std::mutex> lock(mu_);
    n_ = n;
    ctx_ = ctx;
    fn_ = fn;
    pending_ = size_ - 1;
    ++generation_;
  }
  start_cv_.notify_all();
  RunRange(0);
  std::unique_lock<std::mutex> lock(mu_);
  done_cv_.wait(lock, [this] { return pending_ == 0; });
}

void ThreadPool::Worker(int index) {
  uint64_t seen = 0;
  for (;;) {
    {
      std::unique_lock<std::mutex> lock(mu_);
      start_cv_.wait(lock, [&] { return stop_ || generation_ != seen; });
      if (stop_) return;
      seen = generation_;
    }
    RunRange(index);
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (--pending_ == 0) done_cv_.notify_one();
    }
  }
}

}  // namespace hf2hlo
