#include "json_scan.h"

#include <cmath>
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
    if (c == '"') {
      size_t start = i, chars = 0;
      // Most texts hold no escape: find their end with memchr and count the code points in one
      // pass (texts are most of a pack's bytes, and this scan runs before every parse).
      const char* body = text.data() + i + 1;
      const size_t rest = text.size() - i - 1;
      const char* quote = static_cast<const char*>(std::memchr(body, '"', rest));
      if (quote && !std::memchr(body, '\\', static_cast<size_t>(quote - body))) {
        for (const char* p = body; p < quote; ++p)
          chars += (static_cast<unsigned char>(*p) & 0xC0) != 0x80;
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
