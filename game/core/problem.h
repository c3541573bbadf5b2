#pragma once
// A problem found in a content file, located so a facilitator can find and fix it.
#include <string>
#include <vector>

namespace ar {

struct Problem {
  enum class Severity { Error, Warning };
  std::string file;
  int line = 0;      // 1-based; 0 when the problem is about the whole file
  int column = 0;    // 1-based, in characters
  std::string path;  // where in the JSON: $.scenarios[3].rumour.eu
  std::string message;
  Severity severity = Severity::Error;
  // When the problem is that something is missing (a field, a language's text): the path it would
  // have had ($.scenarios[3].rumour.eu); `path` is then where it should be. Tools that trace paths
  // back to their own input (the CSV importer) read this, never the message.
  std::string missing_path{};  // {}: brace-initialised Problems may leave it out
};

// "packs/jobs.json:12:5: $.scenarios[0].verdict: expected one of ..., found \"maybe\""
std::string format_problem(const Problem& p);
bool has_errors(const std::vector<Problem>& problems);
// How many are errors (warnings leave a file loadable), as --validate counts them.
int error_count(const std::vector<Problem>& problems);

}  // namespace ar
