#pragma once
// Drag scrolling of the page, by finger or mouse, with momentum, like a native page: a drag
// anywhere on the page scrolls it, except on widgets that use drags themselves (sliders, text
// selection in a field); a short tap is still a tap, and a drag never clicks the button it
// started on.
namespace ar::ui {

// Called by begin_page() just before it begins the page window named `page`: reads this frame's
// input and sets the page's scroll for this frame.
void drag_scroll_page(const char* page);
// Stops the page where it is (a new page starts still).
void stop_page_motion();
// The page is still moving on its own after a fling: the platform must keep drawing frames
// (and may sleep again once this is false).
bool wants_frames();
// Reduced motion (the player's or the device's setting): a page stops where the finger lifts,
// with no glide.
void set_reduced_motion(bool on);
// How far the current page is scrolled, in display pixels (for tests).
float page_scroll();

}  // namespace ar::ui
