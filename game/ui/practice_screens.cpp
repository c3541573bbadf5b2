#include <algorithm>
#include <functional>

#include <imgui.h>
#include <imgui_internal.h>         // whether a keyboard move is looking for its next item
#include <misc/cpp/imgui_stdlib.h>  // InputText on std::string

#include "keyboard_focus.h"
#include "practice_links.h"
#include "practice_place.h"
#include "screens.h"
#include "test_marks.h"
#include "theme.h"
#include "widgets.h"

namespace ar::ui {

namespace {

// A combo box listing values with their counts; the empty value means "all". `shown` names a
// value in the player's language (a country, an ICC topic); marks keep the value itself.
// `spoken` is the combo's name for the screen reader ("Country: Spain").
bool facet_combo(const char* id, const std::string& spoken, const std::string& all_label,
                 std::string& value, const std::vector<std::string>& values,
                 const std::map<std::string, int>& counts,
                 const std::function<std::string(const std::string&)>& shown) {
  bool changed = false;
  std::string preview = value.empty() ? all_label : shown(value);
  ImGui::SetNextItemWidth(em(10));
  // As tall as the screen allows: a finger cannot scroll a popup list (only a page drags), so
  // every value must be in view, not only the first eight.
  std::string name = std::string(id).substr(2);
  if (ImGui::BeginCombo(id, preview.c_str(), ImGuiComboFlags_HeightLargest)) {
    if (ImGui::Selectable(all_label.c_str(), value.empty())) value.clear(), changed = true;
    for (const auto& v : values) {
      auto it = counts.find(v);
      int n = it == counts.end() ? 0 : it->second;
      std::string label = shown(v) + " (" + std::to_string(n) + ")";
      if (ImGui::Selectable(label.c_str(), value == v)) value = v, changed = true;
      mark(name + "-" + v, label);
    }
    ImGui::EndCombo();
  }
  mark(name, spoken + ": " + preview);
  return changed;
}

// What the list shows for one filter, kept between frames: filtering, the buttons' texts and
// their wrapped heights cost more than drawing, and change only with the filter, the language,
// the catalogue or the column's width.
struct PracticeList {
  unsigned long long catalogue = 0;
  PracticeFilter filter;
  std::string lang;
  PracticeBrowse view;
  std::vector<std::string> ids, texts;  // mark id ("practice-<id>") and label of each shown
  float width = -1, font_size = -1;
  std::vector<float> text_heights;
  std::vector<std::string> countries, cities;  // the facets' values (cities: of filter.country)

  const PracticeBrowse& browse(const PracticeCatalogue& c, const PracticeFilter& f,
                               const std::string& language, const UiStrings& strings) {
    if (catalogue == c.revision() && filter == f && lang == language) return view;
    if (catalogue != c.revision()) countries = c.countries();
    if (catalogue != c.revision() || filter.country != f.country) cities = c.cities(f.country);
    catalogue = c.revision(), filter = f, lang = language;
    view = c.browse(f, language);
    ids.clear(), texts.clear(), text_heights.clear();
    for (const Practice* p : view.shown) {
      ids.push_back("practice-" + p->id);
      texts.push_back(display_title(*p, language) + "\n" + place_line(strings, *p, language) +
                      "\n" + p->purpose.in(language));
    }
    return view;
  }

  void measure(float w) {
    if (w == width && ImGui::GetFontSize() == font_size && text_heights.size() == texts.size())
      return;
    width = w, font_size = ImGui::GetFontSize();
    text_heights.clear();
    for (const auto& t : texts) text_heights.push_back(wrapped_text_height(t, w));
  }
};

PracticeList& practice_list() {
  static PracticeList list;
  return list;
}

// The shown practices as buttons; those outside the page's visible part are skipped as blank
// space of their height (a few of 150+ are on screen). With the keyboard in use every button is
// drawn, so Tab and the arrows find them as before.
std::optional<std::string> practice_buttons(PracticeList& list) {
  std::optional<std::string> opened;
  float w = column_width();
  list.measure(w);
  float spacing = ImGui::GetStyle().ItemSpacing.y;
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  bool all = keyboard_focus_visible() || g.NavMoveScoringItems;
  float top = ImGui::GetScrollY(), bottom = top + ImGui::GetWindowHeight();
  float skipped = 0;  // height of the buttons skipped since the last one drawn, spacing included
  for (size_t i = 0; i < list.texts.size(); ++i) {
    float h = wrapped_button_height(list.text_heights[i]);
    float y = ImGui::GetCursorPosY() + skipped;
    if (!all && (y + h < top || y > bottom)) {
      skipped += h + spacing;
      continue;
    }
    if (skipped > 0) ImGui::Dummy({w, skipped - spacing}), skipped = 0;
    if (wrapped_button(list.ids[i], list.texts[i], w, false, list.text_heights[i]))
      opened = list.view.shown[i]->id;
  }
  if (skipped > 0) ImGui::Dummy({w, skipped - spacing});
  return opened;
}

}  // namespace

std::optional<SessionAction> practices_screen(const Session& session) {
  std::optional<SessionAction> action;
  // The widgets edit a copy (the search box keeps its text while typing); a change goes back to
  // the session as an action.
  PracticeFilter filter = session.practice_filter();
  const std::string& lang = session.language();
  const PracticeCatalogue& catalogue = session.practices();
  if (auto a = begin_screen(session, "practices", 44, "practices.heading")) action = a;
  wrapped_text(session.tr("practices.intro"), colour::muted);
  // A city's own practice for the catalogue, in the programme's template (practice_proposal.h).
  if (big_button("propose-practice", session.tr("practices.propose")))
    action = session_action::GoTo{Screen::ProposePractice};

  // Free-text search: case and accents do not matter ("zurich" finds "Zürich").
  ImGui::SetNextItemWidth(column_width());
  ImGui::InputTextWithHint("##search", session.tr("practices.search").c_str(), &filter.query);
  mark_text_field("search");

  // One pass over the catalogue per filter change, for the list and every count beside a filter.
  PracticeList& list = practice_list();
  const PracticeBrowse* view = &list.browse(catalogue, filter, lang, session.strings());
  const auto& topic_counts = view->topic_counts;
  if (chip("ptopic-all", session.tr("setup.all"), filter.topics.empty())) filter.topics.clear();
  for (const auto& t : practice_topics()) {
    auto it = topic_counts.find(t);
    int n = it == topic_counts.end() ? 0 : it->second;
    bool on = filter.topics.count(t) != 0;
    if (n == 0 && !on) continue;  // a topic with no practice under these filters is noise
    std::string label = session.tr("topic." + t) + " (" + std::to_string(n) + ")";
    float w = ImGui::CalcTextSize(("✓ " + label).c_str()).x + 2 * ImGui::GetStyle().FramePadding.x;
    flow(w);
    if (chip("ptopic-" + t, label, on)) {
      if (on)
        filter.topics.erase(t);
      else
        filter.topics.insert(t);
    }
  }

  std::string all = session.tr("setup.all");
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(session.tr("practices.country").c_str());
  ImGui::SameLine();
  auto country = [&](const std::string& c) { return country_name(session.strings(), c, lang); };
  auto as_is = [](const std::string& v) { return v; };
  if (facet_combo("##country", session.tr("practices.country"), all, filter.country, list.countries,
                  view->country_counts, country))
    filter.city.clear();
  // City beside country when the column is wide enough, below it on a narrow screen.
  flow(ImGui::CalcTextSize(session.tr("practices.city").c_str()).x + em(11));
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(session.tr("practices.city").c_str());
  ImGui::SameLine();
  facet_combo("##city", session.tr("practices.city"), all, filter.city, list.cities,
              view->city_counts, as_is);
  // The programme's own topics, apart from the game's chips above: one at a time, in a list that
  // stays one line high on a phone.
  std::vector<std::string> icc_values;
  for (const auto& t : icc_topic_list())
    if (view->icc_topic_counts.count(t) || filter.icc_topic == t) icc_values.push_back(t);
  if (!icc_values.empty()) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(session.tr("practices.icc_topic").c_str());
    ImGui::SameLine();
    facet_combo("##icc", session.tr("practices.icc_topic"), all, filter.icc_topic, icc_values,
                view->icc_topic_counts,
                [&](const std::string& t) { return session.tr("icc_topic." + t); });
  }

  auto [first, last] = catalogue.year_range(session.current_year());
  int from = filter.from_year.value_or(first), to = filter.to_year.value_or(last);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(session.tr("practices.years").c_str());
  // Steppers rather than a drag box: a finger hits a button more surely than it drags a number.
  bool changed = false;
  auto stepper = [&](const char* id, int& year, int lo, int hi) {
    ImGui::SameLine();
    if (ImGui::Button(("−##" + std::string(id)).c_str(), touch_size(1.8f, 1.9f)) && year > lo)
      --year, changed = true;
    mark(std::string(id) + "-less");
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%d", year);
    ImGui::SameLine();
    if (ImGui::Button(("+##" + std::string(id)).c_str(), touch_size(1.8f, 1.9f)) && year < hi)
      ++year, changed = true;
    mark(std::string(id) + "-more");
  };
  stepper("year-from", from, first, to);
  ImGui::SameLine();
  ImGui::TextUnformatted("–");
  stepper("year-to", to, from, last);
  if (changed) {
    filter.from_year = from == first ? std::nullopt : std::optional<int>(from);
    filter.to_year = to == last ? std::nullopt : std::optional<int>(to);
  }
  if (!(filter == PracticeFilter{})) {
    ImGui::SameLine();
    if (ImGui::Button((session.tr("practices.clear") + "##clear").c_str(), {0, touch_height(0)}))
      filter = {};
    mark("clear-filters");
  }

  // The filters above may have changed this frame: the list shows what they select now.
  view = &list.browse(catalogue, filter, lang, session.strings());
  const auto& shown = view->shown;
  ImGui::TextColored(
      colour::muted, "%s",
      session.strings()
          .format("practices.count", lang,
                  {std::to_string(shown.size()), std::to_string(catalogue.all().size())})
          .c_str());
  mark("result-count");
  if (shown.empty()) {
    wrapped_text("✗ " + session.tr("practices.none"), colour::wrong);
    mark("no-results");
  }
  if (auto id = practice_buttons(list)) action = session_action::OpenPractice{*id};
  end_page();
  if (!action && !(filter == session.practice_filter()))
    action = session_action::ChangeFilter{filter};
  return action;
}

std::optional<SessionAction> practice_detail_screen(const Session& session) {
  std::optional<SessionAction> action;
  const Practice* p = session.open_practice();
  const std::string& lang = session.language();
  bool from_round = session.round_under_way();
  begin_page("practice", 38);
  if (auto a = top_bar(session, from_round ? Screen::Play : Screen::Practices)) action = a;
  if (!p) {
    end_page();
    return action;
  }
  heading(display_title(*p, lang), 1.4f);
  // The title as the programme published it, beside ours.
  if (display_title(*p, lang) != p->title)
    wrapped_text(session.strings().format("practices.original_title", lang, {p->title}),
                 colour::muted);
  review_note(session, session.practices().review());
  wrapped_text(place_line(session.strings(), *p, lang), colour::muted);
  std::string topics;
  for (const auto& t : p->topics) topics += (topics.empty() ? "" : ", ") + session.tr("topic." + t);
  ImGui::TextColored(colour::muted, "%s", topics.c_str());
  if (!p->icc_topics.empty()) {
    std::string icc;
    for (const auto& t : p->icc_topics)
      icc += (icc.empty() ? "" : ", ") + session.tr("icc_topic." + t);
    wrapped_text(session.strings().format("practices.icc_topics", lang, {icc}), colour::muted);
  }
  struct Part {
    const char* key;
    const LocalText* text;
  };
  for (Part part :
       {Part{"practices.purpose", &p->purpose}, Part{"practices.rationale", &p->rationale},
        Part{"practices.process", &p->process}, Part{"practices.results", &p->results}}) {
    if (part.text->empty()) continue;
    heading(session.tr(part.key), 1.1f);
    wrapped_text(part.text->in(lang));
  }
  if (big_button("read-more", session.tr("practices.read_more") + " ↗", -1))
    action = session_action::OpenLink{p->url};
  // Play these rumours: the scenarios on this practice's topics, or that name it.
  size_t linked = scenarios_for(*p, session.library()).size();
  std::vector<std::string> topics_with_rumours = playable_topics(*p, session.library());
  if (linked > 0) {
    heading(session.tr("practices.play_these"), 1.1f);
    wrapped_text(
        session.strings().format_count("practices.linked", lang, static_cast<long long>(linked),
                                       {std::to_string(linked)}),
        colour::muted);
    if (!from_round)
      for (const auto& t : topics_with_rumours)
        if (big_button("play-topic-" + t,
                       session.tr("practices.play_topic") + ": " + session.tr("topic." + t), -1))
          action = session_action::PlayTopic{t};
  }
  end_page();
  return action;
}

}  // namespace ar::ui
