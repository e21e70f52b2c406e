#include "ProcessSource.hpp"

#include "CommandError.hpp"
#include "DocumentCloser.hpp"
#include "DocumentProperties.hpp"
#include "NewWorkbookCommand.hpp"
#include "Strings.hpp"
#include "WorkbookProcess.hpp"
#include "core/Text.hpp"
#include "templates/LoadResult.hpp"
#include "templates/ProcessFile.hpp"
#include "templates/Workbook.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <osl/file.hxx>

#include <memory>

namespace salesprocess::extension {

Process ProcessSource::fromTemplate(const css::uno::Reference<css::uno::XComponentContext>& context,
                                    const std::string& templateName, const std::string& language)
{
    return NewWorkbookCommand(context).loadTemplate(templateName, language);
}

Process ProcessSource::fromWorkbook(const css::uno::Reference<css::frame::XModel>& workbook, const std::string& ui)
{
    const Workbook::ReadResult read = WorkbookProcess::read(workbook, ui);
    Process process = read.load.process;
    const std::unique_ptr<Process> snapshot = WorkbookProcess::snapshot(workbook);
    process.language = WorkbookProcess::language(read, snapshot.get(), ui);
    return process;
}

Process ProcessSource::fromWorkbookFile(const css::uno::Reference<css::uno::XComponentContext>& context,
                                        const std::string& path, const std::string& ui)
{
    const rtl::OUString url = toFileUrl(path);
    osl::DirectoryItem item;
    if (osl::DirectoryItem::get(url, item) != osl::FileBase::E_None)
        throw LoadError(Text::say(ui, "{0}: no such file.", "{0}: dit bestand bestaat niet.", {toSystemPath(url)}));
    css::uno::Sequence<css::beans::PropertyValue> properties(2);
    properties.getArray()[0].Name = "Hidden";
    properties.getArray()[0].Value <<= true;
    properties.getArray()[1].Name = "ReadOnly";
    properties.getArray()[1].Value <<= true;
    css::uno::Reference<css::frame::XModel> document(
        css::frame::Desktop::create(context)->loadComponentFromURL(url, "_blank", 0, properties), css::uno::UNO_QUERY);
    if (!document.is())
        throw LoadError(Text::say(ui, "The office could not open {0}.", "De office kon {0} niet openen.",
                                  {toSystemPath(url)}));
    struct Closer {
        css::uno::Reference<css::frame::XModel> model;
        ~Closer() { DocumentCloser::close(model); }
    } closer{document};
    try {
        return fromWorkbook(document, ui);
    } catch (const CommandError& error) {
        throw CommandError(toSystemPath(url) + ": " + error.what());
    }
}

bool ProcessSource::hasModel(const css::uno::Reference<css::frame::XModel>& document)
{
    try {
        return DocumentProperties::read(document, DocumentProperties::model).has_value();
    } catch (const css::uno::Exception&) {
        return false;
    }
}

Process ProcessSource::fromDrawing(const css::uno::Reference<css::frame::XModel>& drawing, const std::string& ui)
{
    const std::optional<std::string> json = DocumentProperties::read(drawing, DocumentProperties::model);
    if (!json)
        throw CommandError(Text::say(
            ui, "This drawing has no swimlane diagram of Sales Process. Start with Sales Process > Swimlane diagram.",
            "Deze tekening heeft geen swimlanediagram van Salesproces. Begin met Salesproces > Swimlanediagram."));
    try {
        return ProcessFile::parse(*json, DocumentProperties::model).process;
    } catch (const LoadError& error) {
        throw CommandError(Text::say(ui, "The process stored in this drawing is damaged: {0}",
                                     "Het proces in deze tekening is beschadigd: {0}", {error.what()}));
    }
}

} // namespace salesprocess::extension
