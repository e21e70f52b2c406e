#include "CheckReportReader.hpp"

#include <algorithm>

namespace salesprocess::test {

std::vector<ReportedFinding> CheckReportReader::findings(const CalcDocument& document, const std::string& sheetName)
{
    const auto rows = document.rows(sheetName);
    std::vector<ReportedFinding> found;
    if (rows.empty())
        return found;
    const auto columnOf = [&](std::initializer_list<const char*> headers) {
        for (std::size_t c = 0; c < rows[0].size(); ++c)
            for (const char* header : headers)
                if (rows[0][c] == header)
                    return static_cast<int>(c);
        return -1;
    };
    const int severity = columnOf({"Severity", "Ernst"});
    const int where = columnOf({"Where", "Waar"});
    const int message = columnOf({"Finding", "Bevinding"});
    const int code = columnOf({"Code"});
    const auto cell = [](const std::vector<std::string>& row, int column) {
        return column >= 0 && static_cast<std::size_t>(column) < row.size() ? row[static_cast<std::size_t>(column)]
                                                                             : std::string();
    };
    for (std::size_t r = 1; r < rows.size(); ++r) {
        ReportedFinding finding{cell(rows[r], severity), cell(rows[r], where), cell(rows[r], message),
                                cell(rows[r], code), static_cast<int>(r)};
        if (!finding.code.empty() || !finding.message.empty())
            found.push_back(finding);
    }
    return found;
}

std::string CheckReportReader::markedSheet(const CalcDocument& document)
{
    for (const auto& [name, content] : document.namedRanges()) {
        if (name != "sp_report_check")
            continue;
        // "$'Check report'.$A$1:$D$3" or "$Controle.$A$1:$D$1"
        std::string sheet = content.substr(content.front() == '$' ? 1 : 0);
        sheet = sheet.substr(0, sheet.rfind('.'));
        if (sheet.size() >= 2 && sheet.front() == '\'' && sheet.back() == '\'')
            sheet = sheet.substr(1, sheet.size() - 2);
        return sheet;
    }
    return "";
}

std::vector<ReportedFinding> CheckReportReader::withCode(const std::vector<ReportedFinding>& all,
                                                         const std::string& code)
{
    std::vector<ReportedFinding> matching;
    std::copy_if(all.begin(), all.end(), std::back_inserter(matching),
                 [&](const ReportedFinding& finding) { return finding.code == code; });
    return matching;
}

} // namespace salesprocess::test
