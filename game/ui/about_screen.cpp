// About the game: where its facts come from, the player's data on this device (saved to a file,
// loaded from one), the packs loaded, how the score works.
#include "screens.h"
#include "test_marks.h"
#include "theme.h"
#include "widgets.h"

namespace ar::ui {

namespace {

// What came of the last "Save to a file" or "Load from a file", in the player's language; the
// problems are located, as the content report shows them.
void data_notice(const Session& session) {
  const DataNotice& n = session.data_notice();
  using K = DataNotice::Kind;
  if (n.kind == K::None) return;
  const bool failed = n.kind == K::ExportFailed || n.kind == K::ImportFailed;
  std::string text;
  switch (n.kind) {
    case K::Exported: text = session.format("about.data_saved", {n.file}); break;
    case K::ExportFailed: text = session.format("about.data_save_failed", {n.error}); break;
    case K::Imported:
      text = session.format("about.data_loaded", {n.file, std::to_string(n.rounds_played)});
      break;
    case K::ImportFailed: text = session.format("about.data_load_failed", {n.file}); break;
    case K::None: break;
  }
  ImGui::BeginGroup();
  wrapped_text(text, failed ? colour::wrong : colour::right);
  if (!n.problems.empty() && !failed) wrapped_text(session.tr("about.data_notes"), colour::muted);
  for (const auto& p : n.problems) wrapped_text(format_problem(p), colour::muted);
  ImGui::EndGroup();
  mark("data-notice", text);
}

// What came of the last pack loaded or removed; a refused pack's problems are located (line:column
// and the field), as the content report shows them.
void pack_notice(const Session& session) {
  const PackNotice& n = session.pack_notice();
  using K = PackNotice::Kind;
  if (n.kind == K::None) return;
  std::string text;
  switch (n.kind) {
    case K::Added: text = session.format("about.pack_added", {n.id, n.version}); break;
    case K::Replaced:
      text = session.format("about.pack_replaced", {n.id, n.version, n.replaced_version});
      break;
    case K::Unchanged: text = session.format("about.pack_unchanged", {n.id, n.version}); break;
    case K::Refused: text = session.format("about.pack_refused", {n.file}); break;
    case K::Removed: text = session.format("about.pack_removed", {n.id}); break;
    case K::None: break;
  }
  ImGui::BeginGroup();
  wrapped_text(text, n.kind == K::Refused ? colour::wrong : colour::right);
  for (const auto& p : n.problems)
    wrapped_text(format_problem(p),
                 p.severity == Problem::Severity::Error ? colour::wrong : colour::muted);
  ImGui::EndGroup();
  mark("own-pack-notice", text);
}

// What came of "Print cards", under the pack it was for: the file's name (a download) or path.
void cards_notice(const Session& session, const std::string& pack_id) {
  const ResultsNotice& n = session.cards_notice();
  if (!n.shown || n.pack_id != pack_id) return;
  const std::string text = n.error.empty() ? session.format("cards.saved", {n.file})
                                           : session.format("cards.save_failed", {n.error});
  wrapped_text(text, n.error.empty() ? colour::right : colour::wrong);
  mark("cards-notice", text);
}

}  // namespace

std::optional<SessionAction> about_screen(const Session& session) {
  std::optional<SessionAction> action;
  if (auto a = begin_screen(session, "about", 36, "about.heading")) action = a;
  wrapped_text(session.tr("about.body"));
  ImGui::Dummy(em(0, 0.5f));
  heading(session.tr("about.data"), 1.1f);
  wrapped_text(session.tr("about.data_body"));
  if (big_button("data-export", session.tr("about.data_save"), -1))
    action = session_action::ExportData{};
  // On the web the page opens its file picker during the tap itself (web/device_files.js).
  if (big_button("data-import", session.tr("about.data_load"), -1))
    action = session_action::ChooseImportFile{};
  data_notice(session);
  ImGui::Dummy(em(0, 0.5f));
  heading(session.tr("about.packs"), 1.1f);
  wrapped_text(session.tr("about.cards_body"));
  for (const auto& pack : session.library().packs()) {
    ImGui::Dummy(em(0, 0.3f));
    const std::string title = pack.info.title.in(session.language());
    const std::string line = session.strings().format_count(
        "about.pack_line", session.language(), static_cast<long long>(pack.scenarios.size()),
        {title, std::to_string(pack.scenarios.size()), pack.info.version, pack.info.last_reviewed,
         pack.info.licence == unstated_licence ? session.tr("about.licence_unstated")
                                               : pack.info.licence});
    wrapped_text(line);
    mark("pack-line-" + pack.info.id, line);
    // A trainer's own pack: its facts carry no authority of the game's, and it can go again.
    const bool own = session.is_device_pack(pack.info.id);
    if (own) {
      wrapped_text(session.tr("about.pack_device"), colour::muted);
      mark("own-pack-device-" + pack.info.id, session.tr("about.pack_device"));
    } else {
      review_note(session, pack.info.review);
    }
    // Named with the pack's title: a screen reader hears which deck each button prints.
    if (wrapped_button("print-cards-" + pack.info.id,
                       session.format("cards.print_button", {title})))
      action = session_action::PrintCards{pack.info.id};
    cards_notice(session, pack.info.id);
    if (own &&
        big_button("own-pack-remove-" + pack.info.id, session.format("about.pack_remove", {title})))
      action = session_action::RemovePack{pack.info.id};
    // A device's own pack is edited as it is; a shipped one is copied under an id of its own.
    if (big_button("edit-pack-" + pack.info.id,
                   session.tr(own ? "about.edit_pack" : "about.copy_pack") + " · " + title))
      action = session_action::OpenEditor{pack.info.id};
  }
  ImGui::Dummy(em(0, 0.5f));
  heading(session.tr("about.pack_own"), 1.1f);
  wrapped_text(session.tr("about.pack_own_body"));
  // On the web the page opens its file picker during the tap itself (web/device_files.js).
  if (big_button("own-pack-load", session.tr("about.pack_load"), -1))
    action = session_action::ChoosePackFile{};
  if (big_button("write-pack", session.tr("about.write_pack"), -1))
    action = session_action::OpenEditor{""};
  pack_notice(session);
  ImGui::Dummy(em(0, 0.5f));
  heading(session.tr("about.scoring"), 1.1f);
  wrapped_text(session.tr("about.scoring_body"));
  end_page();
  return action;
}

}  // namespace ar::ui
