#pragma once
#include "Arguments.hpp"
#include "core/Process.hpp"

#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <vector>

namespace salesprocess::extension {

/// The Generator's "benchmark" command (tests/bench/draw_bench prints its figures): times, inside
/// the office, drawing a swimlane diagram of a made-up process of Steps steps, against the floor:
/// the same shapes (boxes, lanes, headers, titles, legend) with their text and the same glued
/// connectors inserted with the controllers locked, no layout, no styles, connector geometry read
/// after unlocking, timed the same way. Reports the office's resident memory after each. Runs on the office's main thread.
class DrawingBenchmark {
public:
    explicit DrawingBenchmark(const css::uno::Reference<css::uno::XComponentContext>& context);

    /// Options: Steps (number), Floor (true: also the floor), Repeat (best of n, default 3).
    /// One line per result into messages: "steps=500 ours=0.212 floor=0.180 ratio=1.18
    /// rss_kb=401234 pages=22 shapes=1452 connectors=659". Returns false on bad options.
    bool run(const Arguments& options, std::vector<std::string>& messages) const;

    /// A made-up process: 8 phases, 6 teams, one step after the other with a side arrow every
    /// fourth step, names of sales-like length.
    static Process madeUp(std::size_t steps);

private:
    css::uno::Reference<css::uno::XComponentContext> m_context;
};

} // namespace salesprocess::extension
