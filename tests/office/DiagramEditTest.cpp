// Working on a swimlane diagram in Draw: one undo step restores exactly the page before and redo
// brings the diagram back (through the undo manager); Re-layout takes over a box moved into
// another lane, keeps it through save and reopen, and Check process is clean again; a box the
// user draws becomes a step of the kind its shape says (a diamond: a decision); Check
// process marks findings with notes of ours (not printed) and removes them on the next run;
// the Draw menu and what a hidden office says when a decision is missing; the step styles carry
// the diagram's font, and a font the user gives them does not overflow the boxes.
#include "CommandDispatch.hpp"
#include "DiagramProbe.hpp"
#include "DrawDocument.hpp"
#include "Lines.hpp"
#include "office/UnoStrings.hpp"
#include "PdfFile.hpp"
#include "ProcessWorkbook.hpp"
#include "SharedOffice.hpp"
#include "templates/ProcessFile.hpp"

#include <catch2/catch.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertyState.hpp>
#include <com/sun/star/configuration/ReadOnlyAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/drawing/PointSequenceSequence.hpp>
#include <com/sun/star/drawing/XShape.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <org/salesprocess/XCommandDialogs.hpp>

#include <map>

using namespace salesprocess;
using namespace salesprocess::test;

namespace {

constexpr const char* swimlane = "vnd.salesprocess:SwimlaneDiagram";
constexpr const char* relayout = "vnd.salesprocess:Relayout";
constexpr const char* check = "vnd.salesprocess:CheckProcess";

css::uno::Reference<css::document::XUndoManager> undoManagerOf(const DrawDocument& document)
{
    return css::uno::Reference<css::document::XUndoManager>(document.undoManager(), css::uno::UNO_QUERY_THROW);
}

/// A shape of the user's own: a rectangle with text, made through the API as a macro would.
css::uno::Reference<css::drawing::XShape> addUserShape(const DrawDocument& document, std::size_t page, const Rect& at,
                                                      const std::string& text, const std::string& style = "")
{
    css::uno::Reference<css::lang::XMultiServiceFactory> factory(document.model(), css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::drawing::XShape> shape(
        factory->createInstance(rtl::OUString::createFromAscii(style.empty() ? "com.sun.star.drawing.RectangleShape"
                                                                             : "com.sun.star.drawing.TextShape")),
        css::uno::UNO_QUERY_THROW);
    shape->setPosition(css::awt::Point{static_cast<sal_Int32>(at.x), static_cast<sal_Int32>(at.y)});
    shape->setSize(css::awt::Size{static_cast<sal_Int32>(at.width), static_cast<sal_Int32>(at.height)});
    document.page(page)->add(shape);
    css::uno::Reference<css::text::XText>(shape, css::uno::UNO_QUERY_THROW)->setString(toOUString(text));
    if (!style.empty())
        css::uno::Reference<css::beans::XPropertySet>(shape, css::uno::UNO_QUERY_THROW)
            ->setPropertyValue("Style", document.graphicStyles()->getByName(toOUString(style)));
    return shape;
}

std::vector<DrawDocument::ShapeInfo> notesOf(const DiagramProbe& probe)
{
    std::vector<DrawDocument::ShapeInfo> notes;
    for (const auto& page : probe.pages)
        for (const auto& shape : page.shapes)
            if (shape.name.rfind("finding:", 0) == 0)
                notes.push_back(shape);
    return notes;
}

Process modelOf(const DrawDocument& document)
{
    const auto json = document.userProperty("SalesProcessModel");
    REQUIRE(json);
    return ProcessFile::parse(*json, "SalesProcessModel").process;
}

} // namespace

TEST_CASE("beside the user's page, undo restores exactly that page and redo brings the diagram back", "[swimlane][undo]")
{
    OfficeSession& office = SharedOffice::session();
    DrawDocument document(office);
    // Landscape A4, as the diagram: Draw gives all pages of a document one paper size.
    css::uno::Reference<css::beans::XPropertySet> paper(document.page(0), css::uno::UNO_QUERY_THROW);
    paper->setPropertyValue("Width", css::uno::Any(sal_Int32(29700)));
    paper->setPropertyValue("Height", css::uno::Any(sal_Int32(21000)));
    addUserShape(document, 0, Rect{2000, 2000, 6000, 3000}, "My own notes on the process");
    const std::string before = document.snapshot();
    const auto undo = undoManagerOf(document);
    const sal_Int32 titlesBefore = undo->getAllUndoActionTitles().getLength();

    const DispatchOutcome outcome = CommandDispatch::run(
        office, document.frame(), swimlane, {textArgument("Template", "b2b-field-sales"), textArgument("Language", "en")});
    INFO(outcome.message);
    REQUIRE(outcome.succeeded());
    // The user's page is as it was; the diagram is on pages after it.
    CHECK(document.pageCount() > 1);
    const auto userPage = document.shapes(0);
    REQUIRE(userPage.size() == 1);
    CHECK(userPage[0].text == "My own notes on the process");
    const DiagramProbe probe(document);
    for (const auto& page : probe.pages)
        CHECK(page.index > 0);
    const std::string after = document.snapshot();

    // One step, titled as the menu entry.
    const auto titles = undo->getAllUndoActionTitles();
    REQUIRE(titles.getLength() == titlesBefore + 1);
    CHECK(toStdString(titles[0]) == "Swimlane diagram");

    undo->undo();
    CHECK(document.snapshot() == before);
    CHECK_FALSE(document.userProperty("SalesProcessModel"));
    CHECK_FALSE(document.hasGraphicStyle("SalesProcess Step"));
    undo->redo();
    CHECK(document.snapshot() == after);
    CHECK(document.userProperty("SalesProcessModel"));
    CHECK(document.hasGraphicStyle("SalesProcess Step inside"));
}

TEST_CASE("a drawing on other paper keeps its pages: the diagram gets a document of its own", "[swimlane]")
{
    OfficeSession& office = SharedOffice::session();
    DrawDocument document(office); // portrait A4
    addUserShape(document, 0, Rect{2000, 2000, 6000, 3000}, "Portrait notes");
    const std::string before = document.snapshot();
    const auto opened = DrawDocument::openDocuments(office);
    const DispatchOutcome outcome = CommandDispatch::run(
        office, document.frame(), swimlane, {textArgument("Template", "webshop"), textArgument("Language", "en")});
    INFO(outcome.message);
    REQUIRE(outcome.succeeded());
    CHECK_THAT(outcome.message, Catch::Contains("new document"));
    CHECK(document.snapshot() == before);
    DrawDocument diagram(office, DrawDocument::openedSince(office, opened));
    CHECK(diagram.paper(0).width == 29700);
    CHECK(diagram.userProperty("SalesProcessModel"));
}

TEST_CASE("the step styles carry the diagram's font; a restyled font gives way on the boxes only", "[swimlane][styles]")
{
    OfficeSession& office = SharedOffice::session();
    DrawDocument document(office);
    REQUIRE(CommandDispatch::run(office, document.frame(), swimlane,
                                 {textArgument("Template", "b2b-field-sales"), textArgument("Language", "en")})
                .succeeded());
    auto fontOf = [](const css::uno::Reference<css::drawing::XShape>& shape) {
        float points = 0;
        css::uno::Reference<css::beans::XPropertySet>(shape, css::uno::UNO_QUERY_THROW)->getPropertyValue("CharHeight") >>= points;
        return points;
    };
    auto ownFont = [](const css::uno::Reference<css::drawing::XShape>& shape) {
        return css::uno::Reference<css::beans::XPropertyState>(shape, css::uno::UNO_QUERY_THROW)
                   ->getPropertyState("CharHeight") == css::beans::PropertyState_DIRECT_VALUE;
    };
    css::uno::Reference<css::beans::XPropertySet> fieldStyle(document.graphicStyles()->getByName("SalesProcess Step field"),
                                                             css::uno::UNO_QUERY_THROW);

    // A new drawing: the boxes show the laid-out size through their style, none sets its own.
    std::vector<std::string> fieldBoxes;
    float laidOut = 0;
    {
        const DiagramProbe probe(document);
        for (const auto& page : probe.pages)
            for (const auto* box : DiagramProbe::stepBoxes(page)) {
                INFO(box->name << " in " << box->style);
                CHECK_FALSE(ownFont(box->shape));
                if (box->style == "SalesProcess Step field") {
                    fieldBoxes.push_back(box->name);
                    laidOut = fontOf(box->shape);
                }
            }
    }
    REQUIRE_FALSE(fieldBoxes.empty());
    CHECK(laidOut >= 8.0f);
    CHECK(laidOut <= 10.0f);

    // The user makes field sales' boxes 20 pt; Re-layout keeps the style as the user made it and
    // the boxes at the size their text was measured in.
    fieldStyle->setPropertyValue("CharHeight", css::uno::Any(20.0f));
    const DispatchOutcome outcome = CommandDispatch::run(office, document.frame(), relayout, {});
    INFO(outcome.message);
    REQUIRE(outcome.succeeded());
    float styled = 0;
    fieldStyle->getPropertyValue("CharHeight") >>= styled;
    CHECK(styled == Approx(20.0));
    const DiagramProbe again(document);
    for (const std::string& name : fieldBoxes) {
        const auto* box = again.stepBox(name);
        REQUIRE(box != nullptr);
        CHECK(fontOf(box->shape) == Approx(laidOut));
    }
}

TEST_CASE("Re-layout takes over a box moved into another lane, also after save and reopen", "[swimlane][relayout]")
{
    OfficeSession& office = SharedOffice::session();
    const std::filesystem::path folder = office.makeExchangeFolder("relayout");
    SwimlaneOptions options;
    std::string movedStep, newTeam;
    {
        DrawDocument document(office);
        REQUIRE(CommandDispatch::run(office, document.frame(), swimlane,
                                     {textArgument("Template", "b2b-field-sales"), textArgument("Language", "en")})
                    .succeeded());
        const Process before = modelOf(document);
        const DiagramProbe probe(document);
        // An inside sales step goes to the field sales lane of its page, in the same phase column.
        const Step* step = nullptr;
        for (const Step& s : before.steps)
            if (step == nullptr && s.team == "inside" && s.kind == StepKind::Activity)
                step = &s;
        REQUIRE(step != nullptr);
        std::size_t page = 0;
        const auto* box = probe.stepBox(step->id, &page);
        REQUIRE(box != nullptr);
        const auto* lane = probe.pages[page].find("lane:field");
        REQUIRE(lane != nullptr);
        movedStep = step->id;
        newTeam = "field";
        box->shape->setPosition(css::awt::Point{static_cast<sal_Int32>(box->bounds.x),
                                                static_cast<sal_Int32>(lane->bounds.y + lane->bounds.height / 2 -
                                                                       box->bounds.height / 2)});

        const DispatchOutcome outcome = CommandDispatch::run(office, document.frame(), relayout, {});
        INFO(outcome.message);
        REQUIRE(outcome.succeeded());
        CHECK_THAT(outcome.message, Catch::Contains("1 step moved"));
        const Process after = modelOf(document);
        REQUIRE(after.findStep(movedStep) != nullptr);
        CHECK(after.findStep(movedStep)->team == newTeam);
        CHECK(after.steps.size() == before.steps.size());
        CHECK(after.arrows.size() == before.arrows.size());
        // A diamond shows its name in the lines the layout broke it into: still the same name,
        // as is every wrapped arrow label.
        for (const Step& s : before.steps)
            if (const Step* same = after.findStep(s.id))
                CHECK(same->name == s.name);
        for (std::size_t i = 0; i < before.arrows.size() && i < after.arrows.size(); ++i)
            CHECK(after.arrows[i].label == before.arrows[i].label);

        const DiagramProbe again(document);
        INFO(joined(again.stepPlacementProblems(after, options)));
        CHECK(again.stepPlacementProblems(after, options).empty());
        CHECK(again.overlapProblems().empty());
        INFO(joined(again.connectorProblems(after, options)));
        CHECK(again.connectorProblems(after, options).empty());
        CHECK(again.crossingProblems().empty());
        document.storeTo(folder / "relayout.odg", "draw8");
    }
    DrawDocument reopened(office, folder / "relayout.odg");
    const Process saved = modelOf(reopened);
    REQUIRE(saved.findStep(movedStep) != nullptr);
    CHECK(saved.findStep(movedStep)->team == newTeam);
    const DiagramProbe probe(reopened);
    CHECK(probe.stepPlacementProblems(saved, options).empty());
    CHECK(probe.connectorProblems(saved, options).empty());
    // Clean again: the review finds nothing, and marks nothing.
    const DispatchOutcome checked =
        CommandDispatch::run(office, reopened.frame(), check, {textArgument("Today", ProcessWorkbook::today)});
    INFO(checked.message);
    REQUIRE(checked.succeeded());
    CHECK_THAT(checked.message, Catch::Contains("No findings"));
    CHECK(notesOf(DiagramProbe(reopened)).empty());
}

TEST_CASE("Re-layout takes over boxes the user drew: a diamond is a decision, a rounded box an activity",
          "[swimlane][relayout]")
{
    OfficeSession& office = SharedOffice::session();
    struct Drawn {
        const char* service;
        const char* geometry; ///< a custom shape's type; none for a polygon
        StepKind kind;
    };
    for (const Drawn& drawn : {Drawn{"com.sun.star.drawing.PolyPolygonShape", nullptr, StepKind::Decision},
                               Drawn{"com.sun.star.drawing.CustomShape", "diamond", StepKind::Decision},
                               Drawn{"com.sun.star.drawing.CustomShape", "round-rectangle", StepKind::Activity}}) {
        INFO(drawn.service << " " << (drawn.geometry ? drawn.geometry : "diamond polygon"));
        DrawDocument document(office);
        REQUIRE(CommandDispatch::run(office, document.frame(), swimlane,
                                     {textArgument("Template", "b2b-field-sales"), textArgument("Language", "en")})
                    .succeeded());
        const Process before = modelOf(document);
        const DiagramProbe probe(document);
        std::size_t page = 0;
        const auto* below = probe.stepBox("qualify", &page);
        REQUIRE(below != nullptr);
        // Under the inside sales box, in its lane and phase, as a user would draw it.
        const Rect at{below->bounds.x, below->bounds.y + below->bounds.height + 200, below->bounds.width,
                      below->bounds.height};
        css::uno::Reference<css::lang::XMultiServiceFactory> factory(document.model(), css::uno::UNO_QUERY_THROW);
        css::uno::Reference<css::drawing::XShape> shape(factory->createInstance(rtl::OUString::createFromAscii(drawn.service)),
                                                        css::uno::UNO_QUERY_THROW);
        css::uno::Reference<css::beans::XPropertySet> properties(shape, css::uno::UNO_QUERY_THROW);
        if (drawn.geometry == nullptr) {
            document.page(probe.pages[page].index)->add(shape);
            const sal_Int32 x = static_cast<sal_Int32>(at.x), y = static_cast<sal_Int32>(at.y);
            const sal_Int32 w = static_cast<sal_Int32>(at.width), h = static_cast<sal_Int32>(at.height);
            const css::awt::Point corners[4] = {{x + w / 2, y}, {x + w, y + h / 2}, {x + w / 2, y + h}, {x, y + h / 2}};
            css::drawing::PointSequenceSequence polygon(1);
            polygon.getArray()[0] = css::uno::Sequence<css::awt::Point>(corners, 4);
            properties->setPropertyValue("PolyPolygon", css::uno::Any(polygon));
        } else {
            shape->setPosition(css::awt::Point{static_cast<sal_Int32>(at.x), static_cast<sal_Int32>(at.y)});
            shape->setSize(css::awt::Size{static_cast<sal_Int32>(at.width), static_cast<sal_Int32>(at.height)});
            document.page(probe.pages[page].index)->add(shape);
            css::uno::Sequence<css::beans::PropertyValue> geometry(1);
            geometry.getArray()[0].Name = "Type";
            geometry.getArray()[0].Value <<= rtl::OUString::createFromAscii(drawn.geometry);
            properties->setPropertyValue("CustomShapeGeometry", css::uno::Any(geometry));
            // As Draw's basic shapes come: they do not grow with their text.
            properties->setPropertyValue("TextAutoGrowHeight", css::uno::Any(false));
        }
        // Typed in two lines: the line break is layout, not part of the name.
        css::uno::Reference<css::text::XText>(shape, css::uno::UNO_QUERY_THROW)->setString("Check the\nstock");
        properties->setPropertyValue("Style", document.graphicStyles()->getByName("SalesProcess Step inside"));

        const DispatchOutcome outcome = CommandDispatch::run(office, document.frame(), relayout, {});
        INFO(outcome.message);
        REQUIRE(outcome.succeeded());
        const Process after = modelOf(document);
        REQUIRE(after.steps.size() == before.steps.size() + 1);
        const Step* added = nullptr;
        for (const Step& step : after.steps)
            if (before.findStep(step.id) == nullptr)
                added = &step;
        REQUIRE(added != nullptr);
        CHECK(added->name == "Check the stock");
        CHECK(added->team == "inside");
        CHECK(added->kind == drawn.kind);
    }
}

TEST_CASE("Check process in Draw marks findings on the diagram and the next check removes them", "[swimlane][check]")
{
    OfficeSession& office = SharedOffice::session();
    DrawDocument document(office);
    REQUIRE(CommandDispatch::run(office, document.frame(), swimlane,
                                 {textArgument("Template", "b2b-field-sales"), textArgument("Language", "en")})
                .succeeded());
    const DiagramProbe probe(document);
    const Process process = modelOf(document);
    // A box the user copied: the same step twice in one team.
    const Step* original = process.findStep("qualify");
    REQUIRE(original != nullptr);
    std::size_t page = 0;
    const auto* box = probe.stepBox(original->id, &page);
    REQUIRE(box != nullptr);
    const auto copy = addUserShape(document, probe.pages[page].index,
                                   Rect{box->bounds.x, box->bounds.y + box->bounds.height + 200, box->bounds.width,
                                        box->bounds.height},
                                   original->name, "SalesProcess Step inside");
    const auto undo = undoManagerOf(document);
    const sal_Int32 titlesBefore = undo->getAllUndoActionTitles().getLength();

    const DispatchOutcome outcome =
        CommandDispatch::run(office, document.frame(), check, {textArgument("Today", ProcessWorkbook::today)});
    INFO(outcome.message);
    REQUIRE(outcome.succeeded());
    CHECK_THAT(outcome.message, !Catch::Contains("No findings"));
    CHECK_THAT(outcome.message, Catch::Contains("Marked on the diagram"));
    CHECK(undo->getAllUndoActionTitles().getLength() == titlesBefore + 1);
    const auto notes = notesOf(DiagramProbe(document));
    REQUIRE_FALSE(notes.empty());
    bool aboutTheCopy = false;
    for (const auto& note : notes) {
        CHECK(note.layer == "SalesProcess Findings");
        CHECK(note.style == "SalesProcess Finding");
        CHECK_FALSE(note.text.empty());
        aboutTheCopy = aboutTheCopy || note.text.find(original->name) != std::string::npos;
    }
    CHECK(aboutTheCopy);
    CHECK_FALSE(document.layerFlag("SalesProcess Findings", "IsPrintable"));
    // Not printed: the PDF has the diagram, not the notes.
    const std::filesystem::path folder = office.makeExchangeFolder("check-notes");
    document.storeTo(folder / "checked.pdf", "draw_pdf_Export");
    const PdfFile pdf(folder / "checked.pdf");
    std::string all;
    for (const std::string& text : pdf.pageTexts())
        all += text;
    CHECK(all.find(notes.front().text.substr(0, 20)) == std::string::npos);

    // The copy goes; the next check finds nothing and removes the notes.
    document.page(probe.pages[page].index)->remove(copy);
    const DispatchOutcome again =
        CommandDispatch::run(office, document.frame(), check, {textArgument("Today", ProcessWorkbook::today)});
    INFO(again.message);
    REQUIRE(again.succeeded());
    CHECK_THAT(again.message, Catch::Contains("No findings"));
    CHECK(notesOf(DiagramProbe(document)).empty());
}

TEST_CASE("the Draw menu: four commands in English and Dutch, all handled in a Draw frame", "[swimlane][menu]")
{
    OfficeSession& office = SharedOffice::session();
    std::map<std::string, std::pair<std::string, std::string>> entries; // URL -> (en, nl)
    for (const char* locale : {"en-US", "nl"}) {
        const auto configuration = css::configuration::ReadOnlyAccess::create(office.context(), toOUString(locale));
        css::uno::Reference<css::container::XNameAccess> menu(
            configuration->getByHierarchicalName("/org.openoffice.Office.Addons/AddonUI/OfficeMenuBar/org.salesprocess.menu.draw"),
            css::uno::UNO_QUERY_THROW);
        rtl::OUString title, context;
        menu->getByName("Title") >>= title;
        menu->getByName("Context") >>= context;
        CHECK(toStdString(title) == (std::string(locale) == "nl" ? "Salesproces" : "Sales Process"));
        CHECK(toStdString(context) == "com.sun.star.drawing.DrawingDocument");
        css::uno::Reference<css::container::XNameAccess> submenu(menu->getByName("Submenu"), css::uno::UNO_QUERY_THROW);
        for (const rtl::OUString& name : submenu->getElementNames()) {
            css::uno::Reference<css::container::XNameAccess> entry(submenu->getByName(name), css::uno::UNO_QUERY_THROW);
            rtl::OUString url, text;
            entry->getByName("URL") >>= url;
            entry->getByName("Title") >>= text;
            (std::string(locale) == "nl" ? entries[toStdString(url)].second : entries[toStdString(url)].first) =
                toStdString(text);
        }
    }
    const std::map<std::string, std::pair<std::string, std::string>> expected{
        {"vnd.salesprocess:SwimlaneDiagram", {"Swimlane diagram...", "Swimlanediagram..."}},
        {"vnd.salesprocess:Relayout", {"Re-layout", "Opnieuw indelen"}},
        {"vnd.salesprocess:CheckProcess", {"Check process", "Proces controleren"}},
        {"vnd.salesprocess:DeskChecklists", {"Desk checklists", "Bureauchecklists"}},
    };
    CHECK(entries == expected);
    DrawDocument document(office);
    for (const auto& [url, titles] : expected) {
        INFO(url);
        CHECK(CommandDispatch::isHandled(office, document.frame(), url));
    }
}

TEST_CASE("without a window, a missing decision or a missing diagram fails with a clear message", "[swimlane]")
{
    OfficeSession& office = SharedOffice::session();
    DrawDocument document(office);
    const std::string before = document.snapshot();
    const DispatchOutcome noSource = CommandDispatch::run(office, document.frame(), swimlane, {});
    CHECK_FALSE(noSource.succeeded());
    CHECK_THAT(noSource.message, Catch::Contains("Template") && Catch::Contains("Workbook"));
    const DispatchOutcome badOrientation = CommandDispatch::run(
        office, document.frame(), swimlane,
        {textArgument("Template", "b2b-field-sales"), textArgument("Orientation", "diagonal")});
    CHECK_FALSE(badOrientation.succeeded());
    CHECK_THAT(badOrientation.message, Catch::Contains("horizontal / vertical"));
    for (const char* url : {relayout, check, "vnd.salesprocess:DeskChecklists"}) {
        const DispatchOutcome none = CommandDispatch::run(office, document.frame(), url, {textArgument("Today", "2026-02-01")});
        INFO(url << ": " << none.message);
        CHECK_FALSE(none.succeeded());
        CHECK_THAT(none.message, Catch::Contains("Swimlane diagram"));
    }
    CHECK(document.snapshot() == before);
}

TEST_CASE("the Swimlane diagram dialog asks every decision the arguments give, in English and Dutch", "[swimlane][dialogs]")
{
    OfficeSession& office = SharedOffice::session();
    css::uno::Reference<org::salesprocess::XCommandDialogs> dialogs(
        office.serviceManager()->createInstanceWithContext("org.salesprocess.CommandDialogs", office.context()),
        css::uno::UNO_QUERY_THROW);
    std::map<std::string, std::map<std::string, std::string>> labels; // language -> control -> label or items
    for (const char* language : {"en", "nl"}) {
        const auto dialog = dialogs->createDialog("SwimlaneDiagram", toOUString(language));
        REQUIRE(dialog.is());
        css::uno::Reference<css::container::XNameAccess> controls(
            css::uno::Reference<css::awt::XControl>(dialog, css::uno::UNO_QUERY_THROW)->getModel(), css::uno::UNO_QUERY_THROW);
        const std::pair<const char*, std::size_t> lists[] = {{"SourceList", 4}, {"LanguageList", 2}, {"OrientationList", 2},
                                                             {"PaperList", 2},  {"SegmentsList", 3}, {"TargetList", 2}};
        for (const auto& [name, count] : lists) {
            INFO(language << " " << name);
            REQUIRE(controls->hasByName(rtl::OUString::createFromAscii(name)));
            css::uno::Reference<css::beans::XPropertySet> list(controls->getByName(rtl::OUString::createFromAscii(name)),
                                                               css::uno::UNO_QUERY_THROW);
            css::uno::Sequence<rtl::OUString> items;
            list->getPropertyValue("StringItemList") >>= items;
            CHECK(static_cast<std::size_t>(items.getLength()) == count);
            labels[language][name] = toStdString(items[items.getLength() - 1]);
        }
        for (const char* name : {"SourceLabel", "OrientationLabel", "LandscapeCheck", "OkButton", "CancelButton"}) {
            INFO(language << " " << name);
            REQUIRE(controls->hasByName(rtl::OUString::createFromAscii(name)));
            rtl::OUString label;
            css::uno::Reference<css::beans::XPropertySet>(controls->getByName(rtl::OUString::createFromAscii(name)),
                                                          css::uno::UNO_QUERY_THROW)
                ->getPropertyValue("Label") >>= label;
            labels[language][name] = toStdString(label);
        }
        css::uno::Reference<css::lang::XComponent>(dialog, css::uno::UNO_QUERY_THROW)->dispose();
    }
    for (const char* name : {"SourceLabel", "OrientationLabel", "LandscapeCheck", "CancelButton", "SegmentsList", "TargetList"}) {
        INFO(name);
        CHECK(labels["en"][name] != labels["nl"][name]);
    }
}
