#pragma once
// What a screen asks for. Screens draw state and return at most one of these a frame; the App
// applies it. Screens never change game state themselves.
#include <string>
#include <variant>

#include "round.h"

namespace ar::ui {

enum class Screen { Title, Setup, Play, Summary, Practices, PracticeDetail, ContentReport, About };
const char* to_string(Screen s);

namespace ui_action {
struct GoTo {
  Screen screen;
};
struct Game {
  Action action;
};                     // passed to the round's state machine
struct StartRound {};  // start with the choices made on the setup screen
struct OpenLink {
  std::string url;
};  // the platform opens it (new tab / system browser)
struct SetLanguage {
  std::string language;
};
struct ReopenFact {
  std::string scenario_id;
};  // read a believed rumour's fact again
struct CloseFact {};
struct OpenPractice {
  std::string practice_id;
};
struct PlayTopic {
  std::string topic;
};  // from a practice: a round on that practice's topic
}  // namespace ui_action

using UiAction = std::variant<ui_action::GoTo, ui_action::Game, ui_action::StartRound,
                              ui_action::OpenLink, ui_action::SetLanguage, ui_action::ReopenFact,
                              ui_action::CloseFact, ui_action::OpenPractice, ui_action::PlayTopic>;

}  // namespace ar::ui
