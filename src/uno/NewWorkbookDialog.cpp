#include "NewWorkbookDialog.hpp"

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

namespace {
css::uno::Sequence<rtl::OUString> toSequence(const std::vector<std::string>& items)
{
    css::uno::Sequence<rtl::OUString> result(static_cast<sal_Int32>(items.size()));
    for (std::size_t i = 0; i < items.size(); ++i)
        result.getArray()[i] = toOUString(items[i]);
    return result;
}

css::uno::Sequence<sal_Int16> selection(sal_Int16 index)
{
    css::uno::Sequence<sal_Int16> result(1);
    result.getArray()[0] = index;
    return result;
}

sal_Int16 selected(const css::uno::Reference<css::container::XNameContainer>& controls, const char* name)
{
    css::uno::Reference<css::beans::XPropertySet> model(
        controls->getByName(rtl::OUString::createFromAscii(name)), css::uno::UNO_QUERY_THROW);
    css::uno::Sequence<sal_Int16> items;
    model->getPropertyValue("SelectedItems") >>= items;
    return items.getLength() > 0 ? items[0] : sal_Int16(-1);
}

/// Adds a control model at a position in dialog units.
css::uno::Reference<css::beans::XPropertySet>
add(const css::uno::Reference<css::container::XNameContainer>& dialog, const char* kind, const char* name,
    sal_Int32 x, sal_Int32 y, sal_Int32 width, sal_Int32 height)
{
    css::uno::Reference<css::lang::XMultiServiceFactory> factory(dialog, css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::beans::XPropertySet> control(
        factory->createInstance("com.sun.star.awt.UnoControl" + rtl::OUString::createFromAscii(kind) + "Model"),
        css::uno::UNO_QUERY_THROW);
    control->setPropertyValue("PositionX", css::uno::Any(x));
    control->setPropertyValue("PositionY", css::uno::Any(y));
    control->setPropertyValue("Width", css::uno::Any(width));
    control->setPropertyValue("Height", css::uno::Any(height));
    control->setPropertyValue("Name", css::uno::Any(rtl::OUString::createFromAscii(name)));
    dialog->insertByName(rtl::OUString::createFromAscii(name), css::uno::Any(control));
    return control;
}
} // namespace

NewWorkbookDialog::NewWorkbookDialog(const css::uno::Reference<css::uno::XComponentContext>& context,
                                     const std::vector<TemplateCatalog::Entry>& templates,
                                     std::string uiLanguage, bool hasProcessSheets)
    : m_context(context), m_language(std::move(uiLanguage)), m_hasProcessSheets(hasProcessSheets)
{
    // One line per template name, titled in the office language where the template has it.
    for (const TemplateCatalog::Entry& entry : templates) {
        auto known = std::find(m_names.begin(), m_names.end(), entry.name);
        if (known == m_names.end()) {
            m_names.push_back(entry.name);
            m_titles.push_back(entry.title.empty() ? entry.name : entry.title);
        } else if (entry.language == m_language && !entry.title.empty()) {
            m_titles[static_cast<std::size_t>(known - m_names.begin())] = entry.title;
        }
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

    add(model, "FixedText", "TemplateLabel", 8, 8, 204, 10)
        ->setPropertyValue("Label", css::uno::Any(toOUString(Text::say(l, "~Template:", "~Sjabloon:"))));
    auto templates = add(model, "ListBox", "TemplateList", 8, 20, 204, 58);
    templates->setPropertyValue("StringItemList", css::uno::Any(toSequence(m_titles)));
    const auto standard = std::find(m_names.begin(), m_names.end(), TemplateCatalog::defaultName);
    templates->setPropertyValue(
        "SelectedItems",
        css::uno::Any(selection(static_cast<sal_Int16>(standard == m_names.end() ? 0 : standard - m_names.begin()))));

    add(model, "FixedText", "LanguageLabel", 8, 84, 204, 10)
        ->setPropertyValue("Label", css::uno::Any(toOUString(Text::say(l, "Workbook ~language:", "~Taal van het werkboek:"))));
    auto languages = add(model, "ListBox", "LanguageList", 8, 96, 204, 14);
    languages->setPropertyValue("Dropdown", css::uno::Any(true));
    languages->setPropertyValue("StringItemList", css::uno::Any(toSequence({"Nederlands", "English"})));
    languages->setPropertyValue("SelectedItems", css::uno::Any(selection(static_cast<sal_Int16>(l == "nl" ? 0 : 1))));

    add(model, "FixedText", "IfExistsLabel", 8, 116, 204, 10)
        ->setPropertyValue("Label", css::uno::Any(toOUString(Text::say(
                                        l, "This workbook already has process sheets:",
                                        "Dit werkboek heeft al processheets:"))));
    auto ifExists = add(model, "ListBox", "IfExistsList", 8, 128, 204, 14);
    ifExists->setPropertyValue("Dropdown", css::uno::Any(true));
    ifExists->setPropertyValue(
        "StringItemList",
        css::uno::Any(toSequence({Text::say(l, "Replace them", "Vervangen"),
                                  Text::say(l, "Keep them and write new sheets beside them",
                                            "Bewaren en nieuwe sheets ernaast zetten")})));
    ifExists->setPropertyValue("SelectedItems", css::uno::Any(selection(0)));
    ifExists->setPropertyValue("Enabled", css::uno::Any(m_hasProcessSheets));

    auto ok = add(model, "Button", "OkButton", 106, 152, 50, 14);
    ok->setPropertyValue("Label", css::uno::Any(rtl::OUString("OK")));
    ok->setPropertyValue("PushButtonType", css::uno::Any(static_cast<sal_Int16>(css::awt::PushButtonType_OK)));
    ok->setPropertyValue("DefaultButton", css::uno::Any(true));
    auto cancel = add(model, "Button", "CancelButton", 162, 152, 50, 14);
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
        const sal_Int16 pick = selected(controls, "TemplateList");
        NewWorkbookChoice made;
        made.templateName = pick >= 0 && static_cast<std::size_t>(pick) < m_names.size()
                                ? m_names[static_cast<std::size_t>(pick)]
                                : TemplateCatalog::defaultName;
        made.language = selected(controls, "LanguageList") == 0 ? "nl" : "en";
        if (m_hasProcessSheets)
            made.ifExists = selected(controls, "IfExistsList") == 1 ? "beside" : "replace";
        choice = made;
    }
    css::uno::Reference<css::lang::XComponent>(dialog, css::uno::UNO_QUERY_THROW)->dispose();
    return choice;
}

} // namespace salesprocess::extension
