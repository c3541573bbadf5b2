// The session's side of the editor: the draft a facilitator writes (pack_draft.h), kept on the
// device at every edit, kept as one of the device's packs when they say so, played as a practice
// round to see it as a player will, and handed out as a file.
#include <algorithm>

#include "pack_csv_export.h"
#include "pack_loader.h"
#include "session.h"

namespace ar {

bool Session::draft_kept() const {
  return !draft_ || draft_->revision() == draft_kept_revision_;
}

void Session::read_saved_draft(const std::string& saved) {
  DraftSave read = read_draft_save(saved, "saved draft", current_year_);
  if (read.draft && !has_errors(read.problems)) {
    draft_ = std::move(read.draft);
    draft_scenario_ = std::clamp(read.scenario, 0, std::max(0, draft_->scenario_count() - 1));
    draft_kept_revision_ = read.kept ? draft_->revision() : -1;
    return;
  }
  // Nothing lost: the platform keeps the file aside; the editor starts a new pack.
  saved_draft_unreadable_ = true;
  for (auto& p : read.problems) p.message += " (the draft is kept aside; the editor starts afresh)";
  problems_.insert(problems_.end(), read.problems.begin(), read.problems.end());
}

void Session::draft_changed() {
  editor_notice_ = {};
  effects_.draft_to_save = write_draft_save(*draft_, draft_scenario_, draft_kept());
}

bool Session::open_editor(const std::string& pack_id) {
  if (!pack_id.empty() && draft_ && !draft_kept() && draft_->id() != pack_id) {
    // The draft under way is not kept anywhere: it stays, and the editor says so.
    editor_notice_ = {EditorNotice::Kind::NotKept, "", {}};
    return go_to(Screen::Editor);
  }
  if (pack_id.empty()) {
    if (!draft_) {
      std::string id = "my-pack";
      for (int n = 2; has_pack(id); ++n) id = "my-pack-" + std::to_string(n);
      draft_ = PackDraft::blank(id, supported_languages(), current_year_);
      draft_scenario_ = 0;
      draft_kept_revision_ = draft_->revision();  // nothing written yet: nothing to lose
      draft_changed();
    }
  } else if (const StoredPack* own = pack_store_.find(pack_id)) {
    std::string error;
    auto d = PackDraft::from_text(own->text, current_year_, error);
    if (!d) return false;
    draft_ = std::move(*d);
    draft_scenario_ = 0;
    draft_kept_revision_ = draft_->revision();  // it is the device's pack, as it is kept
    draft_changed();
  } else {
    // A shipped pack: a copy under an id of its own (the game's own packs stay as they are), its
    // languages marked unchecked again, since whoever edits it is not the pack's reviewer.
    // The library's reports come file by file, the shipped files first.
    const ContentFile* file = nullptr;
    const auto& reports = library_.reports();
    for (size_t i = 0; i < shipped_packs_.size() && i < reports.size(); ++i)
      if (reports[i].pack_id == pack_id) file = &shipped_packs_[i];
    std::string error;
    auto d = file ? PackDraft::from_text(file->text, current_year_, error) : std::nullopt;
    if (!d) return false;
    std::string id = pack_id + "-copy";
    for (int n = 2; has_pack(id); ++n) id = pack_id + "-copy-" + std::to_string(n);
    d->set({-1, -1, "id"}, id);
    // Scenario ids are unique across the packs a game plays: the copy's get a mark of their own.
    for (int i = 0; i < d->scenario_count(); ++i) {
      std::string copy_id = d->scenario_id(i) + "-copy";
      if (copy_id.size() > 64) copy_id = copy_id.substr(copy_id.size() - 64);
      d->set({i, -1, "id"}, copy_id);
    }
    draft_ = std::move(*d);
    draft_scenario_ = 0;
    draft_kept_revision_ = -1;
    draft_changed();
  }
  return go_to(Screen::Editor);
}

bool Session::edit_draft(const session_action::DraftEdit& e) {
  if (!draft_) return false;
  namespace de = session_action::draft_edit;
  const int shown = draft_scenario_;
  bool changed = std::visit(
      [&](const auto& x) -> bool {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, de::Set>) {
          return draft_->set(x.at, x.value);
        } else if constexpr (std::is_same_v<T, de::Toggle>) {
          return draft_->toggle(x.at, x.word);
        } else if constexpr (std::is_same_v<T, de::AddScenario>) {
          draft_scenario_ = draft_->add_scenario();
          return true;
        } else if constexpr (std::is_same_v<T, de::Duplicate>) {
          int copy = draft_->duplicate(shown);
          if (copy < 0) return false;
          draft_scenario_ = copy;
          return true;
        } else if constexpr (std::is_same_v<T, de::Move>) {
          if (!draft_->move(shown, x.by)) return false;
          draft_scenario_ = shown + x.by;
          return true;
        } else if constexpr (std::is_same_v<T, de::Remove>) {
          return draft_->remove(shown);
        } else if constexpr (std::is_same_v<T, de::AddReply>) {
          return draft_->add_reply(shown) >= 0;
        } else if constexpr (std::is_same_v<T, de::RemoveReply>) {
          return draft_->remove_reply(shown, x.reply);
        } else if constexpr (std::is_same_v<T, de::Undo>) {
          return draft_->undo();
        } else {  // Show
          if (x.scenario < 0 || x.scenario >= draft_->scenario_count() || x.scenario == shown)
            return false;
          draft_scenario_ = x.scenario;
          effects_.draft_to_save = write_draft_save(*draft_, draft_scenario_, draft_kept());
          return true;
        }
      },
      e);
  if (!changed) return false;
  draft_scenario_ = std::clamp(draft_scenario_, 0, std::max(0, draft_->scenario_count() - 1));
  if (!std::holds_alternative<de::Show>(e)) draft_changed();
  return true;
}

bool Session::save_draft() {
  if (!draft_) return false;
  EditorNotice n;
  n.kind = EditorNotice::Kind::SaveRefused;
  if (round_under_way() || workshop_.under_way()) {
    n.problems.push_back({draft_->id() + ".json", 0, 0, "",
                          "finish the round or the workshop under way first, then keep the pack"});
  } else if (!draft_->ready()) {
    // Nothing more to say: each field shows its own problem.
  } else {
    const PackStore before = pack_store_;
    PackAdd added =
        pack_store_.add(draft_->text(), draft_->id() + ".json", current_year_, shipped_ids_);
    if (added.added) {
      n.kind = EditorNotice::Kind::Saved;
      n.where = added.message;
      if (!added.unchanged) {
        rebuild_library();
        // The library has the last word: a scenario id another pack already uses keeps the pack
        // out of the game. Then it is not kept either, and the library's reasons are said.
        if (!has_pack(draft_->id())) {
          n.kind = EditorNotice::Kind::SaveRefused;
          for (const auto& r : library_.reports())
            if (r.file == draft_->id() + ".json")
              for (const auto& p : r.problems)
                if (p.severity == Problem::Severity::Error) n.problems.push_back(p);
          pack_store_ = before;  // a version kept before stays as it was
          rebuild_library();
          editor_notice_ = std::move(n);
          return false;
        }
        refresh_problems();
        effects_.packs_to_save = pack_store_.save();
      }
      draft_kept_revision_ = draft_->revision();
      effects_.draft_to_save = write_draft_save(*draft_, draft_scenario_, true);
    } else {
      n.problems = added.problems;
      if (n.problems.empty())
        n.problems.push_back({draft_->id() + ".json", 0, 0, "", added.message});
    }
  }
  bool saved = n.kind == EditorNotice::Kind::Saved;
  editor_notice_ = std::move(n);
  return saved;
}

bool Session::play_draft() {
  if (!save_draft()) return false;
  // A practice round of the pack's rumours, with the player's own setup left as it was.
  SetupChoices kept = setup_;
  setup_ = SetupChoices{};
  setup_.practice = true;
  setup_.packs = {draft_->id()};
  setup_.rumour_count =
      std::clamp(draft_->scenario_count(), SetupChoices::min_rumours, SetupChoices::max_rumours);
  bool started = start_round();
  setup_ = std::move(kept);
  return started;
}

std::string Session::draft_export(session_action::DraftFormat format) const {
  if (!draft_) return "";
  if (format == session_action::DraftFormat::Json) return draft_->text();
  // A spreadsheet only of a pack that loads: its rows are the loaded scenarios.
  auto loaded = load_pack(draft_->text(), draft_->id() + ".json", current_year_);
  return loaded.pack ? pack_to_csv(*loaded.pack) : "";
}

std::string Session::draft_file_name(session_action::DraftFormat format) const {
  std::string id = draft_ && !draft_->id().empty() ? draft_->id() : "my-pack";
  // Only the id's own characters reach a file name.
  id.erase(std::remove_if(id.begin(), id.end(),
                          [](char c) {
                            return !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-');
                          }),
           id.end());
  if (id.empty()) id = "my-pack";
  return id + (format == session_action::DraftFormat::Json ? ".json" : ".csv");
}

}  // namespace ar
