// Inlines `call @f(...)` sites: each callee body (itself inlined first) is
// copied into the caller with fresh values, and uses of the call's results
// are redirected to the callee's returned values.
#include <unordered_map>

#include "hlo/parser.h"

namespace hf2hlo::hlo {

Status Parser::InlineCalls() {
  std::unordered_map<std::string_view, size_t> index;
  for (size_t i = 0; i < module_.functions.size(); ++i) index[module_.functions[i].name] = i;
  std::vector<int> state(module_.functions.size(), 0);  // 0 new, 1 in progress, 2 done

  // Iterative DFS so that deep call chains cannot overflow the stack.
  for (size_t root = 0; root < module_.functions.size(); ++root) {
    if (state[root] != 0) continue;
    std::vector<size_t> stack = {root};
    state[root] = 1;
    while (!stack.empty()) {
      size_t f = stack.back();
      bool pushed = false;
      for (const CallSite& call : calls_[f]) {
        auto it = index.find(call.callee);
        if (it == index.end())
          return Err(call.loc, "call to undefined function '@", call.callee, "'");
        if (state[it->second] == 1) return Err(call.loc, "recursive call to '@", call.callee, "'");
        if (state[it->second] == 0) {
          state[it->second] = 1;
          stack.push_back(it->second);
          pushed = true;
          break;
        }
      }
      if (pushed) continue;
      stack.pop_back();
      state[f] = 2;
      if (calls_[f].empty()) continue;

      Function& fn = module_.functions[f];
      std::vector<Op> old_ops = std::move(fn.body.ops);
      fn.body.ops.clear();
      std::unordered_map<ValueId, ValueId> replace;  // call results -> inlined values
      auto mapped = [&](ValueId v) {
        auto r = replace.find(v);
        return r == replace.end() ? v : r->second;
      };
      size_t next_call = 0;
      const std::vector<CallSite>& calls = calls_[f];
      for (size_t i = 0; i <= old_ops.size(); ++i) {
        for (; next_call < calls.size() && calls[next_call].op_index == i; ++next_call) {
          const CallSite& call = calls[next_call];
          const Function& callee = module_.functions[index[call.callee]];
          if (callee.args.size() != call.operands.size()) {
            return Err(call.loc, "call to '@", callee.name, "' passes ", call.operands.size(),
                       " operand(s); it takes ", callee.args.size());
          }
          if (callee.result_types.size() != call.results.size()) {
            return Err(call.loc, "call to '@", callee.name, "' expects ", call.results.size(),
                       " result(s); it returns ", callee.result_types.size());
          }
          std::unordered_map<ValueId, ValueId> local;
          for (size_t a = 0; a < callee.args.size(); ++a) {
            ValueId actual = mapped(call.operands[a]);
            if (module_.type(actual) != module_.type(callee.args[a].value)) {
              return Err(call.loc, "call to '@", callee.name, "': operand #", a, " has type ",
                         module_.type(actual).ToString(), ", the function takes ",
                         module_.type(callee.args[a].value).ToString());
            }
            local[callee.args[a].value] = actual;
          }
          for (size_t r = 0; r < call.results.size(); ++r) {
            if (module_.type(call.results[r]) != callee.result_types[r]) {
              return Err(call.loc, "call to '@", callee.name, "': result #", r, " has type ",
                         module_.type(call.results[r]).ToString(), ", the function returns ",
                         callee.result_types[r].ToString());
            }
          }
          total_ops_ += static_cast<int64_t>(callee.body.ops.size());
          if (total_ops_ > kMaxOps)
            return Err(call.loc, "too many operations after inlining calls");
          for (const Op& src : callee.body.ops) {
            if (src.code == OpCode::kReturn) {
              if (src.operands.size() != call.results.size()) {
                return Err(src.loc, "return of '@", callee.name, "' has ", src.operands.size(),
                           " operand(s); the call expects ", call.results.size());
              }
              for (size_t r = 0; r < src.operands.size(); ++r) {
                auto l = local.find(src.operands[r]);
                if (l == local.end()) return Err(src.loc, "return of an undefined value");
                replace[call.results[r]] = l->second;
              }
              break;
            }
            Op copy = src;
            for (ValueId& v : copy.operands) {
              auto l = local.find(v);
              if (l == local.end())
                return Err(src.loc, "use of an undefined value in '@", callee.name, "'");
              v = l->second;
            }
            for (ValueId& v : copy.results) {
              ValueId fresh = NewValue(
                  module_.type(v),
                  StrCat("@", callee.name, ":", module_.value_names[static_cast<size_t>(v)]));
              local[v] = fresh;
              v = fresh;
            }
            fn.body.ops.push_back(std::move(copy));
          }
          if (module_.value_types.size() > kMaxValues)
            return Err(call.loc, "too many values after inlining calls");
        }
        if (i == old_ops.size()) break;
        Op& op = old_ops[i];
        for (ValueId& v : op.operands) v = mapped(v);
        fn.body.ops.push_back(std::move(op));
      }
    }
  }
  return OkStatus();
}

}  // namespace hf2hlo::hlo
