// The baseline for ./bench.sh: the smallest SDL2 + Dear ImGui "hello" page, written the way a naive
// app would be (the whole DejaVu Sans TTF preloaded, a redraw on every animation frame), built with
// the same SDL2 web build, Dear ImGui sources and Emscripten as the game. Not part of the game.
#include <emscripten.h>
#include <emscripten/html5.h>

#include <SDL.h>
#include <SDL_opengl.h>

#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl2.h"

namespace {

SDL_Window* window = nullptr;
bool first_frame = true;

void frame() {
  SDL_Event event;
  while (SDL_PollEvent(&event)) ImGui_ImplSDL2_ProcessEvent(&event);

  // Follow the page: the canvas fills the window, in device pixels.
  double w = 0, h = 0;
  emscripten_get_element_css_size("#canvas", &w, &h);
  double ratio = emscripten_get_device_pixel_ratio();
  int pw = static_cast<int>(w * ratio), ph = static_cast<int>(h * ratio);
  int cw = 0, ch = 0;
  SDL_GetWindowSize(window, &cw, &ch);
  if (pw > 0 && ph > 0 && (pw != cw || ph != ch)) SDL_SetWindowSize(window, pw, ph);

  const double start = emscripten_get_now();
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  ImGuiIO& io = ImGui::GetIO();
  if (io.DeltaTime <= 0.0f)
    io.DeltaTime = 1.0f / 1000.0f;  // equal timestamps under headless Chromium
  ImGui::NewFrame();
  ImGui::SetNextWindowPos(ImVec2(40, 40), ImGuiCond_FirstUseEver);
  ImGui::Begin("Hello");
  ImGui::Text("Hello, world! ¡Hola! Kaixo!");
  static int clicks = 0;
  if (ImGui::Button("Click me")) ++clicks;
  ImGui::Text("Clicked %d times", clicks);
  ImGui::End();
  ImGui::Render();

  // The same "first frame" signal as the game (web/page_bridge.js js_game_ready): called in the
  // frame that draws first, before its draw calls; ./bench.sh times the end of that task.
  if (first_frame) {
    first_frame = false;
    EM_ASM(if (Module.onGameReady) Module.onGameReady(););
  }
  glViewport(0, 0, static_cast<int>(io.DisplaySize.x), static_cast<int>(io.DisplaySize.y));
  glClearColor(0.95f, 0.95f, 0.95f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  // Frame cost, timed over the same span as the game's (from the ImGui frame to its draw calls):
  // the last 1,000 frames in Module.benchFrameMs, which ./bench.sh reads.
  EM_ASM(
      {
        const a = (Module.benchFrameMs = Module.benchFrameMs || []);
        a.push($0);
        if (a.length > 1000) a.shift();
      },
      emscripten_get_now() - start);
  SDL_GL_SwapWindow(window);
}

}  // namespace

int main(int, char**) {
  // The same mark as the game's main (run_web.cpp, js_mark_phase "main"): ./bench.sh puts the two
  // pages' "to main" side by side, the time their code starts running.
  EM_ASM(performance.mark('ar:main'););
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) return 1;
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  window = SDL_CreateWindow("Baseline", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1280, 800,
                            SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE);
  SDL_GLContext gl = SDL_GL_CreateContext(window);
  if (!window || !gl) return 1;

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.Fonts->AddFontFromFileTTF("/fonts/DejaVuSans.ttf", 18.0f);  // the whole TTF, default ranges
  ImGui_ImplSDL2_InitForOpenGL(window, gl);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  emscripten_set_main_loop(frame, 0, true);
  return 0;
}
