#pragma once
#include <string>
#include <vector>

namespace salesprocess {

enum class StepKind { Activity, Decision, Start, EndWon, EndLost };

/// "activity", "decision", "start", "end-won", "end-lost".
const char* toString(StepKind kind);
/// False when the text names no kind; kind is then left alone.
bool parseStepKind(const std::string& text, StepKind& kind);

/// One thing somebody does in the process, named verb + object ("Send the quote").
struct Step {
    std::string id;
    std::string name;
    StepKind kind = StepKind::Activity;
    std::string description;
    std::string phase; ///< phase id
    std::string team;  ///< team id: the one team responsible
    std::vector<std::string> supportingTeams; ///< team ids that join in (joint work, not double work)
    std::vector<std::string> segments;        ///< segment ids; empty means every segment
    std::vector<std::string> checklist;       ///< lines for the desk checklist
    bool recurring = false; ///< e.g. a yearly account review: needs no predecessor

    bool isEnd() const { return kind == StepKind::EndWon || kind == StepKind::EndLost; }
    bool isFor(const std::string& segment) const;
};

} // namespace salesprocess
