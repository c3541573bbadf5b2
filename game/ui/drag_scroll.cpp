#include "drag_scroll.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <array>
#include <cfloat>
#include <cmath>

#include "css_pixels.h"

namespace ar::ui {

namespace {

// Movement below these is still a tap (fingers wobble more than mice).
constexpr float touch_slop = 10;  // CSS px
constexpr float mouse_slop = 6;   // CSS px
// Momentum: the speed decays exponentially and stops below `stop_speed`.
constexpr float decay_seconds = 0.35f;
constexpr float stop_speed = 20;         // CSS px per second
constexpr float max_speed = 6000;        // CSS px per second
constexpr float catch_speed = 150;       // a press on a page moving faster only stops it (no click)
constexpr float velocity_window = 0.1f;  // seconds of movement the release speed is taken from
constexpr float still_before_lift = 0.04f;  // a finger still this long before it lifts: no glide

struct Sample {
  double time = 0;
  float y = 0;
};

struct Gesture {
  ImGuiID page = 0;       // the page window the gesture and the momentum belong to
  int frame = -1;         // the frame it was last seen in
  bool pressed = false;   // the button went down on the page: a tap or a drag follows
  bool dragging = false;  // past the slop: the page follows the pointer
  bool editing = false;   // it began in the text field already being typed in
  float velocity = 0;     // momentum, in display px per second (positive scrolls down)
  std::array<Sample, 16> samples{};
  int sample_count = 0;  // recent pointer positions, newest at (sample_count - 1) % size
};

Gesture gesture;
bool reduced_motion = false;  // set_reduced_motion()

ImGuiID drag_id(const ImGuiWindow* page) {
  return ImHashStr("##drag-scroll", 0, page->ID);
}

void remember(double time, float y) {
  gesture.samples[gesture.sample_count % gesture.samples.size()] = {time, y};
  ++gesture.sample_count;
}

const Sample& sample(int age) {  // 0: the newest
  return gesture.samples[(gesture.sample_count - 1 - age) % gesture.samples.size()];
}

// Scroll speed of the last moments of the drag (one sample a frame): the page flies on at the
// speed of the finger, unless the finger stood still before it lifted (two frames or more, and
// longer than `still_before_lift`: at a low frame rate one frame without events is common).
float release_velocity() {
  int n = std::min<int>(gesture.sample_count, gesture.samples.size());
  int end = 0;  // the frame the finger reached the place it lifted from
  while (end + 1 < n && sample(end + 1).y == sample(0).y) ++end;
  if (end + 1 >= n) return 0;  // it never moved
  if (end >= 2 && sample(0).time - sample(end).time > still_before_lift) return 0;
  int first = end + 1;
  while (first + 1 < n && sample(end).time - sample(first + 1).time <= velocity_window) ++first;
  double dt = sample(end).time - sample(first).time;
  if (dt <= 0) return 0;
  float v = -static_cast<float>((sample(end).y - sample(first).y) / dt);
  return std::clamp(v, -css_px(max_speed), css_px(max_speed));
}

// A finger leaves no pointer behind: without this the last button tapped would stay hovered. The
// frame after the lift (the release must still click), the pointer is taken off the screen unless
// a new touch came. The platform puts it back at the next touch (SDL sends no motion for a tap on
// the spot of the last one: GameWindow::poll_events).
void lift_touch_pointer(ImGuiIO& io) {
  static bool lifted = false;
  static ImVec2 at;
  if (lifted && !io.MouseDown[0] && io.MousePos.x == at.x && io.MousePos.y == at.y)
    io.MousePos = {-FLT_MAX, -FLT_MAX};
  lifted = io.MouseReleased[0] && io.MouseSource == ImGuiMouseSource_TouchScreen;
  at = io.MousePos;
}

// Widgets that use drags themselves keep them: sliders, drags and text fields claim the arrow
// keys while active; the scrollbar is dragged to scroll anyway. A finger that lands on a text
// field not yet being typed in (one line or several) scrolls the page, as on a phone: a form of
// fields, like the workshop's team names or the editor's, could not be scrolled by touch otherwise.
// In the field being typed in, the drag selects text.
bool active_widget_drags(const ImGuiContext& g, ImGuiWindow* page) {
  if (g.ActiveId == 0) return false;
  if (g.IO.MouseSource == ImGuiMouseSource_TouchScreen && !gesture.editing &&
      g.ActiveId == g.InputTextState.ID)
    return false;
  if (g.ActiveIdWindow && g.ActiveIdWindow->RootWindow != page) return true;
  // Empty space of the page or of a card: ImGui would move the window (ours do not move).
  if (g.ActiveIdWindow && g.ActiveId == g.ActiveIdWindow->MoveId) return false;
  return g.ActiveIdUsingNavDirMask != 0 ||
         g.ActiveId == ImGui::GetWindowScrollbarID(page, ImGuiAxis_Y);
}

void start_drag(ImGuiWindow* page) {
  gesture.dragging = true;
  gesture.velocity = 0;
  // The page takes the pointer: the button under it loses it, so the release is not a click, and
  // nothing else lights up as hovered while the page moves.
  ImGui::SetActiveID(drag_id(page), page);
}

void end_drag(ImGuiContext& g, ImGuiWindow* page) {
  if (gesture.dragging && g.ActiveId == drag_id(page)) ImGui::ClearActiveID();
  gesture.pressed = gesture.dragging = false;
}

}  // namespace

void drag_scroll_page(const char* name) {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  ImGuiIO& io = g.IO;
  ImGuiWindow* page = ImGui::FindWindowByName(name);
  if (!page) return;  // its first frame: nothing to scroll yet
  // Another page, or the same one after a gap (another context): it starts still.
  if (page->ID != gesture.page || g.FrameCount != gesture.frame + 1) gesture = Gesture{page->ID};
  gesture.frame = g.FrameCount;

  lift_touch_pointer(io);

  const float scroll = page->Scroll.y;
  float next = scroll;
  if (io.MouseClicked[0]) {
    bool on_page =
        g.HoveredWindow && g.HoveredWindow->RootWindow == page && g.OpenPopupStack.Size == 0;
    bool catching = std::abs(gesture.velocity) > css_px(catch_speed);
    gesture.velocity = 0;
    gesture.sample_count = 0;
    gesture.pressed = on_page;
    gesture.dragging = false;
    // Before this frame's widgets see the press: was a field already being typed in?
    gesture.editing = g.ActiveId != 0 && g.ActiveId == g.InputTextState.ID;
    if (on_page && catching) start_drag(page);  // a tap on a moving page stops it, nothing more
  }
  if (io.MouseWheel != 0) gesture.velocity = 0;  // the wheel takes over

  if (gesture.pressed && io.MouseDown[0]) {
    if (ImGui::IsMousePosValid()) remember(g.Time, io.MousePos.y);
    if (!gesture.dragging) {
      float slop = css_px(io.MouseSource == ImGuiMouseSource_TouchScreen ? touch_slop : mouse_slop);
      if (io.MouseDragMaxDistanceSqr[0] > slop * slop) {
        if (active_widget_drags(g, page))
          gesture.pressed = false;  // the gesture is the widget's
        else
          start_drag(page);
      }
    }
    if (gesture.dragging) {
      if (g.ActiveId == drag_id(page)) {
        ImGui::KeepAliveID(drag_id(page));
        next = scroll - io.MouseDelta.y;
      } else {
        gesture.pressed = gesture.dragging = false;  // something else took the pointer
      }
    }
  } else if (gesture.pressed) {  // released
    if (gesture.dragging && !reduced_motion) gesture.velocity = release_velocity();
    end_drag(g, page);
  } else if (gesture.velocity != 0) {
    // The exact distance of an exponential decay over the frame, whatever the frame rate.
    float decay = std::exp(-io.DeltaTime / decay_seconds);
    next = scroll + gesture.velocity * decay_seconds * (1 - decay);
    gesture.velocity *= decay;
    if (std::abs(gesture.velocity) < css_px(stop_speed) || next <= 0 || next >= page->ScrollMax.y)
      gesture.velocity = 0;
  }
  if (next != scroll)
    ImGui::SetNextWindowScroll({-1.0f, std::clamp(next, 0.0f, page->ScrollMax.y)});
}

void set_reduced_motion(bool on) {
  reduced_motion = on;
  if (on) gesture.velocity = 0;
}

void stop_page_motion() {
  gesture.velocity = 0;
}

bool wants_frames() {
  return gesture.velocity != 0;
}

float page_scroll() {
  ImGuiWindow* page = gesture.page ? ImGui::FindWindowByID(gesture.page) : nullptr;
  return page ? page->Scroll.y : 0;
}

}  // namespace ar::ui
