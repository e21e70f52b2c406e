#include "ProcessFile.hpp"

#include "core/Text.hpp"
#include "templates/JsonDocument.hpp"

#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>

#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>

namespace salesprocess {

namespace pt = boost::property_tree;

namespace {

/// Refuses what would make the parser misbehave, before it runs: Boost's JSON parser recurses
/// once per nesting level (a deep file crashes it) and accepts invalid UTF-8 inconsistently.
void prescan(std::string_view text, const std::string& fileName)
{
    if (text.size() > ProcessFile::maxBytes)
        throw LoadError(fileName + ": file too large (" + std::to_string(text.size() / (1024 * 1024)) +
                        " MiB; at most " + std::to_string(ProcessFile::maxBytes / (1024 * 1024)) + " MiB)");
    int depth = 0;
    int line = 1;
    bool inString = false, escaped = false, anyContent = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n')
            ++line;
        // UTF-8: check every multi-byte sequence for its continuation bytes.
        if (c >= 0x80) {
            std::size_t extra = c >= 0xF0 && c <= 0xF4 ? 3 : c >= 0xE0 ? 2 : c >= 0xC2 && c <= 0xDF ? 1 : 0;
            if (extra == 0 || c > 0xF4 || i + extra >= text.size() + 0 ||
                [&] {
                    for (std::size_t k = 1; k <= extra; ++k)
                        if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80)
                            return true;
                    return false;
                }())
                throw LoadError(fileName + ":" + std::to_string(line) + ": invalid UTF-8 byte (save the file as UTF-8)");
            i += extra;
            anyContent = true;
            continue;
        }
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            anyContent = true;
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '{' || c == '[') {
            if (++depth > ProcessFile::maxDepth)
                throw LoadError(fileName + ":" + std::to_string(line) + ": nested too deeply (more than " +
                                std::to_string(ProcessFile::maxDepth) + " levels)");
        } else if (c == '}' || c == ']')
            --depth;
    }
    if (!anyContent)
        throw LoadError(fileName + ": the file is empty");
}

/// Reads one table's rows; refuses structures that are not a list of objects.
class TreeReader {
public:
    using Node = JsonDocument::Node;

    TreeReader(const JsonDocument& doc, std::string fileName, LoadResult& result)
        : m_doc(doc), m_file(std::move(fileName)), m_result(result)
    {
    }

    template <class Fn> void eachRow(const char* table, Fn fn)
    {
        const Node* node = m_doc.child(m_doc.root(), table);
        // write_json writes an empty list as "": read it as one, as a ptree would.
        if (!node || (node->kind == Node::Kind::Value && (node->value.empty() || node->value == "null")))
            return;
        if (node->kind != Node::Kind::Array)
            throw LoadError(m_file + ": " + table + ": expected a list [ ... ]");
        std::size_t index = 0;
        m_rowCount = m_doc.childCount(*node);
        m_doc.forEachChild(*node, [&](const Node& row) {
            if (row.kind != Node::Kind::Object)
                throw LoadError(m_file + ": " + table + "[" + std::to_string(index) + "]: expected an object { ... }");
            fn(index, Row{m_doc, row, table, index, m_file});
            ++index;
        });
    }

    struct Row {
        const JsonDocument& doc;
        const Node& node;
        const char* table;
        std::size_t index;
        const std::string& file;

        std::string where(const char* field) const
        {
            std::string path = table;
            if (index != static_cast<std::size_t>(-1))
                path += "[" + std::to_string(index) + "]";
            return path + "." + field;
        }

        std::string text(const char* field) const
        {
            const Node* child = doc.child(node, field);
            if (!child)
                return {};
            if (child->kind != Node::Kind::Value)
                throw LoadError(file + ": " + where(field) + ": expected text, found a list or object");
            return child->value == "null" ? std::string() : child->value;
        }

        std::vector<std::string> list(const char* field) const
        {
            std::vector<std::string> values;
            const Node* child = doc.child(node, field);
            if (!child)
                return values;
            if (child->kind == Node::Kind::Value) { // a single value stands for a list of one
                if (!child->value.empty() && child->value != "null")
                    values.push_back(child->value);
                return values;
            }
            if (child->kind != Node::Kind::Array)
                throw LoadError(file + ": " + where(field) + ": expected a list of texts");
            doc.forEachChild(*child, [&](const Node& item) {
                if (item.kind != Node::Kind::Value)
                    throw LoadError(file + ": " + where(field) + ": expected a list of texts");
                if (!item.value.empty() && item.value != "null")
                    values.push_back(item.value);
            });
            return values;
        }
    };

    /// "true"/"false" and the usual spellings; anything else is a finding, not a stop.
    bool flag(const Row& row, const char* field)
    {
        const std::string value = row.text(field);
        if (value.empty() || value == "false" || value == "0" || value == "no" || value == "nee")
            return false;
        if (value == "true" || value == "1" || value == "yes" || value == "ja")
            return true;
        invalid(row.table, row.index, field, value, "yes/no");
        return false;
    }

    void invalid(const char* table, std::size_t index, const char* field, const std::string& value,
                 const std::string& expected)
    {
        Finding f;
        f.code = "invalid-value";
        f.severity = Severity::Error;
        f.where = Location{table, index == static_cast<std::size_t>(-1) ? -1 : static_cast<int>(index), field, {}};
        f.message = Text::say(m_result.process.language, "{0} is not a valid value (expected {1}).",
                              "{0} is geen geldige waarde (verwacht: {1}).", {Text::quote(value), expected});
        m_result.findings.push_back(std::move(f));
    }

public:
    /// Rows in the table being read: lets the caller reserve.
    std::size_t rowCount() const { return m_rowCount; }

private:
    const JsonDocument& m_doc;
    std::string m_file;
    LoadResult& m_result;
    std::size_t m_rowCount = 0;
};

std::string baseName(const std::string& path)
{
    const auto slash = path.find_last_of("/\\");
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

} // namespace

LoadResult ProcessFile::parse(std::string_view text, const std::string& fileName)
{
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    prescan(text, fileName);

    const JsonDocument doc = JsonDocument::parse(text, fileName);
    const JsonDocument::Node& root = doc.root();
    if (root.kind != JsonDocument::Node::Kind::Object)
        throw LoadError(fileName + ": expected a JSON object { ... } at the top");
    if (!doc.child(root, "process") && !doc.child(root, "steps"))
        throw LoadError(fileName + ": not a sales process (no \"process\" and no \"steps\")");

    LoadResult result;
    Process& p = result.process;
    TreeReader reader(doc, fileName, result);

    if (const JsonDocument::Node* info = doc.child(root, "process")) {
        if (info->kind != JsonDocument::Node::Kind::Object)
            throw LoadError(fileName + ": process: expected an object { ... }");
        const TreeReader::Row row{doc, *info, "process", static_cast<std::size_t>(-1), fileName};
        p.name = row.text("name");
        p.company = row.text("company");
        p.logo = row.text("logo");
        const std::string language = row.text("language");
        if (!language.empty())
            p.language = language;
        p.version = row.text("version");
        p.owner = row.text("owner");
        p.date = row.text("date");
        if (p.language != "nl" && p.language != "en") {
            const std::string given = p.language;
            p.language = "en";
            reader.invalid("process", static_cast<std::size_t>(-1), "language", given, "nl, en");
        }
    }

    reader.eachRow("segments", [&](std::size_t, const TreeReader::Row& row) {
        p.segments.push_back(Segment{row.text("id"), row.text("name")});
    });
    if (!doc.child(root, "segments")) // the method's two segments unless told otherwise
        p.segments = {Segment{"prospect", "Prospect"}, Segment{"customer", p.language == "nl" ? "Klant" : "Customer"}};
    reader.eachRow("phases", [&](std::size_t, const TreeReader::Row& row) {
        p.phases.push_back(Phase{row.text("id"), row.text("name")});
    });
    reader.eachRow("teams", [&](std::size_t, const TreeReader::Row& row) {
        p.teams.push_back(Team{row.text("id"), row.text("name"), row.text("colour"), row.text("kind")});
    });
    reader.eachRow("people", [&](std::size_t, const TreeReader::Row& row) {
        p.people.push_back(Person{row.text("name"), row.text("team"), row.text("role"),
                                  reader.flag(row, "lead")});
    });
    reader.eachRow("steps", [&](std::size_t i, const TreeReader::Row& row) {
        if (i == 0)
            p.steps.reserve(reader.rowCount());
        Step s;
        s.id = row.text("id");
        s.name = row.text("name");
        const std::string kind = row.text("kind");
        if (!kind.empty() && !parseStepKind(kind, s.kind)) {
            Finding f;
            f.code = "unknown-kind";
            f.severity = Severity::Error;
            f.ids = {s.id};
            f.where = Location{"steps", static_cast<int>(i), "kind", {}};
            f.message = Text::say(p.language, "step {0} has unknown kind {1} (activity, decision, start, end-won, end-lost).",
                                  "stap {0} heeft onbekende soort {1} (activity, decision, start, end-won, end-lost).",
                                  {Text::quote(s.name), Text::quote(kind)});
            result.findings.push_back(std::move(f));
        }
        s.description = row.text("description");
        s.phase = row.text("phase");
        s.team = row.text("team");
        s.supportingTeams = row.list("supporting");
        s.segments = row.list("segments");
        s.checklist = row.list("checklist");
        s.recurring = reader.flag(row, "recurring");
        p.steps.push_back(std::move(s));
    });
    reader.eachRow("arrows", [&](std::size_t i, const TreeReader::Row& row) {
        if (i == 0)
            p.arrows.reserve(reader.rowCount());
        p.arrows.push_back(Arrow{row.text("from"), row.text("to"), row.text("label"), row.text("handover"),
                                 reader.flag(row, "return")});
    });
    reader.eachRow("channels", [&](std::size_t i, const TreeReader::Row& row) {
        Channel c{row.text("id"), row.text("name"), true, std::nullopt};
        const std::string inbound = row.text("inbound");
        c.inbound = inbound.empty() || reader.flag(row, "inbound");
        const std::string perWeek = row.text("contactsPerWeek");
        if (!perWeek.empty()) {
            char* end = nullptr;
            const long value = std::strtol(perWeek.c_str(), &end, 10);
            if (*end != '\0' || value < 0 || value > 100000000)
                reader.invalid("channels", i, "contactsPerWeek", perWeek, "a whole number");
            else
                c.contactsPerWeek = static_cast<int>(value);
        }
        p.channels.push_back(std::move(c));
    });
    reader.eachRow("routes", [&](std::size_t, const TreeReader::Row& row) {
        p.routes.push_back(Route{row.text("channel"), row.text("segment"), row.text("condition"), row.text("team"),
                                 row.text("fallback"), row.text("responseTime")});
    });
    reader.eachRow("actions", [&](std::size_t i, const TreeReader::Row& row) {
        Action a;
        a.description = row.text("description");
        a.owner = row.text("owner");
        a.deadline = row.text("deadline");
        const std::string status = row.text("status");
        if (!status.empty() && !parseActionStatus(status, a.status))
            reader.invalid("actions", i, "status", status, "open, doing, done, cancelled");
        a.origin = row.text("origin");
        p.actions.push_back(std::move(a));
    });
    return result;
}

LoadResult ProcessFile::load(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw LoadError(path + ": cannot open the file");
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    if (size > static_cast<std::streamoff>(maxBytes))
        throw LoadError(path + ": file too large (" + std::to_string(size / (1024 * 1024)) + " MiB; at most " +
                        std::to_string(maxBytes / (1024 * 1024)) + " MiB)");
    in.seekg(0);
    // Not a std::string: it would zero the buffer first, a cost on a large file.
    const auto length = static_cast<std::size_t>(size > 0 ? size : 0);
    const std::unique_ptr<char[]> text(new char[length + 1]);
    in.read(text.get(), static_cast<std::streamsize>(length));
    return parse(std::string_view(text.get(), static_cast<std::size_t>(in.gcount())), baseName(path));
}

namespace {

void putList(pt::ptree& node, const char* key, const std::vector<std::string>& values)
{
    pt::ptree list;
    for (const std::string& v : values)
        list.push_back({"", pt::ptree(v)});
    node.add_child(key, list);
}

template <class T, class Fn> void putTable(pt::ptree& root, const char* key, const std::vector<T>& rows, Fn fn)
{
    pt::ptree list;
    for (const T& row : rows) {
        pt::ptree node;
        fn(node, row);
        list.push_back({"", node});
    }
    root.add_child(key, list);
}

} // namespace

std::string ProcessFile::toJson(const Process& p)
{
    pt::ptree root;
    root.put("format", "salesprocess/1");
    pt::ptree info;
    info.put("name", p.name);
    info.put("company", p.company);
    info.put("logo", p.logo);
    info.put("language", p.language);
    info.put("version", p.version);
    info.put("owner", p.owner);
    info.put("date", p.date);
    root.add_child("process", info);
    putTable(root, "segments", p.segments, [](pt::ptree& n, const Segment& s) {
        n.put("id", s.id);
        n.put("name", s.name);
    });
    putTable(root, "phases", p.phases, [](pt::ptree& n, const Phase& s) {
        n.put("id", s.id);
        n.put("name", s.name);
    });
    putTable(root, "teams", p.teams, [](pt::ptree& n, const Team& s) {
        n.put("id", s.id);
        n.put("name", s.name);
        n.put("colour", s.colour);
        n.put("kind", s.kind);
    });
    putTable(root, "people", p.people, [](pt::ptree& n, const Person& s) {
        n.put("name", s.name);
        n.put("team", s.team);
        n.put("role", s.role);
        n.put("lead", s.lead ? "true" : "false");
    });
    putTable(root, "steps", p.steps, [](pt::ptree& n, const Step& s) {
        n.put("id", s.id);
        n.put("name", s.name);
        n.put("kind", toString(s.kind));
        n.put("description", s.description);
        n.put("phase", s.phase);
        n.put("team", s.team);
        putList(n, "supporting", s.supportingTeams);
        putList(n, "segments", s.segments);
        putList(n, "checklist", s.checklist);
        n.put("recurring", s.recurring ? "true" : "false");
    });
    putTable(root, "arrows", p.arrows, [](pt::ptree& n, const Arrow& s) {
        n.put("from", s.from);
        n.put("to", s.to);
        n.put("label", s.label);
        n.put("handover", s.handover);
        n.put("return", s.isReturn ? "true" : "false");
    });
    putTable(root, "channels", p.channels, [](pt::ptree& n, const Channel& s) {
        n.put("id", s.id);
        n.put("name", s.name);
        n.put("inbound", s.inbound ? "true" : "false");
        if (s.contactsPerWeek)
            n.put("contactsPerWeek", *s.contactsPerWeek);
    });
    putTable(root, "routes", p.routes, [](pt::ptree& n, const Route& s) {
        n.put("channel", s.channel);
        n.put("segment", s.segment);
        n.put("condition", s.condition);
        n.put("team", s.team);
        n.put("fallback", s.fallback);
        n.put("responseTime", s.responseTime);
    });
    putTable(root, "actions", p.actions, [](pt::ptree& n, const Action& s) {
        n.put("description", s.description);
        n.put("owner", s.owner);
        n.put("deadline", s.deadline);
        n.put("status", toString(s.status));
        n.put("origin", s.origin);
    });
    std::ostringstream out;
    pt::write_json(out, root, true);
    return out.str();
}

void ProcessFile::save(const Process& process, const std::string& path)
{
    const std::string temporary = path + ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out)
            throw std::runtime_error(path + ": cannot write the file");
        out << toJson(process);
        if (!out.flush())
            throw std::runtime_error(path + ": writing failed");
    }
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        std::remove(temporary.c_str());
        throw std::runtime_error(path + ": cannot replace the file");
    }
}

} // namespace salesprocess
