// The printable card deck: where the cards sit (backs mirrored for long-edge printing), the pages
// a pack needs, what each face says and in which language, escaping and the draft notice.
#include <catch2/catch.hpp>

#include <algorithm>

#include "card_deck.h"
#include "screen_text.h"
#include "test_files.h"
#include "test_library.h"
#include "test_session.h"
#include "workshop_summary.h"

using namespace ar;
using L = CardDeckLayout;

namespace {

const UiStrings& strings() {
  static const UiStrings table = [] {
    std::vector<Problem> problems;
    UiStrings t = UiStrings::load(test::read_file(AR_CONTENT "/ui-strings.json"), "ui-strings.json",
                                  problems);
    REQUIRE(problems.empty());
    return t;
  }();
  return table;
}

Pack pack_of(int count) {
  Library lib = test::make_library({test::numbered_pack("deck-pack", 1, count)});
  REQUIRE(lib.packs().size() == 1);
  return lib.packs()[0];
}

size_t occurrences(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// The part of the page from the n-th (0-based) occurrence of `start` to the next one (or the end).
std::string section(const std::string& html, const std::string& start, int n) {
  size_t at = 0;
  for (int i = 0; i <= n; ++i) {
    at = html.find(start, i == 0 ? 0 : at + 1);
    REQUIRE(at != std::string::npos);
  }
  size_t end = html.find("<section", at + 1);
  return html.substr(at, end == std::string::npos ? std::string::npos : end - at);
}

}  // namespace

TEST_CASE("card deck: the grid fits on A4 and the back of column c sits at column cols-1-c",
          "[cards]") {
  STATIC_REQUIRE(L::margin_x >= 5);
  STATIC_REQUIRE(L::margin_y >= 5);
  for (int i = 0; i < 3 * L::per_sheet; ++i) {
    const L::Place f = L::front(i), b = L::back(i);
    INFO("card " << i);
    CHECK(f.sheet == i / L::per_sheet);
    CHECK(b.sheet == f.sheet);
    CHECK(b.row == f.row);
    CHECK(b.col == L::cols - 1 - f.col);
    CHECK(b.y == f.y);
    // Turned over the long edge, the back's left edge is where the front's right edge was.
    CHECK(b.x == Approx(L::page_width - f.x - L::card_width));
    CHECK(f.x + L::card_width <= L::page_width - L::margin_x + 1e-9);
    CHECK(f.y + L::card_height <= L::page_height - L::margin_y + 1e-9);
  }
  // Card by card, fronts fill a row left to right, then the next row.
  CHECK(L::front(0).col == 0);
  CHECK(L::front(1).col == 1);
  CHECK(L::front(2).row == 1);
  CHECK(L::back(0).col == 1);
}

TEST_CASE("card deck: pages for N cards, a page break between sheets", "[cards]") {
  CHECK(L::sheets(0) == 1);
  CHECK(L::sheets(1) == 1);
  CHECK(L::sheets(8) == 1);
  CHECK(L::sheets(9) == 2);
  CHECK(L::sheets(17) == 3);
  for (int n : {1, 8, 9, 17}) {
    const std::string html = card_deck_html(pack_of(n), strings(), "en");
    INFO(n << " cards");
    CHECK(occurrences(html, "<section class=\"page fronts\"") == size_t(L::sheets(n)));
    CHECK(occurrences(html, "<section class=\"page backs\"") == size_t(L::sheets(n)));
    // Every page breaks after itself but the last (.page:last-child), in print CSS.
    CHECK(html.find(".page { position: relative; width: 210mm; height: 297mm;") !=
          std::string::npos);
    CHECK(html.find("break-after: page") != std::string::npos);
    CHECK(html.find("@page { size: A4; margin: 0; }") != std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("src=") == std::string::npos);
    CHECK(html.find("href=") == std::string::npos);
    // Fronts of a sheet, then its backs: page k+1 holds the backs of page k's cards.
    for (int sheet = 0; sheet < L::sheets(n); ++sheet) {
      const std::string fronts = section(html, "<section class=\"page fronts\"", sheet);
      const std::string backs = section(html, "<section class=\"page backs\"", sheet);
      const int first = sheet * L::per_sheet + 1;
      const int last = std::min(n, first + L::per_sheet - 1);
      CHECK(occurrences(fronts, "class=\"card front\"") == size_t(last - first + 1));
      CHECK(occurrences(backs, "class=\"card back\"") == size_t(last - first + 1));
      CHECK(fronts.find("id=\"front-" + std::to_string(first) + "\"") != std::string::npos);
      CHECK(backs.find("id=\"back-" + std::to_string(last) + "\"") != std::string::npos);
      CHECK(html.find("<section class=\"page backs\" data-sheet=\"" + std::to_string(sheet + 1)) >
            html.find("<section class=\"page fronts\" data-sheet=\"" + std::to_string(sheet + 1)));
    }
  }
}

TEST_CASE("card deck: every scenario once on a front and once on a back; fact first on the back",
          "[cards]") {
  const Pack pack = pack_of(11);
  const std::string html = card_deck_html(pack, strings(), "en");
  CHECK(occurrences(html, "class=\"card front\"") == pack.scenarios.size());
  CHECK(occurrences(html, "class=\"card back\"") == pack.scenarios.size());
  for (const Scenario& s : pack.scenarios) {
    INFO(s.id);
    // Closed by its delimiters: rumour-1 must not also count rumour-10 and rumour-11.
    CHECK(occurrences(html, "data-scenario=\"" + s.id + "\"") == 2);
    CHECK(occurrences(html, "class=\"card front\" id=\"front-") == pack.scenarios.size());
    CHECK(occurrences(html, ">" + s.rumour.in("en") + "<") == 1);
    CHECK(occurrences(html, ">" + s.fact.text.in("en") + "<") == 1);
    CHECK(occurrences(html, ">" + s.fact.source.url + "<") == 1);
  }
  const std::vector<DeckCard> cards = deck_cards(pack, strings(), "en");
  REQUIRE(cards.size() == pack.scenarios.size());
  for (const DeckCard& c : cards) {
    const size_t back = html.find("id=\"back-" + std::to_string(c.number) + "\"");
    REQUIRE(back != std::string::npos);
    const std::string face =
        html.substr(back, html.find("</div>\n<div class=\"cut\"", back) - back);
    INFO(face);
    // The back never repeats the rumour; the fact comes before the verdict, source and reply.
    CHECK(face.find(c.rumour) == std::string::npos);
    const size_t fact = face.find(c.fact), verdict = face.find("class=\"verdict\""),
                 source = face.find("class=\"source\""), reply = face.find("class=\"reply\"");
    REQUIRE(fact != std::string::npos);
    REQUIRE(verdict != std::string::npos);
    REQUIRE(reply != std::string::npos);
    CHECK(fact < verdict);
    CHECK(verdict < source);
    CHECK(source < reply);
    CHECK(face.find(strings().get("verdict.false", "en")) != std::string::npos);
    CHECK(face.find(c.source.institution) != std::string::npos);
    CHECK(face.find(c.source.title) != std::string::npos);
    CHECK(face.find("(2024)") != std::string::npos);
    // The good reply, not the partial or poor one.
    const Scenario& s = pack.scenarios[static_cast<size_t>(c.number - 1)];
    CHECK(c.reply == s.replies[size_t(test::reply_index(s, ReplyQuality::Good))].text.in("en"));
    CHECK(face.find(c.reply) != std::string::npos);
  }
}

TEST_CASE("card deck: hostile text from a pack is escaped, never markup", "[cards]") {
  Pack pack = pack_of(1);
  Scenario& s = pack.scenarios[0];
  s.rumour.by_language["en"] = "<script>alert('x')</script> & \"more\"";
  s.fact.text.by_language["en"] = "<img src=x onerror=alert(1)>";
  s.fact.source.url = "https://example.org/?a=1&b=\"><script>";
  s.id = "id\"><b>";
  pack.info.title.by_language["en"] = "</title><style>body{display:none}</style>";
  const std::string html = card_deck_html(pack, strings(), "en");
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("<b>") == std::string::npos);
  CHECK(occurrences(html, "<style>") == 1);  // ours, in the head
  CHECK(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;") !=
        std::string::npos);
  CHECK(html.find("&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
  CHECK(html.find("?a=1&amp;b=&quot;&gt;&lt;script&gt;") != std::string::npos);
  CHECK(html.find("&lt;/title&gt;&lt;style&gt;") != std::string::npos);
}

TEST_CASE("card deck: in the chosen language, with a draft notice unless that one is reviewed",
          "[cards]") {
  Pack pack = pack_of(2);
  for (Scenario& s : pack.scenarios) {
    s.rumour.by_language["es"] = "Rumor " + s.id;
    s.fact.text.by_language["es"] = "Dato " + s.id;
  }
  const std::string es = card_deck_html(pack, strings(), "es");
  CHECK(es.find("<html lang=\"es\">") != std::string::npos);
  CHECK(es.find(">Rumor rumour-1<") != std::string::npos);
  CHECK(es.find(">Dato rumour-2<") != std::string::npos);
  CHECK(es.find("Test rumour 1") == std::string::npos);
  CHECK(es.find(strings().get("cards.claim_heard", "es")) != std::string::npos);
  CHECK(es.find(strings().get("cards.claim_heard", "en")) == std::string::npos);
  CHECK(es.find(strings().get("verdict.false", "es")) != std::string::npos);
  CHECK(es.find(html_escape(strings().get("review.draft", "es"))) != std::string::npos);

  pack.info.review["en"] = ReviewStatus::Reviewed;
  const std::string en = card_deck_html(pack, strings(), "en");
  CHECK(en.find("<html lang=\"en\">") != std::string::npos);
  CHECK(en.find(">Test rumour 1 (en)<") != std::string::npos);
  CHECK(en.find(strings().get("review.draft", "en")) == std::string::npos);
  CHECK(en.find("class=\"draft\"") == std::string::npos);
  pack.info.review["en"] = ReviewStatus::Draft;
  CHECK(card_deck_html(pack, strings(), "en").find("class=\"draft\"") != std::string::npos);

  CHECK(card_deck_file_name("work-and-welfare", "eu") ==
        "antirumour-cards-work-and-welfare-eu.html");
  CHECK(card_deck_file_name("../x/Y z", "en") == "antirumour-cards-xz-en.html");
}

TEST_CASE("card deck: a longer fact gets smaller type, never a cut", "[cards]") {
  DeckCard c;
  c.fact = "Short fact.";
  c.verdict = "False";
  c.source = {"Institute", "Report", 2024, "EU", "https://example.org/report"};
  c.reply = "A short reply?";
  const double small_text = back_font_pt(c);
  c.fact = std::string(400, 'x');
  for (size_t i = 7; i < c.fact.size(); i += 8) c.fact[i] = ' ';
  c.reply = std::string(150, 'y');
  const double long_text = back_font_pt(c);
  CHECK(long_text < small_text);
  CHECK(long_text >= 4.5);
  c.rumour = "A rumour.";
  const double short_rumour = front_font_pt(c);
  c.rumour = std::string(300, 'r');
  CHECK(front_font_pt(c) < short_rumour);
}

TEST_CASE("card deck: Print cards asks the platform for the pack's deck, then says where it went",
          "[cards][session]") {
  namespace act = session_action;
  Session s(test::session_content(test::numbered_pack("deck-pack", 1, 3), "eu", 1));
  REQUIRE(s.apply(act::GoTo{Screen::About}));
  CHECK_FALSE(s.apply(act::PrintCards{"no-such-pack"}));
  CHECK_FALSE(s.take_effects().cards_to_print);
  REQUIRE(s.apply(act::PrintCards{"deck-pack"}));
  SessionEffects e = s.take_effects();
  REQUIRE(e.cards_to_print == std::string("deck-pack"));
  const std::string deck = s.card_deck("deck-pack");
  CHECK(deck.find("<html lang=\"eu\">") != std::string::npos);
  CHECK(deck.find(html_escape(s.tr("cards.claim_heard"))) != std::string::npos);
  CHECK(s.card_deck("no-such-pack").empty());
  CHECK_FALSE(s.cards_notice().shown);
  REQUIRE(s.apply(act::CardsPrinted{"antirumour-cards-deck-pack-eu.html", ""}));
  CHECK(s.cards_notice().shown);
  CHECK(s.cards_notice().pack_id == "deck-pack");
  CHECK(s.cards_notice().error.empty());
  const std::vector<std::string> lines = screen_text(s);
  CHECK(std::find(lines.begin(), lines.end(),
                  s.format("cards.saved", {"antirumour-cards-deck-pack-eu.html"})) != lines.end());
}
