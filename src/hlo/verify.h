// hf2hlo hlo: the verifier behind VerifyModule (internal).
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "base/base.h"
#include "hlo/hlo.h"

namespace hf2hlo::hlo {

class Verifier {
 public:
  Verifier(const Module& module, std::string_view filename);
  Status Run();

 private:
  template <typename... Args>
  Status Fail(const Op& op, const Args&... args) const {
    return Error(filename_, ":", op.loc.line, ":", op.loc.column, ": ", OpName(op.code), ": ",
                 args...);
  }
  const TensorType& T(ValueId v) const { return module_.type(v); }
  std::string Name(ValueId v) const;

  Status VerifyFunction(const Function& fn);
  // Checks dominance and every op; `region_id` isolates reduce bodies.
  Status VerifyRegion(const Region& region, int region_id, std::vector<TensorType>* returned);
  Status Define(ValueId v, int region_id, const SourceLoc& loc);
  Status VerifyOp(const Op& op);
  Status CheckCounts(const Op& op, size_t operands, size_t results) const;

  // verify.cc
  Status VerifyElementwise(const Op& op);
  Status VerifyCompare(const Op& op);
  Status VerifySelectClamp(const Op& op);
  // verify_ops.cc
  Status VerifyBroadcastInDim(const Op& op);
  Status VerifyReshapeTranspose(const Op& op);
  Status VerifySlice(const Op& op);
  Status VerifyConcatenate(const Op& op);
  Status VerifyIotaConstant(const Op& op);
  Status VerifyDynamicSlice(const Op& op);
  Status VerifyDynamicUpdateSlice(const Op& op);
  Status VerifyPad(const Op& op);
  Status VerifyReverse(const Op& op);
  Status VerifyDotGeneral(const Op& op);
  Status VerifyReduce(const Op& op);
  Status VerifyGather(const Op& op);
  // Each of `dims` in [0, rank) and, if `unique`, no repeats.
  Status CheckDims(const Op& op, std::string_view what, const std::vector<int64_t>& dims,
                   int64_t rank, bool unique) const;

  const Module& module_;
  std::string filename_;
  std::vector<int> defined_in_;  // per value: region id, or -1
  std::set<const Region*> verified_bodies_;
  int next_region_id_ = 0;
};

}  // namespace hf2hlo::hlo
