// The browser main loop: requestAnimationFrame drives frames, the canvas follows the window and the
// device pixel ratio, progress is kept in IndexedDB (IDBFS), and a few exported functions let the
// end-to-end tests read the game's state and find widgets.
#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>

#include <imgui.h>

#include <nlohmann/json.hpp>

#include "content_bundle.h"
#include "css_pixels.h"
#include "device_data.h"
#include "drag_scroll.h"
#include "fonts.h"
#include "frame_costs.h"
#include "game_text.h"
#include "page_links.h"
#include "platform.h"
#include "screen_mirror_web.h"
#include "screens.h"
#include "sdl_window.h"
#include "session_host.h"
#include "sound.h"
#include "test_marks.h"
#include "view.h"

// The page's JavaScript lives in web/page_bridge.js, web/saves.js and web/device_files.js (linked
// with --js-library).
extern "C" {
void js_mount_saves(const char* dir);
void js_save_written(const char* name, const char* text, int delay_ms);
void js_device_files_setup(int max_bytes, int max_pack_bytes);
void js_choose_import_file();
void js_choose_pack_file();
void js_fetch_pack(const char* path);
void js_fetch_content(const char* path);
void js_download_file(const char* name, const char* text, const char* type);
void js_release_text_proxy();
void js_game_ready();
// The steps before the title, each marked once (web/page_bridge.js) for ./bench.sh, which times
// the first frame phase by phase: "main" (the code runs), "window" (the WebGL context and the
// fonts), "saves" (IndexedDB answered), "session" (strings, saves and settings read), "title" (the
// first frame drawn).
void js_mark_phase(const char* name);
void js_game_error(const char* message_key);  // a "page." string of content/ui-strings.json
void js_watch_for_wake();
void js_keep_gl_state();
int js_device_preferences();
}

namespace ar::platform {

namespace {

constexpr const char* save_dir = "/save";

struct WebGame {
  RunOptions options;
  GameWindow window;
  std::unique_ptr<Session> session;
  ui::View view;
  bool saves_ready = false;
  bool window_open = false;
  int quiet_frames = 0;
  long frames = 0;
  float pixel_ratio = 1;
  int css_width = 0, css_height = 0;
  bool typing_from_page = false;  // text or keys arrived through the page's text proxy
  bool wanted_text = false;
  std::vector<Problem> start_problems;  // unsynced saves that could not be read
  int save_sync_delay_ms = 0;           // tests only: how long a save waits to reach IndexedDB
  TalkClock talk_clock;                 // the workshop's talk timer
  GameSound sound;                      // Web Audio (web/sound.js), from the first touch
  // ./bench.sh only (test hooks): draw this many more frames, timing each under bench_name.
  int bench_frames_left = 0;
  std::string bench_name;
  FrameCosts bench_costs;
  FrameCosts bench_screen, bench_webgl;  // the same frames in two parts (see frame())
  // Nothing has moved for a few frames: the main loop is paused, so the browser's animation
  // frames stop calling frame() at all (no main-thread work while nobody touches the page).
  // Input, a resize, a link or a call from the page wakes it (wake(), web/idle_wake.js).
  bool asleep = false;
};

WebGame* game = nullptr;

// Back to drawing after the loop was paused (WebGame::asleep); the next frame polls the input.
void wake() {
  if (!game || !game->asleep) return;
  game->asleep = false;
  emscripten_resume_main_loop();
}

// What the browser says the player prefers (bits from js_device_preferences).
DevicePreferences device_preferences() {
  int bits = js_device_preferences();
  return {.high_contrast = (bits & 1) != 0, .reduced_motion = (bits & 2) != 0};
}

void start_session() {
  game->session = platform::start_session(
      {game->options.content_dir, save_dir, game->options.language,
       game->options.seed ? game->options.seed
                          : static_cast<uint64_t>(emscripten_get_now() * 1000.0),
       [](const SessionContent& c) { ui::set_game_text(ui::all_text(c)); }, device_preferences(),
       std::move(game->start_problems), /*content_follows=*/true});
  ui::View::follow_settings(*game->session);  // the saved text size from the first frame on
  ui::title_fonts_first(*game->session);      // the other fonts are baked with the content
  // The title is drawn this frame; the packs and practices are fetched after it (the session's
  // fetch_content effect), and ?pack= and #place wait for them.
  js_mark_phase("session");
  js_game_ready();
}

void frame();

// The title drawn as soon as the window and the saves are both in, whichever comes last, not at
// the next animation frame, which can come tens of milliseconds after the long task that made the
// window.
void draw_title_when_ready() {
  if (game->window_open && game->saves_ready && !game->session) frame();
}

// The canvas's CSS size and the device pixel ratio, noted in `game`; true when they changed.
bool measure_canvas() {
  double w = 0, h = 0;
  emscripten_get_element_css_size("#canvas", &w, &h);
  float ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
  if (static_cast<int>(w) == game->css_width && static_cast<int>(h) == game->css_height &&
      ratio == game->pixel_ratio)
    return false;
  game->css_width = static_cast<int>(w);
  game->css_height = static_cast<int>(h);
  game->pixel_ratio = ratio;
  return true;
}

int canvas_pixels(int css) {
  return std::max(1, static_cast<int>(static_cast<float>(css) * game->pixel_ratio));
}

// Keeps the canvas's pixel size equal to its CSS size times the device pixel ratio.
bool fit_canvas() {
  if (!measure_canvas()) return false;
  game->window.resize(canvas_pixels(game->css_width), canvas_pixels(game->css_height));
  return true;
}

EffectHandlers web_effects() {
  EffectHandlers h;
  h.open_link = [](const std::string& url) { SDL_OpenURL(url.c_str()); };
  h.after_save = [](std::string_view name, const std::string& text) {
    js_save_written(std::string(name).c_str(), text.c_str(), game->save_sync_delay_ms);
  };
  h.export_data = [](const std::string& file_name, const std::string& text) {
    js_download_file(file_name.c_str(), text.c_str(), "application/json");
    return session_action::DataExported{file_name, ""};
  };
  h.export_results = [](const std::string& file_name, const std::string& text, const char* type) {
    js_download_file(file_name.c_str(), text.c_str(), type);
    return session_action::ResultsExported{file_name, ""};
  };
  h.choose_import_file = js_choose_import_file;
  h.choose_pack_file = js_choose_pack_file;
  h.fetch_content = [] { js_fetch_content(content_bundle_file); };
  return h;
}

void frame() {
  bool had_input = game->typing_from_page;
  game->typing_from_page = false;
  game->window.poll_events(had_input);
  // Sound may start only now that the player touched the page (the browser's autoplay rule).
  game->sound.notice_input(game->window.player_touched(),
                           game->session && game->session->sound_on());
  if (fit_canvas()) had_input = true;
  if (!game->saves_ready) return;
  if (!game->session) start_session(), had_input = true;
  // A link, Back or Forward; a deep link at the start waits for the packs and practices.
  if (game->session->content_ready() && page_links::follow_address(*game->session))
    had_input = true;
  if (game->bench_frames_left > 0) had_input = true;
  // Nothing changed for a few frames: the picture on the canvas is still right, skip the redraw.
  // A page still gliding after a fling needs its frames too.
  bool ticking = game->talk_clock.advance(*game->session);
  // So does a picture moving for a moment after an answer (View::animating).
  game->quiet_frames = had_input || ticking || ui::wants_frames() || game->view.animating()
                           ? 0
                           : game->quiet_frames + 1;
  if (game->quiet_frames > 8) {
    game->asleep = true;
    emscripten_pause_main_loop();
    js_watch_for_wake();
    return;
  }
  const double start = emscripten_get_now();
  game->window.begin_frame(game->pixel_ratio);
  auto action = game->view.frame(*game->session, emscripten_get_now() / 1000.0);
  game->window.finish_ui();
  const double drawing = emscripten_get_now();
  game->window.draw();
  const double drawn = emscripten_get_now();
  // The page's text for screen readers, when it changed: what this frame drew, not yet the action.
  mirror_screen(*game->session);
  if (auto cue = apply_action(*game->session, action)) game->sound.play(*cue);
  if (game->bench_frames_left > 0) {
    // The whole frame, and in two parts: the draw lists handed to WebGL, and all the rest (the
    // ImGui frame, the screen's code, the mirror, the action).
    const double whole = emscripten_get_now() - start, webgl = drawn - drawing;
    game->bench_costs.add(game->bench_name, whole);
    game->bench_webgl.add(game->bench_name, webgl);
    game->bench_screen.add(game->bench_name, whole - webgl);
    --game->bench_frames_left;
  }
  page_links::record_screen(*game->session);
  if (++game->frames == 1) js_mark_phase("title");
  // The text field lost the focus in the game: the on-screen keyboard goes away too.
  bool wants_text = ImGui::GetIO().WantTextInput;
  if (game->wanted_text && !wants_text) js_release_text_proxy();
  game->wanted_text = wants_text;
  if (carry_out_effects(*game->session, save_dir, web_effects())) game->quiet_frames = 0;
}

}  // namespace

int run_game(const RunOptions& options) {
  js_mark_phase("main");
  game = new WebGame();
  game->options = options;
  page_links::read_address(game->options);  // ?lang=…&seed=… and #place
  // Saves live in IndexedDB: load them before the game starts, save after each round. Asked for
  // first, so IndexedDB reads them while the window, its WebGL context and the fonts are made.
  js_mount_saves(save_dir);
  js_keep_gl_state();  // web/gl_state.js: before the context is made
  // Made at the page's size: a canvas resized once its WebGL context exists reallocates the
  // context's buffers (some 25 ms in headless Chromium) before the first frame.
  measure_canvas();
  if (!game->window.open("Anti-Rumour", canvas_pixels(game->css_width),
                         canvas_pixels(game->css_height), game->options.font_file)) {
    js_game_error("page.no_webgl2");  // said in three languages (content/ui-strings.json)
    return 1;
  }
  js_device_files_setup(static_cast<int>(ar::device_data_max_bytes),
                        static_cast<int>(ar::PackStore::max_pack_bytes));
  game->window_open = true;
  js_mark_phase("window");
  draw_title_when_ready();  // saves already in: a first visit has nothing to read
  emscripten_set_main_loop(frame, 0, true);
  return 0;
}

}  // namespace ar::platform

// --- the page bridge
// --------------------------------------------------------------------------------
extern "C" {

// Called by web/idle_wake.js on input, a resize or a new address while the loop is paused.
EMSCRIPTEN_KEEPALIVE void ar_wake() {
  ar::platform::wake();
}

EMSCRIPTEN_KEEPALIVE void ar_saves_loaded() {
  auto* g = ar::platform::game;
  if (!g) return;
  g->saves_ready = true;
  js_mark_phase("saves");
  ar::platform::draw_title_when_ready();  // web/saves.js may have waited for IndexedDB
}

// The packs and practices (web/content_fetch.js): how far the fetch got, the file, or why not.
EMSCRIPTEN_KEEPALIVE void ar_content_progress(int percent) {
  ar::platform::wake();
  auto* g = ar::platform::game;
  if (!g || !g->session || g->session->content_ready()) return;
  if (g->session->apply(ar::session_action::ContentLoading{percent, ""}))
    g->typing_from_page = true;  // draw the new percentage
}

EMSCRIPTEN_KEEPALIVE void ar_content_arrived(const char* data, int size) {
  ar::platform::wake();
  auto* g = ar::platform::game;
  if (!g || !g->session || g->session->content_ready()) return;
  ar::platform::hand_in_content(*g->session, std::string_view(data, static_cast<size_t>(size)),
                                ar::platform::save_dir, ar::ui::add_game_text);
  ar::platform::page_links::load_linked_pack(*g->session, js_fetch_pack);  // ?pack=
  g->typing_from_page = true;
}

EMSCRIPTEN_KEEPALIVE void ar_content_failed(const char* why) {
  ar::platform::wake();
  auto* g = ar::platform::game;
  if (!g || !g->session || g->session->content_ready()) return;
  g->session->apply(ar::session_action::ContentLoading{g->session->content_percent(), why});
  g->typing_from_page = true;
}

// A save the page kept (in localStorage) because it may not have reached IndexedDB before the
// page went away: 1 written over the file, 2 kept aside as unreadable, 0 failed (keep the copy).
EMSCRIPTEN_KEEPALIVE int ar_restore_save(const char* name, const char* text) {
  auto* g = ar::platform::game;
  if (!g || g->session) return 0;  // only before the game starts from its saves
  switch (ar::platform::restore_save(ar::platform::save_dir, name, text, g->start_problems)) {
    case ar::platform::Restored::Written: return 1;
    case ar::platform::Restored::KeptAside: return 2;
    case ar::platform::Restored::Failed: return 0;
  }
  return 0;
}

// Whether a tap at (x, y), in canvas pixels, lands on "Load from a file": the page then opens its
// file picker during the tap, the only moment every browser allows it. A query made during a
// pointer event, which has already woken the loop (web/idle_wake.js): it needs no wake() of its
// own.
EMSCRIPTEN_KEEPALIVE int ar_import_button_at(float x, float y) {
  return ar::ui::mark_contains("data-import", x, y) ? 1 : 0;
}

// The file the player picked: its first `size` bytes (the page reads no more than the limit);
// `full_size` is its real size. `data` null: the browser could not read it.
EMSCRIPTEN_KEEPALIVE void ar_import_data(const char* name, const char* data, int size,
                                         double full_size) {
  ar::platform::wake();
  auto* g = ar::platform::game;
  if (!g || !g->session) return;
  ar::session_action::ImportData in{name ? name : "", {}, {}};
  if (!data)
    in.read_error = "cannot read this file";
  else if (full_size > static_cast<double>(ar::device_data_max_bytes))
    in.read_error = ar::too_large_for_device_data(static_cast<size_t>(full_size));
  else
    in.text.assign(data, static_cast<size_t>(size));
  g->session->apply(in);
  g->typing_from_page = true;  // draw the message
}

// Whether a tap lands on "Load a pack" (as ar_import_button_at).
EMSCRIPTEN_KEEPALIVE int ar_pack_button_at(float x, float y) {
  return ar::ui::mark_contains("own-pack-load", x, y) ? 1 : 0;
}

// A pack's file, picked, dropped on the page or fetched for ?pack= (as ar_import_data); `day` is
// the file's own date, YYYY-MM-DD (a spreadsheet's last check).
EMSCRIPTEN_KEEPALIVE void ar_load_pack(const char* name, const char* data, int size,
                                       double full_size, const char* day) {
  ar::platform::wake();
  auto* g = ar::platform::game;
  if (!g || !g->session) return;
  ar::session_action::LoadPack in{name ? name : "", {}, {}, day ? day : ""};
  if (!data)
    in.read_error = "cannot read this file";
  else if (full_size > static_cast<double>(ar::PackStore::max_pack_bytes))
    in.read_error = "the file is too large (" + std::to_string(static_cast<size_t>(full_size)) +
                    " bytes; the limit is " + std::to_string(ar::PackStore::max_pack_bytes) +
                    " bytes)";
  else
    in.text.assign(data, static_cast<size_t>(size));
  g->session->apply(in);
  g->typing_from_page = true;  // draw the message
}

// Whether a tap at (x, y), in canvas pixels, lands on a text field: the page then focuses its text
// proxy during the tap, which is when phones agree to show their keyboard.
EMSCRIPTEN_KEEPALIVE int ar_text_field_at(float x, float y) {
  return ar::ui::text_field_at(x, y) ? 1 : 0;
}

// Typing from the page's text proxy (on-screen keyboards, and any keyboard while it has the focus).
EMSCRIPTEN_KEEPALIVE void ar_text_type(const char* utf8) {
  ar::platform::wake();
  if (!ar::platform::game || !ar::platform::game->session) return;
  ImGui::GetIO().AddInputCharactersUTF8(utf8);
  ar::platform::game->typing_from_page = true;
}

EMSCRIPTEN_KEEPALIVE void ar_text_key(const char* name) {
  ar::platform::wake();
  if (!ar::platform::game || !ar::platform::game->session) return;
  std::string key = name;
  ImGuiKey k = key == "backspace" ? ImGuiKey_Backspace
               : key == "enter"   ? ImGuiKey_Enter
               : key == "escape"  ? ImGuiKey_Escape
               : key == "tab"     ? ImGuiKey_Tab
                                  : ImGuiKey_None;
  if (k == ImGuiKey_None) return;
  ImGuiIO& io = ImGui::GetIO();
  io.AddKeyEvent(k, true);
  io.AddKeyEvent(k, false);  // the input queue hands these to ImGui one frame apart
  ar::platform::game->typing_from_page = true;
}

#ifdef AR_TEST_HOOKS
// --- for the end-to-end tests only (cmake -DAR_TEST_HOOKS=ON; never in what players get)

// Holds each save back from IndexedDB for `ms`, so a test can reload inside that window.
EMSCRIPTEN_KEEPALIVE void ar_test_delay_save_sync(int ms) {
  if (ar::platform::game) ar::platform::game->save_sync_delay_ms = ms;
}

// ./bench.sh: draws `frames` frames from now on, whether anything changed or not, and times each
// under `name`: the main thread's time from the ImGui frame to its draw calls and the action.
EMSCRIPTEN_KEEPALIVE void ar_test_bench_frames(const char* name, int frames) {
  ar::platform::wake();
  if (!ar::platform::game) return;
  ar::platform::game->bench_name = name;
  ar::platform::game->bench_frames_left = frames;
}

// What ar_test_bench_frames measured, as FrameCosts::to_json() writes it; frames_left: how many
// of the asked frames are still to come.
EMSCRIPTEN_KEEPALIVE const char* ar_test_frame_costs() {
  static std::string out;
  auto* g = ar::platform::game;
  if (!g) return "{}";
  nlohmann::json j = nlohmann::json::parse(g->bench_costs.to_json());
  j["parts"]["screen"] = nlohmann::json::parse(g->bench_screen.to_json())["screens"];
  j["parts"]["webgl"] = nlohmann::json::parse(g->bench_webgl.to_json())["screens"];
  j["frames_left"] = g->bench_frames_left;
  out = j.dump();
  return out.c_str();
}

// Where a marked widget was drawn in the last frame, in CSS pixels of the canvas:
// {"x":…,"y":…,"w":…,"h":…}, or "" when it is not on screen.
EMSCRIPTEN_KEEPALIVE const char* ar_test_item_rect(const char* id) {
  static std::string out;
  out.clear();
  const ar::ui::ItemRect* r = ar::ui::find_mark(id);
  if (!r || !ar::platform::game) return "";
  float k = ar::platform::game->pixel_ratio;
  char buf[160];
  std::snprintf(buf, sizeof buf, "{\"x\":%.1f,\"y\":%.1f,\"w\":%.1f,\"h\":%.1f}", r->x / k,
                r->y / k, r->w / k, r->h / k);
  out = buf;
  return out.c_str();
}

// The editor's draft as it would be exported (empty: none), for end-to-end tests.
EMSCRIPTEN_KEEPALIVE const char* ar_test_draft() {
  static std::string out;
  auto* g = ar::platform::game;
  out = g && g->session && g->session->draft() ? g->session->draft()->text() : "";
  return out.c_str();
}

// The game's state as JSON, for assertions in end-to-end tests.
EMSCRIPTEN_KEEPALIVE const char* ar_test_state() {
  static std::string out;
  auto* g = ar::platform::game;
  if (!g || !g->session) return "{\"ready\":false}";
  const ar::Session& session = *g->session;
  const ar::Round& round = session.round();
  nlohmann::json j;
  // Ready to play: drawn, with the packs and practices in ("started": drawn, maybe not yet).
  j["ready"] = session.content_ready();
  j["started"] = true;
  j["content_percent"] = session.content_percent();
  j["content_failure"] = session.content_failure();
  j["frames"] = g->frames;
  j["animating"] = ar::ui::wants_frames() || g->view.animating();
  j["asleep"] = g->asleep;  // the main loop paused until input (idle)
  // The umbrella picture in words ("open, dry"), or "" when the page shows none.
  const ar::ui::ItemRect* scene = ar::ui::find_mark("umbrella-scene");
  j["umbrella_scene"] = scene ? scene->label : "";
  const ar::ui::ItemRect* cheer = ar::ui::find_mark("streak-cheer");  // a celebrated streak
  j["streak_cheer"] = cheer ? cheer->label : "";
  j["scroll"] = ar::ui::page_scroll() / g->pixel_ratio;  // CSS px
  // What the address asked for, after the checks ("" and "0": nothing, or something malformed).
  j["page_language"] = g->options.language;
  j["page_seed"] = std::to_string(g->options.seed);  // a string: JSON numbers lose 64-bit digits
  j["screen"] = ar::to_string(session.screen());
  j["language"] = session.language();
  j["high_contrast"] = session.high_contrast();
  j["reduced_motion"] = session.reduced_motion();
  // Sound: on or off, whether the player touched the page yet, the device, the cues played.
  j["sound_on"] = session.sound_on();
  j["sound_touched"] = g->sound.touched();
  j["audio_open"] = g->sound.device_open();
  j["cues"] = nlohmann::json::array();
  for (ar::Cue c : g->sound.played()) j["cues"].push_back(ar::to_string(c));
  j["phase"] = ar::to_string(round.phase());
  j["mode"] = ar::to_string(round.settings().mode);
  j["practice"] = round.settings().practice;
  j["topics"] = round.settings().topics;
  j["packs"] = round.settings().packs;
  j["position"] = round.position();
  j["count"] = round.order().size();
  j["points"] = round.points();
  j["protection"] = round.protection_percent();
  j["protected"] = round.is_protected();
  j["problems"] = session.problems().size();
  j["scenarios"] = session.library().scenarios().size();
  j["practices"] = session.practices().all().size();
  j["rounds_played"] = session.progress().rounds_played;
  j["seen"] = session.progress().seen.size();
  {
    using K = ar::DataNotice::Kind;
    const ar::DataNotice& n = session.data_notice();
    const char* kinds[] = {"", "exported", "export_failed", "imported", "import_failed"};
    j["data_notice"] = kinds[static_cast<int>(n.kind)];
    j["data_file"] = n.file;
    j["data_problems"] = n.problems.size();
    static_assert(static_cast<int>(K::ImportFailed) == 4);
  }
  {
    const ar::PackNotice& n = session.pack_notice();
    const char* kinds[] = {"", "added", "replaced", "unchanged", "refused", "removed"};
    j["pack_notice"] = kinds[static_cast<int>(n.kind)];
    j["pack_file"] = n.file;
    j["pack_problems"] = nlohmann::json::array();
    for (const auto& p : n.problems) j["pack_problems"].push_back(ar::format_problem(p));
    j["device_packs"] = nlohmann::json::array();
    for (const auto& p : session.device_packs().packs()) j["device_packs"].push_back(p.id);
    static_assert(static_cast<int>(ar::PackNotice::Kind::Removed) == 5);
  }
  j["best_score"] = session.progress().best_score;
  j["believed"] = round.believed().size();
  if (const ar::Practice* p = session.open_practice()) j["open_practice"] = p->id;
  j["search"] = session.practice_filter().query;
  // The practice proposal's form: each problem as "field: message", and where the entry went.
  j["proposal_problems"] = nlohmann::json::array();
  for (const auto& p : session.proposal_problems())
    j["proposal_problems"].push_back(ar::proposal_field(p) + ": " + p.message);
  if (session.proposal_notice().shown) j["proposal_saved"] = session.proposal_notice().file;
  // The editor's draft: how far from loading it is, and what came of the last step.
  if (const ar::PackDraft* d = session.draft()) {
    j["draft"] = {{"id", d->id()},
                  {"errors", ar::error_count(d->problems())},
                  {"scenarios", d->scenario_count()},
                  {"shown", session.draft_scenario()},
                  {"kept", session.draft_kept()}};
    static const char* kinds[] = {"none",     "saved",         "save_refused",
                                  "exported", "export_failed", "not_kept"};
    j["editor_notice"] = kinds[static_cast<int>(session.editor_notice().kind)];
  }
  j["wants_text"] = ImGui::GetCurrentContext() && ImGui::GetIO().WantTextInput;
  j["shown_practices"] =
      session.practices().browse(session.practice_filter(), session.language()).shown.size();
  if (const ar::Scenario* s = round.current()) {
    j["scenario"] = s->id;
    j["verdict"] = ar::to_string(s->verdict);
    j["source_url"] = s->fact.source.url;
    for (size_t i = 0; i < s->replies.size(); ++i) {
      if (s->replies[i].quality == ar::ReplyQuality::Good && !j.contains("good_reply"))
        j["good_reply"] = i;
      if (s->replies[i].quality == ar::ReplyQuality::Poor && !j.contains("poor_reply"))
        j["poor_reply"] = i;
    }
  }
  // The workshop: its phase and, for the rumour asked, which answers are right (indexes as the
  // vote-<team>-<choice> buttons name them).
  const ar::Workshop& w = session.workshop();
  nlohmann::json ws = {{"phase", ar::to_string(w.phase())},
                       {"position", w.position()},
                       {"count", w.rumours().size()},
                       {"locked", session.workshop_locked()},
                       {"teams", w.settings().team_names}};
  if (const ar::WorkshopRumour* r = w.current()) {
    ws["scenario"] = r->scenario->id;
    ws["team_choice"] = r->team_choice;
    ws["talk_left_ms"] = r->talk_left_ms;
    ws["answers_locked"] = r->locked;
    std::vector<int> right, wrong;
    for (int c = 0; c < ar::choice_count(*r, w.settings().mode); ++c) {
      int points = ar::choice_points(*r, w.settings().mode, c);
      if (points == ar::Scoring::full_points) right.push_back(c);
      if (points == 0) wrong.push_back(c);
    }
    ws["right"] = right;
    ws["wrong"] = wrong;
  }
  for (const ar::RumourSpread& d : w.debrief())
    ws["debrief"].push_back({{"position", d.position}, {"right_percent", d.right_percent()}});
  j["workshop"] = std::move(ws);
  out = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);  // typed text may be odd
  return out.c_str();
}
#endif  // AR_TEST_HOOKS

}  // extern "C"
