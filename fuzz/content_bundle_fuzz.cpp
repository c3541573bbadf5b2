// Any bytes as the web build's content file (the packs and practices fetched after the title):
// never a throw or a crash; every file read is a pack or the practices, and what was read, written
// again, reads back the same with no problem.
#include "content_bundle.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string file = "antirumour.content";
  ar::ContentBundle r = ar::read_content_bundle(ar::fuzz::bytes(data, size), file);
  ar::fuzz::check_problems(r.problems, file);
  std::vector<ar::ContentFile> files = r.packs;
  for (const auto& f : files) FUZZ_CHECK(f.name.rfind("packs/", 0) == 0);
  if (r.has_practices) files.push_back({"practices.json", r.practices});
  ar::ContentBundle again = ar::read_content_bundle(ar::write_content_bundle(files), file);
  FUZZ_CHECK(again.packs.size() == r.packs.size());
  for (size_t i = 0; i < r.packs.size(); ++i) {
    FUZZ_CHECK(again.packs[i].name == r.packs[i].name);
    FUZZ_CHECK(again.packs[i].text == r.packs[i].text);
  }
  FUZZ_CHECK(again.practices == r.practices);
  FUZZ_CHECK(again.problems.empty() == r.has_practices);
  return 0;
}
