// The dialogs the menu commands open when they get no arguments, created through the installed
// extension without being shown (there is no display): their controls and labels in English and
// Dutch, and a layout that fits.
#include "SharedOffice.hpp"
#include "office/UnoStrings.hpp"
#include "templates/TemplateCatalog.hpp"

#include <catch2/catch.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlModel.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <org/salesprocess/XCommandDialogs.hpp>

#include <map>
#include <set>

using namespace salesprocess;
using namespace salesprocess::test;

namespace {

struct Control {
    std::string name;
    std::string kind; ///< "FixedText", "ListBox", "Button"...
    std::string label;
    std::vector<std::string> items;
    std::vector<sal_Int16> selected;
    bool enabled = true;
    sal_Int32 x = 0, y = 0, width = 0, height = 0;
};

struct DialogContents {
    std::string title;
    sal_Int32 width = 0, height = 0;
    std::map<std::string, Control> controls;
};

template <typename T>
T property(const css::uno::Reference<css::beans::XPropertySet>& object, const char* name, T fallback)
{
    const rtl::OUString key = rtl::OUString::createFromAscii(name);
    if (object->getPropertySetInfo()->hasPropertyByName(key))
        object->getPropertyValue(key) >>= fallback;
    return fallback;
}

std::string kindOf(const css::uno::Reference<css::beans::XPropertySet>& model)
{
    css::uno::Reference<css::lang::XServiceInfo> info(model, css::uno::UNO_QUERY_THROW);
    for (const char* kind : {"FixedText", "ListBox", "Button", "Edit", "CheckBox", "RadioButton"})
        if (info->supportsService("com.sun.star.awt.UnoControl" + rtl::OUString::createFromAscii(kind) + "Model"))
            return kind;
    return toStdString(info->getImplementationName());
}

/// Creates the dialog of a command in a language, reads it, and disposes of it again.
DialogContents readDialog(const std::string& command, const std::string& language)
{
    auto& office = SharedOffice::session();
    css::uno::Reference<org::salesprocess::XCommandDialogs> dialogs(
        office.serviceManager()->createInstanceWithContext("org.salesprocess.CommandDialogs", office.context()),
        css::uno::UNO_QUERY_THROW);
    const auto dialog = dialogs->createDialog(toOUString(command), toOUString(language));
    REQUIRE(dialog.is());
    css::uno::Reference<css::awt::XControl> control(dialog, css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::beans::XPropertySet> model(control->getModel(), css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::container::XNameAccess> children(model, css::uno::UNO_QUERY_THROW);

    DialogContents contents;
    contents.title = toStdString(property(model, "Title", rtl::OUString()));
    contents.width = property(model, "Width", sal_Int32(0));
    contents.height = property(model, "Height", sal_Int32(0));
    const auto names = children->getElementNames();
    for (sal_Int32 i = 0; i < names.getLength(); ++i) {
        css::uno::Reference<css::beans::XPropertySet> child(children->getByName(names[i]), css::uno::UNO_QUERY_THROW);
        Control read;
        read.name = toStdString(names[i]);
        read.kind = kindOf(child);
        read.label = toStdString(property(child, "Label", rtl::OUString()));
        for (const rtl::OUString& item : property(child, "StringItemList", css::uno::Sequence<rtl::OUString>()))
            read.items.push_back(toStdString(item));
        for (sal_Int16 index : property(child, "SelectedItems", css::uno::Sequence<sal_Int16>()))
            read.selected.push_back(index);
        read.enabled = property(child, "Enabled", true);
        read.x = property(child, "PositionX", sal_Int32(0));
        read.y = property(child, "PositionY", sal_Int32(0));
        read.width = property(child, "Width", sal_Int32(0));
        read.height = property(child, "Height", sal_Int32(0));
        contents.controls[read.name] = read;
    }
    css::uno::Reference<css::lang::XComponent>(dialog, css::uno::UNO_QUERY_THROW)->dispose();
    return contents;
}

/// The template titles the dialog should offer: one per template, in the language where it has it.
std::vector<std::string> templateTitles(const std::string& language, std::size_t& defaultIndex)
{
    std::vector<std::string> names;
    std::map<std::string, std::string> titles;
    for (const TemplateCatalog::Entry& entry : TemplateCatalog(SALESPROCESS_TEMPLATES_DIR).entries()) {
        if (titles.count(entry.name) == 0) {
            names.push_back(entry.name);
            titles[entry.name] = entry.title;
        }
        if (entry.language == language)
            titles[entry.name] = entry.title;
    }
    std::vector<std::string> result;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (names[i] == TemplateCatalog::defaultName)
            defaultIndex = i;
        result.push_back(titles[names[i]]);
    }
    return result;
}

const Control& control(const DialogContents& dialog, const std::string& name)
{
    const auto found = dialog.controls.find(name);
    if (found == dialog.controls.end())
        FAIL("the dialog has no control " << name);
    return found->second;
}

} // namespace

TEST_CASE("the New process workbook dialog asks for template, language and what to do with "
          "existing sheets, in English and in Dutch",
          "[dialogs]")
{
    const std::string language = GENERATE("en", "nl");
    const bool nl = language == "nl";
    const DialogContents dialog = readDialog("NewWorkbook", language);

    CHECK(dialog.title == (nl ? "Nieuw proceswerkboek" : "New process workbook"));
    CHECK(control(dialog, "TemplateLabel").label == (nl ? "~Sjabloon:" : "~Template:"));
    CHECK(control(dialog, "LanguageLabel").label == (nl ? "~Taal van het werkboek:" : "Workbook ~language:"));
    CHECK(control(dialog, "IfExistsLabel").label
          == (nl ? "Dit werkboek heeft al processheets:" : "This workbook already has process sheets:"));
    CHECK(control(dialog, "OkButton").label == "OK");
    CHECK(control(dialog, "CancelButton").label == (nl ? "Annuleren" : "Cancel"));

    // Every shipped template by its title in the dialog's language, the default one chosen.
    std::size_t defaultIndex = 0;
    const Control& templates = control(dialog, "TemplateList");
    CHECK(templates.kind == "ListBox");
    CHECK(templates.items == templateTitles(language, defaultIndex));
    CHECK(templates.selected == std::vector<sal_Int16>{static_cast<sal_Int16>(defaultIndex)});

    const Control& languages = control(dialog, "LanguageList");
    CHECK(languages.items == std::vector<std::string>{"Nederlands", "English"});
    CHECK(languages.selected == std::vector<sal_Int16>{static_cast<sal_Int16>(nl ? 0 : 1)});

    const Control& ifExists = control(dialog, "IfExistsList");
    CHECK(ifExists.items.size() == 2);
    CHECK_FALSE(ifExists.enabled); // created for an empty document: nothing to replace
}

TEST_CASE("the dialogs are laid out inside their frame without overlaps, each list under its label",
          "[dialogs]")
{
    const std::string language = GENERATE("en", "nl");
    const DialogContents dialog = readDialog("NewWorkbook", language);
    REQUIRE(dialog.width > 0);
    REQUIRE(dialog.height > 0);
    std::vector<Control> all;
    for (const auto& [name, item] : dialog.controls)
        all.push_back(item);
    for (const Control& item : all) {
        INFO(item.name);
        CHECK(item.x >= 0);
        CHECK(item.y >= 0);
        CHECK(item.x + item.width <= dialog.width);
        CHECK(item.y + item.height <= dialog.height);
        if (item.kind == "FixedText" || item.kind == "Button")
            CHECK_FALSE(item.label.empty());
    }
    for (std::size_t a = 0; a < all.size(); ++a)
        for (std::size_t b = a + 1; b < all.size(); ++b) {
            INFO(all[a].name << " and " << all[b].name);
            const bool apart = all[a].x + all[a].width <= all[b].x || all[b].x + all[b].width <= all[a].x
                               || all[a].y + all[a].height <= all[b].y || all[b].y + all[b].height <= all[a].y;
            CHECK(apart);
        }
    for (const char* pair : {"Template", "Language", "IfExists"}) {
        INFO(pair);
        CHECK(control(dialog, std::string(pair) + "Label").y < control(dialog, std::string(pair) + "List").y);
    }
}

TEST_CASE("every label is translated", "[dialogs]")
{
    const DialogContents english = readDialog("NewWorkbook", "en");
    const DialogContents dutch = readDialog("NewWorkbook", "nl");
    REQUIRE(english.controls.size() == dutch.controls.size());
    for (const auto& [name, item] : english.controls) {
        if (item.label.empty() || item.label == "OK")
            continue;
        INFO(name);
        CHECK(control(dutch, name).label != item.label);
    }
}

TEST_CASE("asking for the dialog of a command that has none is refused", "[dialogs]")
{
    auto& office = SharedOffice::session();
    css::uno::Reference<org::salesprocess::XCommandDialogs> dialogs(
        office.serviceManager()->createInstanceWithContext("org.salesprocess.CommandDialogs", office.context()),
        css::uno::UNO_QUERY_THROW);
    CHECK_THROWS_AS(dialogs->createDialog("NoSuchCommand", "en"), css::lang::IllegalArgumentException);
}
