#pragma once
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/util/XModifiable2.hpp>

namespace salesprocess::extension {

/// Holds back a document's "modified" notices while a drawing is made, as the office's own
/// importers do (XModifiable2). Without it every property set on a shape marks the document
/// modified again and tells every listener so: a third of the time of a 500-step swimlane.
/// The document is marked modified once, when the lock ends normally.
class ModifiedLock {
public:
    explicit ModifiedLock(const css::uno::Reference<css::frame::XModel>& document);
    ~ModifiedLock();
    ModifiedLock(const ModifiedLock&) = delete;
    ModifiedLock& operator=(const ModifiedLock&) = delete;

private:
    css::uno::Reference<css::util::XModifiable2> m_document;
    bool m_disabled = false; ///< by us: a lock already held elsewhere is left to its holder
    int m_exceptions = 0;    ///< in flight when the lock began
};

} // namespace salesprocess::extension
