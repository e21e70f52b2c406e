#include "SwimlaneDialog.hpp"

#include "DialogControls.hpp"

#include "FileChooser.hpp"
#include "Strings.hpp"
#include "TemplateFolder.hpp"
#include "core/Text.hpp"

#include <com/sun/star/awt/PushButtonType.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlModel.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

#include <algorithm>

namespace salesprocess::extension {

namespace {
/// A label and a drop-down list on one row.
void choice(const css::uno::Reference<css::container::XNameContainer>& dialog, const char* label, const char* list,
            const std::string& text, const std::vector<std::string>& items, sal_Int16 chosen, sal_Int32 y)
{
    DialogControls::add(dialog, "FixedText", label, 8, y + 2, 90, 10)
        ->setPropertyValue("Label", css::uno::Any(toOUString(text)));
    DialogControls::list(dialog, list, items, chosen, 100, y, 132);
}
} // namespace

SwimlaneDialog::SwimlaneDialog(const css::uno::Reference<css::uno::XComponentContext>& context, std::string uiLanguage)
    : m_context(context), m_language(std::move(uiLanguage))
{
    std::vector<TemplateCatalog::Entry> templates;
    try {
        templates = TemplateCatalog(TemplateFolder::path(m_context)).entries();
    } catch (const std::exception&) {
        // no templates found: the workbook line remains
    }
    for (const TemplateCatalog::Titled& line : TemplateCatalog::titled(templates, m_language)) {
        m_names.push_back(line.name);
        m_titles.push_back(line.title);
    }
    m_titles.push_back(Text::say(m_language, "A process workbook file (.ods)...", "Een proceswerkboek (.ods)..."));
}

css::uno::Reference<css::awt::XDialog> SwimlaneDialog::create() const
{
    const std::string& l = m_language;
    auto factory = m_context->getServiceManager();
    css::uno::Reference<css::container::XNameContainer> model(
        factory->createInstanceWithContext("com.sun.star.awt.UnoControlDialogModel", m_context), css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::beans::XPropertySet> properties(model, css::uno::UNO_QUERY_THROW);
    properties->setPropertyValue("Name", css::uno::Any(rtl::OUString("SwimlaneDialog")));
    properties->setPropertyValue("Title", css::uno::Any(toOUString(Text::say(l, "Swimlane diagram", "Swimlanediagram"))));
    properties->setPropertyValue("PositionX", css::uno::Any(sal_Int32(80)));
    properties->setPropertyValue("PositionY", css::uno::Any(sal_Int32(60)));
    properties->setPropertyValue("Width", css::uno::Any(sal_Int32(240)));
    properties->setPropertyValue("Height", css::uno::Any(sal_Int32(196)));

    DialogControls::add(model, "FixedText", "SourceLabel", 8, 8, 224, 10)
        ->setPropertyValue("Label", css::uno::Any(toOUString(Text::say(l, "~Process:", "~Proces:"))));
    const auto standard = std::find(m_names.begin(), m_names.end(), TemplateCatalog::defaultName);
    DialogControls::list(model, "SourceList", m_titles,
                         static_cast<sal_Int16>(standard == m_names.end() ? 0 : standard - m_names.begin()), 8, 20, 224, 44);

    choice(model, "LanguageLabel", "LanguageList", Text::say(l, "Template ~language:", "~Taal van het sjabloon:"),
           {"Nederlands", "English"}, l == "nl" ? 0 : 1, 70);
    choice(model, "OrientationLabel", "OrientationList", Text::say(l, "~Teams as:", "~Teams als:"),
           {Text::say(l, "Rows (horizontal lanes)", "Rijen (horizontale banen)"),
            Text::say(l, "Columns (vertical lanes)", "Kolommen (verticale banen)")},
           0, 88);
    choice(model, "PaperLabel", "PaperList", Text::say(l, "Pa~per:", "Pa~pier:"), {"A4", "A3"}, 0, 106);
    DialogControls::add(model, "CheckBox", "LandscapeCheck", 100, 122, 132, 12)
        ->setPropertyValue("Label", css::uno::Any(toOUString(Text::say(l, "L~andscape", "L~iggend"))));
    DialogControls::control(model, "LandscapeCheck")->setPropertyValue("State", css::uno::Any(sal_Int16(1)));
    choice(model, "SegmentsLabel", "SegmentsList", Text::say(l, "~Steps for:", "~Stappen voor:"),
           {Text::say(l, "Prospects and customers", "Prospects en klanten"), Text::say(l, "Prospects only", "Alleen prospects"),
            Text::say(l, "Customers only", "Alleen klanten")},
           0, 138);
    choice(model, "TargetLabel", "TargetList", Text::say(l, "~Draw on:", "~Tekenen op:"),
           {Text::say(l, "A new page", "Een nieuwe pagina"), Text::say(l, "A new document", "Een nieuw document")}, 0, 156);

    auto ok = DialogControls::add(model, "Button", "OkButton", 126, 176, 50, 14);
    ok->setPropertyValue("Label", css::uno::Any(rtl::OUString("OK")));
    ok->setPropertyValue("PushButtonType", css::uno::Any(static_cast<sal_Int16>(css::awt::PushButtonType_OK)));
    ok->setPropertyValue("DefaultButton", css::uno::Any(true));
    auto cancel = DialogControls::add(model, "Button", "CancelButton", 182, 176, 50, 14);
    cancel->setPropertyValue("Label", css::uno::Any(toOUString(Text::say(l, "Cancel", "Annuleren"))));
    cancel->setPropertyValue("PushButtonType", css::uno::Any(static_cast<sal_Int16>(css::awt::PushButtonType_CANCEL)));

    css::uno::Reference<css::awt::XControl> dialog(
        factory->createInstanceWithContext("com.sun.star.awt.UnoControlDialog", m_context), css::uno::UNO_QUERY_THROW);
    dialog->setModel(css::uno::Reference<css::awt::XControlModel>(model, css::uno::UNO_QUERY_THROW));
    return css::uno::Reference<css::awt::XDialog>(dialog, css::uno::UNO_QUERY_THROW);
}

std::optional<Arguments> SwimlaneDialog::ask(const css::uno::Reference<css::frame::XFrame>& frame) const
{
    auto dialog = create();
    css::uno::Reference<css::awt::XControl> control_(dialog, css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::awt::XWindowPeer> parent;
    if (frame.is())
        parent.set(frame->getContainerWindow(), css::uno::UNO_QUERY);
    control_->createPeer(
        css::uno::Reference<css::awt::XToolkit>(css::awt::Toolkit::create(m_context), css::uno::UNO_QUERY_THROW), parent);
    const bool accepted = dialog->execute() == 1;
    std::optional<Arguments> chosen;
    if (accepted) {
        css::uno::Reference<css::container::XNameContainer> controls(control_->getModel(), css::uno::UNO_QUERY_THROW);
        Arguments arguments;
        const sal_Int16 source = DialogControls::selected(controls, "SourceList");
        bool complete = true;
        if (source >= 0 && static_cast<std::size_t>(source) < m_names.size()) {
            arguments.set("Template", m_names[static_cast<std::size_t>(source)]);
            arguments.set("Language", DialogControls::selected(controls, "LanguageList") == 0 ? "nl" : "en");
        } else {
            // A workbook: the office's own file dialog.
            const auto file = FileChooser::open(
                m_context, Text::say(m_language, "Process workbook", "Proceswerkboek"),
                {{Text::say(m_language, "Process workbook (*.ods)", "Proceswerkboek (*.ods)"), "*.ods"}}, "");
            complete = file.has_value();
            if (complete)
                arguments.set("Workbook", *file);
        }
        arguments.set("Orientation", DialogControls::selected(controls, "OrientationList") == 1 ? "vertical" : "horizontal");
        arguments.set("Paper", DialogControls::selected(controls, "PaperList") == 1 ? "A3" : "A4");
        sal_Int16 landscape = 1;
        DialogControls::control(controls, "LandscapeCheck")->getPropertyValue("State") >>= landscape;
        arguments.set("Landscape", landscape == 1 ? "true" : "false");
        const sal_Int16 segments = DialogControls::selected(controls, "SegmentsList");
        arguments.set("Segments", segments == 1 ? "prospect" : segments == 2 ? "customer" : "both");
        arguments.set("Target", DialogControls::selected(controls, "TargetList") == 1 ? "newdocument" : "newpage");
        if (complete)
            chosen = arguments;
    }
    css::uno::Reference<css::lang::XComponent>(dialog, css::uno::UNO_QUERY_THROW)->dispose();
    return chosen;
}

} // namespace salesprocess::extension
