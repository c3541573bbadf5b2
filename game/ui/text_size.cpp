#include "text_size.h"

#include "progress.h"

#include <algorithm>
#include <cmath>

namespace ar::ui {

namespace {
constexpr float step_scale[text_step_count] = {0.85f, 1.0f, 1.2f, 1.4f};
constexpr float smallest_screen_text = 16, largest_screen_text = 34;
int current_step = default_text_step;

int even_px(float px) {
  return 2 * static_cast<int>(std::lround(px / 2));
}
}  // namespace

void set_text_step(int step) {
  current_step = std::clamp(step, 0, text_step_count - 1);
}

int text_step() {
  return current_step;
}

int text_size_for(float css_width, float css_height) {
  float screen = std::clamp(std::min(css_width, css_height) / 30.0f, smallest_screen_text,
                            largest_screen_text);
  return even_px(screen * step_scale[current_step]);
}

int largest_text_size() {
  return even_px(largest_screen_text * step_scale[text_step_count - 1]);
}

}  // namespace ar::ui

// The steps the session keeps are the steps the fonts know.
static_assert(ar::ui::text_step_count == ar::Progress::text_steps);
static_assert(ar::ui::default_text_step == ar::Progress::default_text_step);
