// Swimlane drawing speed and memory, measured inside a headless office with the built extension
// (not a test: timings in tests flake). For 100, 500 and 2,000 steps: our time (layout, styles,
// shapes, connectors and their routes), the floor (the same boxes with their text and the same
// glued connectors inserted from C++ inside the office with the controllers locked: no layout,
// no styles), the ratio, and the office's resident memory after each size; 5,000 steps add a
// point to the memory curve. Both are timed inside the office by the extension's Generator
// ("benchmark"), best of three.
//
//   build/tests/bench/draw_bench [--quick [N]]
//   build/tests/bench/draw_bench --profile N   (ours alone, ten times: for perf record)
#include "office/OfficeSession.hpp"
#include "office/UnoStrings.hpp"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <org/salesprocess/GeneratorResult.hpp>
#include <org/salesprocess/XGenerator.hpp>

#include <cstdio>
#include <cstring>
#include <iostream>
#include <map>
#include <sstream>
#include <string>

#ifndef SALESPROCESS_BUILT_OXT
#error "SALESPROCESS_BUILT_OXT names the extension package"
#endif

namespace {

std::map<std::string, std::string> fieldsOf(const std::string& line)
{
    std::map<std::string, std::string> fields;
    std::istringstream words(line);
    for (std::string word; words >> word;) {
        const auto eq = word.find('=');
        if (eq != std::string::npos)
            fields[word.substr(0, eq)] = word.substr(eq + 1);
    }
    return fields;
}

css::beans::NamedValue named(const char* name, const css::uno::Any& value)
{
    return css::beans::NamedValue(rtl::OUString::createFromAscii(name), value);
}

} // namespace

int main(int argc, char** argv)
{
    const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
    const bool profile = argc > 2 && std::strcmp(argv[1], "--profile") == 0;
    const long only = argc > 2 ? std::atol(argv[2]) : 0; // --quick N: that size alone
    try {
        salesprocess::OfficeSession::Options options;
        options.extension = SALESPROCESS_BUILT_OXT;
        options.extensionIdentifier = "org.salesprocess.extension";
        salesprocess::OfficeSession office(options);
        css::uno::Reference<org::salesprocess::XGenerator> generator(
            office.serviceManager()->createInstanceWithContext("org.salesprocess.Generator", office.context()),
            css::uno::UNO_QUERY_THROW);

        // A first, small drawing: the office loads Draw and its fonts once, outside the figures.
        {
            css::uno::Sequence<css::beans::NamedValue> warmUp(3);
            warmUp.getArray()[0] = named("Steps", css::uno::Any(sal_Int32(20)));
            warmUp.getArray()[1] = named("Floor", css::uno::Any(true));
            warmUp.getArray()[2] = named("Repeat", css::uno::Any(sal_Int32(1)));
            generator->run("benchmark", warmUp);
        }

        std::printf("%7s %9s %9s %7s %10s %6s %7s %11s   %s\n", "steps", "ours s", "floor s", "ratio", "RSS MiB",
                    "pages", "shapes", "connectors", "ours: shapes / unlock / connectors s (searched)");
        const long sizes[] = {100, 500, 2000, 5000};
        for (long steps : sizes) {
            if ((quick || profile) && (only ? steps != only : steps > 500))
                continue;
            const bool memoryOnly = steps == 5000 || profile;
            css::uno::Sequence<css::beans::NamedValue> arguments(3);
            arguments.getArray()[0] = named("Steps", css::uno::Any(static_cast<sal_Int32>(steps)));
            arguments.getArray()[1] = named("Floor", css::uno::Any(!memoryOnly));
            arguments.getArray()[2] = named("Repeat", css::uno::Any(static_cast<sal_Int32>(profile ? 10 : memoryOnly ? 1 : 3)));
            const org::salesprocess::GeneratorResult result = generator->run("benchmark", arguments);
            if (result.ExitCode != 0 || result.Messages.getLength() == 0) {
                for (const rtl::OUString& message : result.Messages)
                    std::cerr << salesprocess::toStdString(message) << '\n';
                return 1;
            }
            auto f = fieldsOf(salesprocess::toStdString(result.Messages[result.Messages.getLength() - 1]));
            std::printf("%7ld %9s %9s %7s %10.0f %6s %7s %11s   %s / %s / %s (%s)\n", steps, f["ours"].c_str(),
                        memoryOnly ? "-" : f["floor"].c_str(), memoryOnly ? "-" : f["ratio"].c_str(),
                        std::atof(f["rss_kb"].c_str()) / 1024.0, f["pages"].c_str(), f["shapes"].c_str(),
                        f["connectors"].c_str(), f["shapes_s"].c_str(), f["unlock_s"].c_str(),
                        f["connectors_s"].c_str(), f["searched"].c_str());
            std::fflush(stdout);
        }
        std::printf("targets: ratio <= 1.3 at 500 and 2000 steps; 500 steps under 0.25 s; memory linear\n");
        return 0;
    } catch (const std::exception& error) {
        std::cerr << "draw_bench: " << error.what() << '\n';
    } catch (const css::uno::Exception& error) {
        std::cerr << "draw_bench: " << salesprocess::toStdString(error.Message) << '\n';
    }
    return 1;
}
