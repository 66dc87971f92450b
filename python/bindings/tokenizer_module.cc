// Python module hf2hlo_tokenizer: the C++ tokenizer, for the exactness tests.
//
//   t = hf2hlo_tokenizer.Tokenizer.from_file(path)   # or .from_str(json_text)
//   t.encode(text, add_special_tokens=True, allow_special=True) -> [int]
//   t.decode(ids, skip_special_tokens=False) -> str
//   t.token_to_id(token) -> int | None;  t.id_to_token(id) -> str | None
//   t.vocab_size
//   s = hf2hlo_tokenizer.StreamDecoder(t, skip_special_tokens=False)
//   s.step(id) -> bytes;  s.finish() -> bytes   (bytes, so tests can check UTF-8)
// Errors (bad JSON, unsupported components) raise ValueError.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <memory>
#include <stdexcept>

#include "tokenizer/tokenizer.h"

namespace py = pybind11;
using hf2hlo::EncodeOptions;
using hf2hlo::StreamDecoder;
using hf2hlo::Tokenizer;

namespace {

// Keeps the tokenizer alive as long as a stream decoder uses it.
struct PyStream {
  std::shared_ptr<Tokenizer> tokenizer;
  StreamDecoder decoder;
};

}  // namespace

PYBIND11_MODULE(hf2hlo_tokenizer, m) {
  m.doc() = "hf2hlo tokenizer (tokenizer.json, HF tokenizers-exact BPE)";
  py::class_<Tokenizer, std::shared_ptr<Tokenizer>>(m, "Tokenizer")
      .def_static("from_file",
                  [](const std::string& path) {
                    auto t = Tokenizer::FromFile(path);
                    if (!t.ok()) throw std::invalid_argument(t.status().message());
                    return std::make_shared<Tokenizer>(std::move(t).value());
                  })
      .def_static("from_str",
                  [](const std::string& text) {
                    auto t = Tokenizer::FromJson(text);
                    if (!t.ok()) throw std::invalid_argument(t.status().message());
                    return std::make_shared<Tokenizer>(std::move(t).value());
                  })
      .def(
          "encode",
          [](const Tokenizer& t, const std::string& text, bool add_special_tokens,
             bool allow_special) {
            EncodeOptions options;
            options.add_special_tokens = add_special_tokens;
            options.allow_special = allow_special;
            std::vector<int32_t> ids;
            {
              py::gil_scoped_release release;
              auto r = t.Encode(text, options);
              if (!r.ok()) throw std::invalid_argument(r.status().message());
              ids = std::move(r).value();
            }
            return ids;
          },
          py::arg("text"), py::arg("add_special_tokens") = true, py::arg("allow_special") = true)
      .def(
          "decode",
          [](const Tokenizer& t, const std::vector<int32_t>& ids, bool skip_special_tokens) {
            return t.Decode(ids, skip_special_tokens);
          },
          py::arg("ids"), py::arg("skip_special_tokens") = false)
      .def("token_to_id", &Tokenizer::TokenToId)
      .def("id_to_token", &Tokenizer::IdToToken)
      .def("is_special", &Tokenizer::IsSpecial)
      .def_property_readonly("vocab_size", &Tokenizer::vocab_size);

  py::class_<PyStream>(m, "StreamDecoder")
      .def(py::init([](std::shared_ptr<Tokenizer> t, bool skip_special_tokens) {
             auto* s = new PyStream{t, StreamDecoder(*t, skip_special_tokens)};
             return s;
           }),
           py::arg("tokenizer"), py::arg("skip_special_tokens") = false)
      .def("step", [](PyStream& s, int32_t id) { return py::bytes(s.decoder.Step(id)); })
      .def("finish", [](PyStream& s) { return py::bytes(s.decoder.Finish()); });
}
