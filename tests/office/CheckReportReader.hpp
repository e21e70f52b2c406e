#pragma once
#include "CalcDocument.hpp"

#include <string>
#include <vector>

namespace salesprocess::test {

/// One row of the Check report sheet, read back by its headers.
struct ReportedFinding {
    std::string severity; ///< as the report shows it ("Error", "Fout")
    std::string where;    ///< "Steps!E5"
    std::string message;
    std::string code;
    int row = 0;          ///< in the report sheet, 0 = header
};

/// Reads the findings of a Check report sheet (columns found by their headers in either
/// language), and the sheet that carries our report mark.
class CheckReportReader {
public:
    static std::vector<ReportedFinding> findings(const CalcDocument& document, const std::string& sheetName);
    /// The sheet the named range sp_report_check points at, or "".
    static std::string markedSheet(const CalcDocument& document);
    /// Findings with a code.
    static std::vector<ReportedFinding> withCode(const std::vector<ReportedFinding>& all, const std::string& code);
};

} // namespace salesprocess::test
