// The office session itself: where the office runs, that it is reachable, and that nothing is
// left behind however the session ends. Each case starts a plain office of its own.
#include "ProcessProbe.hpp"
#include "office/OfficeError.hpp"
#include "office/OfficeSession.hpp"
#include "office/UnoStrings.hpp"

#include <catch2/catch.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>

using namespace salesprocess;
using salesprocess::test::processesMentioning;
using salesprocess::test::ScratchFolder;

namespace {

/// The user id a process of the office runs as (from /proc), or -1.
long uidOfProcessMentioning(const std::string& text)
{
    const auto found = test::runCommand("pgrep -f -- '[" + text.substr(0, 1) + "]" + text.substr(1)
                                        + "' | head -n1");
    if (found.exitCode != 0 || found.output.empty())
        return -1;
    std::ifstream status("/proc/" + found.output.substr(0, found.output.find('\n')) + "/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("Uid:", 0) == 0)
            return std::stol(line.substr(4));
    return -1;
}

/// Temporarily points TMPDIR (where work folders go) at a folder of the test.
class TemporaryFolderOverride {
public:
    explicit TemporaryFolderOverride(const std::filesystem::path& folder)
    {
        if (const char* before = std::getenv("TMPDIR"))
            m_before = before;
        setenv("TMPDIR", folder.c_str(), 1);
    }
    ~TemporaryFolderOverride()
    {
        if (m_before.empty())
            unsetenv("TMPDIR");
        else
            setenv("TMPDIR", m_before.c_str(), 1);
    }
    TemporaryFolderOverride(const TemporaryFolderOverride&) = delete;
    TemporaryFolderOverride& operator=(const TemporaryFolderOverride&) = delete;

private:
    std::string m_before;
};

double writeAndReadCell(OfficeSession& office, double value)
{
    css::uno::Reference<css::frame::XComponentLoader> loader(office.desktop(),
                                                            css::uno::UNO_QUERY_THROW);
    css::uno::Sequence<css::beans::PropertyValue> hidden(1);
    hidden[0].Name = "Hidden";
    hidden[0].Value <<= true;
    const auto document =
        loader->loadComponentFromURL("private:factory/scalc", "_blank", 0, hidden);
    css::uno::Reference<css::sheet::XSpreadsheetDocument> calc(document, css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::container::XIndexAccess> sheets(calc->getSheets(),
                                                             css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(0),
                                                        css::uno::UNO_QUERY_THROW);
    sheet->getCellByPosition(1, 2)->setValue(value);
    const double read = sheet->getCellByPosition(1, 2)->getValue();
    css::uno::Reference<css::util::XCloseable>(document, css::uno::UNO_QUERY_THROW)->close(true);
    return read;
}

} // namespace

TEST_CASE("a session runs the office on a profile of its own and leaves nothing behind",
          "[session]")
{
    std::filesystem::path folder;
    {
        OfficeSession office(OfficeSession::Options{});
        folder = office.details().workFolder;
        const std::string profile = office.details().profile().string();
        CHECK(std::filesystem::is_directory(profile));
        CHECK(processesMentioning(profile) >= 1);
        if (geteuid() == 0) {
            // unopkg refuses root: the office runs as an unprivileged account.
            struct stat info {};
            REQUIRE(stat(profile.c_str(), &info) == 0);
            CHECK(info.st_uid != 0);
            CHECK(office.user().isSwitched());
            CHECK(uidOfProcessMentioning(profile) == static_cast<long>(office.user().uid()));
        } else {
            CHECK(uidOfProcessMentioning(profile) == static_cast<long>(geteuid()));
        }
        CHECK(writeAndReadCell(office, 42.5) == 42.5);
    }
    CHECK(processesMentioning(folder.string()) == 0);
    CHECK_FALSE(std::filesystem::exists(folder));
}

TEST_CASE("an office killed under a running session fails the call, and the session still "
          "cleans up", "[session]")
{
    std::filesystem::path folder;
    {
        OfficeSession office(OfficeSession::Options{});
        folder = office.details().workFolder;
        office.abort(); // what the command line's signal watcher does on Ctrl-C
        CHECK_THROWS_AS(writeAndReadCell(office, 1.0), css::uno::RuntimeException);
    }
    CHECK(processesMentioning(folder.string()) == 0);
    CHECK_FALSE(std::filesystem::exists(folder));
}

TEST_CASE("a detached office serves other clients until a client that owns it stops it",
          "[session]")
{
    SessionDetails details;
    {
        OfficeSession office(OfficeSession::Options{});
        details = office.details();
        office.detach();
    }
    REQUIRE(processesMentioning(details.profile().string()) >= 1);
    {
        OfficeSession borrowed(details, OfficeSession::Ownership::Borrowed);
        CHECK(writeAndReadCell(borrowed, 7.0) == 7.0);
    }
    CHECK(processesMentioning(details.profile().string()) >= 1);
    CHECK(std::filesystem::exists(details.clientIni()));
    {
        OfficeSession owner(details, OfficeSession::Ownership::Owned);
        CHECK(writeAndReadCell(owner, 8.0) == 8.0);
    }
    CHECK(processesMentioning(details.workFolder.string()) == 0);
    CHECK_FALSE(std::filesystem::exists(details.workFolder));
    CHECK_THROWS_AS(OfficeSession(details, OfficeSession::Ownership::Borrowed), OfficeError);
}

TEST_CASE("an extension unopkg rejects stops the start with unopkg's message and leaves no "
          "folder", "[session]")
{
    ScratchFolder area("session-broken-extension");
    const std::filesystem::path broken = area.path() / "broken.oxt";
    std::ofstream(broken) << "not a zip file";
    const std::filesystem::path temporary = area.path() / "tmp";
    std::filesystem::create_directory(temporary);
    std::filesystem::permissions(temporary, std::filesystem::perms::all);

    TemporaryFolderOverride useTemporary(temporary);
    OfficeSession::Options options;
    options.extension = broken;
    CHECK_THROWS_WITH(OfficeSession(options), Catch::Contains("unopkg add broken.oxt failed"));
    CHECK(std::filesystem::is_empty(temporary));

    options.extension = area.path() / "missing.oxt";
    CHECK_THROWS_WITH(OfficeSession(options), Catch::Contains("does not exist"));
    CHECK(std::filesystem::is_empty(temporary));
}
