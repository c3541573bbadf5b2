#include "practice_links.h"

#include <algorithm>

namespace ar {

namespace {
bool has(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}
}  // namespace

std::vector<const Practice*> practices_for(const Scenario& s, const PracticeCatalogue& catalogue,
                                           size_t max) {
  std::vector<const Practice*> out;
  for (const auto& id : s.practices)
    if (const Practice* p = catalogue.find(id); p && out.size() < max) out.push_back(p);
  if (!out.empty()) return out;
  // Same topic; anti-rumour work first, since that is what the player has just been doing.
  for (bool anti_rumour : {true, false})
    for (const auto& p : catalogue.all())
      if (has(p.topics, s.topic) && has(p.topics, "anti_rumour") == anti_rumour && out.size() < max)
        out.push_back(&p);
  return out;
}

std::vector<const Scenario*> scenarios_for(const Practice& p, const Library& library) {
  std::vector<const Scenario*> out;
  for (const Scenario* s : library.scenarios())
    if (has(p.topics, s->topic) || has(s->practices, p.id)) out.push_back(s);
  return out;
}

std::vector<std::string> playable_topics(const Practice& p, const Library& library) {
  std::vector<std::string> out;
  for (const auto& t : p.topics) {
    const auto all = library.scenarios();
    if (std::any_of(all.begin(), all.end(), [&](const Scenario* s) { return s->topic == t; }))
      out.push_back(t);
  }
  return out;
}

}  // namespace ar
