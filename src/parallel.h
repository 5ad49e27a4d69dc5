// Runs independent jobs on a few threads: the lint stage and the fix pass each use it, and
// their results do not depend on the thread count.
#ifndef STACKLINT_PARALLEL_H_
#define STACKLINT_PARALLEL_H_

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace stacklint {

/// Calls `job(i)` for every i in [0, count) on at most `threads` threads (the calling one among
/// them); returns when all are done. `job` must be safe to call concurrently for different i.
template <typename Job>
void ParallelFor(size_t count, int threads, const Job& job) {
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i; (i = next.fetch_add(1)) < count;) job(i);
  };
  size_t used = std::min<size_t>(std::max(1, threads), count);
  std::vector<std::thread> pool;
  for (size_t t = 1; t < used; ++t) pool.emplace_back(worker);
  worker();
  for (std::thread& thread : pool) thread.join();
}

}  // namespace stacklint

#endif  // STACKLINT_PARALLEL_H_
