// The runner of the office test programs (kept apart: the Catch2 main is slow to compile).
#define CATCH_CONFIG_RUNNER
#include "SharedOffice.hpp"
#include "office/UnoExceptionTranslator.hpp"

int main(int argc, char* argv[])
{
    Catch::Session session;
    if (const int failed = session.applyCommandLine(argc, argv))
        return failed;
    const int result = session.run();
    salesprocess::test::SharedOffice::disconnect();
    return result;
}
