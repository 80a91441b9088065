#pragma once

// The sync works in the background; the counter's window must win the CPU whenever it needs it. On a
// two-core till PC a full sync keeps both cores busy, and at equal priority the GUI thread waits its
// turn behind the fetching, decoding and writing threads (stalls of 100 ms and more while typing).
namespace ThreadPriority {

// How far background sync threads sit below the thread that starts them, in nice steps (Linux: per
// thread; threads started from a background thread inherit it). A process started with nice 10 syncs
// at 15; never above kLowestNice. Lowering is always allowed, so this never needs privileges.
constexpr int kBackgroundNiceSteps = 5;
constexpr int kLowestNice = 19;

// The nice value a background thread started from a thread with nice gets.
constexpr int backgroundNiceFor(int nice) {
    return nice + kBackgroundNiceSteps < kLowestNice ? nice + kBackgroundNiceSteps : kLowestNice;
}

// Lowers the calling thread to backgroundNiceFor(its nice); false where the platform does not allow it.
bool lowerCurrentThreadToBackground();

// The calling thread's nice value (Linux), 0 elsewhere.
int currentThreadNice();

} // namespace ThreadPriority
