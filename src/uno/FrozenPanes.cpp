#include "FrozenPanes.hpp"

#include "CalcSheets.hpp"

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XViewFreezable.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/weakref.hxx>

#include <algorithm>
#include <map>

namespace salesprocess::extension {

namespace {

/// What waits per document (commands run on the office's main thread, one at a time).
struct Waiting {
    int holds = 0;
    std::vector<FrozenPanes::Request> requests;
};

std::map<const void*, Waiting>& waiting()
{
    static std::map<const void*, Waiting> all;
    return all;
}

/// What was asked per document, for as long as the document lives.
struct Asked {
    css::uno::WeakReference<css::frame::XModel> document;
    std::vector<FrozenPanes::Request> requests;
};

std::vector<Asked>& asked()
{
    static std::vector<Asked> all;
    return all;
}

std::vector<FrozenPanes::Request>& askedIn(const css::uno::Reference<css::frame::XModel>& document)
{
    auto& all = asked();
    all.erase(std::remove_if(all.begin(), all.end(),
                             [](const Asked& entry) {
                                 return !css::uno::Reference<css::frame::XModel>(entry.document).is();
                             }),
              all.end());
    for (Asked& entry : all)
        if (css::uno::Reference<css::frame::XModel>(entry.document) == document)
            return entry.requests;
    all.push_back(Asked{document, {}});
    return all.back().requests;
}

const void* keyOf(const css::uno::Reference<css::frame::XModel>& document)
{
    return css::uno::Reference<css::uno::XInterface>(document, css::uno::UNO_QUERY).get();
}

/// Undo does nothing (the office removes the sheets); redo freezes the re-created sheets.
class RefreezeAction : public cppu::WeakImplHelper1<css::document::XUndoAction> {
public:
    RefreezeAction(const css::uno::Reference<css::frame::XModel>& document, std::vector<FrozenPanes::Request> requests)
        : m_document(document), m_requests(std::move(requests))
    {
    }

    // XUndoAction
    rtl::OUString SAL_CALL getTitle() override { return rtl::OUString(); }
    void SAL_CALL undo() override {}
    void SAL_CALL redo() override
    {
        try {
            css::uno::Reference<css::frame::XModel> document(m_document);
            if (document.is())
                FrozenPanes::apply(document, m_requests);
        } catch (const css::uno::Exception&) {
            // a view state only: the redone sheets are there, unfrozen
        }
    }

private:
    css::uno::WeakReference<css::frame::XModel> m_document;
    std::vector<FrozenPanes::Request> m_requests;
};

} // namespace

void FrozenPanes::freeze(const css::uno::Reference<css::frame::XModel>& document,
                         const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 columns, sal_Int32 rows)
{
    const Request request{CalcSheets::name(sheet), columns, rows};
    auto& remembered = askedIn(document);
    remembered.erase(std::remove_if(remembered.begin(), remembered.end(),
                                    [&](const Request& r) { return r.sheetName == request.sheetName; }),
                     remembered.end());
    remembered.push_back(request);
    const auto found = waiting().find(keyOf(document));
    if (found != waiting().end() && found->second.holds > 0) {
        found->second.requests.push_back(request);
        return;
    }
    apply(document, {request});
}

void FrozenPanes::hold(const css::uno::Reference<css::frame::XModel>& document)
{
    ++waiting()[keyOf(document)].holds;
}

css::uno::Reference<css::document::XUndoAction>
FrozenPanes::redoAction(const css::uno::Reference<css::frame::XModel>& document)
{
    const auto found = waiting().find(keyOf(document));
    if (found == waiting().end() || found->second.holds != 1 || found->second.requests.empty())
        return {};
    return new RefreezeAction(document, found->second.requests);
}

void FrozenPanes::release(const css::uno::Reference<css::frame::XModel>& document)
{
    const auto found = waiting().find(keyOf(document));
    if (found == waiting().end())
        return;
    if (--found->second.holds > 0)
        return;
    const std::vector<Request> requests = std::move(found->second.requests);
    waiting().erase(found);
    apply(document, requests);
}

void FrozenPanes::apply(const css::uno::Reference<css::frame::XModel>& document, const std::vector<Request>& requests)
{
    if (requests.empty() || !document.is())
        return;
    const auto controller = document->getCurrentController();
    css::uno::Reference<css::sheet::XSpreadsheetView> view(controller, css::uno::UNO_QUERY);
    css::uno::Reference<css::sheet::XViewFreezable> freezable(controller, css::uno::UNO_QUERY);
    css::uno::Reference<css::sheet::XSpreadsheetDocument> calc(document, css::uno::UNO_QUERY);
    if (!view.is() || !freezable.is() || !calc.is())
        return; // no view (a document loaded without one): nothing to freeze
    // The interfaces speak of the active sheet: visit each, then show the one shown before.
    const auto active = view->getActiveSheet();
    for (const Request& request : requests) {
        const auto sheet = CalcSheets::byName(calc, request.sheetName);
        if (!sheet.is())
            continue; // removed meanwhile
        view->setActiveSheet(sheet);
        freezable->freezeAtPosition(request.columns, request.rows);
    }
    if (active.is())
        view->setActiveSheet(active);
}

std::vector<FrozenPanes::Request> FrozenPanes::requested(const css::uno::Reference<css::frame::XModel>& document)
{
    return askedIn(document);
}

} // namespace salesprocess::extension
