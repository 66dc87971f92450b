#include "base/base.h"

#include <sys/stat.h>

#include <charconv>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>

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

}  // namespace hf2hlo
