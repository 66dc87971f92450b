#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "weights/weights.h"

namespace hf2hlo {

Result<std::unique_ptr<MappedCheckpoint>> MappedCheckpoint::Open(const std::string& model_dir) {
  ASSIGN_OR_RETURN(auto tensors, ReadCheckpointIndex(model_dir));
  if (tensors.empty()) {
    return Error(model_dir, ": no model.safetensors or model.safetensors.index.json");
  }
  std::unique_ptr<MappedCheckpoint> ck(new MappedCheckpoint());
  ck->tensors_ = std::move(tensors);
  for (const auto& [name, t] : ck->tensors_) {
    if (ck->files_.count(t.file)) continue;
    int fd = ::open(t.file.c_str(), O_RDONLY);
    if (fd < 0) return Error(t.file, ": cannot open: ", std::strerror(errno));
    struct stat st;
    if (::fstat(fd, &st) != 0) {
      ::close(fd);
      return Error(t.file, ": cannot stat");
    }
    Mapping m;
    m.size = static_cast<size_t>(st.st_size);
    m.addr = ::mmap(nullptr, m.size, PROT_READ, MAP_PRIVATE, fd, 0);
    ::close(fd);
    if (m.addr == MAP_FAILED) return Error(t.file, ": mmap failed: ", std::strerror(errno));
    ck->files_[t.file] = m;
  }
  return ck;
}

MappedCheckpoint::~MappedCheckpoint() {
  for (auto& [path, m] : files_) ::munmap(m.addr, m.size);
}

const void* MappedCheckpoint::Data(const std::string& name) const {
  auto it = tensors_.find(name);
  if (it == tensors_.end()) return nullptr;
  const TensorInfo& t = it->second;
  const auto& m = files_.at(t.file);
  return static_cast<const uint8_t*>(m.addr) + t.data_section_offset + t.data_begin;
}

int64_t MappedCheckpoint::mapped_bytes() const {
  int64_t total = 0;
  for (const auto& [path, m] : files_) total += static_cast<int64_t>(m.size);
  return total;
}

}  // namespace hf2hlo
