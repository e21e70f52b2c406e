#include "JsonDocument.hpp"

#include "templates/LoadResult.hpp"

#include <boost/property_tree/json_parser/detail/read.hpp>
#include <boost/property_tree/json_parser/error.hpp>

namespace salesprocess {

/// The callbacks Boost.Property_tree's JSON parser drives (the interface of its
/// standard_callbacks), building flat nodes instead of a ptree.
class JsonDocumentBuilder {
public:
    using char_type = char;
    using Kind = JsonDocument::Node::Kind;

    explicit JsonDocumentBuilder(JsonDocument& document) : m_doc(document) {}

    void on_null() { newValue() = "null"; }
    void on_boolean(bool b) { newValue() = b ? "true" : "false"; }
    template <typename Range> void on_number(Range units) { newValue().assign(units.begin(), units.end()); }
    void on_begin_number() { newValue(); }
    void on_digit(char d) { current() += d; }
    void on_end_number() {}
    void on_begin_string() { newValue(); }
    template <typename Range> void on_code_units(Range units) { current().append(units.begin(), units.end()); }
    void on_code_unit(char c) { current() += c; }
    void on_end_string() {}
    void on_begin_array()
    {
        const std::uint32_t n = newTree();
        m_doc.m_nodes[n].kind = Kind::Array;
        m_stack.back().state = State::Array;
    }
    void on_end_array() { endContainer(); }
    void on_begin_object()
    {
        const std::uint32_t n = newTree();
        m_doc.m_nodes[n].kind = Kind::Object;
        m_stack.back().state = State::Object;
    }
    void on_end_object() { endContainer(); }

private:
    enum class State { Array, Object, Key, Leaf };
    struct Layer {
        State state;
        std::uint32_t node;
    };

    void endContainer()
    {
        if (m_stack.back().state == State::Leaf)
            m_stack.pop_back();
        m_stack.pop_back();
    }

    std::uint16_t keyIndex(const std::string& key)
    {
        if (key.empty())
            return 0;
        auto& keys = m_doc.m_keys;
        for (std::size_t i = keys.size(); i-- > 1;) // recent keys first; few keys in all
            if (keys[i] == key)
                return static_cast<std::uint16_t>(i);
        if (keys.size() >= 0xFFFF)
            throw LoadError("too many different keys");
        keys.push_back(key);
        return static_cast<std::uint16_t>(keys.size() - 1);
    }

    std::uint32_t addChild(std::uint32_t parent, std::uint16_t key)
    {
        const auto index = static_cast<std::uint32_t>(m_doc.m_nodes.size());
        m_doc.m_nodes.emplace_back();
        m_doc.m_nodes.back().key = key;
        JsonDocument::Node& p = m_doc.m_nodes[parent];
        if (p.lastChild == JsonDocument::none)
            p.firstChild = index;
        else
            m_doc.m_nodes[p.lastChild].nextSibling = index;
        p.lastChild = index;
        return index;
    }

    std::uint32_t newTree()
    {
        for (;;) {
            if (m_stack.empty()) {
                m_doc.m_nodes.emplace_back();
                m_stack.push_back({State::Leaf, 0});
                return 0;
            }
            Layer& top = m_stack.back();
            switch (top.state) {
            case State::Array: {
                const std::uint32_t child = addChild(top.node, 0);
                m_stack.push_back({State::Leaf, child});
                return child;
            }
            case State::Key:
            case State::Object: { // the parser always gives a key first
                const std::uint32_t child = addChild(top.node, keyIndex(m_key));
                top.state = State::Object;
                m_stack.push_back({State::Leaf, child});
                return child;
            }
            case State::Leaf:
                m_stack.pop_back();
                continue;
            }
        }
    }

    std::string& newValue()
    {
        for (;;) {
            if (m_stack.empty())
                return m_doc.m_nodes[newTree()].value;
            Layer& top = m_stack.back();
            switch (top.state) {
            case State::Leaf:
                m_stack.pop_back();
                continue;
            case State::Object:
                top.state = State::Key;
                m_key.clear();
                return m_key;
            default:
                return m_doc.m_nodes[newTree()].value;
            }
        }
    }

    std::string& current()
    {
        const Layer& top = m_stack.back();
        return top.state == State::Key ? m_key : m_doc.m_nodes[top.node].value;
    }

    JsonDocument& m_doc;
    std::string m_key;
    std::vector<Layer> m_stack;
};

JsonDocument JsonDocument::parse(std::string_view text, const std::string& fileName)
{
    namespace detail = boost::property_tree::json_parser::detail;
    JsonDocument document;
    document.m_nodes.reserve(text.size() / 32 + 16); // about one node per 32 bytes of JSON
    JsonDocumentBuilder builder(document);
    detail::utf8_utf8_encoding encoding;
    try {
        detail::read_json_internal(text.begin(), text.end(), encoding, builder, fileName);
    } catch (const boost::property_tree::json_parser::json_parser_error& e) {
        throw LoadError(fileName + ":" + std::to_string(e.line()) + ": " + e.message());
    }
    if (document.m_nodes.empty())
        throw LoadError(fileName + ": the file is empty");
    return document;
}

const JsonDocument::Node* JsonDocument::child(const Node& parent, std::string_view key) const
{
    std::uint16_t wanted = 0;
    for (std::size_t k = 1; k < m_keys.size() && !wanted; ++k)
        if (m_keys[k] == key)
            wanted = static_cast<std::uint16_t>(k);
    if (!wanted)
        return nullptr;
    for (std::uint32_t i = parent.firstChild; i != none; i = m_nodes[i].nextSibling)
        if (m_nodes[i].key == wanted)
            return &m_nodes[i];
    return nullptr;
}

std::size_t JsonDocument::childCount(const Node& parent) const
{
    std::size_t count = 0;
    for (std::uint32_t i = parent.firstChild; i != none; i = m_nodes[i].nextSibling)
        ++count;
    return count;
}

} // namespace salesprocess
