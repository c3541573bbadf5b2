#include "session_host.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>

#include "card_deck.h"
#include "content_bundle.h"
#include "device_data.h"
#include "platform.h"
#include "saves.h"
#include "workshop_export.h"

namespace ar::platform {

std::unique_ptr<Session> start_session(const SessionStart& start) {
  SessionContent content = read_content(start.content_dir, start.content_follows);
  content.read_problems.insert(content.read_problems.end(), start.problems.begin(),
                               start.problems.end());
  content.saved_progress = read_save(start.save_dir, progress_save);
  content.saved_workshop = read_save(start.save_dir, workshop_save);
  content.saved_packs = read_save(start.save_dir, packs_save);
  content.saved_draft = read_save(start.save_dir, draft_save);
  content.language = start.language;
  content.device = start.device;
  content.seed =
      start.seed
          ? start.seed
          : static_cast<uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count());
  if (start.before_start) start.before_start(content);
  auto session = std::make_unique<Session>(std::move(content));
  if (session->saved_progress_unreadable()) {
    std::string aside = keep_aside(start.save_dir, progress_save);
    std::fprintf(stderr, "antirumour: the saved progress could not be read; kept as %s\n",
                 aside.empty() ? "it was (it could not be moved)" : aside.c_str());
  }
  if (session->saved_workshop_unreadable()) {
    std::string aside = keep_aside(start.save_dir, workshop_save);
    std::fprintf(stderr, "antirumour: the saved workshop could not be resumed; kept as %s\n",
                 aside.empty() ? "it was (it could not be moved)" : aside.c_str());
  }
  if (session->saved_packs_damaged()) {
    // Kept aside before the packs that could be read are written again (the first effects).
    std::string aside = keep_aside(start.save_dir, packs_save);
    std::fprintf(stderr, "antirumour: the saved packs were damaged; kept as %s\n",
                 aside.empty() ? "it was (it could not be moved)" : aside.c_str());
  }
  if (session->saved_draft_unreadable()) {
    std::string aside = keep_aside(start.save_dir, draft_save);
    std::fprintf(stderr, "antirumour: the editor's draft could not be read; kept as %s\n",
                 aside.empty() ? "it was (it could not be moved)" : aside.c_str());
  }
  for (const auto& p : session->problems()) std::fprintf(stderr, "%s\n", format_problem(p).c_str());
  return session;
}

void hand_in_content(Session& session, std::string_view bundle, const std::string& save_dir,
                     const std::function<void(const std::string&)>& more_text) {
  ContentBundle read = read_content_bundle(bundle, content_bundle_file);
  if (more_text) {
    std::string text = read.practices;
    for (const auto& p : read.packs) text += p.text;
    more_text(text);
  }
  for (const auto& p : read.problems) std::fprintf(stderr, "%s\n", format_problem(p).c_str());
  if (!session.apply(session_action::ContentArrived{
          std::move(read.packs), std::move(read.practices), std::move(read.problems)}))
    return;
  if (session.saved_workshop_unreadable()) {
    std::string aside = keep_aside(save_dir, workshop_save);
    std::fprintf(stderr, "antirumour: the saved workshop could not be resumed; kept as %s\n",
                 aside.empty() ? "it was (it could not be moved)" : aside.c_str());
  }
}

std::optional<Cue> apply_action(Session& session, const std::optional<SessionAction>& action) {
  const SoundMoment before = sound_moment(session);
  const bool applied = action && session.apply(*action);
  std::optional<Cue> cue = cue_between(before, sound_moment(session), applied);
  if (!session.sound_on()) return std::nullopt;
  return cue;
}

bool carry_out_effects(Session& session, const std::string& save_dir, const EffectHandlers& h) {
  bool any = false;
  // An effect can lead to another (a file picked at once on the desktop is imported and saved).
  for (int pass = 0; pass < 3; ++pass) {
    SessionEffects effects = session.take_effects();
    if (effects.empty()) break;
    any = true;
    if (effects.fetch_content && h.fetch_content) h.fetch_content();
    for (const auto& url : effects.links_to_open)
      if (h.open_link) h.open_link(url);
    bool may_save = true;
    if (effects.progress_to_keep) {
      std::string kept =
          keep_copy(save_dir, progress_save, "before-import", *effects.progress_to_keep);
      // Without its copy the old save is not replaced: it stays on the device until the next save.
      if (kept.empty()) {
        std::fprintf(stderr,
                     "antirumour: could not keep the old progress aside; not replaced yet\n");
        may_save = false;
      } else {
        std::fprintf(stderr, "antirumour: the progress before the import is kept as %s\n",
                     kept.c_str());
      }
    }
    if (effects.progress_to_save && may_save) {
      SaveWrite w = write_save(save_dir, progress_save, *effects.progress_to_save);
      // The old save is still there: the game goes on, and the next round tries again.
      if (!w.ok) std::fprintf(stderr, "antirumour: %s\n", w.error.c_str());
      if (w.ok && h.after_save) h.after_save(progress_save, *effects.progress_to_save);
    }
    // A failed write leaves the old save: the game goes on, and the next change tries again.
    auto save = [&](std::string_view name, const std::string& text) {
      SaveWrite w = write_save(save_dir, name, text);
      if (!w.ok) std::fprintf(stderr, "antirumour: %s\n", w.error.c_str());
      if (w.ok && h.after_save) h.after_save(name, text);
    };
    if (effects.workshop_to_save) save(workshop_save, *effects.workshop_to_save);
    if (effects.packs_to_save) save(packs_save, *effects.packs_to_save);
    if (effects.draft_to_save) save(draft_save, *effects.draft_to_save);
    if (effects.choose_pack_file) {
      if (h.choose_pack_file)
        h.choose_pack_file();
      else
        session.apply(read_pack_file(
            (std::filesystem::path(save_dir) / std::string(pack_file_name)).string()));
    }
    if (effects.results_to_export) {
      using session_action::ResultsFormat;
      const ResultsFormat format = *effects.results_to_export;
      const char* extension = format == ResultsFormat::Csv    ? "csv"
                              : format == ResultsFormat::Json ? "json"
                                                              : "html";
      const char* type = format == ResultsFormat::Csv    ? "text/csv"
                         : format == ResultsFormat::Json ? "application/json"
                                                         : "text/html";
      const std::string day = today();
      const std::string name = results_file_name(day, extension);
      const std::string text = session.workshop_results(format, day);
      session.apply(h.export_results ? h.export_results(name, text, type)
                                     : results_to_folder(save_dir, name, text));
    }
    if (effects.cards_to_print) {
      const std::string name = card_deck_file_name(*effects.cards_to_print, session.language());
      const std::string text = session.card_deck(*effects.cards_to_print);
      // The same way out as the workshop's printable summary: a download, or the save folder.
      session_action::ResultsExported r =
          h.export_results ? h.export_results(name, text, "text/html")
                           : file_to_folder(save_dir, name, text, "a card deck to print");
      session.apply(session_action::CardsPrinted{r.where, r.error});
    }
    if (effects.draft_to_export) {
      const auto format = *effects.draft_to_export;
      const std::string name = session.draft_file_name(format);
      const std::string text = session.draft_export(format);
      const char* type =
          format == session_action::DraftFormat::Json ? "application/json" : "text/csv";
      session_action::ResultsExported r =
          h.export_results ? h.export_results(name, text, type)
                           : file_to_folder(save_dir, name, text, "a scenario pack");
      session.apply(session_action::DraftExported{r.where, r.error});
    }
    if (effects.proposal_to_save) {
      const auto& [name, text] = *effects.proposal_to_save;
      // The same way out as the card deck: a download, or the save folder.
      session_action::ResultsExported r =
          h.export_results ? h.export_results(name, text, "application/json")
                           : file_to_folder(save_dir, name, text, "a practice proposal");
      session.apply(session_action::ProposalSaved{r.where, r.error});
    }
    if (effects.export_data) {
      const std::string day = today();
      const std::string name = export_file_name(day), text = session.device_data(day);
      session.apply(h.export_data ? h.export_data(name, text)
                                  : export_to_folder(save_dir, name, text));
    }
    if (effects.choose_import_file) {
      if (h.choose_import_file)
        h.choose_import_file();
      else
        session.apply(read_import_file(
            (std::filesystem::path(save_dir) / std::string(import_file_name)).string()));
    }
  }
  return any;
}

bool TalkClock::advance(Session& session) {
  if (!session.workshop().timer_running()) {
    last_.reset();
    return false;
  }
  auto now = std::chrono::steady_clock::now();
  if (last_) {
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now - *last_).count();
    session.apply(session_action::WorkshopStep{
        workshop_action::Tick{static_cast<int>(std::min<long long>(ms, 1000))}});
  }
  last_ = now;
  return session.workshop().timer_running();
}

std::string export_file_name(const std::string& day) {
  return "antirumour-data-" + day + ".json";
}

session_action::DataExported export_to_folder(const std::string& save_dir,
                                              const std::string& file_name,
                                              const std::string& text) {
  const std::string name = std::filesystem::path(file_name).stem().string();
  SaveWrite w = write_save(save_dir, name, text);
  const std::string path = (std::filesystem::path(save_dir) / file_name).string();
  if (w.ok) std::printf("antirumour: this device's data saved to %s\n", path.c_str());
  return {path, w.ok ? "" : w.error};
}

session_action::ResultsExported results_to_folder(const std::string& save_dir,
                                                  const std::string& file_name,
                                                  const std::string& text) {
  return file_to_folder(save_dir, file_name, text, "the workshop's results");
}

session_action::ResultsExported file_to_folder(const std::string& save_dir,
                                               const std::string& file_name,
                                               const std::string& text, const char* what) {
  const std::string path = (std::filesystem::path(save_dir) / file_name).string();
  SaveWrite w = write_file(path, text);
  if (w.ok) std::printf("antirumour: %s saved to %s\n", what, path.c_str());
  return {path, w.ok ? "" : w.error};
}

session_action::ImportData read_import_file(const std::string& path) {
  session_action::ImportData in{path, {}, {}};
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) {
    in.read_error = "cannot read this file (" + ec.message() + ")";
  } else if (size > device_data_max_bytes) {
    in.read_error = too_large_for_device_data(size);
  } else if (!read_text_file(path, in.text)) {
    in.read_error = "cannot read this file";
  }
  return in;
}

session_action::LoadPack read_pack_file(const std::string& path) {
  session_action::LoadPack in{std::filesystem::path(path).filename().string(), {}, {}, {}};
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) {
    in.read_error = "cannot read this file (" + ec.message() + ")";
  } else if (size > PackStore::max_pack_bytes) {
    in.read_error = "the file is too large (" + std::to_string(size) + " bytes; the limit is " +
                    std::to_string(PackStore::max_pack_bytes) + " bytes)";
  } else if (!read_text_file(path, in.text)) {
    in.read_error = "cannot read this file";
  } else {
    in.file_date = file_day(path);
  }
  return in;
}

std::vector<std::string> pack_files_to_load(const std::string& save_dir,
                                            const std::vector<std::string>& given) {
  std::vector<std::string> files = given;
  std::vector<std::string> in_folder;
  std::error_code ec;
  const auto folder = std::filesystem::path(save_dir) / packs_folder_name;
  for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
    const std::string name = entry.path().filename().string();
    const bool json = name.size() > 5 && name.compare(name.size() - 5, 5, ".json") == 0;
    if (entry.is_regular_file(ec) && (json || is_csv_name(name)))
      in_folder.push_back(entry.path().string());
  }
  std::sort(in_folder.begin(), in_folder.end());
  files.insert(files.end(), in_folder.begin(), in_folder.end());
  return files;
}

std::vector<std::string> load_packs_at_start(Session& session, const std::string& save_dir,
                                             const std::vector<std::string>& files) {
  std::vector<std::string> lines;
  for (const std::string& path : files) {
    session_action::LoadPack in = read_pack_file(path);
    in.at_start = true;
    session.apply(in);
    carry_out_effects(session, save_dir, {});  // kept on the device before the next one
    const PackNotice& n = session.pack_notice();
    using K = PackNotice::Kind;
    switch (n.kind) {
      case K::Added: lines.push_back(path + ": pack " + n.id + " " + n.version + " loaded"); break;
      case K::Replaced:
        lines.push_back(path + ": pack " + n.id + " " + n.version + " replaced version " +
                        n.replaced_version);
        break;
      case K::Unchanged:
        lines.push_back(path + ": pack " + n.id + " " + n.version + " already on this device");
        break;
      default:
        for (const auto& p : n.problems) lines.push_back(format_problem(p));
        lines.push_back(path + ": not loaded; the packs on this device are unchanged");
        break;
    }
  }
  return lines;
}

Restored restore_save(const std::string& save_dir, std::string_view name, std::string_view text,
                      std::vector<Problem>& problems) {
  if (!is_save_name(name)) return Restored::Failed;
  const std::string file = std::string(name) + " (the copy kept until the save was stored)";
  std::vector<Problem> found = check_save(name, text, file);
  if (!has_errors(found))
    return write_save(save_dir, name, text).ok ? Restored::Written : Restored::Failed;
  std::string kept = keep_copy(save_dir, name, "unreadable", text);
  if (kept.empty()) return Restored::Failed;
  for (auto& p : found) p.message += " (kept aside as " + kept + ")";
  problems.insert(problems.end(), found.begin(), found.end());
  return Restored::KeptAside;
}

}  // namespace ar::platform
