#include "problem.h"

#include <algorithm>

namespace ar {

std::string format_problem(const Problem& p) {
  std::string out = p.file;
  if (p.line >
      0) {  // appended piece by piece: GCC 12 warns falsely on "a" + to_string() (-Wrestrict)
    out += ':';
    out += std::to_string(p.line);
    out += ':';
    out += std::to_string(p.column);
  }
  out += ": ";
  if (p.severity == Problem::Severity::Warning) out += "warning: ";
  if (!p.path.empty()) out += p.path + ": ";
  out += p.message;
  return out;
}

bool has_errors(const std::vector<Problem>& problems) {
  return std::any_of(problems.begin(), problems.end(),
                     [](const Problem& p) { return p.severity == Problem::Severity::Error; });
}

int error_count(const std::vector<Problem>& problems) {
  return static_cast<int>(std::count_if(problems.begin(), problems.end(), [](const Problem& p) {
    return p.severity == Problem::Severity::Error;
  }));
}

}  // namespace ar
