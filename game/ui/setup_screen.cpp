#include <algorithm>

#include "screens.h"
#include "test_marks.h"
#include "theme.h"
#include "widgets.h"

namespace ar::ui {

std::optional<UiAction> setup_screen(const App& app, SetupChoices& choices) {
  std::optional<UiAction> action;
  const std::string& lang = app.language();
  begin_page("setup", 36);
  if (auto a = top_bar(app, Screen::Title)) action = a;
  heading(app.tr("setup.heading"));

  ImGui::TextUnformatted(app.tr("setup.mode").c_str());
  if (wrapped_button("mode-verdict", app.tr("mode.verdict") + " — " + app.tr("mode.verdict_hint"),
                     -1, choices.mode == Mode::Verdict))
    choices.mode = Mode::Verdict;
  if (wrapped_button("mode-reply", app.tr("mode.reply") + " — " + app.tr("mode.reply_hint"), -1,
                     choices.mode == Mode::Reply))
    choices.mode = Mode::Reply;

  ImGui::Dummy(em(0, 0.3f));
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(app.tr("setup.count").c_str());
  ImGui::SameLine();
  if (ImGui::Button("−##fewer", touch_size(2, 1.9f)) && choices.rumour_count > 1)
    --choices.rumour_count;
  mark("count-fewer");
  ImGui::SameLine();
  ImGui::Text("%d", choices.rumour_count);
  ImGui::SameLine();
  if (ImGui::Button("+##more", touch_size(2, 1.9f)) && choices.rumour_count < 20)
    ++choices.rumour_count;
  mark("count-more");

  ImGui::Dummy(em(0, 0.3f));
  ImGui::TextUnformatted(app.tr("setup.topics").c_str());
  if (chip("topic-all", app.tr("setup.all"), choices.topics.empty())) choices.topics.clear();
  for (const auto& t : rumour_topics()) {
    std::string label = app.tr("topic." + t);
    // Wrap chips onto the next line when the row is full.
    float w = ImGui::CalcTextSize(("✓ " + label).c_str()).x + 2 * ImGui::GetStyle().FramePadding.x;
    flow(w);
    bool on = choices.topics.count(t) != 0;
    if (chip("topic-" + t, label, on)) {
      if (on)
        choices.topics.erase(t);
      else
        choices.topics.insert(t);
    }
  }

  ImGui::Dummy(em(0, 0.3f));
  ImGui::TextUnformatted(app.tr("setup.difficulty").c_str());
  if (chip("difficulty-all", app.tr("setup.all_difficulties"), choices.difficulties.empty()))
    choices.difficulties.clear();
  for (Difficulty d : {Difficulty::Easy, Difficulty::Medium, Difficulty::Hard}) {
    ImGui::SameLine();
    bool on = choices.difficulties.count(d) != 0;
    if (chip(std::string("difficulty-") + to_string(d),
             app.tr(std::string("difficulty.") + to_string(d)), on)) {
      if (on)
        choices.difficulties.erase(d);
      else
        choices.difficulties.insert(d);
    }
  }

  ImGui::Dummy(em(0, 0.3f));
  if (wrapped_button("practice-toggle",
                     (choices.practice ? "✓ " : "○ ") + app.tr("setup.practice") + " — " +
                         app.tr("setup.practice_hint"),
                     -1, choices.practice))
    choices.practice = !choices.practice;

  // Say how many rumours these choices give, before the player presses start.
  RoundSettings probe;
  probe.topics.assign(choices.topics.begin(), choices.topics.end());
  probe.difficulties.assign(choices.difficulties.begin(), choices.difficulties.end());
  probe.language = lang;
  size_t available = Round::eligible(app.library(), probe).size();
  ImGui::Dummy(em(0, 0.3f));
  if (available == 0) {
    wrapped_text("✗ " + app.tr("setup.none"), colour::wrong);
  } else {
    wrapped_text(
        app.strings().format("setup.available", lang,
                             {std::to_string(available),
                              std::to_string(std::min<size_t>(available, choices.rumour_count))}),
        colour::muted);
    if (big_button("start", app.tr("setup.start"), -1)) action = ui_action::StartRound{};
  }
  end_page();
  return action;
}

}  // namespace ar::ui
