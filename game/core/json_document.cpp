#include "json_document.h"

#include <algorithm>
#include <cctype>

#include "utf8.h"

namespace ar {

std::string json_path_key(const std::string& parent, const std::string& key) {
  bool plain = !key.empty() && !std::isdigit(static_cast<unsigned char>(key[0]));
  for (char c : key)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$')) plain = false;
  if (plain) return parent + "." + key;
  std::string quoted;
  for (char c : key) {
    if (c == '"' || c == '\\') quoted += '\\';
    quoted += c;
  }
  return parent + "[\"" + quoted + "\"]";
}

std::string json_path_index(const std::string& parent, size_t index) {
  return parent + "[" + std::to_string(index) + "]";
}

namespace {

// Line and column (in characters, not bytes) of a byte offset.
TextPosition position_at(std::string_view text, size_t offset) {
  std::string_view before = text.substr(0, std::min(offset, text.size()));
  size_t line_start = before.rfind('\n');
  TextPosition p;
  p.line = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
  p.column =
      1 + static_cast<int>(utf8::count_characters(
              line_start == std::string_view::npos ? before : before.substr(line_start + 1)));
  return p;
}

std::string friendly_syntax_message(const std::string& what, char at) {
  // nlohmann: "[json.exception.parse_error.101] parse error at line 3, column 5: syntax error
  // while parsing value - unexpected '}'; expected ..." -> keep the part after the position.
  std::string reason = what;
  if (auto colon = what.find(": ", what.find("parse error")); colon != std::string::npos)
    reason = what.substr(colon + 2);
  std::string hint;
  if (at == '/')
    hint = " (comments with // or /* */ are not allowed in JSON: use a \"$comment\" field instead)";
  else if (reason.find("; expected end of input") != std::string::npos)
    hint = " (there is more after the end of the file's main { }: an extra } or a second object?)";
  else if (reason.find("end of input") != std::string::npos)
    hint = " (the file ends too early: is it cut off, or is a closing } or ] missing?)";
  else if (reason.find("UTF-8") != std::string::npos || reason.find("utf-8") != std::string::npos)
    hint = " (save the file with the UTF-8 encoding)";
  else if (reason.find("unexpected '}'") != std::string::npos ||
           reason.find("unexpected ']'") != std::string::npos)
    hint = " (is there a comma before it? JSON does not allow a comma before } or ])";
  else if (reason.find("invalid literal") != std::string::npos)
    hint = " (text must be inside double quotes \"like this\")";
  return "this is not valid JSON: " + reason + hint;
}

}  // namespace

// Walks text that nlohmann already accepted and records where each value starts.
class PositionScanner {
 public:
  PositionScanner(std::string_view text, std::map<std::string, TextPosition>& out)
      : text_(text), out_(out) {}

  void scan() {
    skip_space();
    value("$");
  }

 private:
  std::string_view text_;
  std::map<std::string, TextPosition>& out_;
  size_t i_ = 0;
  TextPosition pos_;

  void advance() {
    char c = text_[i_++];
    if (c == '\n') {
      ++pos_.line;
      pos_.column = 1;
    } else if (utf8::starts_character(c)) {
      ++pos_.column;
    }
  }
  char peek() const { return i_ < text_.size() ? text_[i_] : '\0'; }
  void skip_space() {
    while (i_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[i_]))) advance();
  }

  unsigned hex4() {
    unsigned v = 0;
    for (int k = 0; k < 4 && i_ < text_.size(); ++k) {
      char h = peek();
      advance();
      v = v * 16 +
          static_cast<unsigned>(std::isdigit(static_cast<unsigned char>(h))
                                    ? h - '0'
                                    : (std::tolower(static_cast<unsigned char>(h)) - 'a' + 10));
    }
    return v;
  }

  // Decodes a string token the way nlohmann does, so a key's path matches the parsed object's.
  std::string string_token() {
    std::string s;
    advance();  // opening quote
    while (i_ < text_.size() && peek() != '"') {
      if (peek() != '\\') {
        s += peek();
        advance();
        continue;
      }
      advance();
      char e = peek();
      advance();
      switch (e) {
        case 'n': s += '\n'; break;
        case 't': s += '\t'; break;
        case 'r': s += '\r'; break;
        case 'b': s += '\b'; break;
        case 'f': s += '\f'; break;
        case 'u': {
          unsigned cp = hex4();
          if (cp >= 0xD800 && cp < 0xDC00 && peek() == '\\') {  // a surrogate pair
            advance();
            advance();  // 'u'
            unsigned low = hex4();
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          }
          utf8::encode(cp, s);
          break;
        }
        default: s += e;  // \" \\ \/
      }
    }
    advance();  // closing quote
    return s;
  }

  // The items of an object or array, from its opening bracket to `close`; `item(index)` reads one.
  template <typename Item>
  void items(char close, Item item) {
    advance();
    skip_space();
    if (peek() == close) return advance();
    for (size_t index = 0; i_ < text_.size(); ++index) {
      skip_space();
      item(index);
      skip_space();
      if (peek() != ',') break;
      advance();
    }
    if (i_ < text_.size()) advance();  // the closing bracket
  }

  void value(const std::string& path) {
    out_[path] = pos_;
    char c = peek();
    if (c == '{') {
      items('}', [&](size_t) {
        std::string key = string_token();
        skip_space();
        advance();  // ':'
        skip_space();
        value(json_path_key(path, key));
      });
    } else if (c == '[') {
      items(']', [&](size_t index) { value(json_path_index(path, index)); });
    } else if (c == '"') {
      string_token();
    } else {
      while (i_ < text_.size() && !std::isspace(static_cast<unsigned char>(peek())) &&
             peek() != ',' && peek() != '}' && peek() != ']')
        advance();
    }
  }
};

JsonDocument JsonDocument::parse(std::string_view text, const std::string& file,
                                 JsonLimits limits) {
  JsonDocument doc;
  doc.file_ = file;
  std::string_view body = text;
  if (body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);  // a BOM is harmless: skip it
  // Offsets below are into `body`: editors do not count a BOM as a column either.
  auto fail = [&](size_t offset, std::string message, bool whole_file = false) {
    Problem p;
    p.file = file;
    if (!whole_file) {
      TextPosition pos = position_at(body, offset);
      p.line = pos.line;
      p.column = pos.column;
    }
    p.message = std::move(message);
    doc.problems_.push_back(std::move(p));
    return doc;
  };

  if (text.size() > limits.max_bytes)
    return fail(0,
                "the file is too large (" + std::to_string(text.size()) + " bytes; the limit is " +
                    std::to_string(limits.max_bytes) + " bytes)",
                true);
  // Stops at the first character that is not space (it read every byte of every file before).
  bool blank = std::all_of(body.begin(), body.end(),
                           [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
  if (blank) return fail(0, "the file is empty", true);
  if (auto breach = find_limit_breach(body, limits)) return fail(breach->offset, breach->message);

  try {
    doc.root_ = nlohmann::json::parse(body.begin(), body.end());
  } catch (const nlohmann::json::parse_error& e) {
    size_t offset = e.byte > 0 ? e.byte - 1 : 0;
    char at = offset < body.size() ? body[offset] : '\0';
    return fail(offset, friendly_syntax_message(e.what(), at));
  } catch (const nlohmann::json::exception& e) {
    // The limits above should keep every other exception away; if one gets through, still no throw.
    return fail(0, std::string("this file could not be read: ") + e.what(), true);
  }
  doc.text_ = body;
  doc.ok_ = true;
  return doc;
}

TextPosition JsonDocument::position_of(const std::string& path) const {
  if (!scanned_) {
    PositionScanner(text_, positions_).scan();
    scanned_ = true;
  }
  std::string p = path;
  while (!p.empty()) {
    if (auto it = positions_.find(p); it != positions_.end()) return it->second;
    size_t cut = p.find_last_of(".[");
    if (cut == std::string::npos || cut == 0) break;
    p.resize(cut);
  }
  return {};
}

}  // namespace ar
