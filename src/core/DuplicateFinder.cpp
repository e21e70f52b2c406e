#include "DuplicateFinder.hpp"

#include "StepName.hpp"

#include <functional>
#include <string_view>

namespace salesprocess {

namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

/// Numbers distinct keys in order of first appearance. An open-addressing hash table over
/// views into one text buffer (that must outlive it): no allocation per key, which matters
/// more than anything else at 100,000 names.
class KeyNumbering {
public:
    explicit KeyNumbering(std::size_t expected)
    {
        std::size_t capacity = 16;
        while (capacity < 2 * expected)
            capacity *= 2; // load factor at most 1/2 keeps probe runs short
        m_slots.assign(capacity, kNone);
        m_mask = capacity - 1;
        m_keys.reserve(expected);
        m_hashes.reserve(expected);
    }

    /// The key's number, a new one for a key not seen before. At most `expected` keys.
    std::size_t number(std::string_view key)
    {
        const std::size_t hash = std::hash<std::string_view>{}(key);
        for (std::size_t slot = hash & m_mask;; slot = (slot + 1) & m_mask) {
            const std::size_t id = m_slots[slot];
            if (id == kNone) {
                m_slots[slot] = m_keys.size();
                m_keys.push_back(key);
                m_hashes.push_back(hash);
                return m_keys.size() - 1;
            }
            if (m_hashes[id] == hash && m_keys[id] == key)
                return id;
        }
    }

    std::size_t size() const { return m_keys.size(); }
    std::string_view key(std::size_t id) const { return m_keys[id]; }

private:
    std::vector<std::size_t> m_slots; ///< key number or kNone
    std::size_t m_mask = 0;
    std::vector<std::string_view> m_keys;
    std::vector<std::size_t> m_hashes;
};

} // namespace

std::vector<DuplicateFinder::Group> DuplicateFinder::find(const std::vector<std::string>& names)
{
    const std::size_t n = names.size();

    // 1. Exact keys, all in one buffer (views into it are taken only once it stops growing).
    std::size_t totalSize = 0;
    for (const std::string& name : names)
        totalSize += name.size(); // an exact key is never longer than its name
    std::string exactText;
    exactText.reserve(totalSize);
    std::vector<std::size_t> exactEnd(n);
    for (std::size_t i = 0; i < n; ++i) {
        exactText += StepName::exactKey(names[i]);
        exactEnd[i] = exactText.size();
    }
    KeyNumbering exact(n);
    std::vector<std::size_t> exactOf(n, kNone);
    std::vector<std::size_t> exactCount;
    for (std::size_t i = 0, begin = 0; i < n; begin = exactEnd[i], ++i) {
        if (exactEnd[i] == begin)
            continue; // empty, blank or punctuation only: nothing to compare
        const std::size_t id =
            exact.number(std::string_view(exactText).substr(begin, exactEnd[i] - begin));
        if (id == exactCount.size())
            exactCount.push_back(0);
        ++exactCount[id];
        exactOf[i] = id;
    }

    // 2. Similarity keys, once per distinct exact key: the similarity key is a function of the
    //    exact key (exactKey is idempotent), so similarityKey(exact key) == similarityKey(name).
    const std::size_t distinct = exact.size();
    std::string similarText;
    similarText.reserve(exactText.size() + 8 * distinct); // synonyms may be a little longer
    std::vector<std::size_t> similarEnd(distinct);
    for (std::size_t id = 0; id < distinct; ++id) {
        similarText += StepName::similarityKey(exact.key(id));
        similarEnd[id] = similarText.size();
    }
    KeyNumbering similar(distinct);
    std::vector<std::size_t> similarOf(distinct, kNone);
    std::vector<std::size_t> similarExactCount; // distinct exact keys per similarity key
    for (std::size_t id = 0, begin = 0; id < distinct; begin = similarEnd[id], ++id) {
        if (similarEnd[id] == begin)
            continue;
        const std::size_t sid =
            similar.number(std::string_view(similarText).substr(begin, similarEnd[id] - begin));
        if (sid == similarExactCount.size())
            similarExactCount.push_back(0);
        ++similarExactCount[sid];
        similarOf[id] = sid;
    }

    // 3. One pass in name order: a group is opened by its first member (an exact group before a
    //    near group starting at the same name), so groups come ordered and members ascending.
    std::vector<Group> groups;
    std::vector<std::size_t> exactGroup(distinct, kNone);
    std::vector<std::size_t> similarGroup(similar.size(), kNone);
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t id = exactOf[i];
        if (id == kNone)
            continue;
        if (exactCount[id] > 1) {
            if (exactGroup[id] == kNone) {
                exactGroup[id] = groups.size();
                groups.emplace_back();
            }
            groups[exactGroup[id]].members.push_back(i);
        }
        const std::size_t sid = similarOf[id];
        if (sid != kNone && similarExactCount[sid] > 1) {
            if (similarGroup[sid] == kNone) {
                similarGroup[sid] = groups.size();
                groups.emplace_back();
                groups.back().exact = false;
            }
            groups[similarGroup[sid]].members.push_back(i);
        }
    }
    return groups;
}

} // namespace salesprocess
