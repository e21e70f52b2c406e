#include "Workbook.hpp"

#include "core/Date.hpp"
#include "core/Text.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <map>
#include <sstream>
#include <unordered_map>

namespace salesprocess {

namespace {

/// How one column of a table looks in either language.
struct ColumnSpec {
    const char* field;
    const char* english;
    const char* dutch;
    int width;
    bool isId;
    bool isDate;
    bool wrap;
    const char* listRange; ///< named range of choices, or ""
    const char* choices;   ///< fixed choices "en1|en2;nl1|nl2" resolved per language, or ""
};

struct TableSpec {
    const char* table;
    const char* english;
    const char* dutch;
    std::vector<ColumnSpec> columns;
};

// Fixed choice lists: English|Dutch pairs per value, in the order of the codes below.
const char* const kindChoices = "activity|activiteit;decision|beslissing;start|start;end won|einde gewonnen;end lost|einde verloren";
const char* const segmentChoices = "Prospect|Prospect;Customer|Klant;Both|Beide";
const char* const routeSegmentChoices = "Prospect|Prospect;Customer|Klant";
const char* const yesNoChoices = "yes|ja;no|nee";
const char* const statusChoices = "open|open;doing|bezig;done|klaar;cancelled|geannuleerd";
const char* const teamKindChoices =
    "inside|binnendienst;field|buitendienst;marketing|marketing;support|ondersteuning;finance|financiën;service|service;management|management;other|overig";
const char* const teamKindCodes[] = {"inside", "field", "marketing", "support", "finance", "service", "management", "other"};

const std::vector<TableSpec>& tableSpecs()
{
    static const std::vector<TableSpec> specs = {
        {"process", "Process", "Proces",
         {{"id", "id", "id", 1400, true, false, false, "", ""},
          {"property", "Property", "Eigenschap", 6000, false, false, false, "", ""},
          {"value", "Value", "Waarde", 9000, false, false, true, "", ""}}},
        {"phases", "Phases", "Fasen",
         {{"id", "id", "id", 1400, true, false, false, "", ""},
          {"name", "Phase", "Fase", 6000, false, false, false, "", ""}}},
        {"teams", "Teams", "Teams",
         {{"id", "id", "id", 1400, true, false, false, "", ""},
          {"name", "Team", "Team", 5500, false, false, false, "", ""},
          {"kind", "Kind", "Soort", 3500, false, false, false, "", teamKindChoices},
          {"colour", "Colour", "Kleur", 2500, false, false, false, "", ""}}},
        {"people", "People", "Personen",
         {{"name", "Name", "Naam", 5000, false, false, false, "", ""},
          {"team", "Team", "Team", 5000, false, false, false, "sp_team_names", ""},
          {"role", "Role", "Rol", 5000, false, false, false, "", ""},
          {"lead", "Team lead", "Teamleider", 2600, false, false, false, "", yesNoChoices}}},
        {"steps", "Steps", "Stappen",
         {{"id", "id", "id", 1400, true, false, false, "", ""},
          {"name", "Step", "Stap", 6000, false, false, true, "", ""},
          {"kind", "Kind", "Soort", 3200, false, false, false, "", kindChoices},
          {"phase", "Phase", "Fase", 4000, false, false, false, "sp_phase_names", ""},
          {"team", "Team", "Team", 4000, false, false, false, "sp_team_names", ""},
          {"supporting", "Supporting teams", "Ondersteunende teams", 4000, false, false, true, "", ""},
          {"segments", "Segment", "Segment", 2800, false, false, false, "", segmentChoices},
          {"description", "Description", "Omschrijving", 9000, false, false, true, "", ""},
          {"checklist", "Checklist", "Checklist", 9000, false, false, true, "", ""},
          {"recurring", "Recurring", "Terugkerend", 2600, false, false, false, "", yesNoChoices}}},
        {"arrows", "Arrows", "Pijlen",
         {{"from", "From step", "Van stap", 6000, false, false, true, "sp_step_names", ""},
          {"to", "To step", "Naar stap", 6000, false, false, true, "sp_step_names", ""},
          {"label", "Label", "Label", 3500, false, false, false, "", ""},
          {"handover", "Handover criteria", "Overdrachtscriteria", 9000, false, false, true, "", ""},
          {"return", "Return", "Terugkoppeling", 2800, false, false, false, "", yesNoChoices}}},
        {"channels", "Channels", "Kanalen",
         {{"id", "id", "id", 1400, true, false, false, "", ""},
          {"name", "Channel", "Kanaal", 5000, false, false, false, "", ""},
          {"inbound", "Inbound", "Inkomend", 2600, false, false, false, "", yesNoChoices},
          {"contactsPerWeek", "Contacts per week", "Contacten per week", 3600, false, false, false, "", ""}}},
        {"routes", "Routing", "Routering",
         {{"channel", "Channel", "Kanaal", 4500, false, false, false, "sp_channel_names", ""},
          {"segment", "Segment", "Segment", 3000, false, false, false, "", routeSegmentChoices},
          {"condition", "Condition", "Voorwaarde", 5000, false, false, true, "", ""},
          {"team", "Owner team", "Eigenaar (team)", 4500, false, false, false, "sp_team_names", ""},
          {"fallback", "Fallback team", "Vervangend team", 4500, false, false, false, "sp_team_names", ""},
          {"responseTime", "Response time", "Reactietijd", 3600, false, false, false, "", ""}}},
        {"actions", "Actions", "Acties",
         {{"description", "Action", "Actie", 9000, false, false, true, "", ""},
          {"owner", "Owner", "Eigenaar", 4500, false, false, false, "", ""},
          {"deadline", "Deadline", "Deadline", 3000, false, true, false, "", ""},
          {"status", "Status", "Status", 3000, false, false, false, "", statusChoices},
          {"origin", "Origin", "Herkomst", 7000, false, false, true, "", ""}}},
    };
    return specs;
}

// Rows of the Process sheet: key, English label, Dutch label.
const char* const processRows[][3] = {
    {"name", "Process name", "Procesnaam"}, {"company", "Company", "Bedrijf"},
    {"logo", "Logo (image file)", "Logo (afbeelding)"}, {"language", "Language (nl/en)", "Taal (nl/en)"},
    {"version", "Version", "Versie"}, {"owner", "Owner", "Eigenaar"}, {"date", "Date", "Datum"},
    {"deadlineWeeks", "Deadline of new actions (weeks)", "Deadline nieuwe acties (weken)"},
    {"today", "Reference date (empty: today)", "Peildatum (leeg: vandaag)"},
};

std::string lower(std::string text)
{
    for (char& c : text)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

std::string trim(const std::string& text)
{
    const auto begin = text.find_first_not_of(" \t\r\n");
    if (begin == std::string::npos)
        return {};
    return text.substr(begin, text.find_last_not_of(" \t\r\n") - begin + 1);
}

/// The name of a choice in a language; choices are "en|nl;en|nl".
std::vector<std::string> choicesIn(const char* choices, bool nl)
{
    std::vector<std::string> out;
    std::stringstream all(choices);
    std::string pair;
    while (std::getline(all, pair, ';')) {
        const auto bar = pair.find('|');
        out.push_back(nl ? pair.substr(bar + 1) : pair.substr(0, bar));
    }
    return out;
}

/// Index of the choice a cell names, in either language; -1 when none.
int choiceIndex(const char* choices, const std::string& text)
{
    const std::string wanted = lower(trim(text));
    const auto en = choicesIn(choices, false), nl = choicesIn(choices, true);
    for (std::size_t i = 0; i < en.size(); ++i)
        if (lower(en[i]) == wanted || lower(nl[i]) == wanted)
            return static_cast<int>(i);
    return -1;
}

const TableSpec* specOf(const std::string& table)
{
    for (const TableSpec& spec : tableSpecs())
        if (table == spec.table)
            return &spec;
    return nullptr;
}

std::string joinLines(const std::vector<std::string>& lines, const char* separator)
{
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i)
        out += (i ? separator : "") + lines[i];
    return out;
}

std::vector<std::string> splitOn(const std::string& text, char separator)
{
    std::vector<std::string> out;
    std::stringstream stream(text);
    std::string part;
    while (std::getline(stream, part, separator)) {
        part = trim(part);
        if (!part.empty())
            out.push_back(part);
    }
    return out;
}

} // namespace

std::string Workbook::sheetName(const std::string& table, const std::string& language)
{
    const TableSpec* spec = specOf(table);
    return spec ? (language == "nl" ? spec->dutch : spec->english) : table;
}

std::string Workbook::tableOfSheetName(const std::string& name)
{
    const std::string wanted = lower(trim(name));
    for (const TableSpec& spec : tableSpecs())
        if (lower(spec.english) == wanted || lower(spec.dutch) == wanted)
            return spec.table;
    return {};
}

std::vector<Workbook::ListRange> Workbook::listRanges()
{
    return {{"sp_phase_names", "phases", "name"},
            {"sp_team_names", "teams", "name"},
            {"sp_step_names", "steps", "name"},
            {"sp_channel_names", "channels", "name"}};
}

std::vector<Sheet> Workbook::sheets(const Process& process) { return sheets(process, Settings{}); }

std::vector<Sheet> Workbook::sheets(const Process& p, const Settings& settings)
{
    const bool nl = p.language == "nl";
    auto teamName = [&](const std::string& id) {
        const Team* t = p.findTeam(id);
        return t ? t->name : id;
    };
    auto yesNo = [&](bool value) { return choicesIn(yesNoChoices, nl)[value ? 0 : 1]; };
    auto segmentName = [&](const std::string& id) {
        const auto names = choicesIn(routeSegmentChoices, nl);
        if (id == "prospect")
            return names[0];
        if (id == "customer")
            return names[1];
        const Segment* s = p.findSegment(id);
        return s ? s->name : id;
    };

    std::vector<Sheet> sheets;
    for (const TableSpec& spec : tableSpecs()) {
        Sheet sheet;
        sheet.table = spec.table;
        sheet.name = nl ? spec.dutch : spec.english;
        for (const ColumnSpec& c : spec.columns) {
            Column column{c.field, nl ? c.dutch : c.english, c.width, c.isId, c.isDate, c.wrap, c.listRange, {}};
            if (*c.choices)
                column.listValues = choicesIn(c.choices, nl);
            sheet.columns.push_back(std::move(column));
        }
        sheets.push_back(std::move(sheet));
    }
    auto rowsOf = [&](const char* table) -> std::vector<std::vector<std::string>>& {
        return std::find_if(sheets.begin(), sheets.end(), [&](const Sheet& s) { return s.table == table; })->rows;
    };

    const std::string processValues[] = {p.name,    p.company, p.logo, p.language,
                                         p.version, p.owner,   p.date, std::to_string(settings.deadlineWeeks),
                                         settings.today};
    for (std::size_t i = 0; i < std::size(processRows); ++i)
        rowsOf("process").push_back({processRows[i][0], nl ? processRows[i][2] : processRows[i][1], processValues[i]});
    for (const Phase& ph : p.phases)
        rowsOf("phases").push_back({ph.id, ph.name});
    for (const Team& t : p.teams) {
        std::string kind = t.kind;
        for (std::size_t k = 0; k < std::size(teamKindCodes); ++k)
            if (t.kind == teamKindCodes[k])
                kind = choicesIn(teamKindChoices, nl)[k];
        rowsOf("teams").push_back({t.id, t.name, kind, t.colour});
    }
    for (const Person& person : p.people)
        rowsOf("people").push_back({person.name, teamName(person.team), person.role, yesNo(person.lead)});
    for (const Step& s : p.steps) {
        std::vector<std::string> supporting;
        for (const std::string& t : s.supportingTeams)
            supporting.push_back(teamName(t));
        std::string segment = choicesIn(segmentChoices, nl)[2];
        if (s.segments.size() == 1)
            segment = segmentName(s.segments.front());
        const Phase* phase = p.findPhase(s.phase);
        rowsOf("steps").push_back({s.id, s.name, choicesIn(kindChoices, nl)[static_cast<std::size_t>(s.kind)],
                                   phase ? phase->name : s.phase, teamName(s.team), joinLines(supporting, ", "),
                                   segment, s.description, joinLines(s.checklist, "\n"), yesNo(s.recurring)});
    }
    auto stepName = [&](const std::string& id) {
        const Step* s = p.findStep(id);
        return s ? s->name : id;
    };
    for (const Arrow& a : p.arrows)
        rowsOf("arrows").push_back({stepName(a.from), stepName(a.to), a.label, a.handover, yesNo(a.isReturn)});
    for (const Channel& c : p.channels)
        rowsOf("channels").push_back({c.id, c.name, yesNo(c.inbound),
                                      c.contactsPerWeek ? std::to_string(*c.contactsPerWeek) : std::string()});
    for (const Route& r : p.routes) {
        const Channel* c = p.findChannel(r.channel);
        rowsOf("routes").push_back({c ? c->name : r.channel, segmentName(r.segment), r.condition, teamName(r.team),
                                    teamName(r.fallback), r.responseTime});
    }
    for (const Action& a : p.actions) {
        const Team* ownerTeam = p.findTeam(a.owner);
        rowsOf("actions").push_back({a.description, ownerTeam ? ownerTeam->name : a.owner, a.deadline,
                                     choicesIn(statusChoices, nl)[static_cast<std::size_t>(a.status)], a.origin});
    }
    return sheets;
}

namespace {

/// Reads the cells of one of our sheets by header, and locates what it reads.
class SheetReader {
public:
    SheetReader(const RawSheet& raw, const TableSpec& spec, Workbook::ReadResult& result)
        : m_raw(raw), m_spec(spec), m_result(result)
    {
        result.cells.addTable(spec.table, raw.sheetName);
        if (raw.cells.empty())
            return;
        const auto& header = raw.cells.front();
        for (std::size_t col = 0; col < header.size(); ++col) {
            const std::string text = lower(trim(header[col].text));
            for (const ColumnSpec& c : spec.columns) {
                if (m_columns.count(c.field))
                    continue; // the first column with a header wins
                if (text == lower(c.english) || text == lower(c.dutch) || text == lower(c.field)) {
                    m_columns[c.field] = static_cast<int>(col);
                    result.cells.addColumn(spec.table, c.field, static_cast<int>(col));
                }
            }
        }
        for (std::size_t row = 1; row < raw.cells.size(); ++row) {
            bool blank = true;
            for (const Cell& cell : raw.cells[row])
                blank = blank && trim(cell.text).empty() && !cell.number;
            if (!blank)
                m_rows.push_back(static_cast<int>(row));
        }
    }

    bool hasColumn(const char* field) const { return m_columns.count(field) > 0; }
    const std::vector<int>& rows() const { return m_rows; }

    /// The row is one of the model's: record where it came from.
    void take(int row) { m_result.cells.addRow(m_spec.table, row); }

    std::string text(int row, const char* field) const
    {
        const Cell* cell = cellAt(row, field);
        if (!cell)
            return {};
        if (cell->number && trim(cell->text).empty()) {
            const double n = *cell->number;
            if (std::floor(n) == n && std::fabs(n) < 1e15)
                return std::to_string(static_cast<long long>(n));
            std::ostringstream out;
            out << n;
            return out.str();
        }
        return trim(cell->text);
    }

    /// A date cell as ISO text: a real date (serial number) or typed text that is one.
    std::string date(int row, const char* field, const std::string& language)
    {
        const Cell* cell = cellAt(row, field);
        if (!cell)
            return {};
        if (cell->number)
            return Date::fromSerial(std::lround(*cell->number)).toIso();
        const std::string value = trim(cell->text);
        if (value.empty() || Date::parse(value))
            return value;
        // Dutch habit: 15-3-2026 or 15/3/2026.
        int d = 0, m = 0, y = 0;
        char s1 = 0, s2 = 0;
        std::istringstream in(value);
        if (in >> d >> s1 >> m >> s2 >> y && (s1 == '-' || s1 == '/') && s1 == s2 && in.peek() == EOF) {
            char iso[64];
            std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", y, m, d);
            if (Date::parse(iso))
                return iso;
        }
        finding(row, field, "invalid-date", Severity::Error,
                Text::say(language, "{0} is not a date.", "{0} is geen datum.", {Text::quote(value)}));
        return {};
    }

    /// A choice cell as its index; the text itself is reported when it is no choice.
    int choice(int row, const char* field, const char* choices, int fallback, const std::string& language)
    {
        const std::string value = text(row, field);
        if (value.empty())
            return fallback;
        const int index = choiceIndex(choices, value);
        if (index < 0)
            finding(row, field, "invalid-value", Severity::Error,
                    Text::say(language, "{0} is not one of: {1}.", "{0} is niet een van: {1}.",
                              {Text::quote(value), joinLines(choicesIn(choices, language == "nl"), ", ")}));
        return index < 0 ? fallback : index;
    }

    void finding(int row, const char* field, const char* code, Severity severity, std::string message)
    {
        Finding f;
        f.code = code;
        f.severity = severity;
        f.where = Location{m_spec.table, -1, field, {}};
        const auto col = m_columns.find(field);
        f.where.cell = m_raw.sheetName + "!" + CellMap::columnName(col == m_columns.end() ? 0 : col->second) +
                       std::to_string(row + 1);
        f.message = std::move(message);
        m_result.load.findings.push_back(std::move(f));
    }

    int column(const char* field) const
    {
        const auto it = m_columns.find(field);
        return it == m_columns.end() ? -1 : it->second;
    }
    const std::string& sheetName() const { return m_raw.sheetName; }

private:
    const Cell* cellAt(int row, const char* field) const
    {
        const auto col = m_columns.find(field);
        if (col == m_columns.end())
            return nullptr;
        const auto& cells = m_raw.cells[static_cast<std::size_t>(row)];
        return static_cast<std::size_t>(col->second) < cells.size() ? &cells[static_cast<std::size_t>(col->second)]
                                                                     : nullptr;
    }

    const RawSheet& m_raw;
    const TableSpec& m_spec;
    Workbook::ReadResult& m_result;
    std::map<std::string, int> m_columns;
    std::vector<int> m_rows;
};

/// Turns the names people see back into ids: by current name, by id, or by the name the item
/// had when the workbook was last written (a rename).
class NameResolver {
public:
    void add(const std::string& id, const std::string& name)
    {
        if (!name.empty())
            m_byName.emplace(lower(trim(name)), id);
        m_names[id] = name;
        m_ids.emplace(lower(id), id);
    }
    void addPrevious(const std::string& id, const std::string& name)
    {
        if (!name.empty())
            m_byPrevious.emplace(lower(trim(name)), id);
    }

    /// The id a cell means; renamed is set when the cell still shows an old name.
    std::string resolve(const std::string& text, bool& renamed) const
    {
        renamed = false;
        const std::string key = lower(trim(text));
        if (key.empty())
            return {};
        if (auto it = m_byName.find(key); it != m_byName.end())
            return it->second;
        // Old names before ids: an old name often equals the id ("Marketing" / "marketing").
        if (auto it = m_byPrevious.find(key); it != m_byPrevious.end() && m_names.count(it->second)) {
            renamed = true;
            return it->second;
        }
        if (auto it = m_ids.find(key); it != m_ids.end())
            return it->second;
        return trim(text); // unknown: kept as typed, so the check names it
    }

    std::string nameOf(const std::string& id) const
    {
        const auto it = m_names.find(id);
        return it == m_names.end() ? id : it->second;
    }

private:
    std::unordered_map<std::string, std::string> m_byName, m_ids, m_byPrevious;
    std::unordered_map<std::string, std::string> m_names;
};

} // namespace

Workbook::ReadResult Workbook::read(const std::vector<RawSheet>& rawSheets, const Process* previous)
{
    ReadResult result;
    Process& p = result.load.process;
    p.segments.clear();

    std::map<std::string, const RawSheet*> byTable;
    for (const RawSheet& raw : rawSheets)
        if (specOf(raw.table) && !byTable.count(raw.table))
            byTable[raw.table] = &raw;
    static const RawSheet empty;
    auto reader = [&](const char* table) {
        const RawSheet* raw = byTable.count(table) ? byTable[table] : &empty;
        return SheetReader(*raw, *specOf(table), result);
    };

    // The Process sheet first: its language decides the language of findings.
    {
        SheetReader r = reader("process");
        std::map<std::string, std::string> values;
        std::map<std::string, int> settingRows;
        for (int row : r.rows()) {
            std::string key = r.text(row, "id");
            if (key.empty()) { // a row without key: known by its label in either language
                const std::string label = lower(r.text(row, "property"));
                for (const auto& known : processRows)
                    if (label == lower(known[1]) || label == lower(known[2]))
                        key = known[0];
            }
            if (key == "deadlineWeeks" || key == "today")
                settingRows[key] = row; // read below, once the language of the messages is known
            else
                values[key] = key == "date" ? r.date(row, "value", p.language) : r.text(row, "value");
        }
        p.name = values["name"];
        p.company = values["company"];
        p.logo = values["logo"];
        p.language = values["language"] == "nl" ? "nl" : "en";
        p.version = values["version"];
        p.owner = values["owner"];
        p.date = values["date"];
        if (const auto weeksRow = settingRows.find("deadlineWeeks"); weeksRow != settingRows.end()) {
            const std::string text = r.text(weeksRow->second, "value");
            char* end = nullptr;
            const long weeks = std::strtol(text.c_str(), &end, 10);
            if (text.empty()) {
                // empty: the default
            } else if (*end != '\0' || weeks < 0 || weeks > 520) {
                r.finding(weeksRow->second, "value", "invalid-value", Severity::Error,
                          Text::say(p.language, "{0} is not a number of weeks (0 to 520).",
                                    "{0} is geen aantal weken (0 tot 520).", {Text::quote(text)}));
            } else {
                result.settings.deadlineWeeks = static_cast<int>(weeks);
            }
        }
        if (const auto todayRow = settingRows.find("today"); todayRow != settingRows.end())
            result.settings.today = r.date(todayRow->second, "value", p.language);
    }
    const bool nl = p.language == "nl";
    const std::string& lang = p.language;
    const auto segmentNames = choicesIn(routeSegmentChoices, nl);
    p.segments = {Segment{"prospect", segmentNames[0]}, Segment{"customer", segmentNames[1]}};

    NameResolver phases, teams, steps, channels;
    if (previous) {
        for (const Phase& x : previous->phases)
            phases.addPrevious(x.id, x.name);
        for (const Team& x : previous->teams)
            teams.addPrevious(x.id, x.name);
        for (const Step& x : previous->steps)
            steps.addPrevious(x.id, x.name);
        for (const Channel& x : previous->channels)
            channels.addPrevious(x.id, x.name);
    }

    // A row without id gets one made from its row number, so that references still work.
    auto idOf = [](SheetReader& r, int row, const char* prefix) {
        std::string id = r.text(row, "id");
        return id.empty() ? std::string(prefix) + "-row" + std::to_string(row + 1) : id;
    };

    {
        SheetReader r = reader("phases");
        for (int row : r.rows()) {
            r.take(row);
            p.phases.push_back(Phase{idOf(r, row, "phase"), r.text(row, "name")});
            phases.add(p.phases.back().id, p.phases.back().name);
        }
    }
    {
        SheetReader r = reader("teams");
        for (int row : r.rows()) {
            r.take(row);
            Team t{idOf(r, row, "team"), r.text(row, "name"), r.text(row, "colour"), {}};
            const int kind = r.choice(row, "kind", teamKindChoices, 7, lang);
            t.kind = r.text(row, "kind").empty() ? std::string() : teamKindCodes[kind];
            p.teams.push_back(std::move(t));
            teams.add(p.teams.back().id, p.teams.back().name);
        }
    }
    {
        SheetReader r = reader("channels");
        for (int row : r.rows()) {
            r.take(row);
            Channel c{idOf(r, row, "channel"), r.text(row, "name"), true, std::nullopt};
            c.inbound = r.choice(row, "inbound", yesNoChoices, 0, lang) == 0;
            const std::string perWeek = r.text(row, "contactsPerWeek");
            if (!perWeek.empty()) {
                char* end = nullptr;
                const long value = std::strtol(perWeek.c_str(), &end, 10);
                if (*end != '\0' || value < 0 || value > 100000000)
                    r.finding(row, "contactsPerWeek", "invalid-value", Severity::Error,
                              Text::say(lang, "{0} is not a whole number.", "{0} is geen geheel getal.",
                                        {Text::quote(perWeek)}));
                else
                    c.contactsPerWeek = static_cast<int>(value);
            }
            p.channels.push_back(std::move(c));
            channels.add(p.channels.back().id, p.channels.back().name);
        }
    }

    // A reference cell: resolve it, and remember a rename so that the cell can follow.
    auto reference = [&](const NameResolver& names, SheetReader& r, int row, const char* field) {
        bool renamed = false;
        const std::string id = names.resolve(r.text(row, field), renamed);
        if (renamed && r.column(field) >= 0)
            result.renamed.push_back({r.sheetName(), row, r.column(field), names.nameOf(id)});
        return id;
    };
    auto segmentOf = [&](SheetReader& r, int row, const char* field, const char* choices) -> std::vector<std::string> {
        const int index = r.choice(row, field, choices, 2, lang);
        if (index == 0)
            return {"prospect"};
        if (index == 1)
            return {"customer"};
        return {};
    };

    {
        SheetReader r = reader("steps");
        for (int row : r.rows()) {
            r.take(row);
            Step s;
            s.id = idOf(r, row, "step");
            s.name = r.text(row, "name");
            s.kind = static_cast<StepKind>(r.choice(row, "kind", kindChoices, 0, lang));
            s.phase = reference(phases, r, row, "phase");
            s.team = reference(teams, r, row, "team");
            for (const std::string& name : splitOn(r.text(row, "supporting"), ',')) {
                bool renamed = false;
                s.supportingTeams.push_back(teams.resolve(name, renamed));
            }
            s.segments = segmentOf(r, row, "segments", segmentChoices);
            s.description = r.text(row, "description");
            s.checklist = splitOn(r.text(row, "checklist"), '\n');
            s.recurring = r.choice(row, "recurring", yesNoChoices, 1, lang) == 0;
            p.steps.push_back(std::move(s));
            steps.add(p.steps.back().id, p.steps.back().name);
        }
    }
    {
        SheetReader r = reader("people");
        for (int row : r.rows()) {
            r.take(row);
            p.people.push_back(Person{r.text(row, "name"), reference(teams, r, row, "team"), r.text(row, "role"),
                                      r.choice(row, "lead", yesNoChoices, 1, lang) == 0});
        }
    }
    {
        SheetReader r = reader("arrows");
        for (int row : r.rows()) {
            r.take(row);
            p.arrows.push_back(Arrow{reference(steps, r, row, "from"), reference(steps, r, row, "to"),
                                     r.text(row, "label"), r.text(row, "handover"),
                                     r.choice(row, "return", yesNoChoices, 1, lang) == 0});
        }
    }
    {
        SheetReader r = reader("routes");
        for (int row : r.rows()) {
            r.take(row);
            const auto segment = segmentOf(r, row, "segment", routeSegmentChoices);
            p.routes.push_back(Route{reference(channels, r, row, "channel"), segment.empty() ? "" : segment.front(),
                                     r.text(row, "condition"), reference(teams, r, row, "team"),
                                     reference(teams, r, row, "fallback"), r.text(row, "responseTime")});
        }
    }
    {
        SheetReader r = reader("actions");
        for (int row : r.rows()) {
            r.take(row);
            Action a;
            a.description = r.text(row, "description");
            bool renamed = false;
            const std::string owner = r.text(row, "owner");
            a.owner = p.findPerson(owner) ? owner : teams.resolve(owner, renamed);
            a.deadline = r.date(row, "deadline", lang);
            a.status = static_cast<ActionStatus>(r.choice(row, "status", statusChoices, 0, lang));
            a.origin = r.text(row, "origin");
            p.actions.push_back(std::move(a));
        }
    }
    return result;
}

} // namespace salesprocess
