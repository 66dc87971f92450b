// hf2hlo base: Status / Result for input-driven errors, CHECK for internal
// invariants, string helpers and whole-file I/O.
#pragma once

#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace hf2hlo {

// Concatenates the stream representations of its arguments.
template <typename... Args>
std::string StrCat(const Args&... args) {
  std::ostringstream os;
  (os << ... << args);
  return os.str();
}

// An error from input (a file, a config key, a request): a message with its
// context chain, outermost first ("model/config.json: key 'x': ...").
class Status {
 public:
  Status() = default;
  static Status Error(std::string message) { return Status(std::move(message)); }
  bool ok() const { return !message_.has_value(); }
  const std::string& message() const;
  // Returns this error with `context` prepended; an ok status stays ok.
  Status WithContext(std::string_view context) const;

 private:
  explicit Status(std::string message) : message_(std::move(message)) {}
  std::optional<std::string> message_;
};

inline Status OkStatus() { return Status(); }

template <typename... Args>
Status Error(const Args&... args) {
  return Status::Error(StrCat(args...));
}

// A value or an error. Accessing the value of an error aborts.
template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}
  Result(Status status) : v_(std::move(status)) { CheckIsError(); }
  bool ok() const { return v_.index() == 0; }
  const Status& status() const;
  T& value() & {
    CheckOk();
    return std::get<0>(v_);
  }
  const T& value() const& {
    CheckOk();
    return std::get<0>(v_);
  }
  T&& value() && {
    CheckOk();
    return std::get<0>(std::move(v_));
  }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  void CheckOk() const;
  void CheckIsError() const;
  std::variant<T, Status> v_;
};

[[noreturn]] void CheckFailed(const char* file, int line, const char* cond, const std::string& msg);

template <typename T>
const Status& Result<T>::status() const {
  static const Status kOk;
  return ok() ? kOk : std::get<1>(v_);
}
template <typename T>
void Result<T>::CheckOk() const {
  if (!ok()) CheckFailed(__FILE__, __LINE__, "ok()", std::get<1>(v_).message());
}
template <typename T>
void Result<T>::CheckIsError() const {
  if (std::get<1>(v_).ok())
    CheckFailed(__FILE__, __LINE__, "!status.ok()", "Result from ok Status");
}

// Reads a whole file; the error names the path.
Result<std::string> ReadFile(const std::string& path);
// Writes (replaces) a whole file; the error names the path.
Status WriteFile(const std::string& path, std::string_view contents);
bool FileExists(const std::string& path);
// Joins two path components with one '/'.
std::string JoinPath(std::string_view dir, std::string_view name);

// The deepest [ / { nesting of JSON `text` outside strings (malformed text
// gives some number; the parser reports the error). Input JSON is checked
// against a limit with this before parsing: nlohmann::json costs about 33
// times a nested document's bytes in heap (a 16 MiB request of '[' took 530
// MB), and its recursive parser and destructor use stack per level.
int64_t JsonNestingDepth(std::string_view text);

// Formats a float so that parsing it back as f32 gives the same bits; always
// has a '.' in the mantissa (MLIR float literal syntax), e.g. "1.0e-05".
std::string FormatF32(float value);

// Zeroed memory in 2 MiB-aligned whole huge pages, advised as transparent
// huge pages (Linux; elsewhere plain 64-byte-aligned memory). For buffers a
// step streams in full (packed weights, KV caches): with 4 KiB pages each 64
// cache lines cost a TLB miss, a nested page walk under a hypervisor. Every
// page is touched here, so the first step pays no page faults.
class HugePageBuffer {
 public:
  static constexpr size_t kHugePage = size_t{2} << 20;
  HugePageBuffer() = default;
  explicit HugePageBuffer(size_t bytes);
  ~HugePageBuffer();
  HugePageBuffer(HugePageBuffer&& other) noexcept;
  HugePageBuffer& operator=(HugePageBuffer&& other) noexcept;
  HugePageBuffer(const HugePageBuffer&) = delete;
  HugePageBuffer& operator=(const HugePageBuffer&) = delete;
  size_t bytes() const { return bytes_; }  // rounded up to whole huge pages
  uint8_t* data() const { return data_; }

 private:
  void Release();
  size_t bytes_ = 0;
  uint8_t* map_ = nullptr;
  uint8_t* data_ = nullptr;
};

// The machine's read bandwidth as a decode step sees it: the median GB/s of
// `reps` streaming reads of `bytes` (one contiguous range per thread of
// `pool`, 64-bit loads, 4 independent sums). Allocates and touches `bytes`.
class ThreadPool;
double MeasureReadBandwidth(ThreadPool& pool, int64_t bytes, int reps);

// A fixed pool of worker threads for data-parallel loops. The calling thread
// takes part, so ThreadPool(1) runs everything inline. ParallelFor cuts
// [0, n) into contiguous chunks of ceil(n / (kChunksPerThread * size()))
// indices that the threads take in turn from a shared counter: a thread that
// loses its core to another process leaves its unstarted chunks to the
// others. Which thread computes an index is therefore not fixed. Allocates
// nothing per call.
//
// Fork/join costs about a microsecond while the workers are awake: after a
// job a worker spins on an atomic epoch for `spin` before it sleeps on a
// condition variable, so back-to-back calls never pay a wake-up and an idle
// pool burns no CPU. The caller likewise spins for `spin` waiting for the
// workers, then sleeps. A spinner that finds it was descheduled, or a caller
// whose workers have not picked up a job after `spin` (signs of more runnable
// threads than cores) turns spinning off for a while: waits then sleep at
// once, as in a plain condition-variable pool.
//
// One ParallelFor runs at a time; a call made while another is in flight (from
// another thread, or nested inside fn) runs fn(0, n) inline on its caller.
// Callers whose fn computes every index the same way on any thread (the
// executor's kernels) get the same results either way.
class ThreadPool {
 public:
  static constexpr std::chrono::microseconds kDefaultSpin{200};
  static constexpr int64_t kChunksPerThread = 4;
  // threads <= 0: one per hardware thread.
  explicit ThreadPool(int threads, std::chrono::microseconds spin = kDefaultSpin);
  ~ThreadPool();
  ThreadPool(const ThreadPool&) = delete;
  ThreadPool& operator=(const ThreadPool&) = delete;
  int size() const { return size_; }
  // Times a caller of this pool turned spinning off because a worker had not
  // picked up its job after `spin` (for tests: uneven shares must not count).
  int64_t idle_worker_spin_offs() const { return idle_worker_spin_offs_.load(); }

  template <typename Fn>
  void ParallelFor(int64_t n, Fn&& fn) {
    using F = std::remove_reference_t<Fn>;
    auto call = [](void* ctx, int64_t begin, int64_t end) { (*static_cast<F*>(ctx))(begin, end); };
    Run(n, const_cast<void*>(static_cast<const void*>(&fn)), call);
  }

 private:
  using RangeFn = void (*)(void*, int64_t, int64_t);
  void Run(int64_t n, void* ctx, RangeFn fn);
  void Worker();
  void RunChunks();

  int size_ = 1;
  int64_t spin_ns_ = 0;
  std::vector<std::thread> workers_;
  std::atomic<bool> busy_{false};  // a ParallelFor owns the workers
  // The job, written by the caller before it bumps epoch_ (release) and read
  // by workers after they observe the bump (acquire).
  int64_t n_ = 0, grain_ = 1;
  void* ctx_ = nullptr;
  RangeFn fn_ = nullptr;
  bool stop_ = false;
  alignas(64) std::atomic<uint32_t> epoch_{0};  // bumped once per job
  std::atomic<int> sleeping_workers_{0};        // blocked on work_cv_
  alignas(64) std::atomic<int64_t> next_chunk_{0};  // the job's next untaken chunk
  alignas(64) std::atomic<int> pending_{0};     // workers still running the job
  std::atomic<int> started_{0};                 // workers that picked up the job
  std::atomic<int64_t> idle_worker_spin_offs_{0};
  std::atomic<bool> caller_sleeping_{false};    // blocked on done_cv_
  // The sleep path. A condition variable, not std::atomic::wait: libstdc++'s
  // wait yields a dozen times before it sleeps, and on a machine with more
  // runnable threads than cores each yield gives away a whole time slice.
  std::mutex sleep_mu_;
  std::condition_variable work_cv_, done_cv_;
};

}  // namespace hf2hlo

#define HF2HLO_CONCAT_INNER(a, b) a##b
#define HF2HLO_CONCAT(a, b) HF2HLO_CONCAT_INNER(a, b)

#define RETURN_IF_ERROR(expr)                        \
  do {                                               \
    ::hf2hlo::Status hf2hlo_status_ = (expr);        \
    if (!hf2hlo_status_.ok()) return hf2hlo_status_; \
  } while (0)

#define ASSIGN_OR_RETURN_IMPL(tmp, lhs, expr) \
  auto tmp = (expr);                          \
  if (!tmp.ok()) return tmp.status();         \
  lhs = std::move(tmp).value()

#define ASSIGN_OR_RETURN(lhs, expr) \
  ASSIGN_OR_RETURN_IMPL(HF2HLO_CONCAT(hf2hlo_result_, __LINE__), lhs, expr)

// bfloat16 / IEEE half <-> f32. Widening is exact; narrowing rounds to
// nearest, ties to even, keeps NaN a (quiet) NaN and overflows to inf.
inline float BitsToFloat(uint32_t u) {
  float f;
  std::memcpy(&f, &u, 4);
  return f;
}
inline uint32_t FloatToBits(float f) {
  uint32_t u;
  std::memcpy(&u, &f, 4);
  return u;
}
inline float BF16ToF32(uint16_t h) { return BitsToFloat(static_cast<uint32_t>(h) << 16); }

// Round to nearest, ties to even; NaN stays NaN (quieted), overflow gives inf.
inline uint16_t F32ToBF16(float f) {
  // Branch-free, so that loops of it vectorize; NaN stays NaN (quieted).
  const uint32_t u = FloatToBits(f);
  const uint32_t rounded = (u + 0x7FFFu + ((u >> 16) & 1u)) >> 16;
  const uint32_t quiet_nan = (u >> 16) | 0x0040u;
  return static_cast<uint16_t>((u & 0x7FFFFFFFu) > 0x7F800000u ? quiet_nan : rounded);
}

inline float F16ToF32(uint16_t h) {
  uint32_t sign = static_cast<uint32_t>(h & 0x8000u) << 16;
  uint32_t exp = (h >> 10) & 0x1Fu;
  uint32_t mant = h & 0x3FFu;
  if (exp == 0) {
    float v = std::ldexp(static_cast<float>(mant), -24);
    return sign ? -v : v;
  }
  if (exp == 31) return BitsToFloat(sign | 0x7F800000u | (mant << 13));
  return BitsToFloat(sign | ((exp + 112u) << 23) | (mant << 13));
}

// Round to nearest, ties to even, with f16 subnormals; NaN stays NaN.
inline uint16_t F32ToF16(float f) {
  uint32_t u = FloatToBits(f);
  uint16_t sign = static_cast<uint16_t>((u >> 16) & 0x8000u);
  uint32_t a = u & 0x7FFFFFFFu;
  if (a > 0x7F800000u) return static_cast<uint16_t>(sign | 0x7E00u | ((a >> 13) & 0x3FFu));
  if (a >= 0x477FF000u) return static_cast<uint16_t>(sign | 0x7C00u);  // >= 65520 rounds to inf
  if (a >= 0x38800000u) {                                              // normal f16
    uint32_t h = (a >> 13) - (112u << 10);
    uint32_t rem = a & 0x1FFFu;
    if (rem > 0x1000u || (rem == 0x1000u && (h & 1u))) ++h;
    return static_cast<uint16_t>(sign | h);
  }
  if (a <= 0x33000000u) return sign;  // <= 2^-25 (half the smallest subnormal) -> 0
  uint32_t m = (a & 0x7FFFFFu) | 0x800000u;
  uint32_t s = 126u - (a >> 23);  // 14..24
  uint32_t h = m >> s;
  uint32_t rem = m & ((1u << s) - 1u);
  uint32_t half = 1u << (s - 1u);
  if (rem > half || (rem == half && (h & 1u))) ++h;
  return static_cast<uint16_t>(sign | h);
}

// Internal invariant: aborts with file:line and the message when false.
#define CHECK(cond, ...)                                                      \
  do {                                                                        \
    if (!(cond))                                                              \
      ::hf2hlo::CheckFailed(__FILE__, __LINE__, #cond,                        \
                            ::hf2hlo::StrCat("" __VA_OPT__(, ) __VA_ARGS__)); \
  } while (0)
