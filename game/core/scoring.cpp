#include "scoring.h"

#include <algorithm>

namespace ar {

const char* to_string(Outcome o) {
  switch (o) {
    case Outcome::Right: return "right";
    case Outcome::Partly: return "partly";
    case Outcome::Wrong: return "wrong";
  }
  return "?";
}

Outcome Scoring::outcome(int points) {
  return points >= full_points ? Outcome::Right : points > 0 ? Outcome::Partly : Outcome::Wrong;
}

int Scoring::verdict_points(Verdict right, Verdict picked) {
  if (right == picked) return full_points;
  bool near_miss = (right == Verdict::Misleading && picked == Verdict::False) ||
                   (right == Verdict::False && picked == Verdict::Misleading);
  return near_miss ? half_points : 0;
}

int Scoring::reply_points(ReplyQuality quality) {
  switch (quality) {
    case ReplyQuality::Good: return full_points;
    case ReplyQuality::Partial: return half_points;
    case ReplyQuality::Poor: return 0;
  }
  return 0;
}

int Scoring::technique_points(const std::vector<Technique>& used, Technique picked) {
  return std::find(used.begin(), used.end(), picked) != used.end() ? full_points : 0;
}

int Scoring::protection_percent(int points, int answered) {
  if (answered <= 0) return 0;
  return points * 100 / (answered * full_points);
}

bool Scoring::is_protected(int points, int answered) {
  return answered > 0 && protection_percent(points, answered) >= protected_percent;
}

}  // namespace ar
