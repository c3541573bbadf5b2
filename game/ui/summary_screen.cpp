#include <algorithm>

#include "keyboard_focus.h"
#include "screen_text.h"
#include "screens.h"
#include "test_marks.h"
#include "theme.h"
#include "widgets.h"

namespace ar::ui {

std::optional<SessionAction> summary_screen(const Session& session, double scene_time) {
  std::optional<SessionAction> action;
  const Round& round = session.round();
  const std::string& lang = session.language();
  begin_page("summary", 36);
  if (auto a = top_bar(session, Screen::Title)) action = a;
  int answered = static_cast<int>(round.answers().size());
  if (round.settings().practice) {
    heading(session.tr("summary.practice_heading"), 1.5f);
    wrapped_text(session.strings().format_count("summary.practice_body", lang, answered,
                                                {std::to_string(answered)}));
  } else {
    heading(round.is_protected() ? "☂ " + session.tr("summary.protected")
                                 : session.tr("summary.flooded"),
            1.6f);
    mark("summary-result");
    // The picture of the round: the person under the open umbrella, dry, or in the flood.
    Umbrella scene = umbrella_for_round(round.is_protected());
    umbrella_meter(round.protection_percent(), session.tr("summary.protection"), true, &scene,
                   scene_time);
    wrapped_text(session.strings().format(
        "summary.score", lang,
        {std::to_string(round.points()), std::to_string(answered * Scoring::full_points),
         std::to_string(round.best_streak())}));
    auto topics = round.results_by_topic();
    if (!topics.empty()) {
      heading(session.tr("summary.by_topic"), 1.1f);
      for (const auto& [topic, r] : topics)
        labelled_bar(session.tr("topic." + topic), r.possible ? float(r.points) / r.possible : 0,
                     std::to_string(r.points) + " / " + std::to_string(r.possible));
    }
  }
  // Which techniques the player saw through and which got past them.
  if (auto lines = technique_tally_lines(session); !lines.empty()) {
    heading(session.tr("summary.techniques"), 1.1f);
    for (size_t i = 0; i < lines.size(); ++i) {
      wrapped_text(lines[i]);
      mark("technique-tally-" + std::to_string(i), lines[i]);
    }
  }
  // How sure the player said they were, against how often they were right (verdict mode).
  if (auto lines = calibration_lines(session); !lines.empty()) {
    heading(session.tr("summary.calibration"), 1.1f);
    for (size_t i = 0; i < lines.size(); ++i) {
      wrapped_text(lines[i]);
      mark("calibration-" + std::to_string(i), lines[i]);
    }
  }
  // Reply mode: which kinds of reply the player reached for.
  if (std::string line = reply_kind_line(session); !line.empty()) {
    heading(session.tr("summary.reply_kinds"), 1.1f);
    wrapped_text(line);
    mark("reply-kinds", line);
  }
  // What to read again, listed by its fact, never by the rumour (repeating a rumour as a headline
  // makes it more familiar); each with the verdict on the claim, since a true one was no rumour.
  auto believed = round.believed();
  if (!believed.empty()) {
    heading(session.tr("summary.believed"), 1.1f);
    wrapped_text(session.tr("summary.believed_hint"), colour::muted);
    for (size_t i = 0; i < believed.size(); ++i) {
      const Scenario* s = believed[i]->scenario;
      bool open = session.reopened_fact() == s;
      std::string label =
          (open ? "▾ " : "▸ ") + fact_in_one_line(s->fact, lang) + " · " +
          session.strings().format("summary.claim_was", lang,
                                   {session.tr(std::string("verdict.") + to_string(s->verdict))});
      if (wrapped_button("believed-" + std::to_string(i), label, -1, open))
        action = open ? SessionAction{session_action::CloseFact{}}
                      : SessionAction{session_action::ReopenFact{s->id}};
      if (open) {
        if (auto a = fact_card(session, *s)) action = a;
        ImGui::TextColored(colour::muted, "%s", session.tr("play.claim_checked").c_str());
        wrapped_text(quoted(s->rumour.in(lang), lang), colour::muted);
        wrapped_text(s->explanation.in(lang));
      }
    }
  } else if (answered > 0) {
    wrapped_text(session.tr("summary.none_believed"), colour::right);
  }
  ImGui::Dummy(em(0, 0.5f));
  if (big_button("play-again", session.tr("summary.again"), -1))
    action = session_action::GoTo{Screen::Setup};
  default_focus();
  if (big_button("home", session.tr("summary.home"), -1))
    action = session_action::GoTo{Screen::Title};
  end_page();
  return action;
}

}  // namespace ar::ui
