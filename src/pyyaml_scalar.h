// How ZenML's loader reads a plain YAML scalar: PyYAML's implicit resolver (YAML 1.1, used by
// `yaml.safe_load`) and its SafeConstructor, so that `yes` is a boolean and `017` an int here too.
//
//   ResolvePlainScalar("on") == PyYamlType::kBool;  ConstructPyYamlInt("0x1f") == 31
#ifndef STACKLINT_PYYAML_SCALAR_H_
#define STACKLINT_PYYAML_SCALAR_H_

#include <optional>
#include <string_view>

namespace stacklint {

/// The implicit tags PyYAML gives plain scalars. kMerge (`<<`) and kValue (`=`) have no
/// constructor in safe_load: as a value they make the file unloadable.
enum class PyYamlType { kNull, kBool, kInt, kFloat, kTimestamp, kMerge, kValue, kString };

/// The type PyYAML's resolver gives a plain (unquoted, untagged) scalar with this text.
PyYamlType ResolvePlainScalar(std::string_view text);

/// PyYAML's short name of the type: "null", "bool", "int", "float", "timestamp", "merge",
/// "value", "str".
std::string_view PyYamlTypeName(PyYamlType type);

/// Values as SafeConstructor builds them from text of that type; nullopt where it raises (`0x_`)
/// or, for ints, where the value does not fit in 64 bits.
bool ConstructPyYamlBool(std::string_view text);
std::optional<long long> ConstructPyYamlInt(std::string_view text);
double ConstructPyYamlFloat(std::string_view text);

/// How pydantic v2 (lax mode, as ZenML's configs use it) reads a `bool` field from a loaded value
/// of type `type` written as `text`: bools as they are, ints 0 and 1, and strings such as "yes",
/// "off", "t", "1" in any case. nullopt when pydantic would reject the value.
std::optional<bool> PydanticBool(PyYamlType type, std::string_view text);

}  // namespace stacklint

#endif  // STACKLINT_PYYAML_SCALAR_H_
