#pragma once
// The year the core tests load content in: fixed, so tests do not change with the calendar. The
// game passes the clock's year (platform::this_year); the core never guesses it.
namespace ar::test {

inline constexpr int current_year = 2026;

}  // namespace ar::test
