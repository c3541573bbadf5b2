#include "json_scan.h"

#include <array>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace ar {

namespace {

bool is_number_char(char c) {
  return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

// strtod reads the token the way the JSON parser will (the game never changes the C locale, so
// the decimal point stays '.'); an overflow gives HUGE_VAL, which is beyond any limit.
bool number_too_large(std::string_view token, double max_number) {
  std::string copy(token);
  return std::fabs(std::strtod(copy.c_str(), nullptr)) > max_number;
}

// The bytes the scan acts on; all others (spaces, ':', the letters of true, false and null) are
// passed over with one look-up: the indentation of a pretty-printed file is a good part of it.
constexpr std::array<bool, 256> scan_stops = [] {
  std::array<bool, 256> stops{};
  for (char c : std::string_view("\"{}[],-0123456789")) stops[static_cast<unsigned char>(c)] = true;
  return stops;
}();

// Code points in [begin, end): the bytes that are not UTF-8 continuation bytes (10xxxxxx), counted
// 8 at a time.
size_t count_code_points(const char* begin, const char* end) {
  size_t continuation = 0;
  const char* p = begin;
  for (uint64_t word = 0; end - p >= 8; p += 8) {
    std::memcpy(&word, p, 8);
    // 1 in each byte whose bit 7 is set and bit 6 (shifted up into its place) clear; the multiply
    // adds the 8 bytes up into the top one (std::popcount is a library call without -mpopcnt).
    uint64_t ones = ((word & ~(word << 1)) >> 7) & 0x0101010101010101u;
    continuation += static_cast<size_t>((ones * 0x0101010101010101u) >> 56);
  }
  for (; p < end; ++p) continuation += (static_cast<unsigned char>(*p) & 0xC0) == 0x80;
  return static_cast<size_t>(end - begin) - continuation;
}

std::string whole(double n) {
  std::string s = std::to_string(n);
  return s.substr(0, s.find('.'));
}

}  // namespace

std::optional<JsonLimitBreach> find_limit_breach(std::string_view text, const JsonLimits& limits) {
  int depth = 0;
  size_t values = 0;  // opening brackets and commas: about one per value
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (!scan_stops[static_cast<unsigned char>(c)]) continue;
    if (c == '"') {
      size_t start = i, chars = 0;
      // Most texts hold no escape: find their end with memchr and count the code points in one
      // pass (texts are most of a pack's bytes, and this scan runs before every parse).
      const char* body = text.data() + i + 1;
      const size_t rest = text.size() - i - 1;
      const char* quote = static_cast<const char*>(std::memchr(body, '"', rest));
      if (quote && !std::memchr(body, '\\', static_cast<size_t>(quote - body))) {
        chars = count_code_points(body, quote);
        i = static_cast<size_t>(quote - text.data());
      } else
        for (++i; i < text.size() && text[i] != '"'; ++i) {
          if (text[i] == '\\')
            ++i, ++chars;
          else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
            ++chars;  // code points
        }
      if (chars > limits.max_text_chars)
        return JsonLimitBreach{start,
                               "this text is longer than " + std::to_string(limits.max_text_chars) +
                                   " characters; no field of a content file holds that much"};
    } else if (c == '{' || c == '[') {
      if (++depth > limits.max_depth)
        return JsonLimitBreach{i, "the file is nested more than " +
                                      std::to_string(limits.max_depth) +
                                      " levels deep here; a content file never needs that many"};
    } else if (c == '}' || c == ']') {
      --depth;
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      size_t start = i;
      while (i + 1 < text.size() && is_number_char(text[i + 1])) ++i;
      if (number_too_large(text.substr(start, i + 1 - start), limits.max_number))
        return JsonLimitBreach{start,
                               "this number is too large: numbers in a content file lie "
                               "between -" +
                                   whole(limits.max_number) + " and " + whole(limits.max_number)};
    }
    if ((c == '{' || c == '[' || c == ',') && ++values > limits.max_values)
      return JsonLimitBreach{i, "the file holds more than " + std::to_string(limits.max_values) +
                                    " values (fields and list items); a content file never "
                                    "needs that many"};
  }
  return std::nullopt;
}

}  // namespace ar
