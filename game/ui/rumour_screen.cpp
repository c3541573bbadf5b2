#include <algorithm>

#include "practice_links.h"
#include "screens.h"
#include "test_marks.h"
#include "theme.h"
#include "widgets.h"

namespace ar::ui {

namespace {

const ReviewByLanguage* review_of(const App& app, const Scenario& s) {
  for (const auto& p : app.library().packs())
    if (p.info.id == s.pack_id) return &p.info.review;
  return nullptr;
}

std::optional<UiAction> answer_buttons(const App& app, const Scenario& s, Mode mode) {
  std::optional<UiAction> action;
  const std::string& lang = app.language();
  if (mode == Mode::Verdict) {
    ImGui::TextUnformatted(app.tr("play.ask_verdict").c_str());
    for (Verdict v : s.choices) {
      std::string name = to_string(v);
      if (wrapped_button("verdict-" + name, app.tr("verdict." + name)))
        action = ui_action::Game{action::PickVerdict{v}};
    }
  } else {
    ImGui::TextUnformatted(app.tr("play.ask_reply").c_str());
    for (size_t i = 0; i < s.replies.size(); ++i)
      if (wrapped_button("reply-" + std::to_string(i), s.replies[i].text.in(lang)))
        action = ui_action::Game{action::PickReply{static_cast<int>(i)}};
  }
  return action;
}

std::optional<UiAction> feedback(const App& app, const Scenario& s, const Answer& answer) {
  std::optional<UiAction> action;
  const std::string& lang = app.language();
  const Round& round = app.round();
  bool right = answer.verdict ? *answer.verdict == s.verdict
                              : s.replies[answer.reply].quality == ReplyQuality::Good;
  bool partial = !right && answer.points > 0;
  if (round.settings().practice && !answer.verdict)
    partial = s.replies[answer.reply].quality == ReplyQuality::Partial;
  // Right or wrong in words and a symbol, not colour alone.
  if (!answer.verdict) {
    // The exchange: the neighbour spoke (the card above), now the player's answer, set to the
    // right like the other side of a conversation.
    ImGui::Indent(em(3));
    begin_card("your-reply", ImVec4{0.88f, 0.93f, 0.99f, 1});
    ImGui::TextColored(colour::muted, "%s", app.tr("play.you_reply").c_str());
    wrapped_text("«" + s.replies[answer.reply].text.in(lang) + "»");
    end_card();
    ImGui::Unindent(em(3));
  }
  std::string verdict_line = right     ? "✓ " + app.tr("play.right")
                             : partial ? "~ " + app.tr("play.partly")
                                       : "✗ " + app.tr("play.wrong");
  heading(verdict_line, 1.3f);
  mark("feedback-result");
  if (answer.verdict) {
    wrapped_text(app.strings().format("play.verdict_is", lang,
                                      {app.tr(std::string("verdict.") + to_string(s.verdict))}));
  } else {
    const Reply& r = s.replies[answer.reply];
    begin_card("reply-feedback", colour::card);
    ImGui::TextColored(colour::muted, "%s",
                       app.tr(std::string("reply_kind.") + to_string(r.kind)).c_str());
    wrapped_text(r.feedback.in(lang));
    end_card();
  }
  if (auto a = fact_card(app, s)) action = a;
  heading(app.tr("play.why"), 1.1f);
  wrapped_text(s.explanation.in(lang));
  if (!answer.verdict) {
    // Show the good replies too, so the player leaves with words they can use.
    for (const auto& r : s.replies)
      if (r.quality == ReplyQuality::Good && &r != &s.replies[answer.reply])
        wrapped_text("✓ " + app.tr("play.good_reply") + " " + r.text.in(lang), colour::right);
  }
  if (!s.discussion.empty()) {
    heading(app.tr("play.discuss"), 1.1f);
    wrapped_text(s.discussion.in(lang), colour::muted);
  }
  // What cities did: the practices linked to this rumour, by id or by topic.
  std::vector<const Practice*> related = practices_for(s, app.practices());
  if (!related.empty()) {
    heading(app.tr("play.cities_did"), 1.1f);
    for (size_t i = 0; i < related.size(); ++i) {
      const Practice* p = related[i];
      std::string label = p->title + " — " + p->cities.front() + " (" + p->country + ")";
      if (wrapped_button("related-" + std::to_string(i), label))
        action = ui_action::OpenPractice{p->id};
    }
  }
  ImGui::Dummy(em(0, 0.3f));
  bool last = round.position() + 1 >= round.order().size();
  if (big_button("next", app.tr(last ? "play.see_result" : "play.next"), -1))
    action = ui_action::Game{action::Next{}};
  return action;
}

}  // namespace

std::optional<UiAction> fact_card(const App& app, const Scenario& s) {
  std::optional<UiAction> action;
  const std::string& lang = app.language();
  begin_card(("fact-" + s.id).c_str(), colour::card);
  ImGui::TextColored(colour::accent, "%s", app.tr("play.fact").c_str());
  if (!s.fact.figure.empty()) heading(s.fact.figure.in(lang), 1.25f);
  wrapped_text(s.fact.text.in(lang));
  const Source& src = s.fact.source;
  wrapped_text(
      app.strings().format("play.source", lang,
                           {src.institution, src.title, std::to_string(src.year), src.area}),
      colour::muted);
  if (ImGui::Button((app.tr("play.open_source") + " ↗##source").c_str(), {0, touch_height(0)}))
    action = ui_action::OpenLink{src.url};
  mark("source-link");
  end_card();
  return action;
}

std::optional<UiAction> rumour_screen(const App& app) {
  std::optional<UiAction> action;
  const Round& round = app.round();
  const Scenario* s = round.current();
  begin_page("play", 36);
  if (auto a = top_bar(app, Screen::Title)) action = a;
  if (!s) {
    end_page();
    return action;
  }
  const std::string& lang = app.language();
  ImGui::TextColored(
      colour::muted, "%s",
      app.strings()
          .format("play.progress", lang,
                  {std::to_string(round.position() + 1), std::to_string(round.order().size()),
                   app.tr("topic." + s->topic)})
          .c_str());
  if (!round.settings().practice) {
    // Before the first answer there is nothing to measure yet: the umbrella, without a number.
    umbrella_meter(round.answers().empty() ? 100 : round.protection_percent(),
                   app.strings().format("play.streak", lang, {std::to_string(round.streak())}),
                   !round.answers().empty());
  } else {
    ImGui::TextColored(colour::muted, "%s", app.tr("play.practice_note").c_str());
  }
  begin_card("rumour", ImVec4{1.0f, 0.97f, 0.88f, 1});
  ImGui::TextColored(
      colour::muted, "%s",
      app.tr(round.settings().mode == Mode::Reply ? "play.neighbour_reply" : "play.neighbour")
          .c_str());
  heading("«" + s->rumour.in(lang) + "»", 1.2f);
  mark("rumour-text");
  end_card();

  if (round.phase() == Phase::Answering) {
    if (auto a = answer_buttons(app, *s, round.settings().mode)) action = a;
  } else if (const Answer* answer = round.last_answer()) {
    if (auto a = feedback(app, *s, *answer)) action = a;
  }
  if (const auto* review = review_of(app, *s)) review_note(app, *review);
  end_page();
  return action;
}

}  // namespace ar::ui
