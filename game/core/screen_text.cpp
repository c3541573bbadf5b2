#include "screen_text.h"

#include <map>

#include "practice_place.h"
#include "workshop_text.h"

namespace ar {

namespace {

std::string source_line(const Session& s, const Scenario& sc) {
  const Source& src = sc.fact.source;
  return s.format("play.source", {src.institution, src.title, std::to_string(src.year), src.area});
}

void fact_lines(const Session& s, const Scenario& sc, std::vector<std::string>& out) {
  const std::string& lang = s.language();
  out.push_back(s.tr("play.fact"));
  if (!sc.fact.figure.empty()) out.push_back(sc.fact.figure.in(lang));
  out.push_back(sc.fact.text.in(lang));
  out.push_back(source_line(s, sc));
}

void rumour_lines(const Session& s, std::vector<std::string>& out) {
  const Round& round = s.round();
  const Scenario* sc = round.current();
  if (!sc) return;
  const std::string& lang = s.language();
  Mode mode = round.settings().mode;
  bool reply_mode = mode == Mode::Reply;
  out.push_back(s.format(
      "play.progress", {std::to_string(round.position() + 1), std::to_string(round.order().size()),
                        s.tr("topic." + sc->topic)}));
  if (round.phase() == Phase::Answering) {
    // Only while asking does the rumour lead; the feedback names it after the fact.
    out.push_back(s.tr(reply_mode ? "play.neighbour_reply" : "play.neighbour") + " " +
                  quoted(sc->rumour.in(lang), lang));
    size_t count = numbered_choices(s).size();
    out.push_back(s.tr(reply_mode                ? "play.ask_reply"
                       : mode == Mode::Technique ? "play.ask_technique"
                                                 : "play.ask_verdict") +
                  " " + s.format("a11y.press_number", {std::to_string(count)}));
    int n = 1;
    if (mode == Mode::Technique) {
      for (Technique t : round.technique_choices())
        out.push_back(std::to_string(n++) + ". " + s.tr(std::string("technique.") + to_string(t)));
    } else if (reply_mode) {
      for (int i : round.reply_order())
        out.push_back(std::to_string(n++) + ". " +
                      sc->replies[static_cast<size_t>(i)].text.in(lang));
    } else {
      out.push_back(confidence_line(s));
      for (Verdict v : sc->choices)
        out.push_back(std::to_string(n++) + ". " + s.tr(std::string("verdict.") + to_string(v)));
    }
    return;
  }
  const Answer* a = round.last_answer();
  if (!a) return;
  // Fact first (a "truth sandwich"): the outcome, the fact, the rumour marked as the claim checked,
  // what is wrong with it, the fact again; then the reply's exchange in reply mode.
  out.push_back(a->outcome == Outcome::Right    ? s.tr("play.right")
                : a->outcome == Outcome::Partly ? s.tr("play.partly")
                                                : s.tr("play.wrong"));
  fact_lines(s, *sc, out);
  out.push_back(s.tr("play.claim_checked") + " " + quoted(sc->rumour.in(lang), lang));
  out.push_back(
      s.format("play.verdict_is", {s.tr(std::string("verdict.") + to_string(sc->verdict))}));
  for (auto& line : technique_lines(s, *sc)) out.push_back(std::move(line));
  out.push_back(s.tr("play.why") + " " + sc->explanation.in(lang));
  out.push_back(s.format("play.fact_again", {fact_in_one_line(sc->fact, lang)}));
  if (a->technique)
    out.push_back(s.format("play.technique_picked",
                           {s.tr(std::string("technique.") + to_string(*a->technique))}));
  if (a->confidence)
    out.push_back(s.format("play.confidence_said",
                           {s.tr(std::string("confidence.") + to_string(*a->confidence))}));
  if (a->reply >= 0) {
    const Reply& r = sc->replies[static_cast<size_t>(a->reply)];
    std::string kind = std::string("reply_kind.") + to_string(r.kind);
    out.push_back(s.tr("play.you_reply") + " " + quoted(r.text.in(lang), lang));
    out.push_back(s.tr("play.neighbour_answers") + " " + quoted(s.tr(kind + ".reaction"), lang));
    out.push_back(s.tr(kind) + ": " + r.feedback.in(lang));
    out.push_back(s.tr(kind + ".about"));
  }
  bool last = round.position() + 1 >= round.order().size();
  out.push_back(s.format("a11y.press_enter", {s.tr(last ? "play.see_result" : "play.next")}));
}

void summary_lines(const Session& s, std::vector<std::string>& out) {
  const Round& round = s.round();
  const std::string& lang = s.language();
  int answered = static_cast<int>(round.answers().size());
  if (round.settings().practice) {
    out.push_back(s.tr("summary.practice_heading"));
    out.push_back(s.format_count("summary.practice_body", answered, {std::to_string(answered)}));
  } else {
    out.push_back(round.is_protected() ? s.tr("summary.protected") : s.tr("summary.flooded"));
    out.push_back(s.tr("summary.protection") + ": " + std::to_string(round.protection_percent()) +
                  " %");
    out.push_back(s.format("summary.score", {std::to_string(round.points()),
                                             std::to_string(answered * Scoring::full_points),
                                             std::to_string(round.best_streak())}));
  }
  if (auto lines = technique_tally_lines(s); !lines.empty()) {
    out.push_back(s.tr("summary.techniques"));
    for (auto& line : lines) out.push_back(std::move(line));
  }
  if (auto lines = calibration_lines(s); !lines.empty()) {
    out.push_back(s.tr("summary.calibration"));
    for (auto& line : lines) out.push_back(std::move(line));
  }
  if (auto line = reply_kind_line(s); !line.empty()) {
    out.push_back(s.tr("summary.reply_kinds"));
    out.push_back(std::move(line));
  }
  auto believed = round.believed();
  if (believed.empty() && answered > 0) out.push_back(s.tr("summary.none_believed"));
  if (!believed.empty()) out.push_back(s.tr("summary.believed"));
  for (const Answer* a : believed) {
    const Scenario& sc = *a->scenario;
    out.push_back(
        "· " + fact_in_one_line(sc.fact, lang) + " (" + sc.fact.source.institution + ", " +
        std::to_string(sc.fact.source.year) + ") · " +
        s.format("summary.claim_was", {s.tr(std::string("verdict.") + to_string(sc.verdict))}));
  }
  out.push_back(s.tr("summary.again") + " · " + s.tr("summary.home"));
}

}  // namespace

std::string fact_in_one_line(const Fact& fact, const std::string& lang) {
  if (!fact.figure.empty()) return fact.figure.in(lang);
  const std::string& text = fact.text.in(lang);
  // The first sentence: up to the first full stop, question or exclamation mark before a space.
  for (size_t i = 0; i + 1 < text.size(); ++i)
    if ((text[i] == '.' || text[i] == '?' || text[i] == '!') && text[i + 1] == ' ')
      return text.substr(0, i + 1);
  return text;
}

std::vector<std::string> technique_lines(const Session& s, const Scenario& sc) {
  std::vector<std::string> out;
  for (Technique t : sc.techniques) {
    std::string key = std::string("technique.") + to_string(t);
    out.push_back(s.format("play.technique", {s.tr(key), s.tr(key + ".about")}));
  }
  return out;
}

std::vector<std::string> technique_tally_lines(const Session& s) {
  std::string spotted, missed;
  for (const auto& t : s.round().technique_tally()) {
    std::string name = s.tr(std::string("technique.") + to_string(t.technique));
    if (t.spotted > 0) spotted += (spotted.empty() ? "" : ", ") + name;
    if (t.missed > 0) missed += (missed.empty() ? "" : ", ") + name;
  }
  std::vector<std::string> out;
  if (!spotted.empty()) out.push_back(s.format("summary.techniques_spotted", {spotted}));
  if (!missed.empty()) out.push_back(s.format("summary.techniques_missed", {missed}));
  return out;
}

std::vector<std::string> calibration_lines(const Session& s) {
  std::vector<std::string> out;
  for (const CalibrationRow& row : s.round().calibration())
    out.push_back(s.format("summary.calibration_row",
                           {s.tr(std::string("confidence.") + to_string(row.level)),
                            std::to_string(row.right), std::to_string(row.answered)}));
  return out;
}

std::string reply_kind_line(const Session& s) {
  std::map<ReplyKind, int> counts;
  for (const Answer& a : s.round().answers())
    if (a.reply >= 0) ++counts[a.scenario->replies[static_cast<size_t>(a.reply)].kind];
  std::string line;
  for (const auto& [kind, name] : reply_kind_names()) {
    if (!counts.count(kind)) continue;
    if (!line.empty()) line += " · ";
    line += s.format("summary.reply_kind_count",
                     {s.tr(std::string("reply_kinds.") + name), std::to_string(counts[kind])});
  }
  return line;
}

std::string confidence_line(const Session& s) {
  std::string line = s.tr("play.ask_confidence");
  for (const auto& [level, name] : confidence_names())
    line += std::string(level == confidence_names().front().value ? " " : " · ") +
            (s.round().confidence() == level ? "✓ " : "") + s.tr(std::string("confidence.") + name);
  return line;
}

std::vector<std::string> screen_text(const Session& s) {
  std::vector<std::string> out{s.tr("app.title")};
  const std::string& lang = s.language();
  switch (s.screen()) {
    case Screen::Title:
      out.push_back(s.tr("title.heading"));
      out.push_back(s.tr("title.intro"));
      out.push_back(s.tr("title.play") + " · " +
                    s.tr(s.workshop().under_way() ? "title.resume_workshop" : "title.workshop") +
                    " · " + s.tr("title.practices") + " · " + s.tr("title.about"));
      out.push_back(s.tr(s.sound_on() ? "settings.sound_on" : "settings.sound_off"));
      // The packs and practices could not be had (the web build): last, so the live region says
      // just that. The percentage while they come is not read out: it would talk over the title.
      if (!s.content_ready() && !s.content_failure().empty()) {
        out.push_back(s.tr("title.content_failed") + " " + s.content_failure());
        out.push_back(s.tr("title.content_retry"));
      }
      break;
    case Screen::Setup: {
      out.push_back(s.tr("setup.heading"));
      const SetupChoices& c = s.setup();
      out.push_back(s.tr("setup.mode") + " " + s.tr(std::string("mode.") + to_string(c.mode)));
      out.push_back(s.tr("setup.count") + " " + std::to_string(c.rumour_count));
      out.push_back(s.tr("setup.start"));
      break;
    }
    case Screen::Play: rumour_lines(s, out); break;
    case Screen::Summary: summary_lines(s, out); break;
    case Screen::Practices: {
      out.push_back(s.tr("practices.heading"));
      auto shown = s.practices().browse(s.practice_filter(), lang).shown;
      out.push_back(s.format("practices.count", {std::to_string(shown.size()),
                                                 std::to_string(s.practices().all().size())}));
      for (const Practice* p : shown)
        out.push_back("· " + display_title(*p, lang) + " — " +
                      country_name(s.strings(), p->country, lang));
      break;
    }
    case Screen::PracticeDetail:
      if (const Practice* p = s.open_practice()) {
        out.push_back(display_title(*p, lang));
        if (!is_reviewed(s.practices().review(), lang)) out.push_back(s.tr("review.draft"));
        out.push_back(place_line(s.strings(), *p, lang));
        out.push_back(p->purpose.in(lang));
      }
      break;
    case Screen::About:
      out.push_back(s.tr("about.heading"));
      out.push_back(s.tr("about.body"));
      // After "Print cards": where the deck went, for a player who cannot see the line under it.
      if (const ResultsNotice& n = s.cards_notice(); n.shown)
        out.push_back(n.error.empty() ? s.format("cards.saved", {n.file})
                                      : s.format("cards.save_failed", {n.error}));
      break;
    case Screen::ContentReport:
      out.push_back(s.tr("report.heading"));
      for (const auto& p : s.problems()) out.push_back(format_problem(p));
      break;
    case Screen::Workshop: workshop_lines(s, out); break;
    case Screen::Editor:
      out.push_back(s.tr("editor.heading"));
      if (const PackDraft* d = s.draft()) {
        const int errors = error_count(d->problems());
        out.push_back(d->id());
        out.push_back(errors == 0
                          ? s.tr("editor.ready")
                          : s.format_count("editor.to_fix", errors, {std::to_string(errors)}));
      }
      break;
    case Screen::ProposePractice:
      out.push_back(s.tr("propose.heading"));
      out.push_back(s.tr("propose.intro"));
      for (const auto& p : s.proposal_problems()) out.push_back("✗ " + p.message);
      if (const ResultsNotice& n = s.proposal_notice(); n.shown)
        out.push_back(n.error.empty() ? s.format("propose.saved", {n.file})
                                      : s.format("propose.save_failed", {n.error}));
      break;
    case Screen::Techniques:
      out.push_back(s.tr("prebunk.heading"));
      out.push_back(s.tr("prebunk.intro"));
      for (Technique t : prebunk_techniques()) {
        std::string key = std::string("technique.") + to_string(t);
        out.push_back(s.tr(key) + ": " + s.tr(key + ".about"));
        out.push_back(s.format("prebunk.example",
                               {s.tr("prebunk." + std::string(to_string(t)) + ".example")}));
        out.push_back(s.tr("prebunk." + std::string(to_string(t)) + ".spot"));
      }
      out.push_back(s.tr("prebunk.start"));
      break;
  }
  return out;
}

std::vector<Action> numbered_choices(const Session& s) {
  std::vector<Action> out;
  const Round& round = s.round();
  const Scenario* sc = round.current();
  if (s.screen() != Screen::Play || !sc || round.phase() != Phase::Answering) return out;
  if (round.settings().mode == Mode::Technique) {
    for (Technique t : round.technique_choices()) out.push_back(action::PickTechnique{t});
  } else if (round.settings().mode == Mode::Reply) {
    for (int i : round.reply_order()) out.push_back(action::PickReply{i});
  } else {
    for (Verdict v : sc->choices) out.push_back(action::PickVerdict{v});
  }
  return out;
}

}  // namespace ar
