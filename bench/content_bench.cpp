// Content at scale, for ./bench.sh: how long the game's loader takes on 100 / 1,000 / 10,000 /
// 100,000 scenarios and how much memory it needs, beside a bare nlohmann::json::parse of the same
// bytes. Not a test: it measures and prints one line of JSON.
//
//   content_bench --generate N --dir DIR [--template FILE]   write N scenarios as packs into DIR
//   content_bench --mode library|json --dir DIR [--repeat R]  load them, print one line of JSON
//
// The scenarios are copies of a shipped pack's scenarios under new ids, split into packs of at most
// CountLimits::scenarios each (and under JsonLimits::max_bytes), as a big content folder would be.
// Each mode runs in its own process and reads the files as plain bytes, so the peak memory
// (getrusage maxrss) belongs to that mode: it starts from the program plus the files' text.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "content_limits.h"
#include "json_scan.h"
#include "library.h"

namespace {

long max_rss_kb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;  // kilobytes on Linux
}

int this_year() {
  std::time_t t = std::time(nullptr);
  return std::localtime(&t)->tm_year + 1900;
}

double now_ms() {
  using clock = std::chrono::steady_clock;
  return std::chrono::duration<double, std::milli>(clock::now().time_since_epoch()).count();
}

// Packs holding `count` scenarios in all, copied round-robin from the template's scenarios.
std::vector<ar::ContentFile> make_packs(const nlohmann::json& tmpl, int count) {
  const auto& source = tmpl.at("scenarios");
  const int per_pack = static_cast<int>(ar::CountLimits::scenarios);
  std::vector<ar::ContentFile> files;
  for (int first = 0, k = 0; first < count; first += per_pack, ++k) {
    nlohmann::json pack = tmpl;
    pack["pack"]["id"] = "bench-pack-" + std::to_string(k);
    pack["scenarios"] = nlohmann::json::array();
    for (int i = first; i < std::min(count, first + per_pack); ++i) {
      nlohmann::json s = source.at(static_cast<size_t>(i) % source.size());
      s["id"] = "bench-scenario-" + std::to_string(i);
      // Each copy's feedback its own, as in a real pack: repeated feedback is a warning
      // (check_shared_feedback), and locating warnings in the text is not the load being timed.
      for (auto& reply : s["replies"])
        for (auto& [lang, text] : reply["feedback"].items())
          text = text.get<std::string>() + " #" + std::to_string(i);
      pack["scenarios"].push_back(std::move(s));
    }
    std::string text = pack.dump(2);
    if (text.size() > ar::JsonLimits{}.max_bytes) {
      std::fprintf(stderr, "content_bench: a pack of %d scenarios is %zu bytes, over the limit\n",
                   per_pack, text.size());
      std::exit(1);
    }
    files.push_back({"packs/bench-" + std::to_string(k) + ".json", std::move(text)});
  }
  return files;
}

}  // namespace

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

int main(int argc, char** argv) {
  int generate = 0, repeat = 3;
  std::string mode = "library", dir, tmpl_path = AR_BENCH_TEMPLATE;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string a = argv[i];
    if (a == "--generate")
      generate = std::atoi(argv[i + 1]);
    else if (a == "--mode")
      mode = argv[i + 1];
    else if (a == "--dir")
      dir = argv[i + 1];
    else if (a == "--template")
      tmpl_path = argv[i + 1];
    else if (a == "--repeat")
      repeat = std::atoi(argv[i + 1]);
  }
  if (dir.empty()) {
    std::fprintf(stderr, "content_bench: --dir DIR is needed\n");
    return 2;
  }
  if (generate > 0) {
    std::filesystem::create_directories(dir);
    for (const auto& f : make_packs(nlohmann::json::parse(read_file(tmpl_path)), generate)) {
      std::ofstream out(std::filesystem::path(dir) / std::filesystem::path(f.name).filename(),
                        std::ios::binary);
      out << f.text;
    }
    return 0;
  }
  std::vector<ar::ContentFile> files;
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) paths.push_back(entry.path());
  std::sort(paths.begin(), paths.end());
  for (const auto& path : paths)
    files.push_back({"packs/" + path.filename().string(), read_file(path)});
  size_t bytes = 0;
  for (const auto& f : files) bytes += f.text.size();

  const long rss_before = max_rss_kb();
  double load_ms = 1e300, index_ms = 1e300;  // the best of `repeat` runs
  int loaded = 0, warnings = 0;
  for (int r = 0; r < repeat; ++r) {
    double t0 = now_ms();
    if (mode == "json") {
      // Every document kept, as the library keeps every pack.
      std::vector<nlohmann::json> docs;
      for (const auto& f : files) docs.push_back(nlohmann::json::parse(f.text));
      loaded = static_cast<int>(docs.size());
      load_ms = std::min(load_ms, now_ms() - t0);
      index_ms = 0;
    } else {
      // Parse + validate: what the game does with its content folder at start.
      ar::Library lib = ar::Library::load(files, this_year());
      double t1 = now_ms();
      load_ms = std::min(load_ms, t1 - t0);
      warnings = 0;
      for (const auto& report : lib.reports()) {
        warnings += static_cast<int>(report.problems.size());
        if (!report.loaded) {
          std::fprintf(stderr, "content_bench: %s did not load: %s\n", report.file.c_str(),
                       report.problems.empty() ? "?" : report.problems.front().message.c_str());
          return 1;
        }
      }
      // Index: the list of scenarios and a look-up of each by id (saves and links name them so).
      auto all = lib.scenarios();
      int found = 0;
      for (const auto* s : all) found += lib.find(s->id) == s;
      loaded = found;
      index_ms = std::min(index_ms, now_ms() - t1);
    }
  }
  std::printf(
      "{\"mode\":\"%s\",\"checked\":%d,\"packs\":%zu,\"bytes\":%zu,\"load_ms\":%.2f,"
      "\"index_ms\":%.2f,\"warnings\":%d,\"rss_before_kb\":%ld,\"rss_peak_kb\":%ld}\n",
      mode.c_str(), loaded, files.size(), bytes, load_ms, index_ms, warnings, rss_before,
      max_rss_kb());
  return 0;
}
