#pragma once
#include "core/Finding.hpp"

#include <ostream>
#include <string>

namespace salesprocess {

/// Prints findings one a line, `SOURCE: severity [code] where: message`, whether they come from
/// the core (a JSON file checked here) or from the office (a workbook), and counts the errors.
class FindingPrinter {
public:
    FindingPrinter(std::ostream& out, std::string source);

    void print(const Finding& finding);
    /// A finding as the office reports it: "severity<TAB>code<TAB>location<TAB>message".
    void print(const std::string& tabSeparated);
    /// "N finding(s)"
    void printSummary();

    int count() const { return m_count; }
    bool anyError() const { return m_errors > 0; }

private:
    void print(const std::string& severity, const std::string& code, const std::string& where,
               const std::string& message);

    std::ostream& m_out;
    std::string m_source;
    int m_count = 0;
    int m_errors = 0;
};

} // namespace salesprocess
