#pragma once
// A workshop's results as files for the facilitator: CSV (one row per answer) and JSON (per rumour
// and per team). No personal data: teams appear by letter only, never by the names typed in (they
// may be children's names), and nothing says who was in the room. The layouts are in
// docs/workshop.md.
#include <string>

#include "workshop.h"

namespace ar {

// rumour,scenario_id,topic,right_answer,team,answer,count,outcome,points
// One row per team answer (count 1) or, with voting cards, per answer with its count ("team" is
// "cards"). Rumours asked but not answered by anyone have one row with an empty answer.
std::string workshop_results_csv(const Workshop& w);
// {"format":1,"kind":"workshop-results","mode":…,"answers":…,"teams":[…],"rumours":[…]}
std::string workshop_results_json(const Workshop& w);
// The answer as the files write it: a verdict's or a technique's name, or "reply-<n>" (1-based, in
// the pack) with its kind, e.g. "reply-2:empathic_question".
std::string answer_name(const WorkshopRumour& r, Mode mode, int choice);
// results-YYYY-MM-DD.csv / .json
std::string results_file_name(const std::string& today, const char* extension);

}  // namespace ar
