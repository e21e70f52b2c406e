#pragma once
// A small, valid process to start each check test from; tests break one thing at a time.
#include "core/Process.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace salesprocess::test {

inline Step step(std::string id, std::string name, std::string phase, std::string team,
                 StepKind kind = StepKind::Activity)
{
    Step s;
    s.id = std::move(id);
    s.name = std::move(name);
    s.phase = std::move(phase);
    s.team = std::move(team);
    s.kind = kind;
    s.checklist = {"Done"};
    return s;
}

/// lead -> qualify -> decide (yes: quote -> won, no: lost); every channel routed.
inline Process smallProcess(const std::string& language = "en")
{
    Process p;
    p.name = "Small";
    p.language = language;
    p.date = "2026-01-15";
    p.segments = {{"prospect", "Prospect"}, {"customer", "Customer"}};
    p.phases = {{"contact", "Contact"}, {"quote", "Quotation"}, {"close", "Closing"}};
    p.teams = {{"inside", "Inside sales", "#99DDFF", "inside"}, {"field", "Field sales", "#EEDD88", "field"}};
    p.people = {{"Anna", "inside", "Lead", true}, {"Bram", "field", "Account manager", true}};
    p.steps = {step("lead", "Receive the request", "contact", "inside", StepKind::Start),
               step("qualify", "Qualify the lead", "contact", "inside"),
               step("decide", "Is there a need?", "quote", "field", StepKind::Decision),
               step("quote", "Prepare the quote", "quote", "field"),
               step("won", "Order won", "close", "field", StepKind::EndWon),
               step("lost", "Lead lost", "close", "inside", StepKind::EndLost)};
    p.arrows = {{"lead", "qualify", "", "", false},
                {"qualify", "decide", "", "Needs and budget known", false},
                {"decide", "quote", "yes", "", false},
                {"decide", "lost", "no", "Reason recorded", false},
                {"quote", "won", "", "", false}};
    p.channels = {{"phone", "Phone", true, 10}, {"mail", "E-mail", true, 20}};
    for (const char* channel : {"phone", "mail"})
        for (const char* segment : {"prospect", "customer"})
            p.routes.push_back({channel, segment, "", "inside", "field", "4 h"});
    return p;
}

inline Step& stepById(Process& p, const std::string& id)
{
    return *std::find_if(p.steps.begin(), p.steps.end(), [&](const Step& s) { return s.id == id; });
}

} // namespace salesprocess::test
