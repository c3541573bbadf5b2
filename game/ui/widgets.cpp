#include "widgets.h"

#include <algorithm>
#include <cmath>

#include "drag_scroll.h"
#include "fonts.h"
#include "test_marks.h"
#include "theme.h"

namespace ar::ui {

namespace {
float page_column = 1e9f;  // width of the current page's content column, set by begin_page
float page_left = 0;       // its left edge, in window coordinates
bool scroll_to_top = false;
}  // namespace

void request_scroll_to_top() {
  scroll_to_top = true;
}

float column_right() {
  return page_left + page_column;
}

void flow(float item_width) {
  ImGui::SameLine();
  if (ImGui::GetCursorPosX() + item_width > column_right()) ImGui::NewLine();
}

float column_width() {
  return std::min(ImGui::GetContentRegionAvail().x, page_column);
}

float wrapped_text_height(const std::string& text, float width) {
  if (width <= 0) width = column_width();
  float wrap = width - 2 * ImGui::GetStyle().FramePadding.x;
  return ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap).y;
}

float wrapped_button_height(float text_height) {
  return std::max(text_height + 2 * ImGui::GetStyle().FramePadding.y + em(0.3f), touch_height(0));
}

bool wrapped_button(const std::string& mark_id, const std::string& text, float width, bool selected,
                    float text_height) {
  ImGuiStyle& style = ImGui::GetStyle();
  if (width <= 0) width = column_width();
  float wrap = width - 2 * style.FramePadding.x;
  if (text_height < 0) text_height = wrapped_text_height(text, width);
  ImVec2 box{width, wrapped_button_height(text_height)};
  ImVec2 at = ImGui::GetCursorScreenPos();
  bool clicked = ImGui::InvisibleButton(("##" + mark_id).c_str(), box);
  mark(mark_id, text);
  ImGuiCol col = ImGui::IsItemActive()    ? ImGuiCol_ButtonActive
                 : ImGui::IsItemHovered() ? ImGuiCol_ButtonHovered
                 : selected               ? ImGuiCol_Header
                                          : ImGuiCol_Button;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(at, {at.x + box.x, at.y + box.y}, ImGui::GetColorU32(col), style.FrameRounding);
  if (selected)
    dl->AddRect(at, {at.x + box.x, at.y + box.y}, ImGui::GetColorU32(colour::accent),
                style.FrameRounding, 0, em(0.12f));
  else if (style.FrameBorderSize > 0)  // outlined as ImGui's own buttons are (high contrast)
    dl->AddRect(at, {at.x + box.x, at.y + box.y}, ImGui::GetColorU32(ImGuiCol_Border),
                style.FrameRounding, 0, style.FrameBorderSize);
  dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(),
              {at.x + style.FramePadding.x, at.y + (box.y - text_height) / 2},
              ImGui::GetColorU32(ImGuiCol_Text), text.c_str(), nullptr, wrap);
  return clicked;
}

bool big_button(const std::string& mark_id, const std::string& label, float width) {
  ImVec2 size{width > 0 ? em(width) : 0, touch_height(2.4f)};
  if (width < 0) size.x = column_width();
  bool clicked = ImGui::Button((label + "##" + mark_id).c_str(), size);
  mark(mark_id, label);
  return clicked;
}

bool chip(const std::string& mark_id, const std::string& label, bool on) {
  if (on) {
    ImGui::PushStyleColor(ImGuiCol_Button, colour::accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, colour::accent_hovered);
    ImGui::PushStyleColor(ImGuiCol_Text, colour::on_accent);
  }
  // A check mark as well as the colour: the state must not rest on colour alone.
  std::string text = (on ? "✓ " : "") + label;
  // "###": the id leaves the words out, so the keyboard focus stays on a chip as it toggles.
  bool clicked = ImGui::Button((text + "###" + mark_id).c_str(), {0, touch_height(1.9f)});
  mark(mark_id, text);
  if (on) ImGui::PopStyleColor(3);
  return clicked;
}

void wrapped_text(const std::string& text, const ImVec4& colour) {
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + column_width());
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
}

void heading(const std::string& text, float scale) {
  ImGui::PushFont(heading_font(scale));  // its own size in the atlas: sharp, not stretched
  wrapped_text(text);
  ImGui::PopFont();
}

void column_separator() {
  ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddLine({at.x, at.y}, {at.x + column_width(), at.y},
                                      ImGui::GetColorU32(ImGuiCol_Separator), em(0.06f));
  ImGui::Dummy({column_width(), em(0.3f)});
}

void umbrella_meter(int percent, const std::string& caption, bool numbers, const Umbrella* scene,
                    double scene_time) {
  percent = std::clamp(percent, 0, 100);
  float r = em(1.3f);
  float box_height = r * 2.2f;
  if (scene) {
    // The person under the umbrella, in the rain: the same place, a larger picture.
    ImVec2 box = em(5.2f, 4.4f);
    ImVec2 at = ImGui::GetCursorScreenPos();
    draw_umbrella_scene(*scene, scene_time, at, box);
    ImGui::Dummy(box);
    mark("umbrella-scene", describe(*scene));
    box_height = box.y;
  } else {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 at = ImGui::GetCursorScreenPos();
    ImVec2 c{at.x + r, at.y + r * 1.05f};
    ImU32 canopy = ImGui::GetColorU32(percent >= 60 ? colour::accent : colour::muted);
    // Canopy: a half disc; the filled share of its arc shows the protection.
    dl->PathArcTo(c, r, 3.14159265f, 2 * 3.14159265f, 24);
    dl->PathFillConvex(ImGui::GetColorU32(colour::umbrella));
    if (percent > 0) {
      float end = 3.14159265f * (1 + percent / 100.0f);
      dl->PathLineTo(c);
      dl->PathArcTo(c, r, 3.14159265f, end, 24);
      dl->PathFillConvex(canopy);
    }
    dl->AddLine(c, {c.x, c.y + r * 0.9f}, ImGui::GetColorU32(colour::ink), em(0.12f));
    dl->PathArcTo({c.x - r * 0.15f, c.y + r * 0.9f}, r * 0.15f, 0, 3.14159265f, 8);
    dl->PathStroke(ImGui::GetColorU32(colour::ink), 0, em(0.12f));
    ImGui::Dummy({2 * r + em(0.4f), box_height});
  }
  ImGui::SameLine();
  ImGui::BeginGroup();
  // A spacer, not SetCursorPosY: SameLine() below must align with the line as it is drawn.
  ImGui::Dummy({1, r * 0.25f + (box_height - r * 2.2f) / 2});
  if (!numbers) {
    ImGui::Dummy({1, r * 0.2f});
    ImGui::TextColored(colour::muted, "%s", caption.c_str());
    ImGui::EndGroup();
    return;
  }
  ImGui::Text("%d%%", percent);
  ImGui::SameLine();
  ImGui::TextColored(colour::muted, "· %s", caption.c_str());
  ImGui::PushStyleColor(ImGuiCol_PlotHistogram, percent >= 60 ? colour::accent : colour::wrong);
  ImGui::ProgressBar(percent / 100.0f, {em(12), em(0.6f)}, "");
  ImGui::PopStyleColor();
  ImGui::EndGroup();
}

namespace {
// "All" and one chip per item (id, words), wrapping onto new lines; edits `on` (empty: all).
void set_chips(const std::string& prefix, const std::string& all,
               const std::vector<std::pair<std::string, std::string>>& items,
               std::set<std::string>& on) {
  if (chip(prefix + "-all", all, on.empty())) on.clear();
  for (const auto& [id, label] : items) {
    // Wrap chips onto the next line when the row is full.
    float w = ImGui::CalcTextSize(("✓ " + label).c_str()).x + 2 * ImGui::GetStyle().FramePadding.x;
    flow(w);
    bool was_on = on.count(id) != 0;
    if (chip(prefix + "-" + id, label, was_on)) {
      if (was_on)
        on.erase(id);
      else
        on.insert(id);
    }
  }
}
}  // namespace

void topic_chips(const Session& session, std::set<std::string>& topics) {
  std::vector<std::pair<std::string, std::string>> items;
  for (const auto& t : rumour_topics()) items.emplace_back(t, session.tr("topic." + t));
  set_chips("topic", session.tr("setup.all"), items, topics);
}

bool pack_chips(const Session& session, std::set<std::string>& packs) {
  std::vector<std::pair<std::string, std::string>> items;
  for (const Pack& p : session.library().packs())
    if (std::count(p.info.languages.begin(), p.info.languages.end(), session.language()))
      items.emplace_back(p.info.id, p.info.title.in(session.language()));
  if (items.size() < 2) return false;  // one pack: nothing to choose
  ImGui::TextUnformatted(session.tr("setup.packs").c_str());
  set_chips("pack", session.tr("setup.all_packs"), items, packs);
  return true;
}

int stepper(const std::string& id, const std::string& what, int value, int min, int max) {
  // The signs are drawn; the screen reader hears "Fewer: rumours" / "More: rumours".
  ImGui::SameLine();
  if (ImGui::Button(("−##" + id + "-fewer").c_str(), touch_size(2, 1.9f)) && value > min) --value;
  mark(id + "-fewer", "− " + what);
  ImGui::SameLine();
  ImGui::Text("%d", value);
  mark(id + "-value", std::to_string(value));
  ImGui::SameLine();
  if (ImGui::Button(("+##" + id + "-more").c_str(), touch_size(2, 1.9f)) && value < max) ++value;
  mark(id + "-more", "+ " + what);
  return value;
}

void mode_buttons(const Session& session, Mode& mode, std::initializer_list<Mode> modes) {
  ImGui::TextUnformatted(session.tr("setup.mode").c_str());
  for (Mode m : modes) {
    std::string name = to_string(m);
    if (wrapped_button("mode-" + name,
                       session.tr("mode." + name) + " — " + session.tr("mode." + name + "_hint"),
                       -1, mode == m))
      mode = m;
  }
}

void team_badge(int team) {
  float side = ImGui::GetFrameHeight();
  ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::Dummy({side, side});
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(at, {at.x + side, at.y + side}, ImGui::GetColorU32(team_colour(team)),
                    em(0.25f));
  dl->AddRect(at, {at.x + side, at.y + side}, ImGui::GetColorU32(colour::ink), em(0.25f), 0,
              em(0.06f));
  char letter[2] = {team_letter(team), 0};
  ImVec2 size = ImGui::CalcTextSize(letter);
  // Dark ink on every team colour (they are all light enough for it, see theme.cpp).
  dl->AddText({at.x + (side - size.x) / 2, at.y + (side - size.y) / 2},
              ImGui::GetColorU32(team_ink), letter);
}

void labelled_bar(const std::string& label, float fraction, const std::string& value) {
  // The value is written beside the label, in full contrast, not inside the bar.
  ImGui::TextUnformatted(label.c_str());
  ImGui::SameLine();
  ImGui::TextColored(colour::muted, "%s", value.c_str());
  ImGui::PushStyleColor(ImGuiCol_PlotHistogram, colour::accent);
  ImGui::ProgressBar(std::clamp(fraction, 0.0f, 1.0f), {column_width(), em(0.7f)}, "");
  ImGui::PopStyleColor();
}

void begin_page(const char* id, float max_width_em) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  drag_scroll_page(id);
  if (scroll_to_top) {
    stop_page_motion();
    ImGui::SetNextWindowScroll({0, 0});
  }
  scroll_to_top = false;
  ImGui::Begin(id, nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
  float avail = ImGui::GetContentRegionAvail().x;
  float column = std::min(avail, em(max_width_em));
  float indent = std::floor((avail - column) / 2);
  if (indent > 0) ImGui::Indent(indent);
  ImGui::PushItemWidth(column);
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + column);
  page_column = column;
  page_left = ImGui::GetCursorPosX();
}

void end_page() {
  page_column = 1e9f;
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
  ImGui::PopItemWidth();
  ImGui::End();
}

void begin_card(const char* id, const ImVec4& background, float width) {
  ImGui::PushStyleColor(ImGuiCol_ChildBg, background);
  ImGui::BeginChild(
      id, {width > 0 ? width : column_width(), 0},
      ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding,
      // The card grows with its text; the wheel and touch drags scroll the page. Its buttons
      // take their turn in the page's Tab order (not one stop to enter with Enter).
      ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoScrollbar |
          ImGuiWindowFlags_NavFlattened);
}

void end_card() {
  ImGui::EndChild();
  ImGui::PopStyleColor();
}

}  // namespace ar::ui
