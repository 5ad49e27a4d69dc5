// A byte scan that decides, before any YAML parsing, whether a file can hold a ZenML stack or
// mlstacks document, so that a repository's other YAML (Kubernetes, Helm, CI) costs a read only.
//
//   if (!input.named && !MayHoldStack(text)) return;  // no finding is possible: skip the parse
#ifndef STACKLINT_STACK_SNIFF_H_
#define STACKLINT_STACK_SNIFF_H_

#include <string_view>

namespace stacklint {

/// False only when no document of `text` can be a stack document (stack_model.cpp's classifier)
/// and a walked file could get no finding at all: none of the keys the classifier and the SL001
/// relevance test read (`stack_name`, `components`, `spec_type`, `zenml_version`) is written as
/// a key, plainly, quoted or in flow style; no double-quoted scalar spells one with escapes; no
/// alias or explicit key (`*`, `?`) could turn a written name into a key; no inline
/// `stacklint:` comment (SL010); and the bytes are not UTF-16/32 (a BOM or NUL bytes). When in
/// doubt it answers true: the file is then parsed as before.
bool MayHoldStack(std::string_view text);

}  // namespace stacklint

#endif  // STACKLINT_STACK_SNIFF_H_
