#include "frame_costs.h"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

namespace ar::platform {

double percentile(std::vector<double> samples, double p) {
  if (samples.empty()) return 0;
  std::sort(samples.begin(), samples.end());
  const double rank = std::ceil(std::clamp(p, 0.0, 100.0) / 100.0 * double(samples.size()));
  const size_t at = rank < 1 ? 0 : static_cast<size_t>(rank) - 1;
  return samples[std::min(at, samples.size() - 1)];
}

void FrameCosts::add(const std::string& name, double ms) {
  auto found = std::find(names_.begin(), names_.end(), name);
  if (found == names_.end()) {
    names_.push_back(name);
    samples_.emplace_back();
    found = names_.end() - 1;
  }
  samples_[static_cast<size_t>(found - names_.begin())].push_back(ms);
}

std::string FrameCosts::to_json() const {
  nlohmann::json screens = nlohmann::json::array();
  for (size_t i = 0; i < names_.size(); ++i) {
    const auto& s = samples_[i];
    screens.push_back({{"screen", names_[i]},
                       {"frames", s.size()},
                       {"median_ms", percentile(s, 50)},
                       {"p99_ms", percentile(s, 99)},
                       {"max_ms", percentile(s, 100)}});
  }
  return nlohmann::json{{"screens", screens}}.dump();
}

}  // namespace ar::platform
