#include "sdl_window.h"

#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl2.h>
#include <imgui_internal.h>  // the input queue, to scale mouse events on HiDPI desktops

#include <SDL_opengl.h>

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <vector>

#include "fonts.h"
#include "frame_setup.h"
#include "theme.h"

namespace ar::platform {

bool GameWindow::open(const std::string& title, int width, int height,
                      const std::string& font_file) {
  SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "1");  // taps arrive as clicks as well
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER | SDL_INIT_EVENTS) != 0) {
    std::fprintf(stderr, "antirumour: cannot start SDL: %s\n", SDL_GetError());
    return false;
  }
#ifdef __EMSCRIPTEN__
  const char* glsl_version = "#version 300 es";  // WebGL2
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
#else
  const char* glsl_version = "#version 130";
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
#endif
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
#ifdef __EMSCRIPTEN__
  // The page sizes the canvas (run_web.cpp follows it); SDL's own resizing would fight that.
  Uint32 flags = SDL_WINDOW_OPENGL;
#else
  // HiDPI: the drawable gets every device pixel; begin_frame() takes their ratio to the window.
  Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
#endif
  window_ = SDL_CreateWindow(title.c_str(), SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, width,
                             height, flags);
  if (!window_) {
    std::fprintf(stderr, "antirumour: cannot open a window: %s\n", SDL_GetError());
    return false;
  }
  gl_ = SDL_GL_CreateContext(window_);
  if (!gl_) {
    std::fprintf(stderr, "antirumour: no OpenGL context: %s\n", SDL_GetError());
    return false;
  }
  SDL_GL_MakeCurrent(window_, gl_);
  SDL_GL_SetSwapInterval(1);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // layout is code, not a file
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  ui::apply_style();
  if (!ui::set_font_file(font_file))
    std::fprintf(stderr, "antirumour: font %s not found, using the built-in one\n",
                 font_file.c_str());
  ImGui_ImplSDL2_InitForOpenGL(window_, gl_);
  ImGui_ImplOpenGL3_Init(glsl_version);
  return true;
}

void GameWindow::close() {
  if (gl_) {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
    SDL_GL_DeleteContext(gl_);
  }
  if (window_) SDL_DestroyWindow(window_);
  SDL_Quit();
  gl_ = nullptr;
  window_ = nullptr;
}

bool GameWindow::poll_events(bool& had_input) {
  SDL_Event e;
  bool running = true;
  player_touched_ = false;
  while (SDL_PollEvent(&e)) {
    had_input = true;
    if (e.type == SDL_MOUSEBUTTONDOWN || e.type == SDL_FINGERDOWN || e.type == SDL_KEYDOWN)
      player_touched_ = true;
    // After a finger lifts, the UI takes the pointer off the screen (drag_scroll.cpp), and SDL
    // sends no motion for a tap on the spot of the last one: give ImGui the finger's place again.
    if (e.type == SDL_MOUSEBUTTONDOWN && e.button.which == SDL_TOUCH_MOUSEID) {
      ImGui::GetIO().AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
      ImGui::GetIO().AddMousePosEvent(static_cast<float>(e.button.x),
                                      static_cast<float>(e.button.y));
    }
    ImGui_ImplSDL2_ProcessEvent(&e);
    if (e.type == SDL_QUIT) running = false;
    if (e.type == SDL_WINDOWEVENT && e.window.event == SDL_WINDOWEVENT_CLOSE &&
        e.window.windowID == SDL_GetWindowID(window_))
      running = false;
  }
  return running;
}

namespace {
// On a HiDPI desktop SDL gives mouse positions in window units, while ImGui works in drawable
// pixels (theme.h): scale the positions queued since the last call (some wait a frame in the
// queue).
void scale_new_mouse_positions(float k, ImU32& last_scaled) {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  for (ImGuiInputEvent& e : g.InputEventsQueue)
    if (e.EventId > last_scaled && e.Type == ImGuiInputEventType_MousePos && k != 1 &&
        e.MousePos.PosX != -FLT_MAX) {
      e.MousePos.PosX *= k;
      e.MousePos.PosY *= k;
    }
  last_scaled = g.InputEventsNextEventId - 1;
}
}  // namespace

void GameWindow::begin_frame(float pixel_ratio) {
  ImGui_ImplSDL2_NewFrame();
  ImGuiIO& io = ImGui::GetIO();
  // Two frames can share a timestamp (seen under Chromium's virtual time): ImGui needs dt > 0.
  io.DeltaTime = std::max(io.DeltaTime, 1.0f / 1000.0f);
  // The page gives its ratio (the canvas is in device pixels already); a desktop, its drawable.
  int w = 0, h = 0, drawable_w = 0, drawable_h = 0;
  SDL_GetWindowSize(window_, &w, &h);
  SDL_GL_GetDrawableSize(window_, &drawable_w, &drawable_h);
  float hidpi = w > 0 && drawable_w > 0 ? static_cast<float>(drawable_w) / w : 1.0f;
  scale_new_mouse_positions(hidpi, last_scaled_event_);
  bool new_atlas = ui::prepare_frame(w / pixel_ratio, h / pixel_ratio, pixel_ratio * hidpi);
  if (new_atlas && font_texture_made_) {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
  ImGui_ImplOpenGL3_NewFrame();  // the first call makes the shaders and the font texture
  font_texture_made_ = true;
  ImGui::NewFrame();
}

void GameWindow::finish_ui() {
  ImGui::Render();
}

void GameWindow::draw() {
  ImGuiIO& io = ImGui::GetIO();
  glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
             static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
  const ImVec4& bg = ui::colour::page;
  glClearColor(bg.x, bg.y, bg.z, bg.w);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

void GameWindow::resize(int width, int height) {
  SDL_SetWindowSize(window_, width, height);
}

bool GameWindow::save_screenshot(const std::string& path) {
  int w = 0, h = 0;
  SDL_GL_GetDrawableSize(window_, &w, &h);
  std::vector<unsigned char> pixels(static_cast<size_t>(w) * h * 3);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, w, h, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return false;
  std::fprintf(f, "P6\n%d %d\n255\n", w, h);
  for (int y = h - 1; y >= 0; --y)  // OpenGL rows start at the bottom
    std::fwrite(&pixels[static_cast<size_t>(y) * w * 3], 1, static_cast<size_t>(w) * 3, f);
  std::fclose(f);
  return true;
}

}  // namespace ar::platform
