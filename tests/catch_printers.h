// Catch2 printers for stacklint's value types, so a failing CHECK shows `6:13`, not `{?}`.
// Every test file that compares these types includes it (test_util.h does).
#ifndef STACKLINT_TESTS_CATCH_PRINTERS_H_
#define STACKLINT_TESTS_CATCH_PRINTERS_H_

#include <catch2/catch.hpp>
#include <string>

#include "diagnostic.h"
#include "position.h"
#include "problem.h"

namespace Catch {

template <>
struct StringMaker<stacklint::Position> {
  static std::string convert(const stacklint::Position& p) {
    return std::to_string(p.line) + ":" + std::to_string(p.column);
  }
};

template <>
struct StringMaker<stacklint::Range> {
  static std::string convert(const stacklint::Range& r) {
    return StringMaker<stacklint::Position>::convert(r.begin) + "-" +
           StringMaker<stacklint::Position>::convert(r.end) + " (bytes " +
           std::to_string(r.begin_offset) + "-" + std::to_string(r.end_offset) + ")";
  }
};

template <>
struct StringMaker<stacklint::Severity> {
  static std::string convert(stacklint::Severity severity) {
    return std::string(stacklint::SeverityName(severity));
  }
};

template <>
struct StringMaker<stacklint::ProblemKind> {
  static std::string convert(stacklint::ProblemKind kind) {
    switch (kind) {
      case stacklint::ProblemKind::kInput:
        return "kInput";
      case stacklint::ProblemKind::kUsage:
        return "kUsage";
      case stacklint::ProblemKind::kConfig:
        return "kConfig";
      case stacklint::ProblemKind::kUserRules:
        return "kUserRules";
      case stacklint::ProblemKind::kBuiltinData:
        return "kBuiltinData";
      case stacklint::ProblemKind::kOutput:
        return "kOutput";
    }
    return "?";
  }
};

}  // namespace Catch

#endif  // STACKLINT_TESTS_CATCH_PRINTERS_H_
