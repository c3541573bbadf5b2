#include "card_deck.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "utf8.h"
#include "workshop_summary.h"  // html_escape

namespace ar {

using L = CardDeckLayout;

int CardDeckLayout::sheets(int cards) {
  return std::max(1, (cards + per_sheet - 1) / per_sheet);
}

CardDeckLayout::Place CardDeckLayout::front(int i) {
  Place p;
  p.sheet = i / per_sheet;
  p.row = (i % per_sheet) / cols;
  p.col = i % cols;
  p.x = margin_x + p.col * (card_width + gutter);
  p.y = margin_y + p.row * (card_height + gutter);
  return p;
}

CardDeckLayout::Place CardDeckLayout::back(int i) {
  Place p = front(i);
  p.col = cols - 1 - p.col;  // the sheet is turned over its long (vertical) edge
  p.x = margin_x + p.col * (card_width + gutter);
  return p;
}

std::vector<DeckCard> deck_cards(const Pack& pack, const UiStrings& strings,
                                 const std::string& lang) {
  std::vector<DeckCard> cards;
  for (const Scenario& s : pack.scenarios) {
    DeckCard c;
    c.number = static_cast<int>(cards.size()) + 1;
    c.scenario_id = s.id;
    c.rumour = s.rumour.in(lang);
    if (!s.fact.figure.empty()) c.figure = s.fact.figure.in(lang);
    c.fact = s.fact.text.in(lang);
    c.verdict = strings.get(std::string("verdict.") + to_string(s.verdict), lang);
    c.source = s.fact.source;
    for (const Reply& r : s.replies)
      if (r.quality == ReplyQuality::Good) {
        c.reply = r.text.in(lang);
        break;
      }
    cards.push_back(std::move(c));
  }
  return cards;
}

namespace {

// The card's inside, in mm: the card less its padding and the line with its number.
constexpr double pad_x = 3.5, pad_y = 3;
constexpr double inner_width = L::card_width - 2 * pad_x;
constexpr double inner_height = L::card_height - 2 * pad_y - 4;  // 4: the number's line
constexpr double mm_per_pt = 25.4 / 72;
// Generous averages for DejaVu Sans (wide) so an estimate errs towards smaller type: the width of
// a character and the height of a line, in em.
constexpr double char_em = 0.5, line_em = 1.25, para_em = 0.35;

// The height in mm of paragraphs of `chars` characters each at `pt` points (`scale` of it).
struct Para {
  size_t chars;
  double scale;
};
double height_mm(const std::vector<Para>& paras, double pt) {
  double h = 0;
  for (const Para& p : paras) {
    if (p.chars == 0) continue;
    const double size = pt * p.scale * mm_per_pt;
    const double per_line = std::max(1.0, std::floor(inner_width / (size * char_em)));
    // +1 character a line for the space a word that does not fit leaves at the line's end; a few
    // extra characters for a long word (a URL) pushed whole onto the next line.
    const double lines = std::ceil(static_cast<double>(p.chars) * 1.12 / per_line);
    h += lines * size * line_em + size * para_em;
  }
  return h;
}

// The largest size from `largest` down, in quarter points, at which the texts fit; the smallest
// size tried when none does (the page still shows all of it: cards never clip).
double fitting_pt(const std::vector<Para>& paras, double largest, double smallest) {
  for (double pt = largest; pt > smallest; pt -= 0.25)
    if (height_mm(paras, pt) <= inner_height) return pt;
  return smallest;
}

size_t chars(const std::string& s) {
  return utf8::count_characters(s);
}

std::string source_line(const Source& s) {
  return s.institution + ". " + s.title + " (" + std::to_string(s.year) + ").";
}

std::string mm(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2fmm", v);
  return buf;
}

std::string pt(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2fpt", v);
  return buf;
}

// Mono-coloured and in mm so it prints the same on any printer; `.card` never hides what does
// not fit (a fact is never cut: its type is made smaller instead, back_font_pt).
constexpr const char* style = R"(
@page { size: A4; margin: 0; }
html, body { margin: 0; padding: 0; }
body { font-family: "DejaVu Sans", sans-serif; color: #000; background: #fff; }
.page { position: relative; width: 210mm; height: 297mm; overflow: hidden; break-after: page;
  page-break-after: always; }
.page:last-child { break-after: auto; page-break-after: auto; }
.card { position: absolute; width: 90mm; height: 65mm; box-sizing: border-box;
  padding: 3mm 3.5mm; line-height: 1.25; overflow: visible; }
.card p { margin: 0 0 0.35em; }
.label { font-size: 7pt; text-transform: uppercase; letter-spacing: 0.04em; color: #333; }
.rumour { font-style: italic; }
.foot { position: absolute; left: 3.5mm; right: 3.5mm; bottom: 2.5mm; font-size: 6.5pt;
  color: #333; display: flex; justify-content: space-between; gap: 2mm; }
.figure { font-weight: bold; }
.source { font-size: 0.85em; color: #222; }
.url { overflow-wrap: anywhere; word-break: break-all; }
.num { position: absolute; right: 3.5mm; top: 2mm; font-size: 6.5pt; color: #333; }
.back .fact-block { margin-top: 1.5mm; }
.cut { position: absolute; background: #000; }
.note { position: absolute; left: 12mm; right: 12mm; font-size: 7pt; color: #222;
  text-align: center; }
)";

// Short lines just outside each corner of a card, along its edges: where the cutter goes.
std::string cut_marks(const L::Place& p) {
  constexpr double len = 1.6, w = 0.15;
  std::string out;
  auto line = [&](double x, double y, double width, double height) {
    out += "<div class=\"cut\" style=\"left:" + mm(x) + ";top:" + mm(y) + ";width:" + mm(width) +
           ";height:" + mm(height) + "\"></div>\n";
  };
  for (double cx : {p.x, p.x + L::card_width})
    for (double cy : {p.y, p.y + L::card_height}) {
      const double out_x = cx == p.x ? cx - len : cx, out_y = cy == p.y ? cy - len : cy;
      line(out_x, cy - w / 2, len, w);  // along the horizontal edge, outwards
      line(cx - w / 2, out_y, w, len);  // along the vertical edge, outwards
    }
  return out;
}

std::string card_open(const char* face, const DeckCard& c, const L::Place& p, double font) {
  return "<div class=\"card " + std::string(face) + "\" id=\"" + face + "-" +
         std::to_string(c.number) + "\" data-scenario=\"" + html_escape(c.scenario_id) +
         "\" style=\"left:" + mm(p.x) + ";top:" + mm(p.y) + ";font-size:" + pt(font) + "\">\n";
}

std::string front_html(const DeckCard& c, const L::Place& p, const std::string& pack_title,
                       const UiStrings& strings, const std::string& lang) {
  std::string out = card_open("front", c, p, front_font_pt(c));
  out += "<p class=\"label\">" + html_escape(strings.get("cards.claim_heard", lang)) + "</p>\n";
  out += "<p class=\"rumour\">" + html_escape(c.rumour) + "</p>\n";
  out += "<div class=\"foot\"><span>" + html_escape(pack_title) + "</span><span>" +
         html_escape(strings.format("cards.number", lang, {std::to_string(c.number)})) +
         "</span></div>\n</div>\n";
  return out + cut_marks(p);
}

std::string back_html(const DeckCard& c, const L::Place& p, const UiStrings& strings,
                      const std::string& lang) {
  std::string out = card_open("back", c, p, back_font_pt(c));
  out += "<div class=\"num\">" +
         html_escape(strings.format("cards.number", lang, {std::to_string(c.number)})) +
         "</div>\n<div class=\"fact-block\">\n";
  // Fact first: the rumour is never the headline of the answer.
  if (!c.figure.empty()) out += "<p class=\"figure\">" + html_escape(c.figure) + "</p>\n";
  out += "<p class=\"fact\">" + html_escape(c.fact) + "</p>\n</div>\n";
  out += "<p class=\"verdict\"><strong>" + html_escape(strings.get("cards.verdict", lang)) +
         "</strong> " + html_escape(c.verdict) + "</p>\n";
  out += "<p class=\"source\">" + html_escape(strings.get("cards.source", lang)) + " " +
         html_escape(source_line(c.source)) + " <span class=\"url\">" + html_escape(c.source.url) +
         "</span></p>\n";
  if (!c.reply.empty())
    out += "<p class=\"reply\"><strong>" + html_escape(strings.get("cards.reply", lang)) +
           "</strong> " + html_escape(c.reply) + "</p>\n";
  return out + "</div>\n" + cut_marks(p);
}

}  // namespace

double back_font_pt(const DeckCard& c) {
  return fitting_pt({{chars(c.figure), 1.0},
                     {chars(c.fact), 1.0},
                     {chars(c.verdict) + 12, 1.0},
                     {chars(source_line(c.source)) + chars(c.source.url) + 10, 0.85},
                     {c.reply.empty() ? 0 : chars(c.reply) + 16, 1.0}},
                    9, 4.5);
}

double front_font_pt(const DeckCard& c) {
  return fitting_pt({{12, 0.6}, {chars(c.rumour), 1.0}}, 14, 6);
}

std::string card_deck_html(const Pack& pack, const UiStrings& strings, const std::string& lang) {
  const std::vector<DeckCard> cards = deck_cards(pack, strings, lang);
  const std::string title = pack.info.title.in(lang);
  const bool draft = !is_reviewed(pack.info.review, lang);
  const std::string note = html_escape(strings.get("cards.print_how", lang)) +
                           (draft ? "<br><span class=\"draft\">" +
                                        html_escape(strings.get("review.draft", lang)) + "</span>"
                                  : std::string());

  std::string out = "<!DOCTYPE html>\n<html lang=\"" + html_escape(lang) +
                    "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
                    html_escape(strings.format("cards.title", lang, {title})) +
                    "</title>\n<style>" + style + "</style>\n</head>\n<body>\n";
  const int card_count = static_cast<int>(cards.size());
  for (int sheet = 0; sheet < L::sheets(card_count); ++sheet) {
    const int first = sheet * L::per_sheet, last = std::min(card_count, first + L::per_sheet);
    const std::string n = std::to_string(sheet + 1);
    // How to print (and the draft notice) in the fronts' bottom margin; the backs carry only cards.
    out += "<section class=\"page fronts\" data-sheet=\"" + n + "\">\n";
    for (int i = first; i < last; ++i)
      out += front_html(cards[static_cast<size_t>(i)], L::front(i), title, strings, lang);
    out += "<div class=\"note\" style=\"bottom:4mm\">" + note + "</div>\n</section>\n";
    out += "<section class=\"page backs\" data-sheet=\"" + n + "\">\n";
    for (int i = first; i < last; ++i)
      out += back_html(cards[static_cast<size_t>(i)], L::back(i), strings, lang);
    out += "</section>\n";
  }
  out += "</body>\n</html>\n";
  return out;
}

std::string card_deck_file_name(const std::string& pack_id, const std::string& lang) {
  std::string safe;
  for (char c : pack_id + "-" + lang)
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') safe += c;
  return "antirumour-cards-" + safe + ".html";
}

}  // namespace ar
