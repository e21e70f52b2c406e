#include "SharedOffice.hpp"

#include "VirtualDisplay.hpp"
#include "office/ExtensionIdentity.hpp"

#include <cstdlib>
#include <memory>

#ifndef SALESPROCESS_BUILT_OXT
#error "SALESPROCESS_BUILT_OXT names the extension package of the build tree"
#endif
#ifndef SALESPROCESS_TEST_AREA
#error "SALESPROCESS_TEST_AREA names the build tree's folder for test outputs"
#endif
#ifndef SALESPROCESS_OFFICE_DETAILS
#error "SALESPROCESS_OFFICE_DETAILS names the file the office_start fixture writes"
#endif

namespace salesprocess::test {

namespace {

std::unique_ptr<OfficeSession>& current()
{
    static std::unique_ptr<OfficeSession> session;
    return session;
}

std::unique_ptr<OfficeSession>& privateOne()
{
    static std::unique_ptr<OfficeSession> session;
    return session;
}

/// The X server first, so that it goes last.
struct VisibleOffice {
    VirtualDisplay display{SALESPROCESS_TEST_AREA};
    std::unique_ptr<OfficeSession> session;
};

std::unique_ptr<VisibleOffice>& visibleOne()
{
    static std::unique_ptr<VisibleOffice> office;
    return office;
}

} // namespace

OfficeSession& SharedOffice::session()
{
    if (!current()) {
        const char* override = std::getenv("SALESPROCESS_OFFICE_DETAILS");
        const SessionDetails details =
            SessionDetails::load(override != nullptr ? override : SALESPROCESS_OFFICE_DETAILS);
        current() = std::make_unique<OfficeSession>(details, OfficeSession::Ownership::Borrowed);
    }
    return *current();
}

OfficeSession& SharedOffice::privateSession()
{
    if (!privateOne()) {
        OfficeSession::Options options;
        options.extension = SALESPROCESS_BUILT_OXT;
        options.extensionIdentifier = extensionIdentifier;
        privateOne() = std::make_unique<OfficeSession>(options);
    }
    return *privateOne();
}

OfficeSession& SharedOffice::visibleSession()
{
    if (!visibleOne()) {
        auto office = std::make_unique<VisibleOffice>();
        OfficeSession::Options options;
        options.extension = SALESPROCESS_BUILT_OXT;
        options.extensionIdentifier = extensionIdentifier;
        options.display = office->display.name();
        office->session = std::make_unique<OfficeSession>(options);
        visibleOne() = std::move(office);
    }
    return *visibleOne()->session;
}

void SharedOffice::disconnect()
{
    current().reset();
    privateOne().reset();
    visibleOne().reset();
}

} // namespace salesprocess::test
