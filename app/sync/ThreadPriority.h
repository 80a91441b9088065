#pragma once

// The sync works in the background; the counter's window must win the CPU whenever it needs it. On a
// two-core till PC a full sync keeps both cores busy, and at equal priority the GUI thread waits its
// turn behind the fetching, decoding and writing threads (stalls of 100 ms and more while typing).
namespace ThreadPriority {

// The nice value of background sync threads (Linux: per thread; threads started from a background
// thread inherit it). Above 0 lowers the priority; an unprivileged process may always lower it.
constexpr int kBackgroundNice = 5;

// Lowers the calling thread to kBackgroundNice; false where the platform does not allow it.
bool lowerCurrentThreadToBackground();

// The calling thread's nice value (Linux), 0 elsewhere.
int currentThreadNice();

} // namespace ThreadPriority
