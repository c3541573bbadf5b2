// How long the practice browser's filtering takes on a catalogue far bigger than the shipped one.
// The browser filters and recounts its facets every frame the filter changes, so each operation
// should stay well under one 60 Hz frame (16.7 ms). Not a test: it measures and prints.
//
//   practice_filter_bench [--iterations N] [--content DIR]
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "practices.h"
#include "utf8.h"

namespace {

constexpr int kPractices = 10000;
constexpr double kFrameMicros = 1e6 / 60.0;  // 16 667 µs

// A small deterministic generator: the same catalogue on every platform and standard library.
struct Rng {
  uint64_t state;
  uint64_t next() {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  }
  size_t below(size_t n) { return static_cast<size_t>(next() % n); }
  template <typename T>
  const T& pick(const std::vector<T>& v) {
    return v[below(v.size())];
  }
};

struct Place {
  std::string country;
  std::vector<std::string> cities;
};

const std::vector<Place>& places() {
  static const std::vector<Place> p{
      {"Spain", {"Bilbao", "Getxo", "Donostia-San Sebastián", "Barcelona", "Sabadell", "Málaga"}},
      {"Switzerland", {"Zürich", "Genève", "Neuchâtel"}},
      {"Poland", {"Łódź", "Kraków", "Gdańsk", "Wrocław"}},
      {"Portugal", {"Lisboa", "Braga", "Loulé", "Amadora"}},
      {"Germany", {"München", "Köln", "Düsseldorf", "Stuttgart"}},
      {"Sweden", {"Göteborg", "Malmö", "Botkyrka"}},
      {"Norway", {"Bergen", "Oslo", "Tromsø"}},
      {"Ireland", {"Dublin", "Limerick"}},
      {"Italy", {"Reggio Emilia", "Torino", "Forlì"}},
      {"Ukraine", {"Lviv", "Odesa", "Melitopol"}},
      {"Türkiye", {"İzmir", "Ankara"}},
      {"France", {"Montréal-la-Cluse", "Strasbourg", "Paris"}},
      {"Greece", {"Ioannina", "Patras"}},
      {"Morocco", {"Tanger"}},
      {"Canada", {"Montréal"}},
  };
  return p;
}

std::string years_text(Rng& rng) {
  int a = 1995 + static_cast<int>(rng.below(30));
  int b = a + static_cast<int>(rng.below(6));
  switch (rng.below(8)) {
    case 0: return "Since " + std::to_string(a);
    case 1: return std::to_string(a) + "-ongoing";
    case 2: return std::to_string(a) + "-" + std::to_string(b);
    case 3: return std::to_string(a) + "\xE2\x80\x93" + std::to_string(b);  // en dash
    case 4: return std::to_string(a) + " onwards";
    case 5: return std::to_string(a);
    case 6: return "From September " + std::to_string(a) + " to May " + std::to_string(b);
    default: return rng.below(2) ? "Ongoing" : "";
  }
}

std::string sentence(Rng& rng, const std::vector<std::string>& words, int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += (i ? " " : "") + rng.pick(words);
  return s + ".";
}

std::vector<ar::Practice> synthetic_practices(int count) {
  static const std::vector<std::string> en{
      "neighbours", "rumours", "coffee",   "housing",  "schools", "workshops", "newcomers",
      "agents",     "network", "festival", "dialogue", "jobs",    "health",    "mediation",
      "youth",      "library", "market",   "sport",    "media",   "training",  "volunteers"};
  static const std::vector<std::string> es{
      "vecinos",   "rumores", "café",   "vivienda",    "escuelas",  "talleres",    "recién",
      "llegados",  "agentes", "red",    "festival",    "diálogo",   "trabajo",     "salud",
      "mediación", "jóvenes", "barrio", "convivencia", "formación", "voluntarios", "niños"};
  static const std::vector<std::string> eu{
      "bizilagunak", "zurrumurruak",   "kafea",   "etxebizitza", "eskolak",      "tailerrak",
      "etorberriak", "agenteak",       "sarea",   "jaialdia",    "elkarrizketa", "lana",
      "osasuna",     "bitartekaritza", "gazteak", "auzoa",       "bizikidetza",  "prestakuntza"};
  static const std::vector<std::string> title_words{
      "Anti-Rumour", "Café",  "Network", "Agents",   "Festival", "Welcome",  "Programme", "Map",
      "School",      "Radio", "Game",    "Dialogue", "Bridges",  "Platform", "Campaign",  "Guide"};
  const auto& topics = ar::practice_topics();
  Rng rng{0x9E3779B97F4A7C15ull};
  std::vector<ar::Practice> out;
  out.reserve(static_cast<size_t>(count));
  for (int i = 0; i < count; ++i) {
    ar::Practice p;
    p.id = "practice-" + std::to_string(i);
    p.title = rng.pick(title_words) + " " + rng.pick(title_words) + " " + std::to_string(i);
    const Place& place = rng.pick(places());
    p.country = place.country;
    p.cities.push_back(rng.pick(place.cities));
    if (rng.below(5) == 0) {
      const std::string& second = rng.pick(place.cities);
      if (second != p.cities.front()) p.cities.push_back(second);
    }
    p.years_text = years_text(rng);
    size_t n_topics = 1 + rng.below(3);
    for (size_t t = 0; t < n_topics; ++t) {
      const std::string& topic = rng.pick(topics);
      if (std::find(p.topics.begin(), p.topics.end(), topic) == p.topics.end())
        p.topics.push_back(topic);
    }
    p.purpose.by_language["en"] = sentence(rng, en, 18);
    p.purpose.by_language["es"] = sentence(rng, es, 18);
    p.purpose.by_language["eu"] = sentence(rng, eu, 14);
    p.url = "https://example.org/practice/" + std::to_string(i);
    out.push_back(std::move(p));
  }
  return out;
}

// printf pads by bytes; names with accents need padding by characters.
std::string pad(const std::string& s, size_t width) {
  size_t chars = ar::utf8::count_characters(s);
  return chars >= width ? s : s + std::string(width - chars, ' ');
}

struct Timing {
  double median = 0, max = 0;
};

Timing time_it(int iterations, const std::function<size_t()>& work, size_t& sink) {
  using clock = std::chrono::steady_clock;
  for (int i = 0; i < 3; ++i) sink += work();  // warm the caches
  std::vector<double> micros;
  micros.reserve(static_cast<size_t>(iterations));
  for (int i = 0; i < iterations; ++i) {
    auto t0 = clock::now();
    sink += work();
    auto t1 = clock::now();
    micros.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
  }
  std::sort(micros.begin(), micros.end());
  return {micros[micros.size() / 2], micros.back()};
}

void print_content_sizes(const std::filesystem::path& dir) {
  namespace fs = std::filesystem;
  std::printf("\nShipped content in %s\n", dir.string().c_str());
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    std::printf("  (not found: pass --content DIR)\n");
    return;
  }
  std::vector<std::pair<std::string, uintmax_t>> files;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::end(it);
       it.increment(ec))
    if (it->is_regular_file(ec))
      files.push_back({fs::relative(it->path(), dir, ec).generic_string(), it->file_size(ec)});
  std::sort(files.begin(), files.end());
  uintmax_t total = 0;
  std::printf("  %-44s %10s\n", "file", "bytes");
  for (const auto& [name, bytes] : files) {
    std::printf("  %-44s %10ju\n", name.c_str(), bytes);
    total += bytes;
  }
  std::printf("  %-44s %10ju  (%.1f KiB)\n", "total", total, static_cast<double>(total) / 1024.0);
}

}  // namespace

int main(int argc, char** argv) {
  int iterations = 200;
  std::string content = AR_CONTENT;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--iterations" && i + 1 < argc) {
      iterations = std::max(1, std::atoi(argv[++i]));
    } else if (a == "--content" && i + 1 < argc) {
      content = argv[++i];
    } else {
      std::fprintf(stderr, "usage: %s [--iterations N] [--content DIR]\n", argv[0]);
      return 2;
    }
  }

  using clock = std::chrono::steady_clock;
  auto t0 = clock::now();
  ar::PracticeCatalogue catalogue = ar::PracticeCatalogue::from(synthetic_practices(kPractices));
  double build_ms = std::chrono::duration<double, std::milli>(clock::now() - t0).count();
  auto [first_year, last_year] = catalogue.year_range();
  std::printf("Practice filter benchmark (%s build%s)\n", AR_BENCH_CONFIG,
#ifdef NDEBUG
              ""
#else
              ", assertions on"
#endif
  );
  std::printf("%zu synthetic practices, %zu countries, %zu cities, years %d-%d; built in %.1f ms\n",
              catalogue.all().size(), catalogue.countries().size(), catalogue.cities().size(),
              first_year, last_year, build_ms);
  std::printf("%d timed iterations per row (after 3 warm-up runs)\n\n", iterations);

  struct Case {
    const char* name;
    ar::PracticeFilter filter;
    const char* lang;
  };
  std::vector<Case> cases;
  cases.push_back({"no filter", {}, "en"});
  {
    ar::PracticeFilter f;
    f.topics = {"jobs"};
    cases.push_back({"one topic", f, "en"});
    f.country = "Spain";
    cases.push_back({"topic + country", f, "en"});
  }
  {
    ar::PracticeFilter f;
    f.query = "Zürich café";
    cases.push_back({"query \"Zürich café\" (es)", f, "es"});
    f.query = "mediación jóvenes barrio";
    cases.push_back({"query, 3 accented words (es)", f, "es"});
  }
  {
    ar::PracticeFilter f;
    f.from_year = 2015;
    f.to_year = 2018;
    cases.push_back({"years 2015-2018", f, "en"});
  }
  {
    ar::PracticeFilter f;
    f.topics = {"jobs", "housing", "anti_rumour"};
    f.country = "Spain";
    f.city = "Bilbao";
    f.from_year = 2010;
    f.to_year = 2020;
    f.query = "convivencia vecinos";
    cases.push_back({"all combined (es)", f, "es"});
  }

  size_t sink = 0;
  std::printf("%-30s %-14s %8s %12s %12s  %s\n", "filter", "operation", "results", "median us",
              "max us", "< 16.7 ms frame");
  std::printf("%s\n", std::string(100, '-').c_str());
  bool all_fast = true;
  for (const auto& c : cases) {
    size_t shown = catalogue.browse(c.filter, c.lang).shown.size();
    // What the practice browser does when its filter changes: list and counts in one pass.
    Timing t = time_it(
        iterations,
        [&] {
          auto v = catalogue.browse(c.filter, c.lang);
          return v.shown.size() + v.topic_counts.size() + v.country_counts.size() +
                 v.city_counts.size();
        },
        sink);
    bool fast = t.max < kFrameMicros;
    all_fast &= fast;
    std::printf("%s %-14s %8zu %12.1f %12.1f  %s\n", pad(c.name, 30).c_str(), "browse()", shown,
                t.median, t.max, fast ? "yes" : (t.median < kFrameMicros ? "median only" : "NO"));
  }
  std::printf("\n%s (checksum %zu)\n",
              all_fast ? "browse(), what the practice browser runs when a filter changes, stayed "
                         "under one 60 Hz frame for every filter, even at its slowest."
                       : "browse() took longer than one 60 Hz frame for some filter.",
              sink);

  print_content_sizes(content);
  return 0;
}
