// Python module hf2hlo_exec: the built-in executor for the oracle harness.
//
//   p = hf2hlo_exec.Program(text, filename="prog.mlir", threads=0, reference=False)
//   p.args         -> [(name, shape, dtype, aliasing_output or None)]
//   p.results      -> [(shape, dtype)]
//   outs = p.run([np arrays in argument order])
// Aliased arguments must be writable C-contiguous arrays; they are updated in
// place and returned as the same objects. Other results are fresh copies.
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cstring>

#include "exec/exec.h"
#include "hlo/hlo.h"

namespace py = pybind11;
using hf2hlo::exec::Program;
using hf2hlo::hlo::ElementType;
using hf2hlo::hlo::TensorType;

namespace {

// Numpy dtype name -> element type. bfloat16 is ml_dtypes' dtype.
bool ElementFromDtype(const py::dtype& dt, ElementType* out) {
  const std::string name = py::str(dt.attr("name"));
  static const std::pair<const char*, ElementType> kTable[] = {
      {"float32", ElementType::kF32}, {"float64", ElementType::kF64},
      {"float16", ElementType::kF16}, {"bfloat16", ElementType::kBF16},
      {"bool", ElementType::kI1},     {"int8", ElementType::kI8},
      {"int16", ElementType::kI16},   {"int32", ElementType::kI32},
      {"int64", ElementType::kI64},   {"uint8", ElementType::kUI8},
      {"uint16", ElementType::kUI16}, {"uint32", ElementType::kUI32},
      {"uint64", ElementType::kUI64}};
  for (const auto& [n, t] : kTable) {
    if (name == n) {
      *out = t;
      return true;
    }
  }
  return false;
}

py::dtype DtypeFor(ElementType t) {
  switch (t) {
    case ElementType::kF32:
      return py::dtype("float32");
    case ElementType::kF64:
      return py::dtype("float64");
    case ElementType::kF16:
      return py::dtype("float16");
    case ElementType::kBF16:
      return py::dtype::from_args(py::module_::import("ml_dtypes").attr("bfloat16"));
    case ElementType::kI1:
      return py::dtype("bool");
    case ElementType::kI8:
      return py::dtype("int8");
    case ElementType::kI16:
      return py::dtype("int16");
    case ElementType::kI32:
      return py::dtype("int32");
    case ElementType::kI64:
      return py::dtype("int64");
    case ElementType::kUI8:
      return py::dtype("uint8");
    case ElementType::kUI16:
      return py::dtype("uint16");
    case ElementType::kUI32:
      return py::dtype("uint32");
    case ElementType::kUI64:
      return py::dtype("uint64");
  }
  throw std::runtime_error("unknown element type");
}

class PyProgram {
 public:
  PyProgram(const std::string& text, const std::string& filename, int threads, bool reference) {
    auto module = hf2hlo::hlo::ParseModule(text, filename);
    if (!module.ok()) throw std::invalid_argument(module.status().message());
    hf2hlo::exec::ExecOptions opts;
    opts.num_threads = threads;
    opts.reference_only = reference;
    auto p = Program::Create(std::move(module).value(), opts);
    if (!p.ok()) throw std::invalid_argument(p.status().message());
    program_ = std::move(p).value();
  }

  py::list Args() const {
    py::list out;
    for (size_t i = 0; i < program_->args().size(); ++i) {
      const auto& a = program_->args()[i];
      const TensorType& t = program_->arg_type(i);
      out.append(py::make_tuple(a.name, py::tuple(py::cast(t.dims)),
                                hf2hlo::hlo::ElementTypeName(t.element),
                                a.aliasing_output ? py::cast(*a.aliasing_output) : py::none()));
    }
    return out;
  }

  py::list Results() const {
    py::list out;
    for (const auto& t : program_->result_types()) {
      out.append(
          py::make_tuple(py::tuple(py::cast(t.dims)), hf2hlo::hlo::ElementTypeName(t.element)));
    }
    return out;
  }

  py::dict Stats() const {
    const auto& s = program_->stats();
    py::dict d;
    d["steps"] = s.steps;
    d["arena_bytes"] = s.arena_bytes;
    d["views"] = s.views;
    d["in_place_updates"] = s.in_place_updates;
    d["fused_converts"] = s.fused_converts;
    d["fused_softmax"] = s.fused_softmax;
    d["fused_slices"] = s.fused_slices;
    d["result_copies"] = s.result_copies;
    return d;
  }

  py::list Run(const py::list& arrays) {
    const size_t n = program_->args().size();
    if (arrays.size() != n) {
      throw std::invalid_argument("expected " + std::to_string(n) + " arguments, got " +
                                  std::to_string(arrays.size()));
    }
    std::vector<TensorType> types(n);
    std::vector<py::array> keep(n);
    std::vector<void*> ptrs(n);
    for (size_t i = 0; i < n; ++i) {
      const auto& spec = program_->args()[i];
      const std::string label =
          "argument " + std::to_string(i) + (spec.name.empty() ? "" : " (" + spec.name + ")");
      const bool aliased = spec.aliasing_output.has_value();
      py::array a;
      if (py::isinstance<py::array>(arrays[i])) {
        a = py::reinterpret_borrow<py::array>(arrays[i]);
      } else if (!aliased) {
        // Scalars and sequences are converted; aliased arguments must be arrays
        // because they are updated in place.
        a = py::module_::import("numpy").attr("asarray")(arrays[i]);
      } else {
        throw std::invalid_argument(label + " is aliased to a result and must be a numpy array");
      }
      if (!ElementFromDtype(a.dtype(), &types[i].element)) {
        throw std::invalid_argument(label + ": unsupported dtype " +
                                    std::string(py::str(a.dtype())));
      }
      for (py::ssize_t d = 0; d < a.ndim(); ++d) types[i].dims.push_back(a.shape(d));
      if (!(a.flags() & py::array::c_style))
        throw std::invalid_argument(label + " is not C-contiguous");
      if (aliased && !a.writeable())
        throw std::invalid_argument(label + " is aliased to a result and must be writable");
      ptrs[i] = const_cast<void*>(a.data());
      keep[i] = a;
    }
    auto status = program_->CheckArgs(types);
    if (!status.ok()) throw std::invalid_argument(status.message());
    std::vector<const void*> results;
    {
      py::gil_scoped_release release;
      auto r = program_->Run(ptrs);
      if (!r.ok()) {
        py::gil_scoped_acquire acquire;
        throw std::runtime_error(r.status().message());
      }
      results = std::move(r).value();
    }
    py::list out;
    for (size_t k = 0; k < results.size(); ++k) {
      bool returned_arg = false;
      for (size_t i = 0; i < n; ++i) {
        if (program_->args()[i].aliasing_output == static_cast<int>(k)) {
          out.append(keep[i]);
          returned_arg = true;
          break;
        }
      }
      if (returned_arg) continue;
      const TensorType& t = program_->result_types()[k];
      py::array a(DtypeFor(t.element), std::vector<py::ssize_t>(t.dims.begin(), t.dims.end()));
      std::memcpy(a.mutable_data(), results[k], static_cast<size_t>(t.bytes()));
      out.append(a);
    }
    return out;
  }

 private:
  std::unique_ptr<Program> program_;
};

}  // namespace

PYBIND11_MODULE(hf2hlo_exec, m) {
  m.doc() = "hf2hlo built-in StableHLO CPU executor";
  py::class_<PyProgram>(m, "Program")
      .def(py::init<const std::string&, const std::string&, int, bool>(), py::arg("text"),
           py::arg("filename") = "program.mlir", py::arg("threads") = 0,
           py::arg("reference") = false)
      .def_property_readonly("args", &PyProgram::Args)
      .def_property_readonly("results", &PyProgram::Results)
      .def_property_readonly("stats", &PyProgram::Stats)
      .def("run", &PyProgram::Run, py::arg("arrays"));
}
