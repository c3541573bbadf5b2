#pragma once
// A pack as a printable card deck, for groups without a device (the Bilbao game had a paper card
// too). A4 sheets of 2 columns x 4 rows of 90 x 65 mm cards with a 4 mm gutter; each sheet is a
// page of fronts (the rumour) followed by a page of backs (the fact first, then the verdict, the
// source and one good reply). Backs are mirrored for long-edge double-sided printing: the back of
// the card in column c sits in column cols-1-c of the same row, so it lands behind its front.
#include <string>
#include <vector>

#include "scenario.h"
#include "ui_strings.h"

namespace ar {

// Where the cards sit on a page, in millimetres from the page's top-left corner.
struct CardDeckLayout {
  static constexpr double page_width = 210, page_height = 297;  // A4 portrait
  static constexpr int cols = 2, rows = 4;
  static constexpr double card_width = 90, card_height = 65;
  static constexpr double gutter = 4;  // between cards: room for the cut marks
  static constexpr int per_sheet = cols * rows;

  // Margins that centre the grid on the page.
  static constexpr double margin_x = (page_width - cols * card_width - (cols - 1) * gutter) / 2;
  static constexpr double margin_y = (page_height - rows * card_height - (rows - 1) * gutter) / 2;

  struct Place {
    int sheet = 0;  // 0-based; each sheet is two pages, fronts then backs
    int row = 0, col = 0;
    double x = 0, y = 0;  // top-left corner, mm
  };

  // Sheets needed for `cards` cards (at least one: an empty pack still prints its page).
  static int sheets(int cards);
  // Card i's front, and its back (same sheet and row, mirrored column).
  static Place front(int i);
  static Place back(int i);
};

// One card's words, in one language.
struct DeckCard {
  int number = 0;  // 1-based, printed on both faces so a stray back finds its front
  std::string scenario_id;
  std::string rumour;
  std::string figure;  // may be empty
  std::string fact;
  std::string verdict;  // in words ("False")
  Source source;
  std::string reply;  // the pack's first good reply; empty when it has none
};

// The pack's scenarios as cards, in pack order, texts in `lang` (else English, as on screen).
std::vector<DeckCard> deck_cards(const Pack& pack, const UiStrings& strings,
                                 const std::string& lang);

// The type size (pt) of a card's back: the largest that fits its texts on the card. A fact is
// never cut; a long one gets smaller type.
double back_font_pt(const DeckCard& card);
// Likewise for the rumour on the front.
double front_font_pt(const DeckCard& card);

// The deck as a self-contained HTML page (no script, no outside file) to print on A4, both sides.
// Where the pack's `lang` is not reviewed by a native speaker, every page says it is a draft.
std::string card_deck_html(const Pack& pack, const UiStrings& strings, const std::string& lang);

// antirumour-cards-<pack id>-<lang>.html, with anything but [a-z0-9-] in the id left out.
std::string card_deck_file_name(const std::string& pack_id, const std::string& lang);

}  // namespace ar
