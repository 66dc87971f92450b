// Python module hf2hlo_engine: a model opened through the engine's front door
// (ServedModel) and continuous-batching Schedulers over it, so tests can drive
// admission step by step.
//
//   m = hf2hlo_engine.Model(model_dir, batch=1, context=0, chunk=0,
//                           decode_rows=[], prefill_chunks=[], threads=0,
//                           profile=False)
//   m.batch, m.context, m.chunk, m.vocab, m.decode_rows, m.prefill_chunks
//   m.prefill(slot, tokens, start) -> float32 logits [V] of the last token
//   m.profile_report() -> per-program op times of the programs that ran
//   s = hf2hlo_engine.Scheduler(m, eos_ids=[])   (the model's tokenizer, if any)
//   rid = s.submit(prompt, max_tokens, temperature=0, top_k=0, top_p=1,
//                  min_p=0, repetition_penalty=1, presence_penalty=0,
//                  frequency_penalty=0, seed=0, stop=[], stop_token_ids=[],
//                  ignore_eos=False)
//   s.step() -> bool;  s.cancel(rid);  s.idle() -> bool
//   s.result(rid) -> {"tokens", "text" (bytes), "events", "finish", "error",
//                     "prompt_tokens", "completion_tokens", "slot_steps"}
//   s.metrics() -> dict
//   hf2hlo_engine.StopMatcher(stops): push(bytes) -> bytes, flush(), matched
// Input errors raise ValueError.
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>

#include "engine/engine.h"

namespace py = pybind11;
using namespace hf2hlo;

namespace {

template <typename T>
T Unwrap(Result<T> r) {
  if (!r.ok()) throw std::invalid_argument(r.status().message());
  return std::move(r).value();
}

struct PyModel {
  std::unique_ptr<ServedModel> model;
};

// What a request produced, gathered from its events.
struct Record {
  std::vector<int32_t> tokens;
  std::string text, error;
  int64_t events = 0;
  FinishReason finish = FinishReason::kNone;
  RequestStats stats;
};

struct PyScheduler {
  std::shared_ptr<PyModel> model;  // outlives the scheduler
  std::unique_ptr<Scheduler> scheduler;
  std::mutex mu;
  std::map<uint64_t, Record> records;

  ~PyScheduler() { scheduler.reset(); }
};

}  // namespace

PYBIND11_MODULE(hf2hlo_engine, m) {
  m.doc() = "hf2hlo Model and continuous-batching Scheduler";
  py::class_<PyModel, std::shared_ptr<PyModel>>(m, "Model")
      .def(py::init([](const std::string& dir, int64_t batch, int64_t context, int64_t chunk,
                       std::vector<int64_t> decode_rows, std::vector<int64_t> prefill_chunks,
                       int threads, bool profile, std::string kv_dtype,
                       std::string matmul_dtype) {
             OpenOptions o;
             o.batch = batch;
             o.context = context;
             o.chunk = chunk;
             o.decode_rows = std::move(decode_rows);
             o.prefill_chunks = std::move(prefill_chunks);
             o.threads = threads;
             o.profile = profile;
             o.kv_dtype = std::move(kv_dtype);
             o.matmul_dtype = std::move(matmul_dtype);
             auto p = std::make_shared<PyModel>();
             py::gil_scoped_release release;
             p->model = Unwrap(ServedModel::Open(dir, o));
             return p;
           }),
           py::arg("model_dir"), py::arg("batch") = 1, py::arg("context") = 0, py::arg("chunk") = 0,
           py::arg("decode_rows") = std::vector<int64_t>{},
           py::arg("prefill_chunks") = std::vector<int64_t>{}, py::arg("threads") = 0,
           py::arg("profile") = false, py::arg("kv_dtype") = "f32",
           py::arg("matmul_dtype") = "f32")
      .def("profile_report", [](const PyModel& p) { return p.model->ProfileReport(); })
      .def_property_readonly("batch", [](const PyModel& p) { return p.model->summary().batch; })
      .def_property_readonly("context", [](const PyModel& p) { return p.model->summary().context; })
      .def_property_readonly("chunk", [](const PyModel& p) { return p.model->summary().chunk; })
      .def_property_readonly("vocab", [](const PyModel& p) { return p.model->summary().vocab; })
      .def_property_readonly("kv_dtype", [](const PyModel& p) { return p.model->summary().kv_dtype; })
      .def_property_readonly("matmul_dtype",
                             [](const PyModel& p) { return p.model->summary().matmul_dtype; })
      .def_property_readonly("kv_cache_bytes",
                             [](const PyModel& p) { return p.model->summary().kv_cache_bytes; })
      .def_property_readonly("decode_rows", [](const PyModel& p) { return p.model->decode_rows(); })
      .def_property_readonly("prefill_chunks",
                             [](const PyModel& p) { return p.model->prefill_chunks(); })
      .def(
          "prefill",
          [](PyModel& p, int64_t slot, const std::vector<int32_t>& tokens, int64_t start) {
            std::span<const float> logits;
            {
              py::gil_scoped_release release;
              logits = Unwrap(p.model->Prefill(slot, tokens, start));
            }
            py::array_t<float> out(static_cast<py::ssize_t>(logits.size()));
            std::copy(logits.begin(), logits.end(), out.mutable_data());
            return out;
          },
          py::arg("slot"), py::arg("tokens"), py::arg("start") = 0);

  py::class_<PyScheduler, std::shared_ptr<PyScheduler>>(m, "Scheduler")
      .def(py::init([](std::shared_ptr<PyModel> model, std::vector<int32_t> eos_ids) {
             auto p = std::make_shared<PyScheduler>();
             p->model = std::move(model);
             p->scheduler = p->model->model->NewScheduler(std::move(eos_ids));
             return p;
           }),
           py::arg("model"), py::arg("eos_ids") = std::vector<int32_t>{})
      .def(
          "submit",
          [](PyScheduler& s, std::vector<int32_t> prompt, int64_t max_tokens, double temperature,
             int64_t top_k, double top_p, double min_p, double repetition_penalty,
             double presence_penalty, double frequency_penalty, uint64_t seed,
             std::vector<std::string> stop, std::vector<int32_t> stop_token_ids, bool ignore_eos) {
            Request r;
            r.prompt = std::move(prompt);
            r.max_tokens = max_tokens;
            r.sampling = {
                temperature,       top_k, top_p, min_p, repetition_penalty, presence_penalty,
                frequency_penalty, seed};
            r.stop = std::move(stop);
            r.stop_token_ids = std::move(stop_token_ids);
            r.ignore_eos = ignore_eos;
            PyScheduler* self = &s;
            return Unwrap(s.scheduler->Submit(std::move(r), [self](const RequestEvent& e) {
              std::lock_guard<std::mutex> lock(self->mu);
              Record& rec = self->records[e.id];
              rec.tokens.insert(rec.tokens.end(), e.tokens.begin(), e.tokens.end());
              rec.text += e.text;
              ++rec.events;
              if (e.finish != FinishReason::kNone) {
                rec.finish = e.finish;
                rec.error = e.error;
                rec.stats = e.stats;
              }
            }));
          },
          py::arg("prompt"), py::arg("max_tokens"), py::arg("temperature") = 0.0,
          py::arg("top_k") = 0, py::arg("top_p") = 1.0, py::arg("min_p") = 0.0,
          py::arg("repetition_penalty") = 1.0, py::arg("presence_penalty") = 0.0,
          py::arg("frequency_penalty") = 0.0, py::arg("seed") = 0,
          py::arg("stop") = std::vector<std::string>{},
          py::arg("stop_token_ids") = std::vector<int32_t>{}, py::arg("ignore_eos") = false)
      .def("step",
           [](PyScheduler& s) {
             py::gil_scoped_release release;
             return Unwrap(s.scheduler->Step());
           })
      .def("cancel", [](PyScheduler& s, uint64_t id) { s.scheduler->Cancel(id); })
      .def("idle", [](PyScheduler& s) { return s.scheduler->Idle(); })
      .def("result",
           [](PyScheduler& s, uint64_t id) {
             std::lock_guard<std::mutex> lock(s.mu);
             auto it = s.records.find(id);
             py::dict d;
             if (it == s.records.end()) return d;
             const Record& r = it->second;
             d["tokens"] = r.tokens;
             d["text"] = py::bytes(r.text);
             d["events"] = r.events;
             d["finish"] = r.finish == FinishReason::kNone ? "" : FinishReasonName(r.finish);
             d["error"] = r.error;
             d["prompt_tokens"] = r.stats.prompt_tokens;
             d["completion_tokens"] = r.stats.completion_tokens;
             return d;
           })
      .def("metrics", [](PyScheduler& s) {
        SchedulerMetrics x = s.scheduler->metrics();
        py::dict d;
        d["requests_submitted"] = x.requests_submitted;
        d["requests_rejected"] = x.requests_rejected;
        for (int i = 1; i < 5; ++i)
          d[py::str(std::string("finished_") + FinishReasonName(static_cast<FinishReason>(i)))] =
              x.requests_finished[i];
        d["prompt_tokens"] = x.prompt_tokens;
        d["generation_tokens"] = x.generation_tokens;
        d["queue_depth"] = x.queue_depth;
        d["active_slots"] = x.active_slots;
        d["slots"] = x.slots;
        d["decode_steps"] = x.decode_steps;
        d["prefill_chunks"] = x.prefill_chunks;
        return d;
      });

  py::class_<StopMatcher>(m, "StopMatcher")
      .def(py::init<std::vector<std::string>>(), py::arg("stops"))
      .def("push",
           [](StopMatcher& s, const std::string& piece) { return py::bytes(s.Push(piece)); })
      .def("flush", [](StopMatcher& s) { return py::bytes(s.Flush()); })
      .def_property_readonly("matched", &StopMatcher::matched);
}
