#pragma once

#include <QtGlobal>

// CPU time and memory of this process and of a child, from getrusage and /proc (Linux).
namespace ProcessStats {

// CPU seconds this process has used so far, all its threads (user + system).
double cpuSeconds();
// Peak resident memory of this process so far (ru_maxrss), MB.
double peakRssMb();
// Resident memory of this process now (VmRSS), MB; -1 when unreadable.
double rssMb();
// CPU seconds another process has used so far (utime + stime of /proc/PID/stat); -1 when unreadable.
double childCpuSeconds(qint64 pid);

} // namespace ProcessStats
