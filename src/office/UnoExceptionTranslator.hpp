#pragma once
// For tests: makes Catch2 show the message of an office exception instead of "unknown
// exception". Include it in exactly one file per test program (the one that defines main).
#include "office/UnoStrings.hpp"

#include <catch2/catch.hpp>
#include <com/sun/star/uno/Exception.hpp>

CATCH_TRANSLATE_EXCEPTION(const css::uno::Exception& error)
{
    return "office exception: " + salesprocess::toStdString(error.Message);
}
