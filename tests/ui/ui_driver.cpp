#include "ui_driver.h"

#include "drag_scroll.h"
#include "fonts.h"
#include "frame_setup.h"
#include "game_text.h"
#include "platform.h"

namespace ar::test {

// The shipped content, read the way the game reads it.
SessionContent shipped_content(uint64_t seed, const std::string& language) {
  SessionContent c = platform::read_content(AR_CONTENT);
  c.current_year = 2026;  // fixed, so tests do not change with the calendar
  c.seed = seed;
  c.language = language;
  return c;
}

namespace {
// The fonts bake the characters of the content the game is given, as on the platforms.
SessionContent with_its_glyphs(SessionContent content) {
  ui::set_game_text(ui::all_text(content));
  return content;
}
}  // namespace

UiDriver::UiDriver(SessionContent content, float width, float height, float pixel_ratio)
    : context_(ImGui::CreateContext()),
      session_(with_its_glyphs(std::move(content))),
      width_(width),
      height_(height),
      ratio_(pixel_ratio) {
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  ui::apply_style();
  ui::set_font_file(AR_FONT_FILE);
  // As the game does before its first frame: nothing left from the test before (its text size).
  ui::View::follow_settings(session_);
  frames(2);
}

UiDriver::~UiDriver() {
  ImGui::DestroyContext(context_);
}

void UiDriver::frame() {
  ImGuiIO& io = ImGui::GetIO();
  io.DeltaTime = 1.0f / 60.0f;
  ui::prepare_frame(width_, height_, ratio_);  // the game window's own set-up; builds the atlas
  io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(1));  // no GPU: any texture id will do
  ImGui::NewFrame();
  now_ += io.DeltaTime;
  if (auto action = view_.frame(session_, now_)) session_.apply(*action);
  ImGui::Render();
}

bool UiDriver::wants_frames() const {
  return view_.animating() || ui::wants_frames();
}

void UiDriver::click(const std::string& id) {
  // Let the layout settle (a new page may clamp its scroll on its second frame).
  for (int i = 0; i < 10; ++i) {
    const ui::ItemRect* before = ui::find_mark(id);
    ui::ItemRect was = before ? *before : ui::ItemRect{-1, -1, 0, 0, ""};
    frame();
    const ui::ItemRect* after = ui::find_mark(id);
    if (after && after->x == was.x && after->y == was.y) break;
  }
  if (!visible(id)) scroll_to(id);
  const ui::ItemRect* r = ui::find_mark(id);
  if (!r) {
    std::string seen;
    for (const auto& [k, v] : ui::all_marks()) seen += " " + k + "@" + std::to_string(int(v.y));
    throw std::runtime_error("not on screen: " + id + " (on screen:" + seen + ")");
  }
  ImVec2 at{r->center_x(), r->center_y()};
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(at.x, at.y);
  frames(2);
  io.AddMouseButtonEvent(0, true);
  frame();
  io.AddMouseButtonEvent(0, false);
  frame();  // a button reports its click on release; the action is applied in this frame
  frame();  // the next screen is drawn, so its widgets can be found
}

void UiDriver::scroll_to(const std::string& id) {
  // Down first, then back up: the widget may be above or below what is shown.
  // ImGui trickles input: a wheel queued with a move waits a frame, so move once, then wheel, and
  // let every queued event settle before the widget's place is read.
  // The wheel goes to the page from its left margin, never to a card in the middle.
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(2, height_ * ratio_ / 2);
  frame();
  for (float wheel : {-1.0f, 1.0f})
    for (int i = 0; i < 300 && !visible(id); ++i) {
      io.AddMouseWheelEvent(0, wheel);
      frame();
    }
  frames(2);
}

void UiDriver::press(ImGuiKey key) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddKeyEvent(key, true);
  frame();
  io.AddKeyEvent(key, false);
  frames(2);
}

void UiDriver::type(const std::string& text) {
  ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
  frames(2);
}

void UiDriver::resize(float width, float height) {
  width_ = width;
  height_ = height;
  frames(2);
}

}  // namespace ar::test
