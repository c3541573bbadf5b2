#pragma once
// What every fuzz target checks besides "no crash, no sanitizer report": a property that must
// hold for any input. A broken one stops the fuzzer like a crash, and saves the input.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "problem.h"

#define FUZZ_CHECK(condition)                                                               \
  do {                                                                                      \
    if (!(condition)) {                                                                     \
      std::fprintf(stderr, "%s:%d: property broken: %s\n", __FILE__, __LINE__, #condition); \
      std::abort();                                                                         \
    }                                                                                       \
  } while (0)

namespace ar::fuzz {

inline std::string_view bytes(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// Every problem names the file, says something, and formats without throwing.
inline void check_problems(const std::vector<Problem>& problems, const std::string& file) {
  for (const Problem& p : problems) {
    FUZZ_CHECK(p.file == file);
    FUZZ_CHECK(!p.message.empty());
    FUZZ_CHECK(p.line >= 0 && p.column >= 0);
    FUZZ_CHECK(!format_problem(p).empty());
  }
}

}  // namespace ar::fuzz
