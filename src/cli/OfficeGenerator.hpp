#pragma once
#include "SignalWatcher.hpp"
#include "office/OfficeSession.hpp"

#include <com/sun/star/uno/Any.hxx>
#include <org/salesprocess/XGenerator.hpp>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace salesprocess {

/// What the extension's generator reports back.
struct GeneratorOutcome {
    int exitCode = 4;
    std::vector<std::filesystem::path> filesWritten; ///< inside the exchange folder
    std::vector<std::string> findings;  ///< "severity<TAB>code<TAB>location<TAB>message"
    std::vector<std::string> messages;
};

/// The extension's org.salesprocess.Generator in an office of our own. The office may run as
/// another account (nobody, when we are root) that cannot read or write the user's folders:
/// files go to and come from it through an exchange folder inside the office's work folder.
class OfficeGenerator {
public:
    /// Starts the office with `extension` installed. A signal stops it at once. Throws OfficeError.
    OfficeGenerator(const std::filesystem::path& extension, SignalWatcher& signals);
    ~OfficeGenerator();
    OfficeGenerator(const OfficeGenerator&) = delete;
    OfficeGenerator& operator=(const OfficeGenerator&) = delete;

    /// A copy of a user's file that the office can read; throws LoadError when it cannot be read.
    std::filesystem::path handOver(const std::filesystem::path& file);
    /// An empty folder the office writes into, holding copies of `existing` files (so that the
    /// office sees what the user's folder already has).
    std::filesystem::path outputFolder(const std::vector<std::filesystem::path>& existing);

    using Option = std::pair<std::string, css::uno::Any>;
    /// Runs a command of the generator ("render", "check"). Throws OfficeError when the office fails.
    GeneratorOutcome run(const std::string& command, const std::vector<Option>& options);

    /// `text` with the exchange folder's paths replaced by the user's (for messages).
    std::string inUserTerms(std::string text) const;

private:
    SignalWatcher& m_signals;
    OfficeSession m_session;
    css::uno::Reference<org::salesprocess::XGenerator> m_generator;
    std::vector<std::pair<std::string, std::string>> m_pathsHandedOver; ///< exchange -> user
    int m_handedOver = 0;
};

} // namespace salesprocess
