#include "pack_csv_export.h"

#include <functional>

namespace ar {

namespace {

// One cell, quoted when it holds a quote, a separator (',' or the ';' of Spanish locales) or a
// line break.
std::string csv_cell(const std::string& text) {
  if (text.find_first_of("\",;\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';  // a quote inside a quoted cell is doubled
    out += c;
  }
  return out + "\"";
}

template <typename T, typename Name>
std::string joined(const std::vector<T>& items, const char* separator, Name name) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += separator;
    out += name(item);
  }
  return out;
}

std::string text_in(const LocalText& text, const std::string& lang) {
  auto it = text.by_language.find(lang);
  return it == text.by_language.end() ? "" : it->second;
}

// A column of the sheet: its header name and how to fill its cell for a scenario.
struct Column {
  std::string name;
  std::function<std::string(const Scenario&)> cell;
};

std::vector<Column> columns_for(const Pack& pack) {
  const std::vector<std::string>& langs = pack.info.languages;
  std::vector<Column> columns;
  auto add = [&](std::string name, std::function<std::string(const Scenario&)> cell) {
    columns.push_back({std::move(name), std::move(cell)});
  };
  // One column per language: rumour_es, rumour_eu …
  auto texts = [&](const std::string& prefix, std::function<const LocalText*(const Scenario&)> of) {
    for (const auto& l : langs)
      add(prefix + "_" + l, [of, l](const Scenario& s) {
        const LocalText* t = of(s);
        return t ? text_in(*t, l) : std::string();
      });
  };
  add("id", [](const Scenario& s) { return s.id; });
  add("topic", [](const Scenario& s) { return s.topic; });
  add("difficulty", [](const Scenario& s) { return std::string(to_string(s.difficulty)); });
  add("verdict", [](const Scenario& s) { return std::string(to_string(s.verdict)); });
  add("choices", [](const Scenario& s) {
    return joined(s.choices, " ", [](Verdict v) { return std::string(to_string(v)); });
  });
  texts("rumour", [](const Scenario& s) { return &s.rumour; });
  texts("fact", [](const Scenario& s) { return &s.fact.text; });
  texts("figure", [](const Scenario& s) { return &s.fact.figure; });
  add("source_institution", [](const Scenario& s) { return s.fact.source.institution; });
  add("source_title", [](const Scenario& s) { return s.fact.source.title; });
  add("source_year", [](const Scenario& s) {
    return s.fact.source.year ? std::to_string(s.fact.source.year) : std::string();
  });
  add("source_area", [](const Scenario& s) { return s.fact.source.area; });
  add("source_url", [](const Scenario& s) { return s.fact.source.url; });
  texts("explanation", [](const Scenario& s) { return &s.explanation; });
  for (size_t k = 0; k < 4; ++k) {
    std::string n = std::to_string(k + 1);
    auto reply = [k](const Scenario& s) { return k < s.replies.size() ? &s.replies[k] : nullptr; };
    add("reply" + n + "_kind", [reply](const Scenario& s) {
      return reply(s) ? std::string(to_string(reply(s)->kind)) : std::string();
    });
    add("reply" + n + "_quality", [reply](const Scenario& s) {
      return reply(s) ? std::string(to_string(reply(s)->quality)) : std::string();
    });
    texts("reply" + n, [reply](const Scenario& s) { return reply(s) ? &reply(s)->text : nullptr; });
    texts("feedback" + n,
          [reply](const Scenario& s) { return reply(s) ? &reply(s)->feedback : nullptr; });
  }
  texts("discussion", [](const Scenario& s) { return &s.discussion; });
  add("practices", [](const Scenario& s) {
    return joined(s.practices, "; ", [](const std::string& p) { return p; });
  });
  if (pack.format >= 2) {  // a format 1 sheet has none of these, so it imports as format 1
    add("techniques", [](const Scenario& s) {
      return joined(s.techniques, "; ", [](Technique t) { return std::string(to_string(t)); });
    });
    add("status", [](const Scenario& s) { return std::string(to_string(s.status)); });
    texts("facilitator_notes", [](const Scenario& s) { return &s.facilitator_notes; });
  }
  return columns;
}

}  // namespace

std::string pack_to_csv(const Pack& pack) {
  const std::vector<Column> columns = columns_for(pack);
  std::string out = "\xEF\xBB\xBF";  // UTF-8 byte order mark: Excel reads accents right
  auto row = [&](auto cell) {
    for (size_t c = 0; c < columns.size(); ++c) {
      if (c) out += ',';
      out += csv_cell(cell(columns[c]));
    }
    out += "\r\n";
  };
  row([](const Column& c) { return c.name; });
  for (const auto& s : pack.scenarios) row([&](const Column& c) { return c.cell(s); });
  return out;
}

}  // namespace ar
