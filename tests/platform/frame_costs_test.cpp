// The benchmark's sums of frame times (game/platform/frame_costs.cpp): the nearest-rank percentile
// and the per-screen summary ./bench.sh prints.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "frame_costs.h"

using namespace ar::platform;

TEST_CASE("percentile: the nearest rank, always one of the samples") {
  std::vector<double> hundred;
  for (int i = 100; i >= 1; --i) hundred.push_back(i);  // unsorted on purpose
  CHECK(percentile(hundred, 50) == 50);
  CHECK(percentile(hundred, 99) == 99);
  CHECK(percentile(hundred, 100) == 100);
  CHECK(percentile(hundred, 0) == 1);
  CHECK(percentile({3, 1, 2}, 50) == 2);
  CHECK(percentile({1, 2, 3, 4}, 50) == 2);  // rank ceil(2): the lower middle, not 2.5
  CHECK(percentile({7}, 99) == 7);
  CHECK(percentile({}, 50) == 0);
  // From 100 frames on, one slow frame is no longer the 99th percentile; below, it is.
  std::vector<double> spike(100, 1.0);
  spike[40] = 50;
  CHECK(percentile(spike, 99) == 1);
  spike.pop_back();
  CHECK(percentile(spike, 99) == 50);
}

TEST_CASE("frame costs: one summary per screen, in the order the screens came") {
  FrameCosts costs;
  CHECK(costs.empty());
  for (double ms : {1.0, 3.0, 2.0}) costs.add("title", ms);
  costs.add("setup", 0.5);
  auto j = nlohmann::json::parse(costs.to_json());
  REQUIRE(j["screens"].size() == 2);
  CHECK(j["screens"][0]["screen"] == "title");
  CHECK(j["screens"][0]["frames"] == 3);
  CHECK(j["screens"][0]["median_ms"] == 2.0);
  CHECK(j["screens"][0]["p99_ms"] == 3.0);
  CHECK(j["screens"][0]["max_ms"] == 3.0);
  CHECK(j["screens"][1]["screen"] == "setup");
  CHECK(j["screens"][1]["median_ms"] == 0.5);
  costs.clear();
  CHECK(costs.empty());
}
