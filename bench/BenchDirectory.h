#pragma once

#include <QString>

// Where a bench writes its files, and what kind of file system that is: fsync costs differ by orders
// of magnitude between tmpfs, ext4 on a virtual disk and a laptop's NVMe, so a durable-write figure
// means little without it.
namespace BenchDirectory {

// The type (ext4, xfs, tmpfs, overlay, …) and mount point of the file system holding path, from
// /proc/self/mountinfo, e.g. "ext4 on /"; "unknown" when it cannot be told.
QString fileSystemOf(const QString& path);

// True for file systems whose fsync does not reach a disk (tmpfs, ramfs).
bool isMemoryBacked(const QString& path);

} // namespace BenchDirectory
