#include "Step.hpp"

#include <algorithm>

namespace salesprocess {

const char* toString(StepKind kind)
{
    switch (kind) {
    case StepKind::Activity: return "activity";
    case StepKind::Decision: return "decision";
    case StepKind::Start: return "start";
    case StepKind::EndWon: return "end-won";
    case StepKind::EndLost: return "end-lost";
    }
    return "activity";
}

bool parseStepKind(const std::string& text, StepKind& kind)
{
    static const std::pair<const char*, StepKind> names[] = {
        {"activity", StepKind::Activity}, {"decision", StepKind::Decision},
        {"start", StepKind::Start},       {"end-won", StepKind::EndWon},
        {"end-lost", StepKind::EndLost},
    };
    for (const auto& [name, value] : names) {
        if (text == name) {
            kind = value;
            return true;
        }
    }
    return false;
}

bool Step::isFor(const std::string& segment) const
{
    return segments.empty() || std::find(segments.begin(), segments.end(), segment) != segments.end();
}

} // namespace salesprocess
