#pragma once
// The links between rumours and what cities did about them, both ways.
#include <vector>

#include "library.h"
#include "practices.h"

namespace ar {

// The practices to show after a rumour: those the scenario names, in its order; when it names none,
// those on its topic, anti-rumour work first, at most `max`.
std::vector<const Practice*> practices_for(const Scenario& s, const PracticeCatalogue& catalogue,
                                           size_t max = 3);

// The rumours to play from a practice: those on one of its topics, or that name it.
std::vector<const Scenario*> scenarios_for(const Practice& p, const Library& library);

// The practice's topics that have at least one rumour to play.
std::vector<std::string> playable_topics(const Practice& p, const Library& library);

}  // namespace ar
