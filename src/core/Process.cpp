#include "Process.hpp"

#include <algorithm>

namespace salesprocess {

namespace {
template <class T>
const T* findById(const std::vector<T>& items, const std::string& id)
{
    auto it = std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}
} // namespace

const Team* Process::findTeam(const std::string& id) const { return findById(teams, id); }
const Phase* Process::findPhase(const std::string& id) const { return findById(phases, id); }
const Step* Process::findStep(const std::string& id) const { return findById(steps, id); }
const Segment* Process::findSegment(const std::string& id) const { return findById(segments, id); }
const Channel* Process::findChannel(const std::string& id) const { return findById(channels, id); }

const Person* Process::findPerson(const std::string& personName) const
{
    auto it = std::find_if(people.begin(), people.end(),
                           [&](const Person& p) { return p.name == personName; });
    return it == people.end() ? nullptr : &*it;
}

int Process::phaseIndex(const std::string& id) const
{
    for (std::size_t i = 0; i < phases.size(); ++i)
        if (phases[i].id == id)
            return static_cast<int>(i);
    return -1;
}

} // namespace salesprocess
