#pragma once
#include <string>

namespace salesprocess::extension {

/// What a command reports to the caller: done or not, and a sentence for the user.
struct CommandOutcome {
    enum class State { Done, Failed, Cancelled };
    State state = State::Done;
    std::string message;

    static CommandOutcome done(std::string text) { return {State::Done, std::move(text)}; }
    static CommandOutcome failed(std::string text) { return {State::Failed, std::move(text)}; }
    static CommandOutcome cancelled(std::string text) { return {State::Cancelled, std::move(text)}; }
    bool isDone() const { return state == State::Done; }
};

} // namespace salesprocess::extension
