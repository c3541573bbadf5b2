// The editor: a facilitator writes their own pack, field by field, in each of its languages. Every
// field shows the loader's own problems beside it (the rules and words of --validate); each change
// goes back to the session as an edit, which keeps the draft on the device.
#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "screens.h"
#include "test_marks.h"
#include "theme.h"
#include "widgets.h"

namespace ar::ui {

namespace {

namespace de = session_action::draft_edit;

// A word of a Word or Words field in the player's language ("false" → "Falso").
std::string word_label(const Session& session, const std::string& key, const std::string& word) {
  std::string table = key == "verdict" || key == "choices" ? "verdict"
                      : key == "techniques"                ? "technique"
                      : key == "kind"                      ? "reply_kind"
                      : key == "quality"                   ? "editor.quality"
                      : key == "status"                    ? "editor.status"
                                                           : key;  // topic, difficulty
  std::string k = table + "." + word;
  return session.strings().has(k) ? session.tr(k) : word;
}

// The field's name for marks and ImGui ids: "s0-fact.source.url-es", "s0-r1-feedback-en".
std::string field_id(const FieldAt& at) {
  std::string id = at.scenario < 0 ? "pack" : std::to_string(at.scenario).insert(0, 1, 's');
  if (at.reply >= 0) id += "-r" + std::to_string(at.reply);
  id += "-" + at.key;
  if (!at.language.empty()) id += "-" + at.language;
  return id;
}

// The loader's problems with this field, under it.
void field_problems(const PackDraft& draft, const FieldAt& at) {
  for (const Problem* p : draft.problems_at(at)) {
    const bool error = p->severity == Problem::Severity::Error;
    wrapped_text((error ? "✗ " : "! ") + p->message, error ? colour::wrong : colour::muted);
    mark("problem-" + field_id(at), p->message);
  }
}

// One text box; an edit becomes a Set. Paragraphs get several lines; a text wider than its box is
// shown again, wrapped, under it (ImGui's boxes do not wrap).
void text_box(const PackDraft& draft, FieldAt at, const DraftField& f, const std::string& label,
              std::optional<SessionAction>& action) {
  std::string value = draft.get(at);
  const std::string id = field_id(at);
  ImGui::PushID(id.c_str());
  if (!label.empty()) ImGui::TextUnformatted(label.c_str());
  ImGui::SetNextItemWidth(column_width());
  bool changed = false;
  if (f.kind == DraftFieldKind::Text || f.kind == DraftFieldKind::Ids) {
    const float lines = f.kind == DraftFieldKind::Text ? 3.2f : 2.2f;
    changed = ImGui::InputTextMultiline("##v", &value,
                                        ImVec2(column_width(), ImGui::GetFontSize() * lines));
  } else {
    changed = ImGui::InputText("##v", &value);
  }
  mark_text_field("field-" + id);
  if (changed) action = session_action::EditDraft{de::Set{at, value}};
  if (f.kind != DraftFieldKind::Ids && ImGui::CalcTextSize(value.c_str()).x > column_width() * 0.9f)
    wrapped_text(value, colour::muted);
  ImGui::PopID();
  field_problems(draft, at);
}

// A field as its kind asks: a box per language, chips for words.
void draw_field(const Session& session, const PackDraft& draft, FieldAt at, const DraftField& f,
                std::optional<SessionAction>& action) {
  const std::string label = session.tr(std::string("editor.field.") + f.key);
  ImGui::Dummy(em(0, 0.3f));
  if (f.per_language) {
    ImGui::TextUnformatted(label.c_str());
    for (const auto& lang : draft.languages()) {
      at.language = lang;
      const std::string lang_key = "editor.language." + lang;
      text_box(draft, at, f,
               session.strings().has(lang_key) ? session.tr(lang_key) + ":" : lang + ":", action);
    }
    at.language.clear();
    return;
  }
  if (f.kind == DraftFieldKind::Word || f.kind == DraftFieldKind::Words) {
    ImGui::TextUnformatted(label.c_str());
    const std::vector<std::string> chosen = draft.words(at);
    bool first = true;
    for (const auto& word : field_words(f.key)) {
      const bool on = std::find(chosen.begin(), chosen.end(), word) != chosen.end();
      // Chips wrap onto the next line when the row is full (the first starts its own).
      const std::string shown = word_label(session, f.key, word);
      if (!first)
        flow(ImGui::CalcTextSize(("✓ " + shown).c_str()).x + 2 * ImGui::GetStyle().FramePadding.x);
      first = false;
      if (chip("chip-" + field_id(at) + "-" + word, shown, on)) {
        if (f.kind == DraftFieldKind::Words)
          action = session_action::EditDraft{de::Toggle{at, word}};
        else if (!on)
          action = session_action::EditDraft{de::Set{at, word}};
      }
    }
    field_problems(draft, at);
    return;
  }
  text_box(draft, at, f, label, action);
}

void notice(const Session& session) {
  const EditorNotice& n = session.editor_notice();
  using K = EditorNotice::Kind;
  std::string text;
  bool bad = true;
  switch (n.kind) {
    case K::None: return;
    case K::Saved:
      text = session.format("editor.saved", {n.where});
      bad = false;
      break;
    case K::SaveRefused: text = session.tr("editor.save_refused"); break;
    case K::Exported:
      text = session.format("editor.exported", {n.where});
      bad = false;
      break;
    case K::ExportFailed: text = session.format("editor.export_failed", {n.where}); break;
    case K::NotKept: text = session.tr("editor.not_kept"); break;
  }
  ImGui::BeginGroup();
  wrapped_text(text, bad ? colour::wrong : colour::right);
  for (const auto& p : n.problems) wrapped_text(format_problem(p), colour::wrong);
  ImGui::EndGroup();
  mark("editor-notice", text);
}

// Keep, play, download, undo: at the top and again at the foot of a long page.
void pack_buttons(const Session& session, const PackDraft& draft, const char* where,
                  std::optional<SessionAction>& action) {
  const std::string w = where;
  auto button = [&](const std::string& id, const std::string& key) {
    const std::string label = session.tr(key);
    flow(ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2 + 1);
    return big_button(id + w, label);
  };
  if (button("editor-save", "editor.save")) action = session_action::SaveDraft{};
  if (button("editor-play", "editor.play")) action = session_action::PlayDraft{};
  if (button("editor-download-json", "editor.download_json"))
    action = session_action::ExportDraft{session_action::DraftFormat::Json};
  if (draft.ready() && button("editor-download-csv", "editor.download_csv"))
    action = session_action::ExportDraft{session_action::DraftFormat::Csv};
  ImGui::BeginDisabled(!draft.can_undo());
  if (button("editor-undo", "editor.undo")) action = session_action::EditDraft{de::Undo{}};
  ImGui::EndDisabled();
  // Refused, with the reason said, while the draft is not kept anywhere.
  if (w.empty() && button("editor-new", "editor.new_pack")) action = session_action::NewDraft{};
}

}  // namespace

std::optional<SessionAction> editor_screen(const Session& session) {
  std::optional<SessionAction> action;
  if (auto a = begin_screen(session, "editor", 44, "editor.heading")) action = a;
  const PackDraft* draft = session.draft();
  if (!draft) {
    end_page();
    return action;
  }
  wrapped_text(session.tr("editor.intro"), colour::muted);
  // How far the pack is from loading, counted as --validate counts its errors.
  const int errors = error_count(draft->problems());
  const std::string state =
      errors == 0 ? session.tr("editor.ready")
                  : session.format_count("editor.to_fix", errors, {std::to_string(errors)});
  wrapped_text(state, errors == 0 ? colour::right : colour::wrong);
  mark("editor-state", state);
  pack_buttons(session, *draft, "", action);
  notice(session);

  ImGui::Dummy(em(0, 0.5f));
  heading(session.tr("editor.pack_details"), 1.1f);
  for (const auto& f : pack_fields())
    draw_field(session, *draft, FieldAt{-1, -1, f.key}, f, action);

  ImGui::Dummy(em(0, 0.5f));
  heading(session.tr("editor.rumours"), 1.1f);
  const int shown = session.draft_scenario();
  for (int i = 0; i < draft->scenario_count(); ++i) {
    const std::string name =
        session.format("editor.rumour_n", {std::to_string(i + 1)}) + " · " + draft->scenario_id(i);
    // A rumour with problems says so on its chip, not by colour alone.
    const bool fine = draft->problems_at(FieldAt{i, -1, ""}).empty();
    if (chip("editor-rumour-" + std::to_string(i), (fine ? "" : "✗ ") + name, i == shown))
      action = session_action::EditDraft{de::Show{i}};
  }
  auto small = [&](const std::string& id, const std::string& key) {
    const std::string label = session.tr(key);
    flow(ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2 + 1);
    return big_button(id, label);
  };
  ImGui::Dummy(em(0, 0.2f));
  if (small("editor-add", "editor.add")) action = session_action::EditDraft{de::AddScenario{}};
  if (draft->scenario_count() == 0) {
    wrapped_text(session.tr("editor.no_rumours"), colour::muted);
    end_page();
    return action;
  }
  if (small("editor-duplicate", "editor.duplicate"))
    action = session_action::EditDraft{de::Duplicate{}};
  if (shown > 0 && small("editor-up", "editor.up"))
    action = session_action::EditDraft{de::Move{-1}};
  if (shown + 1 < draft->scenario_count() && small("editor-down", "editor.down"))
    action = session_action::EditDraft{de::Move{+1}};
  if (small("editor-delete", "editor.delete")) action = session_action::EditDraft{de::Remove{}};
  column_separator();

  heading(session.format("editor.rumour_n", {std::to_string(shown + 1)}), 1.1f);
  for (const auto& f : scenario_fields())
    draw_field(session, *draft, FieldAt{shown, -1, f.key}, f, action);
  field_problems(*draft, FieldAt{shown, -1, "replies"});
  for (int r = 0; r < draft->reply_count(shown); ++r) {
    ImGui::Dummy(em(0, 0.4f));
    heading(session.format("editor.reply_n", {std::to_string(r + 1)}), 1.0f);
    for (const auto& f : reply_fields())
      draw_field(session, *draft, FieldAt{shown, r, f.key}, f, action);
    if (big_button("editor-remove-reply-" + std::to_string(r), session.tr("editor.remove_reply")))
      action = session_action::EditDraft{de::RemoveReply{r}};
  }
  if (draft->reply_count(shown) < 4 &&
      big_button("editor-add-reply", session.tr("editor.add_reply")))
    action = session_action::EditDraft{de::AddReply{}};
  column_separator();
  pack_buttons(session, *draft, "-foot", action);
  end_page();
  return action;
}

}  // namespace ar::ui
