#include "fonts.h"

#include <imgui_internal.h>  // ImTextCharFromUtf8

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace ar::ui {

namespace {

// Drawn by the screens themselves, not found in the content: marks, arrows, the umbrella.
constexpr const char* screen_symbols = "✓✗☂○▾▸−↗←·—–«»’“”€…";

constexpr int heading_count = IM_ARRAYSIZE(heading_scales);
constexpr unsigned every_heading = (1u << heading_count) - 1;  // bit i: heading_scales[i]

// The heading of `among` (bit i: heading_scales[i]) nearest `scale`; -1 when `among` is empty.
int nearest_heading(float scale, unsigned among = every_heading) {
  int nearest = -1;
  for (int i = 0; i < heading_count; ++i)
    if ((among & (1u << i)) && (nearest < 0 || std::abs(heading_scales[i] - scale) <=
                                                   std::abs(heading_scales[nearest] - scale)))
      nearest = i;
  return nearest;
}

struct FontSource {
  std::vector<char> ttf;  // read once: the atlas is rebuilt from memory
  std::string path;
  std::string text;                     // the last set_game_text(), to notice the same text again
  bool added = false;                   // add_game_text() since then
  ImFontGlyphRangesBuilder characters;  // of the game's text: kept, not found again each time
  std::string display_text;             // what display_font() was asked to draw
  int version = 0;                      // changes with the file, the text or the headings
  // The heading fonts to bake (first_fonts_only() narrows them) and those the atlas has: a heading
  // left out holds no glyphs, and is baked from the next frame once asked for.
  unsigned headings = every_heading;
  unsigned baked_headings = every_heading;
};
FontSource& source() {
  static FontSource s;
  return s;
}

// The baked heading font nearest `scale`, else the body font.
ImFont* nearest_baked_heading(float scale) {
  const ImVector<ImFont*>& fonts = ImGui::GetIO().Fonts->Fonts;
  int i = nearest_heading(scale, source().baked_headings);
  return i >= 0 && i + 1 < fonts.Size ? fonts[i + 1] : ImGui::GetFont();
}

// What the current atlas was built for.
struct BuiltFor {
  const ImGuiContext* context = nullptr;
  const ImFontAtlas* atlas = nullptr;
  int text_px = 0;
  float pixel_ratio = 0;
  int version = -1;
  bool operator==(const BuiltFor&) const = default;
};
BuiltFor& built() {
  static BuiltFor b;
  return b;
}

// The characters of `utf8` beyond ASCII (the printable ASCII range is always baked): a text of
// a megabyte (the packs and practices) is mostly ASCII, read here a byte at a time.
void add_characters(ImFontGlyphRangesBuilder& b, const std::string& utf8) {
  const char* s = utf8.data();
  const char* end = s + utf8.size();
  while (s < end) {
    if (static_cast<unsigned char>(*s) < 0x80) {
      ++s;
      continue;
    }
    unsigned c = 0;
    s += ImTextCharFromUtf8(&c, s, end);
    if (c <= IM_UNICODE_CODEPOINT_MAX) b.AddChar(static_cast<ImWchar>(c));
  }
}

const ImVector<ImWchar>& glyph_ranges() {
  static ImVector<ImWchar> ranges;
  static int ranges_version = -1;
  if (ranges_version != source().version) {
    ImFontGlyphRangesBuilder b = source().characters;
    static const ImWchar ascii[] = {0x0020, 0x007E, 0};
    b.AddRanges(ascii);
    b.AddText(screen_symbols);
    ranges.clear();
    b.BuildRanges(&ranges);
    ranges_version = source().version;
  }
  return ranges;
}

// The display font's glyphs: only the characters display_font() has been asked for.
const ImVector<ImWchar>& display_ranges() {
  static ImVector<ImWchar> ranges;
  static int ranges_version = -1;
  if (ranges_version != source().version) {
    ImFontGlyphRangesBuilder b;
    b.AddChar(' ');
    b.AddText(source().display_text.c_str(),
              source().display_text.c_str() + source().display_text.size());
    ranges.clear();
    b.BuildRanges(&ranges);
    ranges_version = source().version;
  }
  return ranges;
}

void add_font(ImFontAtlas& atlas, float device_px, float density, const ImWchar* ranges) {
  ImFontConfig cfg;
  cfg.FontDataOwnedByAtlas = false;
  // Sub-pixel positions help small text only; large glyphs would just double the atlas.
  cfg.OversampleH = device_px * density < 36 ? 2 : 1;
  cfg.OversampleV = 1;
  cfg.RasterizerDensity = density;
  FontSource& src = source();
  if (src.ttf.empty()) {
    cfg.SizePixels = device_px;
    atlas.AddFontDefault(&cfg);
  } else {
    atlas.AddFontFromMemoryTTF(src.ttf.data(), static_cast<int>(src.ttf.size()), device_px, &cfg,
                               ranges);
  }
}

void add_fonts(ImFontAtlas& atlas, int text_px, float pixel_ratio, float density) {
  auto device_px = [&](float css) { return std::max(1.0f, std::round(css * pixel_ratio)); };
  const ImWchar* text = glyph_ranges().Data;
  static const ImWchar space_only[] = {0x0020, 0x0020, 0};
  add_font(atlas, device_px(static_cast<float>(text_px)), density, text);  // Fonts[0]: the default
  for (int i = 0; i < heading_count; ++i)  // every heading keeps its place in Fonts
    add_font(atlas, device_px(std::round(text_px * heading_scales[i])), density,
             source().headings & (1u << i) ? text : space_only);
  add_font(atlas, device_px(std::round(text_px * display_scale)), density, display_ranges().Data);
}

}  // namespace

bool set_font_file(const std::string& ttf_path) {
  FontSource& src = source();
  if (ttf_path == src.path && !src.ttf.empty()) return true;
  // Its size first, then one read: a stream read one character at a time took milliseconds,
  // and without streams the web build carries no iostream code.
  src.ttf.clear();
  if (std::FILE* f = std::fopen(ttf_path.c_str(), "rb")) {
    long size = std::fseek(f, 0, SEEK_END) == 0 ? std::ftell(f) : -1;
    if (size > 0 && std::fseek(f, 0, SEEK_SET) == 0) {
      src.ttf.resize(static_cast<size_t>(size));
      if (std::fread(src.ttf.data(), 1, src.ttf.size(), f) != src.ttf.size()) src.ttf.clear();
    }
    std::fclose(f);
  }
  src.path = ttf_path;
  ++src.version;
  return !src.ttf.empty();
}

void set_game_text(const std::string& utf8) {
  FontSource& src = source();
  if (utf8 == src.text && !src.added && src.headings == every_heading) return;
  src.text = utf8;
  src.added = false;
  src.headings = every_heading;
  src.characters.Clear();
  add_characters(src.characters, utf8);
  ++src.version;
}

void add_game_text(const std::string& utf8) {
  FontSource& src = source();
  src.added = true;
  src.headings = every_heading;  // the atlas is made again anyway: every heading with it
  add_characters(src.characters, utf8);
  ++src.version;
}

void first_fonts_only(std::initializer_list<float> headings, const std::string& display_text) {
  FontSource& src = source();
  src.headings = 0;
  for (float scale : headings) src.headings |= 1u << nearest_heading(scale);
  if (!src.ttf.empty() && src.display_text.find(display_text) == std::string::npos)
    src.display_text += display_text;
  ++src.version;
}

bool fit_fonts(int text_px, float pixel_ratio) {
  ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  BuiltFor wanted{ImGui::GetCurrentContext(), &atlas, text_px, pixel_ratio, source().version};
  if (!atlas.Fonts.empty() && built() == wanted) return false;
  // A big screen at ratio 3 with the largest text would need a larger atlas than GPUs take:
  // then the glyphs are rasterised a little less densely (same layout, slightly softer text).
  float density = 1;
  for (int attempt = 0; attempt < 8; ++attempt) {
    atlas.Clear();
    add_fonts(atlas, text_px, pixel_ratio, density);
    atlas.Build();
    float over = static_cast<float>(atlas.TexWidth) * atlas.TexHeight /
                 (static_cast<float>(max_atlas_side) * max_atlas_side);
    if (std::max(atlas.TexWidth, atlas.TexHeight) <= max_atlas_side) break;
    density *= 0.95f * std::min(1.0f, 1 / std::sqrt(over));
  }
  ImGui::GetIO().FontDefault = nullptr;  // Fonts[0], the body font
  built() = wanted;
  source().baked_headings = source().headings;
  return true;
}

ImFont* heading_font(float scale) {
  FontSource& src = source();
  unsigned bit = 1u << nearest_heading(scale);
  if (!(src.headings & bit)) {  // left out of the first atlas: baked from the next frame
    src.headings |= bit;
    ++src.version;
  }
  return nearest_baked_heading(scale);
}

ImFont* display_font(const std::string& text) {
  const ImVector<ImFont*>& fonts = ImGui::GetIO().Fonts->Fonts;
  const int display = 1 + IM_ARRAYSIZE(heading_scales);
  bool baked = display < fonts.Size && !source().ttf.empty();
  const char* s = text.c_str();
  const char* end = s + text.size();
  while (baked && s < end) {
    unsigned c = 0;
    s += ImTextCharFromUtf8(&c, s, end);
    if (c >= 0x20 && !fonts[display]->FindGlyphNoFallback(static_cast<ImWchar>(c))) baked = false;
  }
  if (baked) return fonts[display];
  // Asked for the first time: baked before the next frame (fit_fonts sees the new version);
  // this frame draws it in the largest heading font.
  if (!source().ttf.empty() && source().display_text.find(text) == std::string::npos) {
    source().display_text += text;
    ++source().version;
  }
  return nearest_baked_heading(heading_scales[heading_count - 1]);
}

}  // namespace ar::ui
