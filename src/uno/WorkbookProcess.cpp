#include "WorkbookProcess.hpp"

#include "CommandError.hpp"
#include "DocumentProperties.hpp"
#include "OfficeLanguage.hpp"
#include "WorkbookReader.hpp"
#include "core/Text.hpp"
#include "templates/ProcessFile.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

namespace salesprocess::extension {

std::unique_ptr<Process> WorkbookProcess::snapshot(const css::uno::Reference<css::frame::XModel>& document)
{
    const std::optional<std::string> json = DocumentProperties::read(document, DocumentProperties::model);
    if (!json)
        return nullptr;
    try {
        return std::make_unique<Process>(ProcessFile::parse(*json, DocumentProperties::model).process);
    } catch (const std::exception&) {
        return nullptr; // a damaged snapshot only costs the rename recognition
    }
}

Workbook::ReadResult WorkbookProcess::read(const css::uno::Reference<css::frame::XModel>& document,
                                           const std::string& ui)
{
    css::uno::Reference<css::sheet::XSpreadsheetDocument> calc(document, css::uno::UNO_QUERY);
    if (!calc.is())
        throw CommandError(Text::say(ui, "This command works on a process workbook in Calc.",
                                     "Deze opdracht werkt op een proceswerkboek in Calc."));
    const std::vector<RawSheet> sheets = WorkbookReader::read(calc);
    if (sheets.empty())
        throw CommandError(
            Text::say(ui, "This document has no process sheets. Start with Sales Process > New process workbook...",
                      "Dit document heeft geen processheets. Begin met Salesproces > Nieuw proceswerkboek..."));
    const std::unique_ptr<Process> previous = snapshot(document);
    return Workbook::read(sheets, previous.get());
}

std::string WorkbookProcess::language(const Workbook::ReadResult& read, const Process* snapshot, const std::string& ui)
{
    std::string language = OfficeLanguage::normalise(read.load.process.language);
    if (language.empty() && snapshot)
        language = OfficeLanguage::normalise(snapshot->language);
    return language.empty() ? ui : language;
}

} // namespace salesprocess::extension
