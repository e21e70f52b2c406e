#pragma once
#include "Action.hpp"
#include "Arrow.hpp"
#include "Channel.hpp"
#include "Person.hpp"
#include "Phase.hpp"
#include "Route.hpp"
#include "Segment.hpp"
#include "Step.hpp"
#include "Team.hpp"

#include <string>
#include <vector>

namespace salesprocess {

/// The whole sales process: what the workbook, the drawing and the templates hold.
struct Process {
    std::string name;
    std::string company;
    std::string logo;     ///< optional image file name or URL
    std::string language = "en"; ///< "nl" or "en": the language of names and findings
    std::string version;
    std::string owner;
    std::string date;     ///< ISO date

    std::vector<Segment> segments;
    std::vector<Phase> phases; ///< in process order
    std::vector<Team> teams;
    std::vector<Person> people;
    std::vector<Step> steps;
    std::vector<Arrow> arrows;
    std::vector<Channel> channels;
    std::vector<Route> routes;
    std::vector<Action> actions;

    const Team* findTeam(const std::string& id) const;
    const Phase* findPhase(const std::string& id) const;
    const Step* findStep(const std::string& id) const;
    const Segment* findSegment(const std::string& id) const;
    const Channel* findChannel(const std::string& id) const;
    const Person* findPerson(const std::string& name) const;
    /// Position of the phase in process order, or -1.
    int phaseIndex(const std::string& id) const;
};

} // namespace salesprocess
