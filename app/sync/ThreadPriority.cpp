#include "ThreadPriority.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace ThreadPriority {

#ifdef Q_OS_LINUX
namespace {
id_t currentThreadId() {
    return id_t(::syscall(SYS_gettid));
}
} // namespace

bool lowerCurrentThreadToBackground() {
    // Linux keeps the nice value per thread (man 2 setpriority, NOTES): this thread only.
    return ::setpriority(PRIO_PROCESS, currentThreadId(), backgroundNiceFor(currentThreadNice())) == 0;
}

int currentThreadNice() {
    errno = 0;
    const int nice = ::getpriority(PRIO_PROCESS, currentThreadId());
    return errno == 0 ? nice : 0;
}
#else
bool lowerCurrentThreadToBackground() {
    return false;
}

int currentThreadNice() {
    return 0;
}
#endif

} // namespace ThreadPriority
