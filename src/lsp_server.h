// `stacklint server`: a Language Server Protocol 3.17 server over stdio. The calling thread reads
// and dispatches messages; one worker thread lints (debounced) and answers the requests that need
// a lint, so a slow lint never holds up reading the next message.
#ifndef STACKLINT_LSP_SERVER_H_
#define STACKLINT_LSP_SERVER_H_

#include <iosfwd>

#include "options.h"

namespace stacklint {

/// Serves until `exit` or the end of input; returns 0 after a `shutdown` request, else 1.
int RunServer(const Options& options, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace stacklint

#endif  // STACKLINT_LSP_SERVER_H_
