// Any bytes as the interface strings: never a throw or a crash, and every string the file defines
// can be shown and filled in, in every language and in one it lacks.
#include "fuzz_check.h"
#include "ui_strings.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string file = "ui-strings.json";
  std::vector<ar::Problem> problems;
  ar::UiStrings s = ar::UiStrings::load(ar::fuzz::bytes(data, size), file, problems);
  ar::fuzz::check_problems(problems, file);
  std::vector<std::string> langs = s.languages();
  langs.push_back("xx");
  for (const std::string& key : s.keys()) {
    FUZZ_CHECK(s.has(key));
    for (const std::string& lang : langs) {
      s.get(key, lang);
      s.format(key, lang, {"{1}", "{0}{0}", ""});
    }
  }
  // A key the file lacks shows as itself. (The fuzzer learns this very key from the comparison
  // and writes it into files: then the file has it, and its text is shown.)
  const std::string missing = "no such key";
  FUZZ_CHECK(s.has(missing) || s.get(missing, "en") == missing);
  return 0;
}
