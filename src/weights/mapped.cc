#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <set>

#include "weights/weights.h"

namespace hf2hlo {

Result<std::unique_ptr<MappedCheckpoint>> MappedCheckpoint::Open(const std::string& model_dir,
                                                                 const ModelConfig* config) {
  ASSIGN_OR_RETURN(auto tensors, ReadCheckpointIndex(model_dir));
  if (tensors.empty()) {
    return Error(model_dir, ": no model.safetensors or model.safetensors.index.json");
  }
  std::unique_ptr<MappedCheckpoint> ck(new MappedCheckpoint());
  std::set<std::string> files;
  for (const auto& [name, t] : tensors) files.insert(t.file);
  if (config != nullptr) {
    ASSIGN_OR_RETURN(tensors, ApplyQuantization(std::move(tensors), *config));
  }
  ck->tensors_ = std::move(tensors);
  for (const std::string& file : files) {
    int fd = ::open(file.c_str(), O_RDONLY);
    if (fd < 0) return Error(file, ": cannot open: ", std::strerror(errno));
    struct stat st;
    if (::fstat(fd, &st) != 0) {
      ::close(fd);
      return Error(file, ": cannot stat");
    }
    Mapping m;
    m.size = static_cast<size_t>(st.st_size);
    m.addr = ::mmap(nullptr, m.size, PROT_READ, MAP_PRIVATE, fd, 0);
    ::close(fd);
    if (m.addr == MAP_FAILED) return Error(file, ": mmap failed: ", std::strerror(errno));
    ck->files_[file] = m;
  }
  // Tensors whose bytes are not aligned to their element size (a file whose
  // header was not padded) are copied once into aligned memory; kernels read
  // weights as typed arrays.
  for (const auto& [name, t] : ck->tensors_) {
    if (t.affine) continue;
    const uint8_t* p = static_cast<const uint8_t*>(ck->files_.at(t.file).addr) +
                       t.data_section_offset + t.data_begin;
    const int64_t align =
        t.dtype == "F64" || t.dtype == "I64" || t.dtype == "U64"                        ? 8
        : t.dtype == "F32" || t.dtype == "I32" || t.dtype == "U32"                      ? 4
        : t.dtype == "F16" || t.dtype == "BF16" || t.dtype == "I16" || t.dtype == "U16" ? 2
                                                                                        : 1;
    if (reinterpret_cast<uintptr_t>(p) % static_cast<uintptr_t>(align) == 0) continue;
    ck->owned_[name].assign(p, p + (t.data_end - t.data_begin));
  }
  for (const auto& [name, t] : ck->tensors_) {
    if (!t.affine) continue;
    auto at = [&](const TensorInfo& s) {
      return static_cast<const uint8_t*>(ck->files_.at(s.file).addr) + s.data_section_offset +
             s.data_begin;
    };
    std::vector<uint8_t>& out = ck->owned_[name];
    out.resize(static_cast<size_t>(t.data_end - t.data_begin));
    DequantizeAffine(t, at(t.affine->packed), at(t.affine->scales), at(t.affine->biases),
                     out.data());
  }
  return ck;
}

MappedCheckpoint::~MappedCheckpoint() {
  for (auto& [path, m] : files_) ::munmap(m.addr, m.size);
}

const void* MappedCheckpoint::Data(const std::string& name) const {
  auto it = tensors_.find(name);
  if (it == tensors_.end()) return nullptr;
  if (auto d = owned_.find(name); d != owned_.end()) return d->second.data();
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
