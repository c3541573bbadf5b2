#include "workshop_text.h"

#include <algorithm>

#include "screen_text.h"

namespace ar {

std::string team_label(const Session& s, int team) {
  const auto& names =
      s.workshop().under_way() ? s.workshop().settings().team_names : s.workshop_setup().team_names;
  std::string letter(1, team_letter(team));
  const std::string& name = names.at(static_cast<size_t>(team));
  return letter + " · " + (name.empty() ? s.format("workshop.team_default", {letter}) : name);
}

std::vector<int> workshop_choices(const WorkshopRumour& r, Mode mode) {
  if (mode == Mode::Reply) return r.reply_order;
  std::vector<int> out(static_cast<size_t>(choice_count(r, mode)));
  for (size_t i = 0; i < out.size(); ++i) out[i] = static_cast<int>(i);
  return out;
}

std::string workshop_answer(const Session& s, const WorkshopRumour& r, int choice) {
  const Mode mode = s.workshop().settings().mode;
  if (choice < 0) return s.tr("workshop.no_answer");
  if (mode == Mode::Verdict)
    return s.tr(std::string("verdict.") +
                to_string(r.scenario->choices.at(static_cast<size_t>(choice))));
  if (mode == Mode::Technique)
    return s.tr(std::string("technique.") +
                to_string(r.technique_choices.at(static_cast<size_t>(choice))));
  auto at = std::find(r.reply_order.begin(), r.reply_order.end(), choice);
  return std::to_string(at - r.reply_order.begin() + 1);
}

namespace {

void asking_lines(const Session& s, const WorkshopRumour& r, std::vector<std::string>& out) {
  const Workshop& w = s.workshop();
  const std::string& lang = s.language();
  out.push_back(s.tr("workshop.heard") + " " + quoted(r.scenario->rumour.in(lang), lang));
  if (w.settings().mode == Mode::Technique) out.push_back(s.tr("play.ask_technique"));
  int n = 1;
  for (int c : workshop_choices(r, w.settings().mode)) {
    std::string text = w.settings().mode == Mode::Reply
                           ? r.scenario->replies[static_cast<size_t>(c)].text.in(lang)
                           : workshop_answer(s, r, c);
    out.push_back(std::to_string(n++) + ". " + text);
  }
  if (w.turn_team() >= 0) out.push_back(s.format("workshop.turn", {team_label(s, w.turn_team())}));
  if (w.timer_running())
    out.push_back(s.format("workshop.talk_left", {std::to_string((r.talk_left_ms + 999) / 1000)}));
  if (r.locked) out.push_back(s.tr("workshop.locked"));
  for (int t = 0; t < w.team_count(); ++t)
    out.push_back(team_label(s, t) + ": " +
                  s.tr(r.team_choice[static_cast<size_t>(t)] >= 0 ? "workshop.answered"
                                                                  : "workshop.waiting"));
}

void revealed_lines(const Session& s, const WorkshopRumour& r, std::vector<std::string>& out) {
  const Workshop& w = s.workshop();
  const Scenario& sc = *r.scenario;
  const std::string& lang = s.language();
  // Fact first: the fact and its source lead; the rumour follows, marked as the claim checked.
  out.push_back(s.tr("play.fact"));
  if (!sc.fact.figure.empty()) out.push_back(sc.fact.figure.in(lang));
  out.push_back(sc.fact.text.in(lang));
  const Source& src = sc.fact.source;
  out.push_back(
      s.format("play.source", {src.institution, src.title, std::to_string(src.year), src.area}));
  out.push_back(s.tr("play.claim_checked") + " " + quoted(sc.rumour.in(lang), lang));
  out.push_back(
      s.format("play.verdict_is", {s.tr(std::string("verdict.") + to_string(sc.verdict))}));
  out.push_back(s.tr("play.why") + " " + sc.explanation.in(lang));
  for (auto& line : technique_lines(s, sc)) out.push_back(std::move(line));
  out.push_back(s.format("play.fact_again", {fact_in_one_line(sc.fact, lang)}));
  out.push_back(s.tr("workshop.how_answered"));
  if (w.uses_cards()) {
    for (int c : workshop_choices(r, w.settings().mode))
      out.push_back(workshop_answer(s, r, c) + ": " +
                    std::to_string(r.card_counts[static_cast<size_t>(c)]));
  } else {
    for (int t = 0; t < w.team_count(); ++t) {
      int c = r.team_choice[static_cast<size_t>(t)];
      if (w.turn_team() >= 0 && c < 0) continue;
      out.push_back(team_label(s, t) + ": " + workshop_answer(s, r, c));
    }
  }
  if (!sc.discussion.empty()) out.push_back(s.tr("play.discuss") + " " + sc.discussion.in(lang));
}

}  // namespace

void workshop_lines(const Session& s, std::vector<std::string>& out) {
  const Workshop& w = s.workshop();
  out.push_back(s.tr("workshop.heading"));
  switch (w.phase()) {
    case WorkshopPhase::Setup:
      out.push_back(s.tr("workshop.intro"));
      out.push_back(s.tr("workshop.begin"));
      return;
    case WorkshopPhase::Asking:
    case WorkshopPhase::Revealed:
      out.push_back(s.format("workshop.rumour_of", {std::to_string(w.position() + 1),
                                                    std::to_string(w.rumours().size())}));
      if (w.phase() == WorkshopPhase::Asking)
        asking_lines(s, *w.current(), out);
      else
        revealed_lines(s, *w.current(), out);
      return;
    case WorkshopPhase::Scoreboard:
      out.push_back(s.tr("workshop.scoreboard"));
      for (const TeamScore& t : w.scoreboard())
        out.push_back(
            team_label(s, t.team) + ": " +
            s.format("workshop.points", {std::to_string(t.points), std::to_string(t.right)}));
      return;
    case WorkshopPhase::Debrief:
      if (const WorkshopRumour* r = w.current()) {
        revealed_lines(s, *r, out);
        return;
      }
      out.push_back(s.tr("workshop.debrief"));
      for (const RumourSpread& d : w.debrief()) {
        const Scenario& sc = *w.rumours()[static_cast<size_t>(d.position)].scenario;
        out.push_back("· " + fact_in_one_line(sc.fact, s.language()) + " · " +
                      s.format("workshop.right_share", {std::to_string(d.right_percent())}));
      }
      return;
  }
}

}  // namespace ar
