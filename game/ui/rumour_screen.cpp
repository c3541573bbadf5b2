#include <algorithm>

#include "keyboard_focus.h"
#include "neighbour.h"
#include "practice_links.h"
#include "screen_text.h"
#include "screens.h"
#include "test_marks.h"
#include "theme.h"
#include "widgets.h"

namespace ar::ui {

namespace {

const ReviewByLanguage* review_of(const Session& session, const Scenario& s) {
  for (const auto& p : session.library().packs())
    if (p.info.id == s.pack_id) return &p.info.review;
  return nullptr;
}

std::optional<SessionAction> answer_buttons(const Session& session, const Scenario& s, Mode mode) {
  std::optional<SessionAction> action;
  const std::string& lang = session.language();
  if (mode == Mode::Verdict) {
    // How sure the player is, before the verdict: optional, and it changes no score.
    const Round& round = session.round();
    ImGui::TextColored(colour::muted, "%s", session.tr("play.ask_confidence").c_str());
    for (const auto& [level, name] : confidence_names()) {
      std::string label = session.tr(std::string("confidence.") + name);
      if (level != confidence_names().front().value)
        flow(ImGui::CalcTextSize(("✓ " + label).c_str()).x + 2 * ImGui::GetStyle().FramePadding.x);
      bool on = round.confidence() == level;
      if (chip(std::string("confidence-") + name, label, on))
        action = session_action::Game{
            action::ChooseConfidence{on ? std::nullopt : std::optional<Confidence>(level)}};
    }
    ImGui::Dummy(em(0, 0.2f));
    ImGui::TextUnformatted(session.tr("play.ask_verdict").c_str());
    for (Verdict v : s.choices) {
      std::string name = to_string(v);
      if (wrapped_button("verdict-" + name, session.tr("verdict." + name)))
        action = session_action::Game{action::PickVerdict{v}};
      if (v == s.choices.front()) default_focus();  // Tab starts at the first answer
    }
  } else if (mode == Mode::Technique) {
    ImGui::TextUnformatted(session.tr("play.ask_technique").c_str());
    const auto& offered = session.round().technique_choices();
    for (Technique t : offered) {
      std::string name = to_string(t);
      if (wrapped_button("technique-" + name, session.tr("technique." + name)))
        action = session_action::Game{action::PickTechnique{t}};
      if (t == offered.front()) default_focus();
    }
  } else {
    ImGui::TextUnformatted(session.tr("play.ask_reply").c_str());
    // In the round's shuffled order; each button keeps its reply's own number as its name.
    for (int i : session.round().reply_order()) {
      if (wrapped_button("reply-" + std::to_string(i),
                         s.replies[static_cast<size_t>(i)].text.in(lang)))
        action = session_action::Game{action::PickReply{i}};
      if (i == session.round().reply_order().front()) default_focus();
    }
  }
  return action;
}

std::optional<SessionAction> feedback(const Session& session, const Scenario& s,
                                      const Answer& answer) {
  std::optional<SessionAction> action;
  const std::string& lang = session.language();
  const Round& round = session.round();
  // Fact first (a "truth sandwich": repeating a rumour as a headline makes it more familiar, and
  // so more believed). The outcome, right or wrong in words and a symbol, not colour alone.
  std::string verdict_line = answer.outcome == Outcome::Right    ? "✓ " + session.tr("play.right")
                             : answer.outcome == Outcome::Partly ? "~ " + session.tr("play.partly")
                                                                 : "✗ " + session.tr("play.wrong");
  heading(verdict_line, 1.3f);
  mark("feedback-result");
  // Then the fact, leading.
  if (auto a = fact_card(session, s)) action = a;
  // Then the rumour, small and plainly marked as the claim that was checked: never a headline.
  ImGui::Dummy(em(0, 0.2f));
  ImGui::TextColored(colour::muted, "%s", session.tr("play.claim_checked").c_str());
  wrapped_text(quoted(s.rumour.in(lang), lang), colour::muted);
  mark("claim", s.rumour.in(lang));
  // What is wrong with it (or, for a true one, what holds).
  wrapped_text(session.strings().format(
      "play.verdict_is", lang, {session.tr(std::string("verdict.") + to_string(s.verdict))}));
  // The technique the rumour uses, named: the trick the player can spot again tomorrow.
  std::vector<std::string> techniques = technique_lines(session, s);
  for (size_t i = 0; i < techniques.size(); ++i) {
    wrapped_text(techniques[i]);
    mark("technique-" + std::to_string(i), techniques[i]);
  }
  heading(session.tr("play.why"), 1.1f);
  wrapped_text(s.explanation.in(lang));
  // And the fact again, in one line: the closing slice.
  std::string again =
      session.strings().format("play.fact_again", lang, {fact_in_one_line(s.fact, lang)});
  wrapped_text(again, colour::accent);
  mark("fact-again", again);
  // What the player answered besides a verdict, in a quiet line: "Your answer: …", "You said: …".
  auto said = [&](const char* mark_id, const char* key, const std::string& word) {
    std::string line = session.strings().format(key, lang, {session.tr(word)});
    wrapped_text(line, colour::muted);
    mark(mark_id, line);
  };
  if (answer.technique)
    said("technique-picked", "play.technique_picked",
         std::string("technique.") + to_string(*answer.technique));
  if (answer.confidence)
    said("confidence-said", "play.confidence_said",
         std::string("confidence.") + to_string(*answer.confidence));
  if (answer.reply >= 0) {
    // The exchange: the player's answer, set to the right like the other side of a conversation,
    // and what it does.
    ImGui::Dummy(em(0, 0.3f));
    ImGui::Indent(em(3));
    begin_card("your-reply", colour::reply_card);
    ImGui::TextColored(colour::muted, "%s", session.tr("play.you_reply").c_str());
    wrapped_text(quoted(s.replies[answer.reply].text.in(lang), lang));
    end_card();
    ImGui::Unindent(em(3));
    const Reply& r = s.replies[answer.reply];
    std::string kind = std::string("reply_kind.") + to_string(r.kind);
    // And how such a reply tends to land: the same neighbour answers, in their own voice.
    ImGui::Dummy(em(0, 0.3f));
    const float face = em(2.2f);
    draw_neighbour(neighbour_for(s.id), ImGui::GetCursorScreenPos(), face);
    ImGui::Dummy({face, face});
    ImGui::SameLine();
    begin_card("neighbour-answers", colour::rumour_card, column_width() - em(3));
    ImGui::TextColored(colour::muted, "%s", session.tr("play.neighbour_answers").c_str());
    const std::string reaction = session.tr(kind + ".reaction");
    wrapped_text(quoted(reaction, lang));
    mark("neighbour-reaction", reaction);
    end_card();
    ImGui::Dummy(em(0, 0.3f));
    begin_card("reply-feedback", colour::card);
    ImGui::TextColored(colour::muted, "%s", session.tr(kind).c_str());
    wrapped_text(r.feedback.in(lang));
    // What this kind of reply does in general: the lesson that carries over to the next rumour.
    wrapped_text(session.tr(kind + ".about"), colour::muted);
    mark("reply-kind-about", session.tr(kind + ".about"));
    end_card();
    // Show the good replies too, so the player leaves with words they can use.
    for (const auto& g : s.replies)
      if (g.quality == ReplyQuality::Good && &g != &r)
        wrapped_text("✓ " + session.tr("play.good_reply") + " " + g.text.in(lang), colour::right);
  }
  if (!s.discussion.empty()) {
    heading(session.tr("play.discuss"), 1.1f);
    wrapped_text(s.discussion.in(lang), colour::muted);
  }
  // What cities did: the practices linked to this rumour, by id or by topic.
  std::vector<const Practice*> related = practices_for(s, session.practices());
  if (!related.empty()) {
    heading(session.tr("play.cities_did"), 1.1f);
    for (size_t i = 0; i < related.size(); ++i) {
      const Practice* p = related[i];
      std::string label = p->title + " — " + p->cities.front() + " (" + p->country + ")";
      if (wrapped_button("related-" + std::to_string(i), label))
        action = session_action::OpenPractice{p->id};
    }
  }
  ImGui::Dummy(em(0, 0.3f));
  bool last = round.position() + 1 >= round.order().size();
  if (big_button("next", session.tr(last ? "play.see_result" : "play.next"), -1))
    action = session_action::Game{action::Next{}};
  default_focus();
  return action;
}

// Keyboard play: the number keys pick the choices in the order shown (as the screen reader's
// mirror numbers them); Enter goes on from the feedback unless the keyboard is on another button.
std::optional<SessionAction> keyboard_play(const Session& session) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput) return std::nullopt;
  std::vector<Action> choices = numbered_choices(session);
  for (int n = 0; n < static_cast<int>(choices.size()) && n < 9; ++n)
    if (ImGui::IsKeyPressed(static_cast<ImGuiKey>(ImGuiKey_1 + n), false) ||
        ImGui::IsKeyPressed(static_cast<ImGuiKey>(ImGuiKey_Keypad1 + n), false))
      return session_action::Game{choices[static_cast<size_t>(n)]};
  bool enter = ImGui::IsKeyPressed(ImGuiKey_Enter, false) ||
               ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false);
  if (enter && session.round().phase() == Phase::Feedback && !io.NavVisible)
    return session_action::Game{action::Next{}};
  return std::nullopt;
}

}  // namespace

std::optional<SessionAction> fact_card(const Session& session, const Scenario& s) {
  std::optional<SessionAction> action;
  const std::string& lang = session.language();
  begin_card(("fact-" + s.id).c_str(), colour::card);
  ImGui::TextColored(colour::accent, "%s", session.tr("play.fact").c_str());
  if (!s.fact.figure.empty()) heading(s.fact.figure.in(lang), 1.25f);
  wrapped_text(s.fact.text.in(lang));
  const Source& src = s.fact.source;
  wrapped_text(
      session.strings().format("play.source", lang,
                               {src.institution, src.title, std::to_string(src.year), src.area}),
      colour::muted);
  if (ImGui::Button((session.tr("play.open_source") + " ↗##source").c_str(), {0, touch_height(0)}))
    action = session_action::OpenLink{src.url};
  mark("source-link", session.tr("play.open_source"));
  if (session.is_device_pack(s.pack_id)) {
    // A shared link cannot lend a trainer's own pack the shipped packs' authority.
    std::string title = s.pack_id;
    for (const auto& p : session.library().packs())
      if (p.info.id == s.pack_id) title = p.info.title.in(lang);
    const std::string note = session.format("play.device_pack", {title});
    wrapped_text(note, colour::wrong);
    mark("fact-not-checked", note);
  }
  end_card();
  mark("fact-card");
  return action;
}

std::optional<SessionAction> rumour_screen(const Session& session, double scene_time) {
  std::optional<SessionAction> action;
  const Round& round = session.round();
  const Scenario* s = round.current();
  begin_page("play", 36);
  if (auto a = top_bar(session, Screen::Title)) action = a;
  if (!s) {
    end_page();
    return action;
  }
  const std::string& lang = session.language();
  ImGui::TextColored(
      colour::muted, "%s",
      session.strings()
          .format("play.progress", lang,
                  {std::to_string(round.position() + 1), std::to_string(round.order().size()),
                   session.tr("topic." + s->topic)})
          .c_str());
  if (!round.settings().practice) {
    // Before the first answer there is nothing to measure yet: the umbrella, without a number.
    // After an answer, the person under it: the umbrella opens, or the rain comes through.
    const Answer* answered = round.phase() == Phase::Feedback ? round.last_answer() : nullptr;
    Umbrella scene = answered ? umbrella_after(answered->outcome, round.streak()) : Umbrella{};
    umbrella_meter(round.answers().empty() ? 100 : round.protection_percent(),
                   session.strings().format("play.streak", lang, {std::to_string(round.streak())}),
                   !round.answers().empty(), answered ? &scene : nullptr, scene_time);
    if (scene.sun) {
      // The celebration in words too: the picture is never the only way to tell.
      std::string cheer =
          session.strings().format("play.streak_cheer", lang, {std::to_string(round.streak())});
      wrapped_text(cheer, colour::right);
      mark("streak-cheer", cheer);
    }
  } else {
    ImGui::TextColored(colour::muted, "%s", session.tr("play.practice_note").c_str());
  }
  if (round.phase() == Phase::Answering) {
    // Only while asking does the rumour lead; the feedback shows it after the fact.
    begin_card("rumour", colour::rumour_card);
    // The neighbour who says it, drawn beside the words that introduce them; the same rumour
    // always comes from the same neighbour.
    const float face = em(2.6f);
    draw_neighbour(neighbour_for(s->id), ImGui::GetCursorScreenPos(), face);
    ImGui::Dummy({face, face});
    mark("neighbour");
    ImGui::SameLine();
    ImGui::BeginGroup();
    // A spacer, not SetCursorPosY: the words sit level with the middle of the face.
    ImGui::Dummy({1, std::max(0.0f, (face - ImGui::GetTextLineHeight()) / 2 -
                                        ImGui::GetStyle().ItemSpacing.y)});
    ImGui::TextColored(
        colour::muted, "%s",
        session.tr(round.settings().mode == Mode::Reply ? "play.neighbour_reply" : "play.neighbour")
            .c_str());
    ImGui::EndGroup();
    heading(quoted(s->rumour.in(lang), lang), 1.2f);
    mark("rumour-text", s->rumour.in(lang));
    end_card();
    if (auto a = answer_buttons(session, *s, round.settings().mode)) action = a;
  } else if (const Answer* answer = round.last_answer()) {
    if (auto a = feedback(session, *s, *answer)) action = a;
  }
  if (const auto* review = review_of(session, *s)) review_note(session, *review);
  end_page();
  if (auto a = keyboard_play(session)) action = a;
  return action;
}

}  // namespace ar::ui
