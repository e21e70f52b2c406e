#pragma once
#include "office/OfficeSession.hpp"

namespace salesprocess::test {

/// The one office of the test run, started by the office_start fixture. Connected on first use
/// (listing tests needs no office); the fixture's office_stop step stops it.
class SharedOffice {
public:
    static OfficeSession& session();
    /// An office of this test program's own, with the built extension installed: for tests
    /// that may take an office down. Started on first use, stopped by disconnect().
    static OfficeSession& privateSession();
    /// An office of this program's own with real windows on a private X display (Xvfb), not
    /// headless: documents there are loaded visible (CalcDocument::Window::Visible). For undo,
    /// which has crashed 7.4 on hidden documents, and view state. Stopped by disconnect().
    static OfficeSession& visibleSession();
    /// Drops the connection to the shared office and stops the private one (before the
    /// program's static objects go).
    static void disconnect();
};

} // namespace salesprocess::test
