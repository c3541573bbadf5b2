#pragma once
// Reads a test's input file whole; the test stops if the file cannot be opened.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

namespace ar::test {

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  INFO(path);
  REQUIRE(in.good());
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace ar::test
