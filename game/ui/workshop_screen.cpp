// The workshop: the facilitator's setup, then a presenter layout for the room (big type, readable
// from a few metres on a projector), the revealed fact, the scoreboard and the debrief.
#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>  // InputText on std::string

#include <algorithm>

#include "keyboard_focus.h"
#include "screen_text.h"
#include "screens.h"
#include "test_marks.h"
#include "theme.h"
#include "widgets.h"
#include "workshop_text.h"

namespace ar::ui {

namespace {

namespace wa = workshop_action;
using session_action::WorkshopStep;

// What the facilitator has typed on the keypad; never saved, cleared once used.
std::string pin_typed;
// The facilitator opened the pack's notes on this rumour (its scenario id); closed on the next.
std::string notes_open_for;

// The facilitator is choosing the rumours one by one (the list under the setup is open).
bool picking = false;

// The rumours these settings could ask, for the hand-picked list (in the language on screen).
std::vector<const Scenario*> pickable(const Session& session, WorkshopSettings s) {
  s.language = session.language();
  return Round::eligible(session.library(), draw_settings(s));
}

// The hand-picked list: every rumour the packs and topics allow, tapped in the order to ask them.
void pick_list(const Session& session, WorkshopSettings& s,
               const std::vector<const Scenario*>& allowed) {
  const std::string& lang = session.language();
  wrapped_text(session.tr("workshop.pick_hint"), colour::muted);
  if (!s.scenario_ids.empty() && big_button("pick-clear", session.tr("workshop.pick_clear"), -1))
    s.scenario_ids.clear();
  for (const Scenario* sc : allowed) {
    auto at = std::find(s.scenario_ids.begin(), s.scenario_ids.end(), sc->id);
    bool on = at != s.scenario_ids.end();
    // The facilitator picks rumours to ask, so the rumour names the row; its number is its place.
    std::string place = on ? std::to_string(at - s.scenario_ids.begin() + 1) + " · " : "○ ";
    if (wrapped_button(
            "pick-" + sc->id,
            place + session.tr("topic." + sc->topic) + " — " + quoted(sc->rumour.in(lang), lang),
            -1, on)) {
      if (on)
        s.scenario_ids.erase(at);
      else if (s.scenario_ids.size() < static_cast<size_t>(WorkshopSettings::max_rumours))
        s.scenario_ids.push_back(sc->id);
    }
  }
}

std::optional<SessionAction> setup_page(const Session& session) {
  std::optional<SessionAction> action;
  WorkshopSettings s = session.workshop_setup();
  wrapped_text(session.tr("workshop.intro"), colour::muted);

  ImGui::Dummy(em(0, 0.3f));
  ImGui::TextUnformatted(session.tr("workshop.answers").c_str());
  for (TeamAnswers t : {TeamAnswers::AllVote, TeamAnswers::InTurn, TeamAnswers::CardCount})
    if (wrapped_button(std::string("answers-") + to_string(t),
                       session.tr(std::string("workshop.answers.") + to_string(t)), -1,
                       s.answers == t))
      s.answers = t;

  if (s.answers != TeamAnswers::CardCount) {
    ImGui::Dummy(em(0, 0.3f));
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(session.tr("workshop.teams").c_str());
    int teams = stepper("teams", session.tr("workshop.teams"),
                        std::max(static_cast<int>(s.team_names.size()), 2),
                        WorkshopSettings::min_teams, WorkshopSettings::max_teams);
    s.team_names.resize(static_cast<size_t>(teams));
    for (int t = 0; t < teams; ++t) {
      team_badge(t);
      ImGui::SameLine();
      std::string hint = session.format("workshop.team_default", {std::string(1, team_letter(t))});
      ImGui::SetNextItemWidth(std::min(column_width() - ImGui::GetCursorPosX(), em(16)));
      ImGui::InputTextWithHint(("##team-" + std::to_string(t)).c_str(), hint.c_str(),
                               &s.team_names[static_cast<size_t>(t)]);
      mark_text_field("team-name-" + std::to_string(t));
    }
  } else {
    s.team_names.clear();  // the room votes with cards: no teams on the device
  }

  ImGui::Dummy(em(0, 0.3f));
  mode_buttons(session, s.mode, {Mode::Verdict, Mode::Reply, Mode::Technique});

  ImGui::Dummy(em(0, 0.3f));
  std::set<std::string> packs(s.packs.begin(), s.packs.end());
  if (pack_chips(session, packs)) ImGui::Dummy(em(0, 0.3f));
  s.packs.assign(packs.begin(), packs.end());
  ImGui::TextUnformatted(session.tr("setup.topics").c_str());
  std::set<std::string> topics(s.topics.begin(), s.topics.end());
  topic_chips(session, topics);
  s.topics.assign(topics.begin(), topics.end());
  const std::vector<const Scenario*> allowed =
      pickable(session, s);  // once a frame: it scans the library

  // How many rumours: drawn at random (a mix of verdicts), or chosen one by one.
  ImGui::Dummy(em(0, 0.3f));
  if (!s.scenario_ids.empty()) picking = true;
  if (chip("draw-random", session.tr("workshop.draw_random"), !picking)) {
    picking = false;
    s.scenario_ids.clear();
  }
  ImGui::SameLine();
  if (chip("draw-pick", session.tr("workshop.draw_pick"), picking)) picking = true;
  if (picking) {
    // A rumour the packs, topics or mode no longer allow leaves the list.
    std::erase_if(s.scenario_ids, [&](const std::string& id) {
      return std::none_of(allowed.begin(), allowed.end(),
                          [&](const Scenario* sc) { return sc->id == id; });
    });
    ImGui::TextUnformatted(session
                               .format_count("workshop.picked",
                                             static_cast<long long>(s.scenario_ids.size()),
                                             {std::to_string(s.scenario_ids.size())})
                               .c_str());
    mark("picked-count", std::to_string(s.scenario_ids.size()));
    pick_list(session, s, allowed);
  } else {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(session.tr("setup.count").c_str());
    s.rumour_count = stepper("count", session.tr("setup.count"), s.rumour_count,
                             WorkshopSettings::min_rumours, WorkshopSettings::max_rumours);
  }

  ImGui::Dummy(em(0, 0.3f));
  ImGui::TextUnformatted(session.tr("workshop.timer").c_str());
  if (chip("timer-0", session.tr("workshop.timer_off"), s.talk_seconds == 0)) s.talk_seconds = 0;
  for (int seconds : {30, 60, 90, 120}) {
    std::string label = session.format("workshop.seconds", {std::to_string(seconds)});
    flow(ImGui::CalcTextSize(("✓ " + label).c_str()).x + em(1));
    if (chip("timer-" + std::to_string(seconds), label, s.talk_seconds == seconds))
      s.talk_seconds = seconds;
  }

  ImGui::Dummy(em(0, 0.3f));
  ImGui::TextUnformatted(session.tr("workshop.pin").c_str());
  ImGui::SetNextItemWidth(em(8));
  ImGui::InputText("##pin", &s.pin,
                   ImGuiInputTextFlags_CharsDecimal | ImGuiInputTextFlags_Password);
  mark_text_field("pin");
  if (s.pin.size() > WorkshopSettings::max_pin) s.pin.resize(WorkshopSettings::max_pin);
  wrapped_text(session.tr("workshop.pin_hint"), colour::muted);

  ImGui::Dummy(em(0, 0.5f));
  std::string problem = settings_problem(s);
  if (problem.empty() && allowed.empty()) problem = session.tr("setup.none");
  if (problem.empty() && picking && s.scenario_ids.empty())
    problem = session.tr("workshop.pick_hint");  // one by one, and none chosen yet
  ImGui::BeginDisabled(!problem.empty());
  if (big_button("begin", session.tr("workshop.begin"), -1)) action = WorkshopStep{wa::Begin{s}};
  ImGui::EndDisabled();
  default_focus();
  if (!problem.empty() && !(s.pin.size() > 0 && s.pin.size() < WorkshopSettings::min_pin))
    wrapped_text(session.format("workshop.cant_begin", {problem}), colour::wrong);
  if (!action && !(s == session.workshop_setup())) action = session_action::ChangeWorkshopSetup{s};
  return action;
}

// The rumour as the room hears it: the neighbour's words, large.
void rumour_card(const Session& session, const WorkshopRumour& r) {
  const std::string& lang = session.language();
  begin_card("rumour", colour::rumour_card);
  ImGui::TextColored(colour::muted, "%s", session.tr("workshop.heard").c_str());
  heading(quoted(r.scenario->rumour.in(lang), lang), 1.8f);
  mark("rumour-text", r.scenario->rumour.in(lang));
  end_card();
  if (session.workshop().settings().mode == Mode::Technique)
    heading(session.tr("play.ask_technique"), 1.2f);
  if (session.workshop().settings().mode == Mode::Reply) {
    int n = 1;
    for (int c : r.reply_order) {
      begin_card(("reply-" + std::to_string(c)).c_str(), colour::reply_card);
      heading(
          std::to_string(n++) + ". " + r.scenario->replies[static_cast<size_t>(c)].text.in(lang),
          1.2f);
      end_card();
    }
  }
}

std::optional<SessionAction> asking_page(const Session& session, const WorkshopRumour& r) {
  std::optional<SessionAction> action;
  const Workshop& w = session.workshop();
  rumour_card(session, r);
  if (w.timer_running()) {
    int left = (r.talk_left_ms + 999) / 1000;
    labelled_bar(session.format("workshop.talk_left", {std::to_string(left)}),
                 static_cast<float>(r.talk_left_ms) /
                     static_cast<float>(std::max(1, w.settings().talk_seconds * 1000)),
                 "");
    mark("timer", std::to_string(left));
  }
  if (r.locked) {
    wrapped_text(session.tr("workshop.locked"), colour::accent);
    mark("answers-locked");
  }
  std::vector<int> choices = workshop_choices(r, w.settings().mode);
  if (w.uses_cards()) {
    heading(session.tr("workshop.cards"), 1.1f);
    for (int c : choices) {
      ImGui::AlignTextToFramePadding();
      ImGui::TextUnformatted(workshop_answer(session, r, c).c_str());
      int count = r.card_counts[static_cast<size_t>(c)];
      int now = stepper("cards-" + std::to_string(c), workshop_answer(session, r, c), count, 0,
                        WorkshopSettings::max_cards);
      if (now != count) action = WorkshopStep{wa::SetCards{c, now}};
    }
  } else {
    if (w.turn_team() >= 0)
      heading(session.format("workshop.turn", {team_label(session, w.turn_team())}), 1.2f);
    for (int t = 0; t < w.team_count(); ++t) {
      if (w.turn_team() >= 0 && t != w.turn_team()) continue;
      team_badge(t);
      ImGui::SameLine();
      int picked = r.team_choice[static_cast<size_t>(t)];
      ImGui::AlignTextToFramePadding();
      ImGui::TextUnformatted((team_label(session, t) + " — " +
                              session.tr(picked >= 0 ? "workshop.answered" : "workshop.waiting"))
                                 .c_str());
      ImGui::BeginDisabled(!w.may_vote(t));
      bool first = true;
      for (int c : choices) {
        std::string label = workshop_answer(session, r, c);
        if (!first) flow(ImGui::CalcTextSize(("✓ " + label).c_str()).x + em(1));
        first = false;
        // Tapping the answer a team holds takes it back.
        if (chip("vote-" + std::to_string(t) + "-" + std::to_string(c), label, picked == c))
          action = WorkshopStep{wa::Vote{t, picked == c ? -1 : c}};
      }
      ImGui::EndDisabled();
      ImGui::Dummy(em(0, 0.2f));
    }
  }
  ImGui::Dummy(em(0, 0.3f));
  if (big_button("reveal", session.tr("workshop.reveal"), -1)) action = WorkshopStep{wa::Reveal{}};
  return action;
}

// How the room answered one rumour: a bar per answer, the right ones marked, then each team.
void spread_bars(const Session& session, const WorkshopRumour& r, const RumourSpread& spread) {
  const Workshop& w = session.workshop();
  const Mode mode = w.settings().mode;
  for (int c : workshop_choices(r, mode)) {
    int n = spread.counts[static_cast<size_t>(c)];
    bool right = choice_points(r, mode, c) == Scoring::full_points;
    labelled_bar((right ? "✓ " : "") + workshop_answer(session, r, c),
                 spread.answers ? static_cast<float>(n) / static_cast<float>(spread.answers) : 0,
                 std::to_string(n));
  }
}

std::optional<SessionAction> revealed_page(const Session& session, const WorkshopRumour& r,
                                           bool replay) {
  std::optional<SessionAction> action;
  const Workshop& w = session.workshop();
  const Scenario& s = *r.scenario;
  const std::string& lang = session.language();
  // Fact first: the fact and its source lead, the rumour follows small, marked as the claim.
  if (auto a = fact_card(session, s)) action = a;
  ImGui::TextColored(colour::muted, "%s", session.tr("play.claim_checked").c_str());
  wrapped_text(quoted(s.rumour.in(lang), lang), colour::muted);
  mark("claim", s.rumour.in(lang));
  wrapped_text(session.format("play.verdict_is",
                              {session.tr(std::string("verdict.") + to_string(s.verdict))}));
  heading(session.tr("play.why"), 1.1f);
  wrapped_text(s.explanation.in(lang));
  // The technique named after the fact, as on the solo feedback page.
  std::vector<std::string> techniques = technique_lines(session, s);
  for (size_t i = 0; i < techniques.size(); ++i) {
    wrapped_text(techniques[i]);
    mark("technique-" + std::to_string(i), techniques[i]);
  }
  wrapped_text(session.format("play.fact_again", {fact_in_one_line(s.fact, lang)}), colour::accent);

  heading(session.tr("workshop.how_answered"), 1.1f);
  auto position = static_cast<int>(&r - w.rumours().data());
  spread_bars(session, r, w.spread(position));
  if (!w.uses_cards())
    for (int t = 0; t < w.team_count(); ++t) {
      int c = r.team_choice[static_cast<size_t>(t)];
      if (w.turn_team() >= 0 && c < 0 && !replay) continue;
      Outcome o = Scoring::outcome(choice_points(r, w.settings().mode, c));
      std::string sign = c < 0                  ? ""
                         : o == Outcome::Right  ? " ✓"
                         : o == Outcome::Partly ? " ~"
                                                : " ✗";
      team_badge(t);
      ImGui::SameLine();
      ImGui::AlignTextToFramePadding();
      ImGui::TextUnformatted(
          (team_label(session, t) + ": " + workshop_answer(session, r, c) + sign).c_str());
      mark("team-result-" + std::to_string(t), workshop_answer(session, r, c) + sign);
    }
  if (!s.discussion.empty()) {
    heading(session.tr("play.discuss"), 1.3f);
    wrapped_text(s.discussion.in(lang));
  }
  // The pack's notes are for the facilitator: never while the PIN is locked, and folded away
  // (the room may be reading the same screen) until the facilitator opens them.
  if (!s.facilitator_notes.empty() && w.facilitator_unlocked()) {
    bool open = notes_open_for == s.id;
    if (chip("notes-toggle", session.tr("workshop.notes"), open)) notes_open_for = open ? "" : s.id;
    if (open) {
      wrapped_text(s.facilitator_notes.in(lang), colour::muted);
      mark("facilitator-notes", s.facilitator_notes.in(lang));
    }
  }
  ImGui::Dummy(em(0, 0.3f));
  if (replay) {
    if (big_button("back-to-debrief", session.tr("workshop.back_to_debrief"), -1))
      action = WorkshopStep{wa::CloseReplay{}};
  } else {
    bool scoreboard = !w.uses_cards() && w.team_count() > 0;
    bool last = w.position() + 1 >= w.rumours().size();
    std::string next = scoreboard ? session.tr("workshop.scoreboard")
                       : last     ? session.tr("workshop.to_debrief")
                                  : session.tr("workshop.next_rumour");
    if (big_button("next", next, -1)) action = WorkshopStep{wa::Next{}};
  }
  default_focus();
  return action;
}

std::optional<SessionAction> scoreboard_page(const Session& session) {
  std::optional<SessionAction> action;
  const Workshop& w = session.workshop();
  heading(session.tr("workshop.scoreboard"), 1.6f);
  int most = std::max(1, static_cast<int>(w.rumours_done()) * Scoring::full_points);
  for (const TeamScore& t : w.scoreboard()) {
    team_badge(t.team);
    ImGui::SameLine();
    labelled_bar(
        team_label(session, t.team), static_cast<float>(t.points) / static_cast<float>(most),
        session.format("workshop.points", {std::to_string(t.points), std::to_string(t.right)}));
    mark("score-" + std::string(1, team_letter(t.team)), std::to_string(t.points));
  }
  ImGui::Dummy(em(0, 0.5f));
  bool last = w.position() + 1 >= w.rumours().size();
  if (big_button("next", session.tr(last ? "workshop.to_debrief" : "workshop.next_rumour"), -1))
    action = WorkshopStep{wa::Next{}};
  default_focus();
  return action;
}

std::optional<SessionAction> debrief_page(const Session& session) {
  std::optional<SessionAction> action;
  const Workshop& w = session.workshop();
  const std::string& lang = session.language();
  heading(session.tr("workshop.debrief"), 1.4f);
  std::vector<RumourSpread> spreads = w.debrief();
  if (spreads.empty()) wrapped_text(session.tr("workshop.nothing_revealed"), colour::muted);
  for (const RumourSpread& d : spreads) {
    const WorkshopRumour& r = w.rumours()[static_cast<size_t>(d.position)];
    const Scenario& s = *r.scenario;
    std::string id = std::to_string(d.position);
    begin_card(("debrief-" + id).c_str(), colour::card);
    // Each item by its fact, never by the rumour as a headline.
    heading(fact_in_one_line(s.fact, lang), 1.1f);
    wrapped_text(s.fact.source.institution + " (" + s.fact.source.title + ", " +
                     std::to_string(s.fact.source.year) + ")",
                 colour::muted);
    ImGui::TextUnformatted(
        session.format("workshop.right_share", {std::to_string(d.right_percent())}).c_str());
    mark("debrief-share-" + id, std::to_string(d.right_percent()));
    spread_bars(session, r, d);
    if (ImGui::Button((session.tr("workshop.open") + "##open-" + id).c_str(), {0, touch_height(0)}))
      action = WorkshopStep{wa::Replay{d.position}};
    mark("debrief-open-" + id);
    end_card();
  }
  std::vector<TechniqueTally> techniques = w.technique_tally();
  if (std::any_of(techniques.begin(), techniques.end(), [](auto& t) { return t.missed > 0; })) {
    heading(session.tr("workshop.techniques"), 1.2f);
    for (const TechniqueTally& t : techniques) {
      if (t.missed == 0) continue;
      std::string name = to_string(t.technique);
      wrapped_text(session.format("workshop.technique_missed",
                                  {session.tr("technique." + name), std::to_string(t.missed),
                                   std::to_string(t.spotted + t.missed)}));
      mark("technique-missed-" + name, std::to_string(t.missed));
    }
  }
  if (!spreads.empty()) {
    ImGui::Dummy(em(0, 0.3f));
    if (big_button("export-csv", session.tr("workshop.export_csv"), -1))
      action = session_action::ExportResults{session_action::ResultsFormat::Csv};
    if (big_button("export-json", session.tr("workshop.export_json"), -1))
      action = session_action::ExportResults{session_action::ResultsFormat::Json};
    if (big_button("export-summary", session.tr("workshop.export_summary"), -1))
      action = session_action::ExportResults{session_action::ResultsFormat::Summary};
    wrapped_text(session.tr("workshop.export_note"), colour::muted);
    const ResultsNotice& n = session.results_notice();
    if (n.shown) {
      wrapped_text(n.error.empty() ? session.format("workshop.exported", {n.file})
                                   : session.format("workshop.export_failed", {n.error}),
                   n.error.empty() ? colour::right : colour::wrong);
      mark("export-notice", n.error.empty() ? n.file : n.error);
    }
  }
  return action;
}

// The facilitator's corner: with a PIN, a keypad to unlock (fingers, no keyboard needed); then
// ending the session, a new group, locking again.
std::optional<SessionAction> facilitator_bar(const Session& session) {
  std::optional<SessionAction> action;
  const Workshop& w = session.workshop();
  ImGui::Dummy(em(0, 0.6f));
  column_separator();
  ImGui::TextColored(colour::muted, "%s", session.tr("workshop.facilitator").c_str());
  if (!w.facilitator_unlocked()) {
    wrapped_text(session.tr("workshop.locked_note"), colour::muted);
    ImGui::TextUnformatted(
        (session.tr("workshop.enter_pin") + "  " + std::string(pin_typed.size(), '*')).c_str());
    mark("pin-typed", std::string(pin_typed.size(), '*'));
    const char* keys[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "C", "0", "OK"};
    for (int i = 0; i < 12; ++i) {
      if (i % 3) ImGui::SameLine();
      std::string key = keys[i];
      std::string label = key == "C"    ? session.tr("workshop.clear")
                          : key == "OK" ? session.tr("workshop.unlock")
                                        : key;
      if (ImGui::Button((label + "##pin-" + key).c_str(),
                        touch_size(key.size() == 1 && key != "C" ? 3 : 6, 2.2f))) {
        if (key == "C") {
          pin_typed.clear();
        } else if (key == "OK") {
          action = WorkshopStep{wa::Unlock{pin_typed}};  // the session checks it
          pin_typed.clear();
        } else if (pin_typed.size() < WorkshopSettings::max_pin) {
          pin_typed += key;
        }
      }
      mark("pin-" + key, label);
    }
    if (session.pin_refused() && pin_typed.empty()) {
      wrapped_text(session.tr("workshop.wrong_pin"), colour::wrong);
      mark("wrong-pin", session.tr("workshop.wrong_pin"));
    }
    return action;
  }
  if (w.phase() != WorkshopPhase::Debrief) {
    if (big_button("end", session.tr("workshop.end"), -1)) action = WorkshopStep{wa::End{}};
  } else {
    if (big_button("new-group", session.tr("workshop.new_group"), -1))
      action = WorkshopStep{wa::NewGroup{}};
  }
  if (!w.settings().pin.empty() && big_button("lock", session.tr("workshop.lock"), -1))
    action = WorkshopStep{wa::Lock{}};
  return action;
}

}  // namespace

std::optional<SessionAction> workshop_screen(const Session& session) {
  std::optional<SessionAction> action;
  const Workshop& w = session.workshop();
  // A presenter layout: a wide column and big type, to read from the back of the room.
  begin_page("workshop", w.under_way() ? 52 : 36);
  // With the PIN locked there is no way back from here (the session refuses it too).
  if (auto a =
          top_bar(session, session.workshop_locked() ? std::nullopt : std::optional(Screen::Title)))
    action = a;
  if (w.phase() == WorkshopPhase::Setup) {
    heading(session.tr("workshop.heading"));
    if (auto a = setup_page(session)) action = a;
    end_page();
    return action;
  }
  if (w.phase() == WorkshopPhase::Asking || w.phase() == WorkshopPhase::Revealed) {
    const WorkshopRumour& r = *w.current();
    ImGui::TextColored(colour::muted, "%s · %s",
                       session
                           .format("workshop.rumour_of", {std::to_string(w.position() + 1),
                                                          std::to_string(w.rumours().size())})
                           .c_str(),
                       session.tr("topic." + r.scenario->topic).c_str());
    auto a = w.phase() == WorkshopPhase::Asking ? asking_page(session, r)
                                                : revealed_page(session, r, false);
    if (a) action = a;
  } else if (w.phase() == WorkshopPhase::Scoreboard) {
    if (auto a = scoreboard_page(session)) action = a;
  } else if (const WorkshopRumour* r = w.current()) {  // the debrief, one rumour opened again
    if (auto a = revealed_page(session, *r, true)) action = a;
  } else {
    if (auto a = debrief_page(session)) action = a;
  }
  if (auto a = facilitator_bar(session)) action = a;
  end_page();
  return action;
}

}  // namespace ar::ui
