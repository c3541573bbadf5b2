#include "workshop_summary.h"

#include "screen_text.h"
#include "workshop_text.h"

namespace ar {

std::string html_escape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

namespace {

// One A4 page at small but readable type; bars are plain boxes so they print without colours.
constexpr const char* style = R"(
@page { size: A4; margin: 12mm; }
body { font: 10pt/1.3 "DejaVu Sans", sans-serif; color: #000; margin: 0; }
h1 { font-size: 15pt; margin: 0 0 2pt; }
h2 { font-size: 11pt; margin: 8pt 0 3pt; border-bottom: 1px solid #000; }
p { margin: 0 0 3pt; }
.muted { color: #444; }
table { border-collapse: collapse; width: 100%; }
td, th { text-align: left; vertical-align: top; padding: 1pt 4pt 1pt 0; }
li { margin-bottom: 4pt; page-break-inside: avoid; }
.bar { display: inline-block; height: 6pt; border: 1px solid #000; background: #bbb; }
.print-note { font-size: 9pt; }
@media print { .print-note { display: none; } }
)";

std::string tag(const char* name, const std::string& text, const char* cls = nullptr) {
  std::string open = std::string("<") + name + (cls ? std::string(" class=\"") + cls + "\"" : "");
  return open + ">" + html_escape(text) + "</" + name + ">\n";
}

// "✓ False: 3 ▇▇▇" for each answer: the spread of one rumour, the right answers ticked.
std::string spread_line(const Session& s, const WorkshopRumour& r, const RumourSpread& d) {
  const Mode mode = s.workshop().settings().mode;
  std::string out;
  for (int c : workshop_choices(r, mode)) {
    int n = d.counts[static_cast<size_t>(c)];
    bool right = choice_points(r, mode, c) == Scoring::full_points;
    out += "<span>" + html_escape((right ? "✓ " : "") + workshop_answer(s, r, c)) + ": " +
           std::to_string(n) + " <span class=\"bar\" style=\"width:" + std::to_string(n * 8) +
           "pt\"></span></span>&nbsp;&nbsp; ";
  }
  return out;
}

}  // namespace

std::string workshop_summary_html(const Session& s, const std::string& today) {
  const Workshop& w = s.workshop();
  const std::string& lang = s.language();
  std::string out = "<!DOCTYPE html>\n<html lang=\"" + html_escape(lang) +
                    "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
                    html_escape(s.tr("workshop.summary_title") + " · " + today) +
                    "</title>\n<style>" + style + "</style>\n</head>\n<body>\n";
  out += tag("h1", s.tr("workshop.summary_title"));
  std::string mode = s.tr(std::string("mode.") + to_string(w.settings().mode));
  out += tag("p",
             s.format("workshop.summary_about", {today, mode, std::to_string(w.rumours_done()),
                                                 std::to_string(w.rumours().size())}),
             "muted");
  out += tag("p", s.tr("workshop.summary_print"), "print-note");

  if (!w.uses_cards() && w.team_count() > 0) {
    out += tag("h2", s.tr("workshop.scoreboard"));
    out += "<table>\n";
    for (const TeamScore& t : w.scoreboard())
      // By letter only: the names typed in may be children's, and this sheet may be pinned up.
      out += "<tr><td>" +
             html_escape(s.format("workshop.team_default", {std::string(1, team_letter(t.team))})) +
             "</td><td>" +
             html_escape(
                 s.format("workshop.points", {std::to_string(t.points), std::to_string(t.right)})) +
             "</td></tr>\n";
    out += "</table>\n";
  }

  out += tag("h2", s.tr("workshop.debrief"));
  std::vector<RumourSpread> spreads = w.debrief();
  if (spreads.empty()) out += tag("p", s.tr("workshop.nothing_revealed"));
  out += "<ol>\n";
  for (const RumourSpread& d : spreads) {
    const WorkshopRumour& r = w.rumours()[static_cast<size_t>(d.position)];
    const Scenario& sc = *r.scenario;
    const Source& src = sc.fact.source;
    out += "<li><strong>" + html_escape(fact_in_one_line(sc.fact, lang)) + "</strong><br>\n";
    out += "<span class=\"muted\">" +
           html_escape(src.institution + " (" + src.title + ", " + std::to_string(src.year) + ") " +
                       src.url) +
           "</span><br>\n";
    out += html_escape(s.format("workshop.right_share", {std::to_string(d.right_percent())})) +
           " · " + spread_line(s, r, d) + "</li>\n";
  }
  out += "</ol>\n";

  std::string missed;
  for (const TechniqueTally& t : w.technique_tally())
    if (t.missed > 0)
      missed +=
          tag("li", s.format("workshop.technique_missed",
                             {s.tr(std::string("technique.") + to_string(t.technique)),
                              std::to_string(t.missed), std::to_string(t.spotted + t.missed)}));
  if (!missed.empty())
    out += tag("h2", s.tr("workshop.techniques")) + "<ul>\n" + missed + "</ul>\n";
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace ar
