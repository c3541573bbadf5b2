#include "utf8.h"

#include <cstdint>
#include <cstring>
#include <utility>

namespace ar::utf8 {

Decoded decode(std::string_view text, size_t at) {
  auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  unsigned char lead = byte(at);
  if (lead < 0x80) return {lead, 1, true};
  // How many bytes follow the lead, and the range the first of them must be in: the narrower
  // ranges are what rule out overlong forms, surrogates (ED A0..) and values past U+10FFFF
  // (F4 90..).
  size_t follow = 0;
  unsigned char low = 0x80, high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    follow = 1;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    follow = 2;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    follow = 3;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return {};  // a continuation byte out of place, C0/C1 (always overlong) or F5..FF
  }
  char32_t code_point = lead & (0x3F >> follow);
  for (size_t k = 1; k <= follow; ++k) {
    if (at + k >= text.size()) return {replacement_character, k, false};
    unsigned char b = byte(at + k);
    if (b < low || b > high) return {replacement_character, k, false};
    code_point = (code_point << 6) | (b & 0x3Fu);
    low = 0x80, high = 0xBF;
  }
  return {code_point, follow + 1, true};
}

void encode(char32_t c, std::string& out) {
  if ((c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) c = replacement_character;
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

bool is_valid(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    Decoded d = decode(text, i);
    if (!d.valid) return false;
    i += d.length;
  }
  return true;
}

namespace {

// How many bytes from `at` on are ASCII, read 8 at a time: nearly all of a content file's text is,
// and counting its characters one decode() at a time was a tenth of loading a pack.
size_t ascii_run(std::string_view text, size_t at) {
  size_t i = at;
  for (uint64_t word = 0; i + 8 <= text.size(); i += 8) {
    std::memcpy(&word, text.data() + i, 8);
    if (word & 0x8080808080808080u) break;
  }
  while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80) ++i;
  return i - at;
}

}  // namespace

size_t count_characters(std::string_view text) {
  size_t n = 0;
  for (size_t i = 0; i < text.size();) {
    size_t ascii = ascii_run(text, i);
    n += ascii;
    i += ascii;
    if (i < text.size()) {
      i += decode(text, i).length;
      ++n;
    }
  }
  return n;
}

std::string_view first_characters(std::string_view text, size_t max_characters) {
  size_t i = 0;
  for (size_t n = 0; n < max_characters && i < text.size(); ++n) i += decode(text, i).length;
  return text.substr(0, i);
}

// --- search folding ------------------------------------------------------------------------------

namespace {

// Code point -> ASCII replacement for the Latin letters European city and project names use.
const char* plain_form(char32_t c) {
  static const std::pair<char32_t, const char*> table[] = {
      {U'à', "a"}, {U'á', "a"},  {U'â', "a"}, {U'ã', "a"},  {U'ä', "a"}, {U'å', "a"}, {U'æ', "ae"},
      {U'ç', "c"}, {U'è', "e"},  {U'é', "e"}, {U'ê', "e"},  {U'ë', "e"}, {U'ì', "i"}, {U'í', "i"},
      {U'î', "i"}, {U'ï', "i"},  {U'ñ', "n"}, {U'ò', "o"},  {U'ó', "o"}, {U'ô', "o"}, {U'õ', "o"},
      {U'ö', "o"}, {U'ø', "o"},  {U'ù', "u"}, {U'ú', "u"},  {U'û', "u"}, {U'ü', "u"}, {U'ý', "y"},
      {U'ÿ', "y"}, {U'ß', "ss"}, {U'ā', "a"}, {U'ă', "a"},  {U'ą', "a"}, {U'ć', "c"}, {U'č', "c"},
      {U'ď', "d"}, {U'ē', "e"},  {U'ę', "e"}, {U'ě', "e"},  {U'ğ', "g"}, {U'ı', "i"}, {U'ł', "l"},
      {U'ń', "n"}, {U'ň', "n"},  {U'ő', "o"}, {U'œ', "oe"}, {U'ř', "r"}, {U'ś', "s"}, {U'ş', "s"},
      {U'š', "s"}, {U'ţ', "t"},  {U'ť', "t"}, {U'ū', "u"},  {U'ů', "u"}, {U'ű', "u"}, {U'ź', "z"},
      {U'ż', "z"}, {U'ž', "z"},  {U'ș', "s"}, {U'ț', "t"},  {U'’', "'"}, {U'‘', "'"}, {U'–', "-"},
      {U'—', "-"}};
  for (const auto& [from, to] : table)
    if (c == from) return to;
  return nullptr;
}

// Lowercase for ASCII, Latin-1 and Latin Extended-A, the letters plain_form() knows.
char32_t to_lower(char32_t c) {
  if (c >= U'A' && c <= U'Z') return c + 0x20;
  if (c == 0x130) return U'i';
  if (c == 0x178) return U'ÿ';
  if (c == 0x218 || c == 0x21A) return c + 1;                // Romanian Ș Ț (comma below)
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20;  // Latin-1 capitals
  if (c >= 0x100 && c <= 0x17F && c != 0x130 && c != 0x131 && c != 0x138 && c != 0x149 &&
      c != 0x17F)  // Latin Extended-A pairs: capital even, small odd (mostly)
    return (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E) ? (c % 2 == 1 ? c + 1 : c)
                                                                    : (c % 2 == 0 ? c + 1 : c);
  return c;
}

}  // namespace

std::string fold_for_search(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    if (char c = text[i]; static_cast<unsigned char>(c) < 0x80) {  // most text: the quick way
      out += c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
      ++i;
      continue;
    }
    Decoded d = decode(text, i);
    char32_t lower = to_lower(d.code_point);
    if (!d.valid) {
      out.append(text.substr(i, d.length));
    } else if (const char* plain = plain_form(lower)) {
      out += plain;
    } else {
      encode(lower, out);
    }
    i += d.length;
  }
  return out;
}

}  // namespace ar::utf8
