#include "NewWorkbookDialog.hpp"

#include "DialogControls.hpp"

#include "Strings.hpp"
#include "core/Text.hpp"

#include <com/sun/star/awt/PushButtonType.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlModel.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

#include <algorithm>

namespace salesprocess::extension {


NewWorkbookDialog::NewWorkbookDialog(const css::uno::Reference<css::uno::XComponentContext>& context,
                                     const std::vector<TemplateCatalog::Entry>& templates,
                                     std::string uiLanguage, bool hasProcessSheets)
    : m_context(context), m_language(std::move(uiLanguage)), m_hasProcessSheets(hasProcessSheets)
{
    for (const TemplateCatalog::Titled& line : TemplateCatalog::titled(templates, m_language)) {
        m_names.push_back(line.name);
        m_titles.push_back(line.title);
    }
}

css::uno::Reference<css::awt::XDialog> NewWorkbookDialog::create() const
{
    const std::string& l = m_language;
    auto factory = m_context->getServiceManager();
    css::uno::Reference<css::container::XNameContainer> model(
        factory->createInstanceWithContext("com.sun.star.awt.UnoControlDialogModel", m_context),
        css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::beans::XPropertySet> dialogProperties(model, css::uno::UNO_QUERY_THROW);
    dialogProperties->setPropertyValue("Name", css::uno::Any(rtl::OUString("NewWorkbookDialog")));
    dialogProperties->setPropertyValue(
        "Title", css::uno::Any(toOUString(Text::say(l, "New process workbook", "Nieuw proceswerkboek"))));
    dialogProperties->setPropertyValue("PositionX", css::uno::Any(sal_Int32(80)));
    dialogProperties->setPropertyValue("PositionY", css::uno::Any(sal_Int32(60)));
    dialogProperties->setPropertyValue("Width", css::uno::Any(sal_Int32(220)));
    dialogProperties->setPropertyValue("Height", css::uno::Any(sal_Int32(172)));

    DialogControls::add(model, "FixedText", "TemplateLabel", 8, 8, 204, 10)
        ->setPropertyValue("Label", css::uno::Any(toOUString(Text::say(l, "~Template:", "~Sjabloon:"))));
    const auto standard = std::find(m_names.begin(), m_names.end(), TemplateCatalog::defaultName);
    DialogControls::list(model, "TemplateList", m_titles,
                         static_cast<sal_Int16>(standard == m_names.end() ? 0 : standard - m_names.begin()), 8, 20, 204, 58);

    DialogControls::add(model, "FixedText", "LanguageLabel", 8, 84, 204, 10)
        ->setPropertyValue("Label", css::uno::Any(toOUString(Text::say(l, "Workbook ~language:", "~Taal van het werkboek:"))));
    DialogControls::list(model, "LanguageList", {"Nederlands", "English"}, l == "nl" ? 0 : 1, 8, 96, 204);

    DialogControls::add(model, "FixedText", "IfExistsLabel", 8, 116, 204, 10)
        ->setPropertyValue("Label", css::uno::Any(toOUString(Text::say(
                                        l, "This workbook already has process sheets:",
                                        "Dit werkboek heeft al processheets:"))));
    auto ifExists = DialogControls::list(model, "IfExistsList",
                                         {Text::say(l, "Replace them", "Vervangen"),
                                          Text::say(l, "Keep them and write new sheets beside them",
                                                    "Bewaren en nieuwe sheets ernaast zetten")},
                                         0, 8, 128, 204);
    ifExists->setPropertyValue("Enabled", css::uno::Any(m_hasProcessSheets));

    auto ok = DialogControls::add(model, "Button", "OkButton", 106, 152, 50, 14);
    ok->setPropertyValue("Label", css::uno::Any(rtl::OUString("OK")));
    ok->setPropertyValue("PushButtonType", css::uno::Any(static_cast<sal_Int16>(css::awt::PushButtonType_OK)));
    ok->setPropertyValue("DefaultButton", css::uno::Any(true));
    auto cancel = DialogControls::add(model, "Button", "CancelButton", 162, 152, 50, 14);
    cancel->setPropertyValue("Label", css::uno::Any(toOUString(Text::say(l, "Cancel", "Annuleren"))));
    cancel->setPropertyValue("PushButtonType",
                             css::uno::Any(static_cast<sal_Int16>(css::awt::PushButtonType_CANCEL)));

    css::uno::Reference<css::awt::XControl> dialog(
        factory->createInstanceWithContext("com.sun.star.awt.UnoControlDialog", m_context),
        css::uno::UNO_QUERY_THROW);
    dialog->setModel(css::uno::Reference<css::awt::XControlModel>(model, css::uno::UNO_QUERY_THROW));
    return css::uno::Reference<css::awt::XDialog>(dialog, css::uno::UNO_QUERY_THROW);
}

std::optional<NewWorkbookChoice> NewWorkbookDialog::ask(const css::uno::Reference<css::frame::XFrame>& frame) const
{
    auto dialog = create();
    css::uno::Reference<css::awt::XControl> control(dialog, css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::awt::XWindowPeer> parent;
    if (frame.is())
        parent.set(frame->getContainerWindow(), css::uno::UNO_QUERY);
    control->createPeer(
        css::uno::Reference<css::awt::XToolkit>(css::awt::Toolkit::create(m_context), css::uno::UNO_QUERY_THROW),
        parent);
    const bool accepted = dialog->execute() == 1;

    std::optional<NewWorkbookChoice> choice;
    if (accepted) {
        css::uno::Reference<css::container::XNameContainer> controls(control->getModel(), css::uno::UNO_QUERY_THROW);
        const sal_Int16 pick = DialogControls::selected(controls, "TemplateList");
        NewWorkbookChoice made;
        made.templateName = pick >= 0 && static_cast<std::size_t>(pick) < m_names.size()
                                ? m_names[static_cast<std::size_t>(pick)]
                                : TemplateCatalog::defaultName;
        made.language = DialogControls::selected(controls, "LanguageList") == 0 ? "nl" : "en";
        if (m_hasProcessSheets)
            made.ifExists = DialogControls::selected(controls, "IfExistsList") == 1 ? "beside" : "replace";
        choice = made;
    }
    css::uno::Reference<css::lang::XComponent>(dialog, css::uno::UNO_QUERY_THROW)->dispose();
    return choice;
}

} // namespace salesprocess::extension
