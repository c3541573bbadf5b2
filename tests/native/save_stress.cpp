// The writer and the checker of the kill test (save_kill_test.py), built only for tests.
//   save_stress write <dir> <n> [--unsafe]
//       writes progress saves n, n+1, ... forever, each of a different size (up to about 200 KB),
//       printing each number once write_save has returned
//   save_stress check <dir>
//       prints "absent", "ok <n>" or "bad <why>"; exits 1 if bad
// Save n has rounds_played n, entries(n) rumours seen n times each and a best score of n % 101;
// the checker loads it as the game would and compares it byte for byte with save n.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>

#include "progress.h"
#include "saves.h"

namespace {

using ar::platform::progress_save;

size_t entries(int n) {
  return 1 + static_cast<size_t>(n) * 613 % 8000;
}

// Built by hand, not through a std::map and save_progress: the writer spends its time writing, so
// most kills land during a write.
std::string save_number(int n) {
  std::string text =
      "{\"format\": 1, \"kind\": \"progress\", \"rounds_played\": " + std::to_string(n) +
      ", \"best_score\": {\"verdict\": " + std::to_string(n % 101) + "}, \"seen\": {";
  char entry[48];
  for (size_t i = 0; i < entries(n); ++i) {
    std::snprintf(entry, sizeof entry, "%s\n \"rumour-%05zu\": %d", i ? "," : "", i, n);
    text += entry;
  }
  return text + "}}\n";
}

// "" when `text` is exactly save number `n` for some n (returned in `n`); otherwise why not.
std::string check(const std::string& text, int& n) {
  ar::ProgressLoadResult r = ar::load_progress(text, "progress.json");
  if (!r.problems.empty()) return ar::format_problem(r.problems.front());
  n = r.progress.rounds_played;
  if (text != save_number(n)) return "not exactly save " + std::to_string(n) + " (cut or mixed)";
  return {};
}

int write_forever(const std::string& dir, int first, bool unsafe) {
  for (int n = first;; ++n) {
    std::string text = save_number(n);
    if (unsafe) {
      // The control: written in place, as saves were before, so a kill can cut it.
      std::ofstream out(dir + "/progress.json", std::ios::binary | std::ios::trunc);
      out << text;
      out.flush();
    } else if (auto w = ar::platform::write_save(dir, progress_save, text); !w.ok) {
      std::fprintf(stderr, "%s\n", w.error.c_str());
      return 2;
    }
    std::printf("%d\n", n);
    std::fflush(stdout);
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc >= 4 && std::strcmp(argv[1], "write") == 0)
    return write_forever(argv[2], std::atoi(argv[3]),
                         argc >= 5 && std::strcmp(argv[4], "--unsafe") == 0);
  if (argc == 3 && std::strcmp(argv[1], "check") == 0) {
    auto text = ar::platform::read_save(argv[2], progress_save);
    if (!text) {
      std::puts("absent");
      return 0;
    }
    int n = 0;
    std::string why = check(*text, n);
    if (!why.empty()) {
      std::printf("bad %zu bytes: %s\n", text->size(), why.c_str());
      return 1;
    }
    std::printf("ok %d\n", n);
    return 0;
  }
  std::fprintf(stderr,
               "usage: save_stress write <dir> <first> [--unsafe] | save_stress check <dir>\n");
  return 2;
}
