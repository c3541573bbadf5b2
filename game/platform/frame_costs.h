#pragma once
// How long frames take, per screen, for the benchmark (./bench.sh): samples in milliseconds, kept
// under a name, summed up as the median and the 99th percentile. Knows nothing of clocks or
// screens: the loops that draw (frame_bench_native.cpp, run_web.cpp's test hooks) time the frames.
#include <string>
#include <vector>

namespace ar::platform {

// The value at rank ceil(p/100 * n) of the sorted samples (the nearest-rank percentile): always one
// of the samples, never an average of two. 0 when there are none.
double percentile(std::vector<double> samples, double p);

class FrameCosts {
 public:
  void add(const std::string& name, double ms);
  // {"screens":[{"screen":…,"frames":…,"median_ms":…,"p99_ms":…,"max_ms":…},…]} in the order
  // the names were first added.
  std::string to_json() const;
  bool empty() const { return names_.empty(); }
  void clear() { names_.clear(), samples_.clear(); }

 private:
  std::vector<std::string> names_;
  std::vector<std::vector<double>> samples_;
};

}  // namespace ar::platform
