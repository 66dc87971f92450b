#include "base/base.h"

#include <sys/stat.h>
#if defined(__linux__)
#include <sys/mman.h>
#endif

#include <charconv>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <new>
#include <utility>

namespace hf2hlo {

const std::string& Status::message() const {
  static const std::string kEmpty;
  return message_ ? *message_ : kEmpty;
}

Status Status::WithContext(std::string_view context) const {
  if (ok()) return *this;
  return Status(StrCat(context, ": ", *message_));
}

void CheckFailed(const char* file, int line, const char* cond, const std::string& msg) {
  std::cerr << "hf2hlo: internal error at " << file << ":" << line << ": CHECK(" << cond
            << ") failed" << (msg.empty() ? "" : ": ") << msg << std::endl;
  std::abort();
}

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error(path, ": cannot open: ", std::strerror(errno));
  std::ostringstream os;
  os << in.rdbuf();
  if (in.bad()) return Error(path, ": read failed");
  return os.str();
}

Status WriteFile(const std::string& path, std::string_view contents) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Error(path, ": cannot open for writing: ", std::strerror(errno));
  out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
  out.close();
  if (!out) return Error(path, ": write failed");
  return OkStatus();
}

bool FileExists(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

int64_t JsonNestingDepth(std::string_view text) {
  int64_t depth = 0, deepest = 0;
  bool in_string = false, escaped = false;
  for (char ch : text) {
    if (in_string) {
      if (escaped)
        escaped = false;
      else if (ch == '\\')
        escaped = true;
      else if (ch == '"')
        in_string = false;
    } else if (ch == '"') {
      in_string = true;
    } else if (ch == '[' || ch == '{') {
      deepest = std::max(deepest, ++depth);
    } else if (ch == ']' || ch == '}') {
      --depth;
    }
  }
  return deepest;
}

std::string JoinPath(std::string_view dir, std::string_view name) {
  if (dir.empty()) return std::string(name);
  std::string out(dir);
  if (out.back() != '/') out.push_back('/');
  out.append(name);
  return out;
}

std::string FormatF32(float value) {
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof(buf), value, std::chars_format::scientific);
  CHECK(ec == std::errc(), "to_chars failed");
  std::string s(buf, end);
  auto e = s.find('e');
  if (s.find('.') == std::string::npos) s.insert(e, ".0");
  return s;
}

HugePageBuffer::HugePageBuffer(size_t bytes)
    : bytes_((bytes + kHugePage - 1) / kHugePage * kHugePage) {
  if (bytes_ == 0) return;
#if defined(__linux__)
  void* p = mmap(nullptr, bytes_ + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
                 -1, 0);
  CHECK(p != MAP_FAILED, "mmap of ", bytes_, " bytes failed");
  map_ = static_cast<uint8_t*>(p);
  data_ = map_ + (kHugePage - reinterpret_cast<uintptr_t>(map_) % kHugePage) % kHugePage;
  madvise(data_, bytes_, MADV_HUGEPAGE);
#else
  map_ = data_ = static_cast<uint8_t*>(::operator new(bytes_, std::align_val_t{64}));
#endif
  std::memset(data_, 0, bytes_);
}

void HugePageBuffer::Release() {
  if (map_ == nullptr) return;
#if defined(__linux__)
  munmap(map_, bytes_ + kHugePage);
#else
  ::operator delete(map_, std::align_val_t{64});
#endif
  map_ = data_ = nullptr;
  bytes_ = 0;
}

HugePageBuffer::~HugePageBuffer() { Release(); }

HugePageBuffer::HugePageBuffer(HugePageBuffer&& other) noexcept
    : bytes_(std::exchange(other.bytes_, 0)),
      map_(std::exchange(other.map_, nullptr)),
      data_(std::exchange(other.data_, nullptr)) {}

HugePageBuffer& HugePageBuffer::operator=(HugePageBuffer&& other) noexcept {
  if (this != &other) {
    Release();
    bytes_ = std::exchange(other.bytes_, 0);
    map_ = std::exchange(other.map_, nullptr);
    data_ = std::exchange(other.data_, nullptr);
  }
  return *this;
}

}  // namespace hf2hlo
