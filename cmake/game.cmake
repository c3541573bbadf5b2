# The game: Dear ImGui, the screens, the SDL2 platform layer, the assets and content beside it.

# --- Dear ImGui, compiled from Debian's source package (libimgui-dev ships no core .cpp) ---------
add_library(imgui_core STATIC
  ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp ${IMGUI_DIR}/imgui_tables.cpp
  ${IMGUI_DIR}/imgui_widgets.cpp ${IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp)  # InputText on std::string
target_include_directories(imgui_core SYSTEM PUBLIC ${IMGUI_DIR})
target_compile_definitions(imgui_core PUBLIC IMGUI_DISABLE_DEMO_WINDOWS IMGUI_DISABLE_OBSOLETE_FUNCTIONS)

# --- the screens (ImGui, no SDL) -----------------------------------------------------------------
file(GLOB AR_UI_SOURCES CONFIGURE_DEPENDS game/ui/*.cpp)
add_library(antirumour_ui STATIC ${AR_UI_SOURCES})
target_include_directories(antirumour_ui PUBLIC game/ui)
target_link_libraries(antirumour_ui PUBLIC antirumour_core imgui_core)
target_compile_options(antirumour_ui PRIVATE ${AR_WARNINGS})
if(AR_UNITY)  # see CMakeLists.txt
  set_target_properties(antirumour_ui PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 12)
endif()

# --- SDL2 -----------------------------------------------------------------------------------------
if(AR_WEB)
  # SDL2 built for the web by scripts/install-deps.sh (emscripten's own port downloads: no network).
  find_package(SDL2 REQUIRED CONFIG NO_CMAKE_FIND_ROOT_PATH)
  set(AR_SDL2 SDL2::SDL2-static)
else()
  find_package(SDL2 REQUIRED CONFIG)
  find_package(OpenGL REQUIRED)
  set(AR_SDL2 SDL2::SDL2 OpenGL::GL ${CMAKE_DL_LIBS})
endif()

add_library(imgui_backends STATIC
  ${IMGUI_DIR}/backends/imgui_impl_sdl2.cpp ${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
target_include_directories(imgui_backends SYSTEM PUBLIC ${IMGUI_DIR}/backends)
target_link_libraries(imgui_backends PUBLIC imgui_core ${AR_SDL2})
if(AR_WEB)
  # WebGL2, not WebGL1: the OpenGL3 backend picks WebGL1 on Emscripten unless told.
  target_compile_definitions(imgui_backends PUBLIC IMGUI_IMPL_OPENGL_ES3)
endif()

# --- content files and saves: plain file I/O, shared by the game and the UI tests ----------------
# (and frame_costs.cpp: the benchmark's sums of frame times, plain arithmetic.)
add_library(antirumour_files STATIC game/platform/content_files.cpp game/platform/saves.cpp
  game/platform/session_host.cpp game/platform/frame_costs.cpp)
target_include_directories(antirumour_files PUBLIC game/platform)
target_link_libraries(antirumour_files PUBLIC antirumour_core)
target_compile_options(antirumour_files PRIVATE ${AR_WARNINGS})

# --- the executable -------------------------------------------------------------------------------
set(AR_PLATFORM_SOURCES game/platform/sdl_window.cpp game/platform/sound_player.cpp)
if(AR_WEB)
  list(APPEND AR_PLATFORM_SOURCES game/platform/run_web.cpp game/platform/page_links_web.cpp
       game/platform/screen_mirror_web.cpp game/platform/sound_web.cpp
       game/platform/sdl_surfaces_web.cpp)
else()
  list(APPEND AR_PLATFORM_SOURCES game/platform/run_native.cpp game/platform/frame_bench_native.cpp
       game/platform/sound_sdl.cpp)
endif()
add_executable(antirumour game/main.cpp ${AR_PLATFORM_SOURCES})
target_include_directories(antirumour PRIVATE game/platform)
target_link_libraries(antirumour PRIVATE antirumour_files antirumour_ui imgui_backends)
target_compile_options(antirumour PRIVATE ${AR_WARNINGS})

# Assets and content sit beside the binary, and at / in the web build's preloaded data.
set(AR_STAGE ${CMAKE_BINARY_DIR}/stage)
# The font keeps only the ranges the game's text may use: 757 KB of DejaVu Sans become about 45 KB,
# the largest saving in the download. The atlas bakes fewer still: the characters of the loaded
# text (game/ui/fonts.cpp); tests/ui/fonts_test.cpp checks that all of them are in these ranges.
set(AR_FONT_RANGES "U+0020-00FF,U+0100-017F,U+2010-2027,U+20AC,U+2190-21FF,U+2212,U+25A0-25FF,U+2600-2603,U+2713-2717")
find_program(AR_PYFTSUBSET pyftsubset)
if(AR_PYFTSUBSET)
  add_custom_command(OUTPUT ${AR_STAGE}/assets/fonts/ui.ttf
    COMMAND ${CMAKE_COMMAND} -E make_directory ${AR_STAGE}/assets/fonts
    COMMAND ${AR_PYFTSUBSET} ${AR_FONT_FILE} --unicodes=${AR_FONT_RANGES} --no-hinting
            --layout-features= --drop-tables+=FFTM --output-file=${AR_STAGE}/assets/fonts/ui.ttf
    DEPENDS ${AR_FONT_FILE}
    COMMENT "Subsetting the UI font")
else()
  message(WARNING "pyftsubset (Debian package fonttools) not found: the whole font is shipped")
  add_custom_command(OUTPUT ${AR_STAGE}/assets/fonts/ui.ttf
    COMMAND ${CMAKE_COMMAND} -E make_directory ${AR_STAGE}/assets/fonts
    COMMAND ${CMAKE_COMMAND} -E copy ${AR_FONT_FILE} ${AR_STAGE}/assets/fonts/ui.ttf
    DEPENDS ${AR_FONT_FILE})
endif()
add_custom_target(antirumour_assets ALL
  COMMAND ${CMAKE_COMMAND} -E copy_directory ${CMAKE_SOURCE_DIR}/content ${AR_STAGE}/content
  DEPENDS ${AR_STAGE}/assets/fonts/ui.ttf
  COMMENT "Staging the content")
add_dependencies(antirumour antirumour_assets)

if(AR_WEB)
  set(AR_ONE_CALLER_INLINE 200 CACHE STRING "Binaryen's size limit for inlining a function with one caller")
  # The code in two parts, split by what a load up to the title calls (scripts/split_code.mjs): the
  # page downloads about half of it before the first frame, the rest with the packs.
  option(AR_SPLIT_CODE "Web build: load the code the title does not need after the first frame" ON)
  set_target_properties(antirumour PROPERTIES SUFFIX ".html")
  set(AR_WEB_DIR ${CMAKE_BINARY_DIR}/web)
  set_target_properties(antirumour PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${AR_WEB_DIR})
  # What the page calls (web/shell.html, web/page_bridge.js); the tests' hooks only when asked for.
  set(AR_WEB_EXPORTS _main,_ar_wake,_ar_saves_loaded,_ar_text_field_at,_ar_text_type,_ar_text_key)
  string(APPEND AR_WEB_EXPORTS ,_ar_restore_save,_ar_import_button_at,_ar_import_data)
  string(APPEND AR_WEB_EXPORTS ,_ar_pack_button_at,_ar_load_pack)
  string(APPEND AR_WEB_EXPORTS ,_ar_content_progress,_ar_content_arrived,_ar_content_failed)
  if(AR_TEST_HOOKS)
    target_compile_definitions(antirumour PRIVATE AR_TEST_HOOKS)
    string(APPEND AR_WEB_EXPORTS ,_ar_test_item_rect,_ar_test_state,_ar_test_draft,_ar_test_delay_save_sync
      ,_ar_test_bench_frames,_ar_test_frame_costs)
  endif()
  target_link_options(antirumour PRIVATE
    -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2 -sALLOW_MEMORY_GROWTH=1
    # Emscripten turns on every WebGL extension the browser has when the context is made: some
    # 35 ms of the first frame's wait in headless Chromium. Dear ImGui's WebGL2 (GLES 3) path uses
    # none of them.
    -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0
    # Binaryen inlines every function that has one caller, whatever its size: the main loop's
    # frame() had become 73 KB of code (the actions, the effects, the session's start...), which
    # the browser compiles whole when it is first called, 10 ms of the first frame in headless
    # Chromium. Larger functions stay functions, compiled when first used.
    -sBINARYEN_EXTRA_PASSES=--one-caller-inline-max-function-size=${AR_ONE_CALLER_INLINE}
    # SDL's software blitters, which the game never uses, reached only through these three
    # (game/platform/sdl_surfaces_web.cpp): about 210 KB less .wasm.
    -Wl,--wrap=SDL_ConvertSurfaceFormat,--wrap=SDL_ConvertSurface,--wrap=SDL_UpperBlit
    -sEXPORTED_FUNCTIONS=${AR_WEB_EXPORTS}
    -sEXPORTED_RUNTIME_METHODS=ccall
    -sMINIFY_HTML=0 -lidbfs.js
    $<$<BOOL:${AR_SPLIT_CODE}>:-sSPLIT_MODULE --profiling-funcs>
    "SHELL:--js-library ${CMAKE_SOURCE_DIR}/web/page_bridge.js"
    "SHELL:--js-library ${CMAKE_SOURCE_DIR}/web/page_links.js"
    "SHELL:--js-library ${CMAKE_SOURCE_DIR}/web/saves.js"
    "SHELL:--js-library ${CMAKE_SOURCE_DIR}/web/idle_wake.js"
    "SHELL:--js-library ${CMAKE_SOURCE_DIR}/web/device_files.js"
    "SHELL:--js-library ${CMAKE_SOURCE_DIR}/web/screen_mirror.js"
    "SHELL:--js-library ${CMAKE_SOURCE_DIR}/web/sound.js"
    "SHELL:--js-library ${CMAKE_SOURCE_DIR}/web/content_fetch.js"
    "SHELL:--js-library ${CMAKE_SOURCE_DIR}/web/gl_state.js"
    --shell-file ${CMAKE_SOURCE_DIR}/web/shell.html
    "SHELL:--preload-file ${AR_STAGE}/assets@/assets"
    # Only what the title screen needs: the packs and practices follow in antirumour.content.
    "SHELL:--preload-file ${AR_STAGE}/content/ui-strings.json@/content/ui-strings.json")
  # Closure Compiler shortens the emscripten script, its JS libraries and the code around the
  # WebAssembly (scripts/install-deps.sh installs it; build-wasm.sh passes its path). The names the
  # page, the tests and the bench share with the script stay as they are: web/page.externs.js.
  # A debug build keeps the script readable.
  set(AR_CLOSURE_COMPILER "" CACHE FILEPATH "Closure Compiler for the web link (empty: none)")
  if(AR_CLOSURE_COMPILER AND NOT CMAKE_BUILD_TYPE STREQUAL "Debug")
    target_link_options(antirumour PRIVATE --closure=1
      "SHELL:--closure-args=--externs=${CMAKE_SOURCE_DIR}/web/page.externs.js"
      "SHELL:--js-library ${CMAKE_SOURCE_DIR}/web/sdl_audio_dyncall.js")
    # emcc finds the compiler by this variable at link time.
    set_property(TARGET antirumour PROPERTY RULE_LAUNCH_LINK
      "${CMAKE_COMMAND} -E env EM_CLOSURE_COMPILER=${AR_CLOSURE_COMPILER}")
    set_property(TARGET antirumour APPEND PROPERTY LINK_DEPENDS ${CMAKE_SOURCE_DIR}/web/page.externs.js
      ${CMAKE_SOURCE_DIR}/web/sdl_audio_dyncall.js)
  endif()
  set_property(TARGET antirumour APPEND PROPERTY LINK_DEPENDS ${CMAKE_SOURCE_DIR}/web/shell.html
    ${CMAKE_SOURCE_DIR}/web/page_bridge.js ${CMAKE_SOURCE_DIR}/web/saves.js
    ${CMAKE_SOURCE_DIR}/web/device_files.js ${CMAKE_SOURCE_DIR}/web/page_links.js
    ${CMAKE_SOURCE_DIR}/web/screen_mirror.js ${CMAKE_SOURCE_DIR}/web/sound.js
    ${CMAKE_SOURCE_DIR}/web/content_fetch.js ${CMAKE_SOURCE_DIR}/web/idle_wake.js
    ${CMAKE_SOURCE_DIR}/web/gl_state.js
    # The preloaded files are packed into antirumour.data at link time: an edited string or font
    # must link again, or the page keeps the old text.
    ${CMAKE_SOURCE_DIR}/content/ui-strings.json ${AR_STAGE}/assets/fonts/ui.ttf)
  # index.html (its Content-Security-Policy completed with the inline code's hashes), boot.js, the
  # manifest, the icon, and the service worker with the build's file list and content hash.
  find_program(AR_PYTHON3 python3 REQUIRED)
  set(AR_WEB_SOURCES ${CMAKE_SOURCE_DIR}/web/boot.js ${CMAKE_SOURCE_DIR}/web/service-worker.js
    ${CMAKE_SOURCE_DIR}/web/manifest.webmanifest ${CMAKE_SOURCE_DIR}/assets/icon.svg
    ${CMAKE_SOURCE_DIR}/scripts/web_finish.py)
  # The packs and practices in one file, fetched once the title screen is drawn.
  file(GLOB AR_PACK_FILES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/content/packs/*.json)
  add_custom_command(OUTPUT ${AR_WEB_DIR}/antirumour.content
    COMMAND ${AR_PYTHON3} ${CMAKE_SOURCE_DIR}/scripts/content_bundle.py ${CMAKE_SOURCE_DIR}/content
            ${AR_WEB_DIR}/antirumour.content
    DEPENDS ${AR_PACK_FILES} ${CMAKE_SOURCE_DIR}/content/practices.json
            ${CMAKE_SOURCE_DIR}/scripts/content_bundle.py
    COMMENT "Bundling the packs and practices (antirumour.content)")
  set(AR_WEB_CODE)
  if(AR_SPLIT_CODE)
    find_program(AR_NODE node REQUIRED)
    add_custom_command(OUTPUT ${AR_WEB_DIR}/antirumour.deferred.wasm
      COMMAND ${AR_NODE} ${CMAKE_SOURCE_DIR}/scripts/split_code.mjs ${AR_WEB_DIR}
      DEPENDS antirumour ${CMAKE_SOURCE_DIR}/scripts/split_code.mjs ${CMAKE_SOURCE_DIR}/web/boot.js
      COMMENT "Splitting the code: what the title needs, and the rest (scripts/split_code.mjs)")
    set(AR_WEB_CODE ${AR_WEB_DIR}/antirumour.deferred.wasm)
  endif()
  add_custom_command(OUTPUT ${AR_WEB_DIR}/index.html ${AR_WEB_DIR}/service-worker.js
    COMMAND ${AR_PYTHON3} ${CMAKE_SOURCE_DIR}/scripts/web_finish.py ${AR_WEB_DIR}
            ${CMAKE_SOURCE_DIR}/web ${CMAKE_SOURCE_DIR}/assets/icon.svg
            ${CMAKE_SOURCE_DIR}/content/ui-strings.json
    DEPENDS antirumour ${AR_WEB_SOURCES} ${AR_WEB_DIR}/antirumour.content ${AR_WEB_CODE}
            ${CMAKE_SOURCE_DIR}/content/ui-strings.json ${CMAKE_SOURCE_DIR}/game/platform/run_web.cpp
    COMMENT "Finishing the web build (policy hashes, offline worker)")
  add_custom_target(antirumour_web ALL DEPENDS ${AR_WEB_DIR}/index.html ${AR_WEB_DIR}/service-worker.js)
else()
  add_custom_command(TARGET antirumour POST_BUILD
    COMMAND ${CMAKE_COMMAND} -E copy_directory ${AR_STAGE} $<TARGET_FILE_DIR:antirumour>)
endif()
