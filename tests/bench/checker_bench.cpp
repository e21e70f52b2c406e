// Load-and-check benchmark: 1,000 / 10,000 / 100,000 steps, each size in a fresh process so that
// the peak memory is that of one size alone. Prints load time, check time, peak memory and how
// many planted duplicates the checks found.
//
//   checker_bench                 run every size
//   checker_bench --size N FILE   (internal) load and check FILE, print one line
#include "core/ProcessChecker.hpp"
#include "templates/ProcessFile.hpp"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <set>
#include <string>

using namespace salesprocess;

namespace {

const char* const verbs[] = {"Call", "Visit", "Send", "Prepare", "Check", "Record", "Plan", "Confirm",
                             "Review", "Negotiate", "Invoice", "Deliver", "Install", "Qualify", "Register", "Approve"};
const char* const objects[] = {"the quote", "the order", "the contract", "the invoice", "the delivery",
                               "the customer", "the lead", "the demo", "the credit limit", "the complaint",
                               "the service visit", "the price list", "the account plan", "the payment"};
const char* const accounts[] = {"Jansen BV", "De Vries Techniek", "Bakker Installatie", "Visser Logistiek",
                                "Smit & Zn", "Meijer Bouw", "Mulder Metaal", "Bos Elektro", "Peters ICT", "Hendriks Agro"};

constexpr std::size_t plantEvery = 97; // one planted duplicate per 97 steps

/// Writes a process of n steps with planted exact and near duplicates; returns how many were planted.
std::size_t writeProcess(std::size_t n, const std::string& path)
{
    Process p;
    p.name = "Benchmark";
    p.language = "en";
    p.segments = {{"prospect", "Prospect"}, {"customer", "Customer"}};
    for (int i = 0; i < 12; ++i)
        p.phases.push_back({"ph" + std::to_string(i), "Phase " + std::to_string(i + 1)});
    for (int i = 0; i < 20; ++i)
        p.teams.push_back({"t" + std::to_string(i), "Team " + std::to_string(i + 1), "", "inside"});
    std::size_t planted = 0;
    for (std::size_t i = 0; i < n; ++i) {
        Step s;
        s.id = "s" + std::to_string(i);
        s.phase = p.phases[i * 12 / n].id;
        s.team = p.teams[(i / 7) % 20].id;
        s.description = "What to do and why, in a sentence or two.";
        s.checklist = {"First thing to tick off", "Second thing to tick off"};
        const std::size_t v = i % std::size(verbs), o = (i / std::size(verbs)) % std::size(objects);
        s.name = std::string(verbs[v]) + " " + objects[o] + " for " + accounts[i % std::size(accounts)] + " #" +
                 std::to_string(i);
        if (i >= plantEvery && i % plantEvery == 0) {
            const Step& original = p.steps[i - 3];
            s.team = original.team;
            s.phase = original.phase;
            // Alternate: an exact copy (case and spacing differ) and a near one (plural, filler word).
            s.name = (i / plantEvery) % 2 ? "  " + original.name + "!" : original.name + " again";
            if ((i / plantEvery) % 2 == 0) {
                std::string name = original.name;
                const auto the = name.find(" the ");
                if (the != std::string::npos)
                    name.erase(the, 4);
                s.name = name;
            }
            ++planted;
        }
        s.kind = i == 0 ? StepKind::Start : i + 1 == n ? StepKind::EndWon : i % 20 == 10 ? StepKind::Decision
                                                                                       : StepKind::Activity;
        p.steps.push_back(std::move(s));
    }
    p.steps.push_back(Step{"lost", "Deal lost", StepKind::EndLost, "", p.phases.back().id, "t0", {}, {}, {"Log"}, false});
    for (std::size_t i = 0; i + 1 < n; ++i) {
        const bool decision = p.steps[i].kind == StepKind::Decision;
        p.arrows.push_back({p.steps[i].id, p.steps[i + 1].id, decision ? "yes" : "", "", false});
        if (decision)
            p.arrows.push_back({p.steps[i].id, "lost", "no", "", false});
    }
    for (int c = 0; c < 10; ++c) {
        p.channels.push_back({"c" + std::to_string(c), "Channel " + std::to_string(c), true, 10});
        for (const char* segment : {"prospect", "customer"})
            p.routes.push_back({"c" + std::to_string(c), segment, "", "t1", "t2", "4 h"});
    }
    ProcessFile::save(p, path);
    return planted;
}

int measure(std::size_t n, const std::string& path)
{
    using clock = std::chrono::steady_clock;
    const auto t0 = clock::now();
    const LoadResult loaded = ProcessFile::load(path);
    const auto t1 = clock::now();
    const auto findings = ProcessChecker::check(loaded.process, CheckOptions{"2026-11-28"});
    const auto t2 = clock::now();

    std::set<std::string> found;
    for (const Finding& f : findings)
        if (f.code == "duplicate-step" || f.code == "near-duplicate-step" || f.code == "double-work" ||
            f.code == "segment-duplicate")
            for (std::size_t k = 1; k < f.ids.size(); ++k)
                found.insert(f.ids[k]);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double load = std::chrono::duration<double>(t1 - t0).count();
    const double check = std::chrono::duration<double>(t2 - t1).count();
    std::printf("%9zu steps  load %7.3f s  check %7.3f s  total %7.3f s  peak %7.1f MiB  duplicates found %zu\n", n,
                load, check, load + check, static_cast<double>(usage.ru_maxrss) / 1024.0, found.size());
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc == 4 && std::string(argv[1]) == "--size")
        return measure(std::stoul(argv[2]), argv[3]);

    std::printf("salesprocess load+check benchmark (each size in a fresh process)\n");
    for (std::size_t n : {1000u, 10000u, 100000u}) {
        const std::string path = "/tmp/salesprocess-bench-" + std::to_string(n) + ".json";
        // Written by a child of its own: the kernel carries a process's peak memory over exec.
        const pid_t writer = fork();
        if (writer == 0) {
            std::printf("%9zu steps  planted duplicates %zu\n", n, writeProcess(n, path));
            std::fflush(stdout);
            _exit(0);
        }
        int written = 0;
        waitpid(writer, &written, 0);
        const pid_t child = fork();
        if (child == 0) {
            const std::string size = std::to_string(n);
            execl("/proc/self/exe", argv[0], "--size", size.c_str(), path.c_str(), static_cast<char*>(nullptr));
            _exit(127);
        }
        int status = 0;
        waitpid(child, &status, 0);
        if (!std::getenv("KEEP_BENCH_FILES"))
            std::remove(path.c_str());
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
            return 1;
    }
    return 0;
}
