#include "theme.h"

#include <algorithm>
#include <cstdio>

namespace ar::ui {

namespace {
constexpr float atlas_pixels = 36.0f;  // fonts are rasterised once at this size, then scaled down
}

float text_size_for(float width, float height) {
  return std::clamp(std::min(width, height) / 30.0f, 16.0f, 34.0f);
}

bool load_fonts(const std::string& ttf_path) {
  ImGuiIO& io = ImGui::GetIO();
  static const ImWchar ranges[] = {
      0x0020, 0x00FF,  // Basic Latin + Latin-1: ñ á é í ó ú ü ¿ ¡ « »
      0x0100, 0x017F,  // Latin Extended-A
      0x2010, 0x2027,  // dashes, quotes ’ “ ”, bullet, ellipsis
      0x20AC, 0x20AC,  // €
      0x2190, 0x21FF,  // arrows: back, "opens elsewhere"
      0x2212, 0x2212,  // minus sign
      0x25A0, 0x25FF,  // shapes: ▸ ▾ ○
      0x2600, 0x2603,  // ☂ the umbrella
      0x2713, 0x2717,  // check and cross marks for right / wrong
      0,
  };
  std::FILE* f = std::fopen(ttf_path.c_str(), "rb");
  if (f) std::fclose(f);
  ImFont* font =
      f ? io.Fonts->AddFontFromFileTTF(ttf_path.c_str(), atlas_pixels, nullptr, ranges) : nullptr;
  if (!font) {
    ImFontConfig cfg;
    cfg.SizePixels = atlas_pixels;
    io.Fonts->AddFontDefault(&cfg);
  }
  return font != nullptr;
}

void fit_text_to(float width, float height) {
  float px = text_size_for(width, height);
  ImGui::GetIO().FontGlobalScale = px / atlas_pixels;
  // Spacing follows the text size, so the layout keeps its proportions on every screen.
  ImGuiStyle& s = ImGui::GetStyle();
  s.WindowPadding = {0.7f * px, 0.7f * px};
  s.FramePadding = {0.6f * px, 0.45f * px};
  s.ItemSpacing = {0.5f * px, 0.5f * px};
  s.ItemInnerSpacing = {0.35f * px, 0.35f * px};
  s.FrameRounding = 0.35f * px;
  s.ChildRounding = 0.5f * px;
  s.GrabRounding = 0.35f * px;
  s.ScrollbarSize = 0.8f * px;
  s.GrabMinSize = 0.8f * px;
  s.TouchExtraPadding = {0.2f * px, 0.2f * px};  // fingers are wider than mouse pointers
}

void apply_style() {
  ImGuiStyle& s = ImGui::GetStyle();
  ImGui::StyleColorsLight(&s);
  s.WindowBorderSize = 0;
  s.ChildBorderSize = 1;
  ImVec4* c = s.Colors;
  c[ImGuiCol_WindowBg] = colour::page;
  c[ImGuiCol_ChildBg] = colour::card;
  c[ImGuiCol_Text] = colour::ink;
  c[ImGuiCol_Button] = {0.86f, 0.90f, 0.95f, 1.0f};
  c[ImGuiCol_ButtonHovered] = {0.76f, 0.84f, 0.93f, 1.0f};
  c[ImGuiCol_ButtonActive] = {0.64f, 0.76f, 0.90f, 1.0f};
  c[ImGuiCol_Header] = {0.80f, 0.87f, 0.95f, 1.0f};
  c[ImGuiCol_CheckMark] = colour::accent;
}

}  // namespace ar::ui
