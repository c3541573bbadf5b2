#pragma once
// UTF-8, the encoding of every content file and of the interface: decoding, encoding, checking,
// counting characters (the limits facilitators see are in characters, not bytes) and the
// case-and-accent fold the practice search uses. The only place that knows the byte layout.
#include <cstddef>
#include <string>
#include <string_view>

namespace ar::utf8 {

inline constexpr char32_t replacement_character = 0xFFFD;  // what an editor shows for bad bytes

struct Decoded {
  char32_t code_point = replacement_character;  // U+FFFD when the bytes are not UTF-8
  size_t length = 1;  // bytes used, at least 1: a bad sequence is skipped as one character
  bool valid = false;
};

// The character starting at text[at] (at < text.size()). Overlong forms, surrogates, code points
// above U+10FFFF, stray continuation bytes and cut-off sequences are not valid; a cut-off
// sequence counts as one character, as editors show it.
Decoded decode(std::string_view text, size_t at);

// Appends the UTF-8 bytes of a code point; surrogates and values above U+10FFFF become U+FFFD.
void encode(char32_t code_point, std::string& out);

bool is_valid(std::string_view text);

// Characters as a person counts them; each bad sequence counts as one.
size_t count_characters(std::string_view text);

// The first `max_characters` characters of `text`, never cutting a character in two.
std::string_view first_characters(std::string_view text, size_t max_characters);

// Whether a byte begins a character (is not a continuation byte): for counting columns while
// stepping through already-checked text byte by byte.
inline bool starts_character(char byte) {
  return (static_cast<unsigned char>(byte) & 0xC0) != 0x80;
}

// Lowercase with accents removed, for searching: "Zürich" -> "zurich", "MAÑANA" -> "manana".
// Letters it has no plain form for are kept (lowercased where it knows how); bad bytes pass
// through unchanged.
std::string fold_for_search(std::string_view text);

}  // namespace ar::utf8
