// SDL's Emscripten audio code calls dynCall from its inline JavaScript, which the script does not
// define unless a library asks for it. The game plays sound with Web Audio (web/sound.js), not
// SDL's audio, so it is never called, but Closure Compiler (the web link's --closure 1) refuses a
// script that names a variable nobody defines. Linked with Closure only (cmake/game.cmake); a
// library rather than a link flag, as the flag's "$" does not survive CMake, Ninja and the shell.
DEFAULT_LIBRARY_FUNCS_TO_INCLUDE.push('$dynCall');
