#include "OfficeGenerator.hpp"

#include "office/ExtensionIdentity.hpp"
#include "office/OfficeError.hpp"
#include "office/UnoStrings.hpp"
#include "templates/LoadResult.hpp"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/uno/Exception.hpp>

#include <system_error>

namespace salesprocess {

namespace {

OfficeSession::Options sessionOptions(const std::filesystem::path& extension,
                                      const SignalWatcher& signals)
{
    OfficeSession::Options options;
    options.extension = extension;
    options.extensionIdentifier = extensionIdentifier;
    options.cancelled = &signals.interrupted();
    return options;
}

std::vector<std::string> toStrings(const css::uno::Sequence<rtl::OUString>& texts)
{
    std::vector<std::string> result;
    for (sal_Int32 i = 0; i < texts.getLength(); ++i)
        result.push_back(toStdString(texts[i]));
    return result;
}

/// The end of what soffice printed, to go with an error ("" when it printed nothing).
std::string lastLines(const std::string& log)
{
    constexpr std::size_t keep = 40;
    std::size_t start = log.size();
    for (std::size_t lines = 0; start > 0 && lines <= keep;)
        if (log[--start] == '\n')
            ++lines;
    const std::string tail = log.substr(start);
    return tail.find_first_not_of(" \n") == std::string::npos ? std::string() : "\nsoffice printed:\n" + tail;
}

} // namespace

OfficeGenerator::OfficeGenerator(const std::filesystem::path& extension, SignalWatcher& signals)
    : m_signals(signals), m_session(sessionOptions(extension, signals))
{
    m_signals.setEmergencyStop([this] { m_session.abort(); });
    if (m_signals.interrupted()) { // came between the start and the line above
        m_signals.setEmergencyStop(nullptr);
        throw OfficeError("interrupted");
    }
    try {
        m_generator.set(m_session.serviceManager()->createInstanceWithContext(
                            "org.salesprocess.Generator", m_session.context()),
                        css::uno::UNO_QUERY);
    } catch (const css::uno::Exception& error) {
        m_signals.setEmergencyStop(nullptr);
        throw OfficeError("cannot create org.salesprocess.Generator: " + toStdString(error.Message));
    }
    if (!m_generator.is()) {
        m_signals.setEmergencyStop(nullptr);
        throw OfficeError("the office has no org.salesprocess.Generator: is the extension "
                          + extension.string() + " complete?");
    }
}

OfficeGenerator::~OfficeGenerator()
{
    m_generator.clear();
    m_signals.setEmergencyStop(nullptr);
}

std::filesystem::path OfficeGenerator::handOver(const std::filesystem::path& file)
{
    std::error_code error;
    if (!std::filesystem::is_regular_file(file, error))
        throw LoadError(file.string() + ": no such file");
    const std::filesystem::path folder =
        m_session.makeExchangeFolder("in-" + std::to_string(++m_handedOver));
    const std::filesystem::path copy = folder / file.filename();
    if (!std::filesystem::copy_file(file, copy, error))
        throw LoadError(file.string() + ": cannot be read (" + error.message() + ")");
    m_session.user().takeOwnership(folder);
    m_pathsHandedOver.emplace_back(copy.string(), file.string());
    return copy;
}

std::filesystem::path OfficeGenerator::outputFolder(const std::vector<std::filesystem::path>& existing)
{
    const std::filesystem::path folder = m_session.makeExchangeFolder("out");
    for (const std::filesystem::path& file : existing) {
        std::filesystem::copy_file(file, folder / file.filename(),
                                   std::filesystem::copy_options::overwrite_existing);
        m_pathsHandedOver.emplace_back((folder / file.filename()).string(), file.string());
    }
    m_session.user().takeOwnership(folder);
    return folder;
}

GeneratorOutcome OfficeGenerator::run(const std::string& command, const std::vector<Option>& options)
{
    css::uno::Sequence<css::beans::NamedValue> arguments(static_cast<sal_Int32>(options.size()));
    for (std::size_t i = 0; i < options.size(); ++i) {
        arguments[static_cast<sal_Int32>(i)].Name = toOUString(options[i].first);
        arguments[static_cast<sal_Int32>(i)].Value = options[i].second;
    }
    org::salesprocess::GeneratorResult result;
    try {
        result = m_generator->run(toOUString(command), arguments);
    } catch (const css::uno::Exception& error) {
        throw OfficeError("the office failed during " + command + ": " + toStdString(error.Message)
                          + lastLines(m_session.officeLog()));
    }
    GeneratorOutcome outcome;
    outcome.exitCode = result.ExitCode;
    for (const std::string& path : toStrings(result.FilesWritten))
        outcome.filesWritten.emplace_back(path);
    outcome.findings = toStrings(result.Findings);
    outcome.messages = toStrings(result.Messages);
    return outcome;
}

std::string OfficeGenerator::inUserTerms(std::string text) const
{
    for (const auto& [exchange, user] : m_pathsHandedOver)
        for (std::size_t at = text.find(exchange); at != std::string::npos;
             at = text.find(exchange, at + user.size()))
            text.replace(at, exchange.size(), user);
    return text;
}

} // namespace salesprocess
