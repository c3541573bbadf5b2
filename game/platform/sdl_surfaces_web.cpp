// The web build draws with WebGL only: it never converts or blits an SDL surface. Yet SDL's
// Emscripten video driver reaches its software blitters (about 210 KB of the 1.4 MB .wasm) through
// function tables the linker must keep: the colour-cursor hook converts the cursor's surface, and
// the dummy and offscreen drivers' framebuffers can save a BMP. cmake/game.cmake links the web
// build with --wrap for the three ways into that code, so those calls land here and fail the way
// SDL's own calls fail (NULL or -1, with SDL_GetError saying why), and the blitters are left out.
// Dear ImGui's SDL2 backend asks only for system cursors, which the browser draws from CSS names.
#include <SDL.h>

extern "C" {

SDL_Surface* __wrap_SDL_ConvertSurfaceFormat(SDL_Surface*, Uint32, Uint32) {
  SDL_SetError("the web build converts no surface (game/platform/sdl_surfaces_web.cpp)");
  return nullptr;
}

SDL_Surface* __wrap_SDL_ConvertSurface(SDL_Surface*, const SDL_PixelFormat*, Uint32) {
  SDL_SetError("the web build converts no surface (game/platform/sdl_surfaces_web.cpp)");
  return nullptr;
}

int __wrap_SDL_UpperBlit(SDL_Surface*, const SDL_Rect*, SDL_Surface*, SDL_Rect*) {
  return SDL_SetError("the web build blits no surface (game/platform/sdl_surfaces_web.cpp)");
}

}  // extern "C"
