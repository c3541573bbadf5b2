// antirumour: the game, and the tools facilitators use on their content.
//   antirumour                          play (content and assets beside the binary)
//   antirumour --validate PATH...       check content folders, scenario packs, practices and
//                                       strings; exit 1 on errors
//   antirumour --import-csv FILE.csv --last-reviewed YYYY-MM-DD --licence NAME
//                                       turn a spreadsheet into a scenario pack (see README)
//   antirumour --export-csv PACK.json   write a pack as that spreadsheet, to standard output
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "content_check.h"
#include "csv_import.h"
#include "pack_csv_export.h"
#include "pack_loader.h"
#include "platform.h"

namespace {

void usage() {
  std::puts(
      "Usage: antirumour [options]\n"
      "  --validate PATH...        check a content folder (packs/, practices.json,\n"
      "                            ui-strings.json, as the game loads them) or single files,\n"
      "                            and print every problem found\n"
      "  --import-csv FILE.csv     make a scenario pack from a spreadsheet saved as CSV\n"
      "      --last-reviewed YYYY-MM-DD  the day you last checked its facts (required)\n"
      "      --licence NAME        the licence you share it under, e.g. CC-BY-4.0 (required)\n"
      "      [--pack-id ID]        its id (default: from the file's name)\n"
      "      [--title TEXT]        its title in every language (default: the file's name)\n"
      "      [--authors \"A; B\"]    its authors, separated by ';'\n"
      "                            (default: \"Imported from FILE.csv\")\n"
      "      [--output PACK.json]  where to write it (default: FILE.json beside the CSV)\n"
      "  --export-csv PACK.json    write a scenario pack as that spreadsheet (CSV, UTF-8) to\n"
      "                            standard output, e.g. antirumour --export-csv p.json > p.csv\n"
      "  --content DIR             content folder (default: content/ beside the program)\n"
      "  --lang es|eu|en           language of the game\n"
      "  --seed N                  fixed order of rumours (for tests)\n"
      "  --size WIDTHxHEIGHT       window size (default 1280x800)\n"
      "  --frames N --screenshot F.ppm   draw N frames, save the last one, quit\n"
      "  --save-dir DIR            where progress is saved\n"
      "  --pack FILE               load your own pack (.json, or .csv from the spreadsheet) and\n"
      "                            keep it on this device; repeatable. The .json and .csv files\n"
      "                            in the save folder's packs/ folder load at every start too\n"
      "  --export-data FILE        save this device's data (progress) to FILE, then quit\n"
      "  --import-data FILE        load progress from a file --export-data or the game wrote\n"
      "                            (the old progress is kept aside in the save folder), then quit\n"
      "  --bench-frames OUT.json   time N frames (--frames, default 300) on each main screen,\n"
      "                            write their cost to OUT.json, then quit (for ./bench.sh);\n"
      "                            with --screenshot PREFIX, also saves PREFIX-<screen>.ppm");
}

#ifndef __EMSCRIPTEN__
std::string program_dir(const char* argv0) {
  std::error_code ec;
  auto exe = std::filesystem::canonical("/proc/self/exe", ec);
  if (!ec) return exe.parent_path().string();
  return std::filesystem::path(argv0).parent_path().string();
}
#endif

// A folder is checked as the game loads it (content/: packs/, practices.json, ui-strings.json);
// a file on its own, by its kind.
std::vector<ar::Problem> check_path(const std::string& path, int& files_checked) {
  std::error_code ec;
  auto type = std::filesystem::status(path, ec).type();
  if (type == std::filesystem::file_type::not_found) {
    ++files_checked;
    return {{path, 0, 0, "", "this file or folder is missing"}};
  }
  if (type == std::filesystem::file_type::directory) {
    ar::SessionContent read = ar::platform::read_content(path);
    ar::ContentFolder folder{read.packs, read.ui_strings, read.practices, read.read_problems,
                             read.current_year};
    files_checked += static_cast<int>(read.packs.size() + 2);
    std::vector<ar::Problem> problems = ar::check_content_folder(folder);
    // Named as the facilitator wrote the folder: content/packs/jobs.json.
    std::string prefix = std::filesystem::path(path).string();
    if (!prefix.empty() && prefix.back() != '/') prefix += '/';
    for (auto& p : problems) p.file = prefix + p.file;
    return problems;
  }
  ++files_checked;
  std::string text, why;
  if (!ar::platform::read_text_file(path, text, why)) return {{path, 0, 0, "", why}};
  return ar::check_content_file(text, path, ar::platform::this_year());
}

int validate(const std::vector<std::string>& paths) {
  int errors = 0, warnings = 0, files_checked = 0;
  for (const auto& path : paths) {
    std::vector<ar::Problem> problems = check_path(path, files_checked);
    // File by file, top to bottom, as the author will fix them.
    std::stable_sort(
        problems.begin(), problems.end(), [](const ar::Problem& a, const ar::Problem& b) {
          return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
        });
    for (const auto& p : problems) {
      std::printf("%s\n", ar::format_problem(p).c_str());
      (p.severity == ar::Problem::Severity::Error ? errors : warnings)++;
    }
    if (problems.empty()) std::printf("%s: OK\n", path.c_str());
  }
  std::printf("%d file(s) checked: %d error(s), %d warning(s)\n", files_checked, errors, warnings);
  return errors > 0 ? 1 : 0;
}

int import_csv(const std::string& csv_path, std::string output, ar::CsvImportOptions options) {
  std::string text;
  if (!ar::platform::read_text_file(csv_path, text)) {
    std::fprintf(stderr, "%s: cannot read this file\n", csv_path.c_str());
    return 1;
  }
  ar::CsvImport result =
      ar::import_scenarios_csv(text, csv_path, ar::platform::this_year(), options);
  for (auto p : result.problems) {
    // A cell's problem names its row and column as the spreadsheet shows them ("row 5, column
    // H"), so the line:column of the text is left out; a broken file keeps its line.
    if (!p.path.empty()) p.line = 0;
    std::printf("%s\n", ar::format_problem(p).c_str());
  }
  if (ar::has_errors(result.problems)) {
    std::printf("%s: not converted, %zu problem(s)\n", csv_path.c_str(), result.problems.size());
    return 1;
  }
  if (output.empty()) output = std::filesystem::path(csv_path).replace_extension(".json").string();
  std::ofstream out(output, std::ios::binary | std::ios::trunc);
  out << result.pack_json;
  if (!out) {
    std::fprintf(stderr, "%s: cannot write this file\n", output.c_str());
    return 1;
  }
  std::printf("%s: wrote %d scenario(s) to %s\n", csv_path.c_str(), result.scenario_count,
              output.c_str());
  return 0;
}

// The pack is checked first: a pack the game would not load is not exported.
int export_csv(const std::string& pack_path) {
  std::string text;
  if (!ar::platform::read_text_file(pack_path, text)) {
    std::fprintf(stderr, "%s: cannot read this file\n", pack_path.c_str());
    return 1;
  }
  ar::PackLoadResult loaded = ar::load_pack(text, pack_path, ar::platform::this_year());
  if (!loaded.pack) {
    for (const auto& p : loaded.problems)
      std::fprintf(stderr, "%s\n", ar::format_problem(p).c_str());
    std::fprintf(stderr, "%s: not exported, fix the errors first (antirumour --validate)\n",
                 pack_path.c_str());
    return 1;
  }
  std::string csv = ar::pack_to_csv(*loaded.pack);
  std::fwrite(csv.data(), 1, csv.size(), stdout);
  return std::fflush(stdout) == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  ar::platform::RunOptions options;
#ifdef __EMSCRIPTEN__
  options.content_dir = "/content";
  options.font_file = "/assets/fonts/ui.ttf";
#else
  std::string here = program_dir(argv[0]);
  options.content_dir = here + "/content";
  options.font_file = here + "/assets/fonts/ui.ttf";
#endif
  std::vector<std::string> args(argv + 1, argv + argc);
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= args.size()) {
        std::fprintf(stderr, "antirumour: %s needs a value\n", args[i].c_str());
        std::exit(2);
      }
      return args[++i];
    };
    if (a == "--help" || a == "-h") {
      usage();
      return 0;
    } else if (a == "--validate") {
      std::vector<std::string> files(args.begin() + static_cast<long>(i) + 1, args.end());
      if (files.empty()) {
        std::fprintf(stderr, "antirumour: --validate needs at least one file or folder\n");
        return 2;
      }
      return validate(files);
    } else if (a == "--import-csv") {
      std::string csv = value(), output;
      // Never today's date nor a licence of our choosing: only what the author gives.
      ar::CsvImportOptions wanted;
      std::string authors;
      const std::pair<const char*, std::string*> own[] = {
          {"--output", &output},          {"--last-reviewed", &wanted.last_reviewed},
          {"--licence", &wanted.licence}, {"--pack-id", &wanted.pack_id},
          {"--title", &wanted.title},     {"--authors", &authors}};
      // Its own options follow it, in any order.
      for (bool more = true; more && i + 1 < args.size();) {
        more = false;
        for (const auto& [name, field] : own)
          if (args[i + 1] == name) {
            ++i;
            *field = value();
            more = true;
            break;
          }
      }
      for (size_t at = 0; !authors.empty() && at <= authors.size();) {
        size_t end = std::min(authors.find(';', at), authors.size());
        wanted.authors.push_back(authors.substr(at, end - at));
        at = end + 1;
      }
      return import_csv(csv, output, wanted);
    } else if (a == "--export-csv") {
      return export_csv(value());
    } else if (a == "--content") {
      options.content_dir = value();
    } else if (a == "--lang") {
      options.language = value();
    } else if (a == "--seed") {
      options.seed = std::strtoull(value().c_str(), nullptr, 10);
    } else if (a == "--size") {
      std::string v = value();
      if (std::sscanf(v.c_str(), "%dx%d", &options.width, &options.height) != 2) {
        std::fprintf(stderr, "antirumour: --size wants WIDTHxHEIGHT, like 768x1024\n");
        return 2;
      }
    } else if (a == "--frames") {
      options.frames = std::atoi(value().c_str());
    } else if (a == "--screenshot") {
      options.screenshot = value();
    } else if (a == "--save-dir") {
      options.save_dir = value();
    } else if (a == "--export-data") {
      options.export_data = value();
    } else if (a == "--import-data") {
      options.import_data = value();
    } else if (a == "--pack") {
      options.packs.push_back(value());
    } else if (a == "--bench-frames") {
      options.bench_frames = value();
    } else {
      std::fprintf(stderr, "antirumour: unknown option %s (try --help)\n", a.c_str());
      return 2;
    }
  }
  return ar::platform::run_game(options);
}
