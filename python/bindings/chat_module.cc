// Python module hf2hlo_chat: the C++ chat-template renderer, for tests that
// compare it with transformers' jinja2 rendering.
//
//   hf2hlo_chat.render(template, context) -> str   (context: a JSON-serializable dict)
//   hf2hlo_chat.check(template)                    (raises on a syntax error)
// Errors raise hf2hlo_chat.TemplateError with the message (line:column first).
#include <pybind11/pybind11.h>

#include "chat/chat.h"

namespace py = pybind11;

namespace {

py::object& ErrorType() {
  static py::object type;
  return type;
}

[[noreturn]] void Raise(const hf2hlo::Status& status) {
  PyErr_SetString(ErrorType().ptr(), status.message().c_str());
  throw py::error_already_set();
}

}  // namespace

PYBIND11_MODULE(hf2hlo_chat, m) {
  m.doc() = "hf2hlo chat-template renderer (Jinja2 subset as in transformers)";
  ErrorType() = py::reinterpret_borrow<py::object>(
      PyErr_NewException("hf2hlo_chat.TemplateError", PyExc_ValueError, nullptr));
  m.attr("TemplateError") = ErrorType();
  m.def(
      "render",
      [](const std::string& source, const py::object& context) {
        std::string text = py::str(py::module_::import("json").attr("dumps")(context));
        hf2hlo::Result<std::string> out = [&] {
          py::gil_scoped_release release;
          return hf2hlo::chat::RenderChatTemplateJson(source, text);
        }();
        if (!out.ok()) Raise(out.status());
        return *out;
      },
      py::arg("template"), py::arg("context"));
  m.def(
      "check",
      [](const std::string& source) {
        hf2hlo::Status st = hf2hlo::chat::CheckChatTemplate(source);
        if (!st.ok()) Raise(st);
      },
      py::arg("template"));
}
