#include "FindingPrinter.hpp"

#include <vector>

namespace salesprocess {

FindingPrinter::FindingPrinter(std::ostream& out, std::string source)
    : m_out(out), m_source(std::move(source))
{
}

void FindingPrinter::print(const Finding& finding)
{
    print(toString(finding.severity), finding.code, finding.where.toPath(), finding.message);
}

void FindingPrinter::print(const std::string& tabSeparated)
{
    std::vector<std::string> fields;
    std::size_t start = 0;
    for (int i = 0; i < 3; ++i) {
        const std::size_t tab = tabSeparated.find('\t', start);
        if (tab == std::string::npos)
            break;
        fields.push_back(tabSeparated.substr(start, tab - start));
        start = tab + 1;
    }
    if (fields.size() != 3) {
        // Not in the agreed form: show it as it came rather than lose it.
        print("note", "", "", tabSeparated);
        return;
    }
    print(fields[0], fields[1], fields[2], tabSeparated.substr(start));
}

void FindingPrinter::print(const std::string& severity, const std::string& code,
                           const std::string& where, const std::string& message)
{
    ++m_count;
    if (severity == toString(Severity::Error))
        ++m_errors;
    m_out << m_source << ": " << severity;
    if (!code.empty())
        m_out << " [" << code << "]";
    m_out << ' ';
    if (!where.empty())
        m_out << where << ": ";
    m_out << message << '\n';
}

void FindingPrinter::printSummary()
{
    m_out << m_count << " finding(s)\n";
}

} // namespace salesprocess
