// "Propose a practice": the Intercultural Cities template for collecting good practices as a
// form. Each field shows the problems check() finds in it, in the words of the catalogue's own
// loader; the button hands the entry for content/practices.json over as a file.
#include <algorithm>

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>  // InputText on std::string

#include "practice_proposal.h"
#include "screens.h"
#include "test_marks.h"
#include "theme.h"
#include "widgets.h"

namespace ar::ui {

namespace {

// The problems about `field` ("title", "purpose.eu"), in red under its input.
void field_problems(const Session& session, const std::string& field) {
  int n = 0;
  for (const Problem& p : session.proposal_problems()) {
    if (proposal_field(p) != field) continue;
    wrapped_text("✗ " + p.message,
                 p.severity == Problem::Severity::Error ? colour::wrong : colour::muted);
    std::string id = "propose-problem-" + field;
    if (n++) id += '-', id += std::to_string(n);
    mark(id, p.message);
  }
}

void label(const std::string& text) {
  ImGui::Dummy(em(0, 0.3f));
  ImGui::TextUnformatted(text.c_str());
}

// One line of text: `key` names it ("propose.title"), `field` its entry key.
void line_field(const Session& session, const char* key, const std::string& field,
                std::string& value) {
  label(session.tr(key));
  ImGui::SetNextItemWidth(column_width());
  ImGui::InputText(("##" + field).c_str(), &value);
  mark_text_field("propose-" + field);
  field_problems(session, field);
}

// A text in each of the game's languages, a box for each; `lines` tall.
void language_fields(const Session& session, const char* key, const std::string& field,
                     LocalText& text, float lines) {
  label(session.tr(key));
  field_problems(session, field);  // about the text as a whole (missing, or a language too many)
  for (const auto& lang : supported_languages()) {
    std::string value = text.by_language.count(lang) ? text.by_language.at(lang) : "";
    std::string upper;
    for (char c : lang) upper += static_cast<char>(c - 'a' + 'A');
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(colour::muted, "%s", upper.c_str());
    ImGui::SameLine();
    std::string id = "##" + field + "." + lang;
    float w = column_right() - ImGui::GetCursorPosX();  // the rest of the column's line
    bool changed = false;
    if (lines > 1) {
      changed = ImGui::InputTextMultiline(id.c_str(), &value, {w, em(lines * 1.3f)});
    } else {
      ImGui::SetNextItemWidth(w);
      changed = ImGui::InputText(id.c_str(), &value);
    }
    mark_text_field("propose-" + field + "-" + lang);
    if (changed) {
      if (value.empty())
        text.by_language.erase(lang);
      else
        text.by_language[lang] = value;
    }
    field_problems(session, field + "." + lang);
  }
}

// Chips for a closed list of topics; `names` gives each its words.
void topic_field(const Session& session, const char* key, const std::string& field,
                 const std::vector<std::string>& all, std::vector<std::string>& chosen,
                 const std::string& name_prefix) {
  label(session.tr(key));
  for (const auto& t : all) {
    bool on = std::find(chosen.begin(), chosen.end(), t) != chosen.end();
    std::string words = session.tr(name_prefix + t);
    flow(ImGui::CalcTextSize(("✓ " + words).c_str()).x + 2 * ImGui::GetStyle().FramePadding.x);
    if (chip("propose-" + field + "-" + t, words, on)) {
      if (on)
        chosen.erase(std::find(chosen.begin(), chosen.end(), t));
      else
        chosen.push_back(t);
    }
  }
  field_problems(session, field);
}

}  // namespace

std::optional<SessionAction> practice_proposal_screen(const Session& session) {
  std::optional<SessionAction> action;
  // The widgets edit a copy; a change goes back to the session, which checks it.
  PracticeProposal p = session.proposal();
  begin_page("propose", 40);
  if (auto a = top_bar(session, Screen::Practices)) action = a;
  heading(session.tr("propose.heading"));
  wrapped_text(session.tr("propose.intro"), colour::muted);

  line_field(session, "propose.title", "title", p.title);
  language_fields(session, "propose.title_local", "title_translated", p.title_local, 1);
  line_field(session, "propose.cities", "cities", p.cities);
  line_field(session, "propose.country", "country", p.country);
  line_field(session, "propose.years", "years", p.years);
  topic_field(session, "propose.topics", "topics", practice_topics(), p.topics, "topic.");
  topic_field(session, "propose.icc_topics", "icc_topics", icc_topic_list(), p.icc_topics,
              "icc_topic.");
  language_fields(session, "propose.purpose", "purpose", p.purpose, 3);
  language_fields(session, "propose.rationale", "rationale", p.rationale, 3);
  language_fields(session, "propose.process", "process", p.process, 3);
  language_fields(session, "propose.results", "results", p.results, 3);
  line_field(session, "propose.url", "url", p.url);

  ImGui::Dummy(em(0, 0.5f));
  // Only a checked entry leaves the game: the button waits until every field is right.
  const bool ready = !has_errors(session.proposal_problems());
  if (!ready) {
    wrapped_text(session.tr("propose.fix_first"), colour::wrong);
    mark("propose-fix-first");
  }
  ImGui::BeginDisabled(!ready);
  if (big_button("propose-save", session.tr("propose.save"), -1))
    action = session_action::SaveProposal{};
  ImGui::EndDisabled();
  if (const ResultsNotice& n = session.proposal_notice(); n.shown) {
    const std::string text = n.error.empty() ? session.format("propose.saved", {n.file})
                                             : session.format("propose.save_failed", {n.error});
    wrapped_text(text, n.error.empty() ? colour::right : colour::wrong);
    mark("propose-notice", text);
  }
  // The entry itself, to select and copy where the clipboard reaches (the desktop).
  if (ready) {
    label(session.tr("propose.entry"));
    std::string entry = proposal_json(session.proposal());
    ImGui::InputTextMultiline("##entry", &entry, {column_width(), em(12)},
                              ImGuiInputTextFlags_ReadOnly);
    mark("propose-entry", entry);
  }
  end_page();
  if (!action && !(p == session.proposal())) action = session_action::ChangeProposal{p};
  return action;
}

}  // namespace ar::ui
